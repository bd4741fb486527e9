#pragma once
// The package's sections (docs/spec/formats.md §3), each written by its own file in this folder; the
// generator (core/package/PackageGenerator.cpp) writes them in contract order.

#include "core/package/sections/SectionContext.h"

namespace ab::sections {

// execution_graph: action counts, connectors and operations, policy, secrets, approvals, suspensions, drift
// events, activity per day and the agent -> connector -> operation graph. ExecutionGraphSection.cpp.
void writeExecutionGraph(JsonWriter &w, const Context &c);

// The data flow diagram's model (zones, nodes, flows) and the data_flow section. DataFlowSection.cpp.
DfdModel buildDfd(const Context &c);
void writeDataFlow(JsonWriter &w, const Context &c, const QString &dot, const QByteArray &svg);

// vsq: the vendor security questionnaire's answers with evidence and exceptions. QuestionnaireSection.cpp.
void writeVsq(JsonWriter &w, const Context &c, qint64 dfdNodes, qint64 dfdFlows);

// sub_processors: one per connector plus the always-included vendors. SubProcessorsSection.cpp.
void writeSubProcessors(JsonWriter &w, const Context &c);

// soc2: action types mapped to Trust Services Criteria, control counts and coverage. Soc2Section.cpp.
void writeSoc2(JsonWriter &w, const Context &c);

} // namespace ab::sections
