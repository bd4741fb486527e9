#pragma once

#include "workspace/WorkspaceStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace ab {

// A flat table over the workspace's gateway records that stays smooth with millions of them (as Wireshark's
// packet list): it keeps only the matching row ids (8 bytes a record), asks the database for a page of rows
// when the view first shows one, and keeps a few pages in a small LRU cache. Filtering rebuilds the row index
// in the database (WorkspaceStore::queryRowIds); no proxy model ever walks every record.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        CategoryColumn,
        ActionColumn,
        FrameworkColumn,
        EntityTypeColumn,
        UserColumn,
        PolicyColumn,
        RecordIdColumn,
        SequenceColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int RowIdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 16;

    explicit AuditLogModel(QObject *parent = nullptr);

    // The store must outlive the model (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // Re-reads the row index and the total (after an import).
    void refresh();

    qint64 totalCount() const { return m_total; }
    qint64 visibleCount() const { return qint64(m_rowIds.size()); }
    qint64 rowIdAt(int row) const { return m_rowIds.at(size_t(row)); }
    // The row showing `rowId`, or -1 when the filter hides it.
    int rowOfRowId(qint64 rowId) const;
    // The row id of the gateway record with this `id` member (any filter), or 0 when there is none.
    qint64 findRecord(const QString &recordId) const;
    // How many database page fetches data() has made (to show laziness in tests).
    int pageFetches() const { return m_pageFetches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString cellText(const GatewayRecordRow &row, int column);

signals:
    void countsChanged(qint64 visible, qint64 total);

private:
    const GatewayRecordRow *rowAt(int row) const;

    const WorkspaceStore *m_store = nullptr;
    AuditFilter m_filter;
    std::vector<qint64> m_rowIds;
    qint64 m_total = 0;
    mutable QHash<int, QList<GatewayRecordRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable int m_pageFetches = 0;
};

} // namespace ab
