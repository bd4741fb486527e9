#pragma once
// What an evidence listing prints, read from the workspace for one view and filter: the table's columns and
// rows (the seed's compliance fields), each row's month and chart keys, and the overrides with their user and
// full justification. Values are evidence: copied from the records, never translated.

#include "core/report/EvidenceListing.h"

#include <QMap>

namespace ab::listing {

struct Row
{
    QStringList cells;
    QString month;                   // "2025-03" (UTC), empty without a time
    QString actionKey, frameworkKey; // what the two charts split by
    bool override = false;
    QString recordId; // what a note names (gateway id, runtime entry id, OCSF metadata.uid)
};

struct Override
{
    QString time, id, user, justification;
};

// The current note on a listed record (issue 19): the auditor's words and tags, evidence as typed.
struct NoteLine
{
    QString recordId, tags, text, by, at;
};

struct Data
{
    QString kindTitle; // e.g. "Gateway audit records" (UI text)
    QString actionLabel, frameworkLabel;
    QList<ReportDocument::Column> columns;
    QList<Row> rows;
    QList<Override> overrides;
    QList<NoteLine> notes; // in the order of the rows, one per noted record
};

Data read(const WorkspaceStore &store, const ListingRequest &request);

// month -> key -> count, months ascending.
using MonthlyCounts = QMap<QString, QMap<QString, qint64>>;
MonthlyCounts monthly(const QList<Row> &rows, bool byFramework);
// A stacked bar chart of the counts per month, as SVG (a legend entry per key, the largest total labelled).
QByteArray monthlyChartSvg(const MonthlyCounts &counts, const QString &title);

} // namespace ab::listing
