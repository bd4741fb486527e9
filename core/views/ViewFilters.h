#pragma once
// The filters of the three record views (gateway records, OCSF events, runtime entries) written down:
// as a JSON object for the activity log (evidence: never translated; only the members that filter, in a fixed
// order, with the seed API's names where it has them) and as one line of text for a listing's cover.

#include "core/views/OcsfQueries.h"
#include "core/views/RuntimeQueries.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ab {
class JsonWriter;
}

namespace ab::views {

// Which view a listing or query is about.
enum class RecordKind
{
    Gateway,
    Ocsf,
    Runtime
};
QString kindName(RecordKind kind); // "gateway", "ocsf", "runtime" (evidence text)

// The filter as (name, values) terms in the fixed order the JSON and the text use (only what filters).
using FilterTerm = QPair<QString, QStringList>;
QList<FilterTerm> filterTerms(const AuditFilter &f);
QList<FilterTerm> filterTerms(const OcsfFilter &f);
QList<FilterTerm> filterTerms(const RuntimeFilter &f);

// Writes the filter as a JSON object (compact JCS-friendly member order) into `w`.
void writeFilter(JsonWriter &w, const AuditFilter &f);
void writeFilter(JsonWriter &w, const OcsfFilter &f);
void writeFilter(JsonWriter &w, const RuntimeFilter &f);

// "framework = pci_dss; action = block; start = 2025-01-01T00:00:00Z" (names as the command line spells
// them), or "none" when nothing filters. Evidence text: the same in every UI language.
QString filterText(const AuditFilter &f);
QString filterText(const OcsfFilter &f);
QString filterText(const RuntimeFilter &f);

} // namespace ab::views
