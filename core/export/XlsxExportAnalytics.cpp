#include "core/export/XlsxExportAnalytics.h"

#include "core/export/XlsxExportWorkbook.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/WorkspaceStore.h"

#include <QFileInfo>

#include <QPair>

namespace ab {

namespace {

using Field = QPair<QString, QVariant>; // a number (qint64, double) or text

void writeFields(XlsxWorkbook &book, const QString &sheetName, const QList<Field> &fields)
{
    lxw_worksheet *sheet =
        book.addSheet(sheetName, {QStringLiteral("field"), QStringLiteral("value")}, {28, 90});
    qint64 row = 1;
    for (const Field &f : fields) {
        book.writeText(sheet, row, 0, f.first);
        const int type = f.second.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
            book.writeNumber(sheet, row, 1, f.second.toDouble());
        else
            book.writeText(sheet, row, 1, f.second.toString());
        ++row;
    }
}

std::vector<qint64> rowIds(const QList<analytics::SampledRecord> &records)
{
    std::vector<qint64> out;
    for (const analytics::SampledRecord &r : records)
        out.push_back(r.rowId);
    return out;
}

QList<Field> sampleFields(const analytics::Sample &s)
{
    return {
        {QStringLiteral("sample_id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("population_filters"), QString::fromUtf8(s.filtersJson)},
        {QStringLiteral("population_count"), s.populationCount},
        {QStringLiteral("run"), s.runId ? QVariant(*s.runId) : QVariant(QString())},
        {QStringLiteral("head_hmac"), s.headHmac.value_or(QString())},
        {QStringLiteral("seed"), QString::number(s.seed)}, // up to 2^53 - 1: text keeps every digit
        {QStringLiteral("algorithm"), s.algorithm},
        {QStringLiteral("size"), s.size},
        {QStringLiteral("created_at"), s.createdAt},
        {QStringLiteral("created_by"), s.createdBy},
    };
}

} // namespace

RecordExportResult XlsxAnalyticsExport::writeSample(const WorkspaceStore &store,
                                                    const analytics::Sample &sample, const QString &path)
{
    XlsxWorkbook book(path);
    QStringList columns{QStringLiteral("position")};
    columns += RecordExport::csvColumns();
    QList<double> widths{10};
    for (qsizetype c = 1; c < columns.size(); ++c)
        widths << (columns[c] == QLatin1String("override_reason") ? 44
                   : columns[c] == QLatin1String("id")            ? 26
                                                                  : 18);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("sample"), columns, widths);
    const qsizetype sequenceColumn = columns.indexOf(QStringLiteral("sequence"));
    RecordExportResult result;
    const QList<GatewayRecordRow> rows = store.recordsByRowIds(rowIds(sample.records));
    for (const GatewayRecordRow &record : rows) {
        const qint64 row = result.records + 1;
        book.writeNumber(sheet, row, 0, double(row));
        const QStringList cells = RecordExport::rowCells(record, store.rawRecord(record.rowId));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c + 1 == sequenceColumn && record.sequence)
                book.writeNumber(sheet, row, int(c + 1), double(*record.sequence));
            else
                book.writeText(sheet, row, int(c + 1), cells[c]);
        }
        ++result.records;
    }
    writeFields(book, QStringLiteral("population"), sampleFields(sample));
    const XlsxWorkbook::Written written = book.finish();
    result.bytes = written.bytes;
    result.sha256 = written.sha256;
    return result;
}

