#include "core/export/XlsxExport.h"

#include "core/export/XlsxExportWorkbook.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QHash>

#include <xlsxwriter.h>

namespace ab {

namespace {

constexpr qint64 CancelCheckEvery = 256;

// Column widths in Excel's character units, by CSV column name; the rest get DefaultWidth.
double columnWidth(const QString &column)
{
    static const QHash<QString, double> widths{
        {QStringLiteral("timestamp"), 30},       {QStringLiteral("id"), 26},
        {QStringLiteral("sequence"), 11},        {QStringLiteral("user_email"), 28},
        {QStringLiteral("override_reason"), 44}, {QStringLiteral("framework_reference"), 22},
        {QStringLiteral("policy_name"), 24},     {QStringLiteral("source"), 30}};
    return widths.value(column, 16);
}

} // namespace

RecordExportResult XlsxExport::writeFile(const WorkspaceStore &store, const AuditFilter &filter,
                                         const QString &path, Progress *progress)
{
    throwIfCancelled(progress);
    const qint64 total = store.count(filter);
    if (total > MaxRecords)
        throw WorkspaceError(
            WorkspaceTr::tr("Cannot write %1: %2 records do not fit in one Excel sheet (at most "
                            "%3); narrow the filters")
                .arg(path)
                .arg(total)
                .arg(MaxRecords));
    if (progress)
        progress->beginStage(WorkspaceTr::tr("Exporting records"), total);

    RecordExportResult result;
    XlsxWorkbook book(path); // written beside the target and renamed when complete
    const QStringList &columns = RecordExport::csvColumns();
    QList<double> widths;
    for (const QString &c : columns)
        widths << columnWidth(c);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("records"), columns, widths);
    const qsizetype sequenceColumn = columns.indexOf(QStringLiteral("sequence"));
    qint64 row = 1;
    store.forEachRecord(filter, [&](const GatewayRecordRow &record, const QByteArray &raw) {
        if (result.records % CancelCheckEvery == 0) {
            throwIfCancelled(progress);
            if (progress)
                progress->report(result.records);
        }
        const QStringList cells = RecordExport::rowCells(record, raw);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c == sequenceColumn && record.sequence)
                book.writeNumber(sheet, row, int(c), double(*record.sequence));
            else
                book.writeText(sheet, row, int(c), cells[c]);
        }
        ++row;
        ++result.records;
        return true;
    });
    throwIfCancelled(progress);
    const XlsxWorkbook::Written written = book.finish();
    result.bytes = written.bytes;
    result.sha256 = written.sha256;
    if (progress)
        progress->report(result.records);
    return result;
}

} // namespace ab
