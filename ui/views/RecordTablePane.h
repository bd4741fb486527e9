#pragma once
// The table-and-details half of the record pages (OCSF events, runtime entries): the filtered rows in a
// single-selection table, the current row's JSON pretty-printed in a read-only pane beside it, and the
// selection of a record found by its rowid (a questionnaire's evidence id, a jump), clearing the page's
// filter when that hides it. The pages keep their own filter bars.

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QPlainTextEdit;
class QTableView;

namespace ab {

class RecordTablePane : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the children's object names ("<name>Table", "<name>Details"); `model` is the page's.
    RecordTablePane(const QString &name, QAbstractItemModel *model, QWidget *parent);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }
    // The record of a row as stored, shown in the details pane whenever that row becomes current.
    void setRawSource(std::function<QByteArray(int row)> raw) { m_raw = std::move(raw); }
    // Lines shown above the record (its current note), "" for none.
    void setDetailsPrefix(std::function<QString(int row)> prefix) { m_prefix = std::move(prefix); }

    // Selects the row of the record with this rowid: `rowOf` finds it in the rows shown (-1: not shown),
    // `clearFilter` shows every row when the filter hides it. False when it is not there at all.
    bool selectRecord(const std::function<int()> &rowOf, const std::function<void()> &clearFilter);

private:
    void showDetails();

    QTableView *m_table;
    QPlainTextEdit *m_details;
    std::function<QByteArray(int row)> m_raw;
    std::function<QString(int row)> m_prefix;
};

// The row of `model` (a RowTableModel of rows with a rowId) whose record has this rowid, -1 when none.
template <typename Model> int rowOfRowId(const Model &model, qint64 rowId)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.row(i).rowId == rowId)
            return i;
    return -1;
}

} // namespace ab
