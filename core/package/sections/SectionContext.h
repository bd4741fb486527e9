#pragma once
// What every package section is written from, and the JSON helpers they share. Text written through these
// helpers is evidence (hashed into content_sha256): plain English literals, never tr().

#include "core/json/JsonWriter.h"
#include "core/package/ComplianceData.h"
#include "core/package/DfdRenderer.h"
#include "core/package/PackageGenerator.h"
#include "core/package/sections/AuditSummary.h"

#include <string_view>

namespace ab::sections {

struct Context
{
    const RuntimeExport &x;
    const RuntimeAgent &agent;
    const PackageOptions &options;
    const SubProcessorRegistry &registry;
    const Soc2Mappings &soc2;
    Summary s;
    QList<const PolicyRule *> rules;       // the agent's and organisation-wide rules
    QList<const DriftEvent *> driftEvents; // the agent's
    DfdModel dfd;
};

// "%n" in evidence text: the count, as tr() would substitute it without a translation.
QString withCount(QString text, qint64 count);
QString instantText(const std::optional<Instant> &t);
// A string member, or null when empty.
void writeOptionalString(JsonWriter &w, std::string_view key, const QString &value);
void writeStrings(JsonWriter &w, std::string_view key, const QStringList &list);
// The "decisions" member: allow, deny, escalate and (only when there were any) other.
void writeDecisions(JsonWriter &w, const Decisions &d);

} // namespace ab::sections