RecordExportResult XlsxAnalyticsExport::writeWorkpaper(const WorkspaceStore &store,
                                                       const analytics::Workpaper &wp, const QString &path)
{
    XlsxWorkbook book(path);
    const QStringList columns{
        QStringLiteral("position"),     QStringLiteral("record_id"),   QStringLiteral("timestamp"),
        QStringLiteral("action"),       QStringLiteral("category"),    QStringLiteral("framework"),
        QStringLiteral("user_email"),   QStringLiteral("policy_name"), QStringLiteral("result"),
        QStringLiteral("note"),         QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
        QStringLiteral("record_sha256")};
    lxw_worksheet *sheet =
        book.addSheet(QStringLiteral("items"), columns, {10, 26, 30, 20, 16, 14, 28, 24, 16, 48, 26, 16, 66});
    std::vector<qint64> ids;
    for (const analytics::WorkpaperItem &item : wp.items)
        ids.push_back(item.rowId);
    const QList<GatewayRecordRow> records = store.recordsByRowIds(ids);
    RecordExportResult result;
    for (qsizetype i = 0; i < wp.items.size(); ++i) {
        const analytics::WorkpaperItem &item = wp.items[i];
        const GatewayRecordRow r = records.value(i);
        const qint64 row = i + 1;
        book.writeNumber(sheet, row, 0, double(item.position + 1));
        const QStringList cells{
            item.recordId, r.timestamp,     r.action,        r.category,
            r.framework,   r.userEmail,     r.policyName,    analytics::itemResultName(item.result),
            item.note,     item.recordedAt, item.recordedBy, item.recordSha256};
        for (qsizetype c = 0; c < cells.size(); ++c)
            book.writeText(sheet, row, int(c + 1), cells[c]);
        ++result.records;
    }
    const analytics::WorkpaperEvaluation e = wp.evaluation();
    QList<Field> fields{
        {QStringLiteral("workpaper_id"), wp.id},
        {QStringLiteral("name"), wp.name},
        {QStringLiteral("version"), qint64(wp.version)},
        {QStringLiteral("content_sha256"), wp.contentSha256()},
        {QStringLiteral("confidence_pct"), wp.confidenceBp / 100.0},
        {QStringLiteral("tolerable_pct"), wp.tolerableBp / 100.0},
        {QStringLiteral("items"), e.size},
        {QStringLiteral("tested"), e.tested},
        {QStringLiteral("deviations"), e.deviations},
        {QStringLiteral("not_applicable"), e.notApplicable},
        {QStringLiteral("pending"), e.pending},
        {QStringLiteral("deviation_rate_pct"), analytics::ratePercent(e.deviationRate)},
        {QStringLiteral("upper_deviation_limit_pct"), analytics::ratePercent(e.upperDeviationLimit)},
        {QStringLiteral("conclusion"), e.conclusionCode()},
        {QStringLiteral("conclusion_text"), e.conclusionText(wp.tolerableBp, wp.confidenceBp)},
    };
    fields += sampleFields(wp.sample);
    writeFields(book, QStringLiteral("workpaper"), fields);
    lxw_worksheet *signs =
        book.addSheet(QStringLiteral("sign-offs"),
                      {QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("signed_at"),
                       QStringLiteral("signed_by"), QStringLiteral("content_sha256")},
                      {12, 28, 26, 16, 66});
    for (qsizetype i = 0; i < wp.signOffs.size(); ++i) {
        const analytics::WorkpaperSignOff &s = wp.signOffs[i];
        const QStringList cells{s.role, s.name, s.signedAt, s.signedBy, s.contentSha256};
        for (qsizetype c = 0; c < cells.size(); ++c)
            book.writeText(signs, i + 1, int(c), cells[c]);
    }
    lxw_worksheet *notes = book.addSheet(QStringLiteral("review notes"),
                                         {QStringLiteral("version"), QStringLiteral("note"),
                                          QStringLiteral("written_at"), QStringLiteral("written_by")},
                                         {10, 80, 26, 16});
    for (qsizetype i = 0; i < wp.reviewNotes.size(); ++i) {
        const analytics::WorkpaperReviewNote &n = wp.reviewNotes[i];
        book.writeNumber(notes, i + 1, 0, n.version);
        book.writeText(notes, i + 1, 1, n.note);
        book.writeText(notes, i + 1, 2, n.writtenAt);
        book.writeText(notes, i + 1, 3, n.writtenBy);
    }
    const XlsxWorkbook::Written written = book.finish();
    result.bytes = written.bytes;
    result.sha256 = written.sha256;
    return result;
}

RecordExportResult XlsxAnalyticsExport::writeSummary(const analytics::SummaryTable &s, const QString &path)
{
    XlsxWorkbook book(path);
    QStringList columns{s.by};
    columns += s.columnValues;
    columns << QStringLiteral("total");
    QList<double> widths{30};
    for (qsizetype c = 1; c < columns.size(); ++c)
        widths << qMax(10.0, double(columns[c].size() + 2));
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("summary"), columns, widths);
    RecordExportResult result;
    for (qsizetype r = 0; r < s.rowValues.size(); ++r) {
        book.writeText(sheet, r + 1, 0, s.rowValues[r]);
        for (qsizetype c = 0; c < s.columnValues.size(); ++c)
            book.writeNumber(sheet, r + 1, int(c + 1), double(s.counts[r][c]));
        book.writeNumber(sheet, r + 1, int(s.columnValues.size() + 1), double(s.rowTotal(r)));
        ++result.records;
    }
    const qint64 last = s.rowValues.size() + 1;
    book.writeText(sheet, last, 0, QStringLiteral("total"));
    for (qsizetype c = 0; c < s.columnValues.size(); ++c)
        book.writeNumber(sheet, last, int(c + 1), double(s.columnTotal(c)));
    book.writeNumber(sheet, last, int(s.columnValues.size() + 1), double(s.total));
    writeFields(book, QStringLiteral("filter"),
                {{QStringLiteral("by"), s.by},
                 {QStringLiteral("across"), s.across},
                 {QStringLiteral("filter"), s.filterText},
                 {QStringLiteral("filters"), QString::fromUtf8(s.filtersJson)},
                 {QStringLiteral("total"), s.total}});
    const XlsxWorkbook::Written written = book.finish();
    result.bytes = written.bytes;
    result.sha256 = written.sha256;
    return result;
}

void XlsxAnalyticsExport::logExport(WorkspaceStore &store, const char *kind, const char *subjectKey,
                                    const QString &subject, const QString &path,
                                    const RecordExportResult &written)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("kind").value(kind);
    w.key(subjectKey).value(subject);
    w.key("format").value("xlsx");
    w.key("file").value(QFileInfo(path).absoluteFilePath());
    w.key("records").value(written.records);
    w.key("bytes").value(written.bytes);
    w.key("sha256").value(written.sha256);
    w.endObject();
    store.appendActivity(QStringLiteral("export"), w.toByteArray());
}

} // namespace ab
