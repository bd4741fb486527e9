#pragma once

#include "core/views/GatewayColumns.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/auditlog/AuditLogRowFetch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace ab {

class TaskProgress;

// A flat table over the workspace's gateway records that stays smooth with millions of them (as Wireshark's
// packet list): it keeps only the matching row ids (8 bytes a record), asks the database for a page of rows
// when the view first shows one, and keeps a few pages in a small LRU cache. Filtering rebuilds the row index
// in the database (WorkspaceStore::queryRowIds); no proxy model ever walks every record.
// On a large workspace (from 500,000 records) nothing that reads every record runs on the UI thread: every
// re-index runs on a worker (AuditLogRowFetch) with its own read connection, which also reads the first page
// of rows (spread over the file, 256 random reads) and, once per workspace, the row ids of every record:
// their number is the total (kept until refresh(), i.e. the next import: no COUNT(*) per filter change) and
// they are "no filter", shown at once afterwards. A free-text filter (a scan of every record's JSON) goes to
// the worker from 200,000 records. A result that arrives after the filter changed again is dropped, and its
// worker is told to stop; so is a running one when the model goes away. Workers run on auditLogPool()
// (AuditLogWorkers.h), never on the global pool that Qt's painting waits for.
// The record members without a column of their own (framework reference, override reason, model, provider,
// source IP, rule) are read a page at a time by SQLite (core/views/GatewayColumns) only when a view asks for
// one of them: hidden, they cost nothing.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
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
        FrameworkReferenceColumn, // the first of the record members (views::GatewayMember order)
        OverrideReasonColumn,
        ModelColumn,
        ProviderColumn,
        SourceIpColumn,
        RuleNameColumn,
        ColumnCount
    };
    static constexpr int RowIdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 16;

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    // The store must outlive the model (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // Re-reads the row index and the total (after an import).
    void refresh();
    // Free-text filters over at least this many records re-index in the background (default 200,000).
    void setBackgroundThreshold(qint64 records) { m_backgroundThreshold = records; }
    // Every re-index over at least this many records too (default 500,000).
    void setIndexedBackgroundThreshold(qint64 records) { m_indexedBackgroundThreshold = records; }
    bool isFiltering() const { return m_filtering; }
    // Why the last background re-index has no rows (it failed), empty when it did not fail.
    const QString &filterError() const { return m_filterError; }

    qint64 totalCount() const { return m_total; }
    qint64 visibleCount() const { return qint64(m_rows->size()); }
    qint64 rowIdAt(int row) const { return m_rows->at(size_t(row)); }
    // The row showing `rowId`, or -1 when the filter hides it. While the rows of "no filter" are still being
    // read on a worker (just after opening a large workspace) they are read here at once instead, so that
    // jump to record, which clears the filter to show a hidden record, finds its row.
    int rowOfRowId(qint64 rowId);
    // The row id of the gateway record with this `id` member (any filter; through the record_id index), or 0
    // when there is none.
    qint64 findRecord(const QString &recordId) const;
    // How many database page fetches data() has made (to show laziness in tests).
    int pageFetches() const { return m_pageFetches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString cellText(const GatewayRecordRow &row, int column);
    // A stable name for each column (settings keys: "time", ..., "framework_reference", "rule_name").
    static QString columnKey(int column);
    // How many database reads of record members data() has made (hidden member columns make none).
    int memberFetches() const { return m_memberFetches; }

signals:
    void countsChanged(qint64 visible, qint64 total);
    // A background re-index started (true) or its rows are shown (false).
    void filteringChanged(bool filtering);
    // A background re-index failed (e.g. the workspace could not be read): the table is empty for that
    // reason.
    void filterFailed(const QString &message);

private:
    void reindex();
    void startFetch(quint64 generation, bool withAll);
    void adoptAll(const RowIdList &all, const QList<GatewayRecordRow> &firstPage);
    void showRows(const RowIdList &rows, const QList<GatewayRecordRow> &firstPage);
    void stopWorker();
    const GatewayRecordRow *rowAt(int row) const;
    QString memberAt(int row, int column) const;
    void touchPage(int page) const;

    const WorkspaceStore *m_store = nullptr;
    AuditFilter m_filter;
    RowIdList m_rows;                       // never null
    RowIdList m_all;                        // every record's row id once read (null before)
    QList<GatewayRecordRow> m_allFirstPage; // the first page of m_all
    qint64 m_total = 0;
    qint64 m_rowIdBound = 0;                // the largest row id: decides what is large, without COUNT(*)
    quint64 m_storeGeneration = 0;          // bumped by setStore()/refresh(): older row ids of every record
    std::shared_ptr<TaskProgress> m_worker; // the running re-index (cancelled when superseded)
    qint64 m_backgroundThreshold = 200000;
    qint64 m_indexedBackgroundThreshold = 500000;
    quint64 m_generation = 0; // bumped by every re-index; a background result of an older one is dropped
    bool m_filtering = false;
    QString m_filterError;
    mutable QHash<int, QList<GatewayRecordRow>> m_pages;
    mutable QHash<int, QHash<qint64, views::GatewayMembers>> m_memberPages; // evicted with m_pages
    mutable QList<int> m_pageOrder;                                         // least recently used first
    mutable int m_pageFetches = 0;
    mutable int m_memberFetches = 0;
};

} // namespace ab
