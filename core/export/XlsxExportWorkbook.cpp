#include "core/export/XlsxExportWorkbook.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/SqlSession.h"

#include <QFile>

#include <xlsxwriter.h>

namespace ab {

XlsxWorkbook::XlsxWorkbook(const QString &path) : m_path(path), m_partial(path + QStringLiteral(".part"))
{
    {
        QFile probe(m_partial);
        if (!probe.open(QIODevice::WriteOnly))
            throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order and flushed
    options.use_zip64 = LXW_TRUE;       // large exports pass 4 GB of XML before compression
    m_book = workbook_new_opt(QFile::encodeName(m_partial).constData(), &options);
    if (!m_book) {
        QFile::remove(m_partial);
        fail(WorkspaceTr::tr("cannot create the workbook"));
    }
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_book)
        workbook_close(m_book);
    if (!m_done)
        QFile::remove(m_partial);
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name, const QStringList &columns,
                                      const QList<double> &widths)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
    if (!sheet)
        fail(WorkspaceTr::tr("cannot add a worksheet"));
    // Widths and the frozen header first: constant-memory mode writes them before the rows.
    for (qsizetype c = 0; c < columns.size(); ++c)
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 16), nullptr));
    worksheet_freeze_panes(sheet, 1, 0);
    for (qsizetype c = 0; c < columns.size(); ++c)
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), columns[c].toUtf8().constData(), m_bold));
    return sheet;
}

void XlsxWorkbook::writeText(lxw_worksheet *sheet, qint64 row, int column, const QString &text)
{
    if (text.isEmpty())
        return; // an empty cell, not an empty string
    // Always a string: never a formula, whatever the text starts with.
    check(
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), nullptr));
}

void XlsxWorkbook::writeNumber(lxw_worksheet *sheet, qint64 row, int column, double value)
{
    check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr));
}

void XlsxWorkbook::check(int lxwError) const
{
    if (lxwError != LXW_NO_ERROR)
        fail(QString::fromUtf8(lxw_strerror(lxw_error(lxwError))));
}

void XlsxWorkbook::fail(const QString &why) const
{
    throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(m_path, why));
}

XlsxWorkbook::Written XlsxWorkbook::finish()
{
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    check(error);
    QFile file(m_partial);
    if (!file.open(QIODevice::ReadOnly))
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    QFile::remove(m_path);
    if (!QFile::rename(m_partial, m_path))
        throw WorkspaceError(WorkspaceTr::tr("Cannot write %1: cannot replace the file").arg(m_path));
    m_done = true;
    return Written{bytes.size(), crypto::sha256Hex(bytes)};
}

} // namespace ab
