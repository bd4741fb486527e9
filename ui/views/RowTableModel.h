#pragma once
// A read-only table over a list of plain rows (the bundles, OCSF and runtime pages): the page loads the rows
// its filter matches, the model shows them through one cell function. Rows of the imported views are few
// enough (thousands, not the gateway log's millions) to hold; the gateway log keeps its own lazy model.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

namespace ab {

template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using Cell = std::function<QVariant(const Row &, int column, int role)>;

    RowTableModel(const QStringList &headers, Cell cell, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_headers(headers), m_cell(std::move(cell))
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        return m_cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QStringList m_headers;
    Cell m_cell;
    QList<Row> m_rows;
};

} // namespace ab
