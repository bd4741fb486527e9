#pragma once
// Summaries (issue 17): counts of the gateway records an AuditFilter selects, by the values of one column,
// optionally across the values of another column or across months (a pivot). The columns are a fixed list
// mapped to SQL expressions here (never text from input); every filter value is bound. The filter is kept
// with the result and stated wherever it is printed or exported, so a count never leaves without the
// population it counts. The output is evidence (keys and values as stored, no tr()).

#include "core/common/Error.h"
#include "core/workspace/WorkspaceStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab::analytics {

class SummaryError : public Error
{
public:
    explicit SummaryError(const QString &message) : Error(message) {}
};

// The columns a summary counts by: action, category, entity_type, framework, month (UTC "YYYY-MM" of the
// record's timestamp), policy_name, source (the file imported), user_email, user_id.
const QStringList &summaryColumns();
// The value shown for a record without the column ("" or absent) and for a record without a timestamp.
inline constexpr const char *NoValue = "(none)";

struct SummaryTable
{
    QString by;                  // the rows' column
    QString across;              // the columns' column, or "" for one count per row
    QByteArray filtersJson;      // auditFilterJson() of the filter
    QString filterText;          // the filter in words: "action = block; start >= ..." or "all records"
    QStringList rowValues;       // sorted (code-point order), NoValue last
    QStringList columnValues;    // sorted likewise; {"count"} when `across` is empty
    QList<QList<qint64>> counts; // [row][column]
    qint64 total = 0;

    qint64 rowTotal(qsizetype row) const;
    qint64 columnTotal(qsizetype column) const;

    // {"by","across"(null),"filters","filter","columns":[...],"rows":[{"value","counts":[...],"total"}],
    //  "column_totals":[...],"total"}
    QByteArray toJson(bool pretty = true) const;
    // Header "<by>,<column values...>,total", one line per row value, then a "total" line; cells escaped as
    // the record CSV export escapes them (quotes, formula prefixes).
    QByteArray toCsv() const;
};

// Counts. Throws SummaryError for a column outside summaryColumns(), `across` equal to `by`, or a filter
// with a limit/offset (a window is not a population).
SummaryTable summarize(const WorkspaceStore &store, const AuditFilter &filter, const QString &by,
                       const QString &across = {});

// The filter in words, for a reader of the printed or exported summary.
QString filterDescription(const AuditFilter &filter);

} // namespace ab::analytics
