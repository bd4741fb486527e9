#include "core/export/XlsxExport.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QFile>
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

// Closes the workbook once (on every path), reporting libxlsxwriter's error.
class Workbook
{
public:
    Workbook(const QString &path) : m_path(path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows are written in order and flushed
        options.use_zip64 = LXW_TRUE;       // large exports pass 4 GB of XML before compression
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_book)
            fail(WorkspaceTr::tr("cannot create the workbook"));
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_book; }
    void close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        check(error);
    }
    void check(lxw_error error) const
    {
        if (error != LXW_NO_ERROR)
            fail(QString::fromUtf8(lxw_strerror(error)));
    }
    [[noreturn]] void fail(const QString &why) const
    {
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(m_path, why));
    }

private:
    QString m_path;
    lxw_workbook *m_book = nullptr;
};

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

    // Written beside the target and renamed when complete, so a failure or cancel leaves no file.
    const QString partial = path + QStringLiteral(".part");
    {
        // libxlsxwriter reports an unwritable path on stderr itself, and only when closing: find out first.
        QFile probe(partial);
        if (!probe.open(QIODevice::WriteOnly))
            throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    RecordExportResult result;
    try {
        Workbook book(partial);
        lxw_worksheet *sheet = workbook_add_worksheet(book.get(), "records");
        if (!sheet)
            book.fail(WorkspaceTr::tr("cannot add a worksheet"));
        lxw_format *header = workbook_add_format(book.get());
        format_set_bold(header);
        const QStringList &columns = RecordExport::csvColumns();
        const qsizetype sequenceColumn = columns.indexOf(QStringLiteral("sequence"));
        // Widths and the frozen header first: constant-memory mode writes them before the rows.
        for (qsizetype c = 0; c < columns.size(); ++c)
            book.check(
                worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(columns[c]), nullptr));
        worksheet_freeze_panes(sheet, 1, 0);
        for (qsizetype c = 0; c < columns.size(); ++c)
            book.check(
                worksheet_write_string(sheet, 0, lxw_col_t(c), columns[c].toUtf8().constData(), header));

        lxw_row_t row = 1;
        store.forEachRecord(filter, [&](const GatewayRecordRow &record, const QByteArray &raw) {
            if (result.records % CancelCheckEvery == 0) {
                throwIfCancelled(progress);
                if (progress)
                    progress->report(result.records);
            }
            const QStringList cells = RecordExport::rowCells(record, raw);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (cells[c].isEmpty())
                    continue; // an empty cell, not an empty string
                if (c == sequenceColumn && record.sequence)
                    book.check(
                        worksheet_write_number(sheet, row, lxw_col_t(c), double(*record.sequence), nullptr));
                else // always a string: never a formula, whatever the text starts with
                    book.check(worksheet_write_string(sheet, row, lxw_col_t(c), cells[c].toUtf8().constData(),
                                                      nullptr));
            }
            ++row;
            ++result.records;
            return true;
        });
        throwIfCancelled(progress);
        book.close();
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    QFile file(partial);
    if (!file.open(QIODevice::ReadOnly)) {
        QFile::remove(partial);
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    file.close();
    result.bytes = bytes.size();
    result.sha256 = crypto::sha256Hex(bytes);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: cannot replace the file").arg(path));
    }
    if (progress)
        progress->report(result.records);
    return result;
}

} // namespace ab
