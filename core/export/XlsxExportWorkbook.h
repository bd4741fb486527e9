#pragma once
// The libxlsxwriter workbook every Excel export shares (records, samples, workpapers, summaries): created
// beside its target as "<path>.part" in constant-memory mode, closed once on every path with
// libxlsxwriter's error as a WorkspaceError, and renamed onto the target only when complete, so a failure
// or a cancel leaves no file.

#include "core/workspace/WorkspaceTypes.h"

#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ab {

class XlsxWorkbook
{
public:
    // Opens "<path>.part" (checked writable first: libxlsxwriter reports a bad path only when closing).
    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook(); // removes the partial file unless finish() succeeded
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    lxw_workbook *get() const { return m_book; }
    lxw_format *bold() const { return m_bold; }
    // A worksheet with a bold, frozen header row and these column widths (Excel character units).
    lxw_worksheet *addSheet(const QString &name, const QStringList &columns, const QList<double> &widths);
    void writeText(lxw_worksheet *sheet, qint64 row, int column, const QString &text);
    void writeNumber(lxw_worksheet *sheet, qint64 row, int column, double value);
    void check(int lxwError) const;
    [[noreturn]] void fail(const QString &why) const;

    struct Written
    {
        qint64 bytes = 0;
        QString sha256;
    };
    // Closes the workbook and renames the partial file onto the target.
    Written finish();

private:
    QString m_path, m_partial;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_bold = nullptr;
    bool m_done = false;
};

} // namespace ab
