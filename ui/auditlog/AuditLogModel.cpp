#include "ui/auditlog/AuditLogModel.h"

#include "core/common/Error.h"
#include "core/workspace/RecordQueries.h"

#include "ui/auditlog/AuditLogWorkers.h"

#include <QLocale>

#include <limits>

namespace ab {

namespace {

const RowIdList &noRows()
{
    static const RowIdList empty = std::make_shared<const std::vector<qint64>>();
    return empty;
}

bool isUnfiltered(const AuditFilter &f)
{
    return f.frameworks.isEmpty() && f.actions.isEmpty() && f.entityTypes.isEmpty() &&
           f.categories.isEmpty() && !f.start && !f.end && f.user.isEmpty() && f.text.isEmpty() &&
           !f.sourceId;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent), m_rows(noRows()) {}

AuditLogModel::~AuditLogModel()
{
    stopWorker(); // its result would be dropped anyway: let it stop reading
}

void AuditLogModel::setStore(const WorkspaceStore *store)
{
    m_store = store;
    m_filter = {};
    refresh();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    reindex();
}

void AuditLogModel::refresh()
{
    // The records may have changed (an import): every record's row ids and the total are read again.
    ++m_storeGeneration;
    m_all.reset();
    m_allFirstPage.clear();
    m_rowIdBound = 0;
    try {
        m_rowIdBound = m_store ? RecordQueries(m_store->sqlSession()).rowIdBound() : 0;
    } catch (const std::exception &) { // a damaged workspace: reindex() says why
    }
    m_total = m_rowIdBound; // "Searching N records…" until the exact number is read
    reindex();
}

void AuditLogModel::stopWorker()
{
    if (m_worker)
        m_worker->cancel();
    m_worker.reset();
}

void AuditLogModel::reindex()
{
    const quint64 generation = ++m_generation;
    stopWorker();
    m_filterError.clear();
    const bool unfiltered = isUnfiltered(m_filter);
    const bool canFetch = m_store && !m_store->path().isEmpty();
    const bool large = canFetch && m_rowIdBound >= m_indexedBackgroundThreshold;
    // Free text scans every record's JSON: on the worker from a lower size than an indexed filter.
    const bool background = canFetch && !(unfiltered && m_all) &&
                            (large || (!m_filter.text.isEmpty() && m_rowIdBound >= m_backgroundThreshold));
    beginResetModel();
    m_pages.clear();
    m_memberPages.clear();
    m_pageOrder.clear();
    m_rows = noRows();
    try {
        if (m_store && unfiltered && m_all) {
            m_rows = m_all; // kept since the last import: shown at once, no statement at all
            if (!m_allFirstPage.isEmpty()) {
                touchPage(0);
                m_pages.insert(0, m_allFirstPage);
            }
        } else if (m_store && !background) {
            // A small workspace: read here (the figures for large ones: docs/performance-workspace.md).
            auto rows = std::make_shared<const std::vector<qint64>>(m_store->queryRowIds(m_filter));
            if (unfiltered)
                adoptAll(rows, {});
            else if (!m_all)
                m_total = m_store->count();
            m_rows = std::move(rows);
        } else if (m_store && !large && !m_all) {
            m_total = m_store->count(); // free text on a mid-sized workspace: only the scan moves
        }
    } catch (const std::exception &e) { // a damaged workspace: no rows, and why
        m_total = 0;
        m_rows = noRows();
        m_filterError = errorMessage(e);
    }
    endResetModel();
    if (!m_filterError.isEmpty())
        emit filterFailed(m_filterError);
    emit countsChanged(visibleCount(), m_total);
    if (m_filtering != background) {
        m_filtering = background;
        emit filteringChanged(background);
    }
    if (background)
        startFetch(generation, !m_all);
}

void AuditLogModel::startFetch(quint64 generation, bool withAll)
{
    RowFetchRequest request;
    request.path = m_store->path();
    request.filter = m_filter;
    request.filtered = !isUnfiltered(m_filter);
    request.withAll = withAll;
    request.pageSize = PageSize;
    m_worker = std::make_shared<TaskProgress>();
    std::function<RowFetchResult(Progress *)> work = [request](Progress *progress) {
        return fetchRows(request, progress);
    };
    const quint64 storeGeneration = m_storeGeneration;
    runOnAuditLogPool<RowFetchResult>(
        this, m_worker, work,
        [this, generation, storeGeneration](const TaskOutcome<RowFetchResult> &outcome) {
            // Every record's row ids stay good until the next import, even from a superseded re-index.
            if (outcome.value && outcome.value->all && storeGeneration == m_storeGeneration && !m_all)
                adoptAll(outcome.value->all, outcome.value->allFirstPage);
            if (generation != m_generation)
                return; // the filter changed again meanwhile; that re-index decides
            m_worker.reset();
            if (outcome.value)
                showRows(outcome.value->rows ? outcome.value->rows : m_all,
                         outcome.value->rows ? outcome.value->firstPage : m_allFirstPage);
            else
                showRows(noRows(), {});
            m_filtering = false;
            if (!outcome.value)
                m_filterError = outcome.error.isEmpty() ? tr("the search was stopped") : outcome.error;
            emit countsChanged(visibleCount(), m_total);
            emit filteringChanged(false);
            if (!outcome.value)
                emit filterFailed(m_filterError); // no rows is not "nothing matches": say why
        });
}

void AuditLogModel::adoptAll(const RowIdList &all, const QList<GatewayRecordRow> &firstPage)
{
    m_all = all;
    m_allFirstPage = firstPage;
    m_total = qint64(all->size());
}

void AuditLogModel::showRows(const RowIdList &rows, const QList<GatewayRecordRow> &firstPage)
{
    beginResetModel();
    m_pages.clear();
    m_memberPages.clear();
    m_pageOrder.clear();
    m_rows = rows ? rows : noRows();
    if (!firstPage.isEmpty()) { // read by the worker: the view's first look costs no read here
        touchPage(0);
        m_pages.insert(0, firstPage);
    }
    endResetModel();
}

int AuditLogModel::rowOfRowId(qint64 rowId)
{
    if (m_filtering && isUnfiltered(m_filter) && m_store) {
        // Jump to record cleared the filter while every record's row ids are still on their way: read them
        // now (the one statement over every record left on the UI thread, only in this window).
        ++m_generation; // the worker's re-index is superseded (its row ids are still adopted)
        stopWorker();
        try {
            adoptAll(std::make_shared<const std::vector<qint64>>(m_store->queryRowIds({})), {});
            showRows(m_all, {});
        } catch (const std::exception &e) {
            showRows(noRows(), {});
            m_filterError = errorMessage(e);
        }
        m_filtering = false;
        emit countsChanged(visibleCount(), m_total);
        emit filteringChanged(false);
        if (!m_filterError.isEmpty())
            emit filterFailed(m_filterError);
    }
    const auto found = std::find(m_rows->begin(), m_rows->end(), rowId);
    return found == m_rows->end() ? -1 : int(found - m_rows->begin());
}

qint64 AuditLogModel::findRecord(const QString &recordId) const
{
    if (!m_store || recordId.isEmpty())
        return 0;
    // The indexed record_id column (gateway_record_id); the first stored when an id is there twice.
    const std::vector<qint64> rowIds = m_store->rowIdsOfRecordId(recordId);
    return rowIds.empty() ? 0 : rowIds.front();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<size_t>(m_rows->size(), INT_MAX));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const GatewayRecordRow *AuditLogModel::rowAt(int row) const
{
    if (!m_store || row < 0 || size_t(row) >= m_rows->size())
        return nullptr;
    const int page = row / PageSize;
    touchPage(page); // first: evicting another page moves the hash's entries
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const size_t first = size_t(page) * PageSize;
        const size_t last = qMin(first + PageSize, m_rows->size());
        const std::vector<qint64> ids(m_rows->begin() + qint64(first), m_rows->begin() + qint64(last));
        ++m_pageFetches;
        QList<GatewayRecordRow> rows;
        try {
            rows = m_store->recordsByRowIds(ids);
        } catch (const std::exception &e) { // a damaged page: blank rows, said once per page
            QMetaObject::invokeMethod(
                const_cast<AuditLogModel *>(this),
                [self = const_cast<AuditLogModel *>(this), message = errorMessage(e)] {
                    emit self->filterFailed(message);
                },
                Qt::QueuedConnection);
        }
        found = m_pages.insert(page, rows);
    }
    const int offset = row % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

void AuditLogModel::touchPage(int page) const
{
    if (!m_pageOrder.isEmpty() && m_pageOrder.constLast() == page)
        return;
    m_pageOrder.removeOne(page);
    m_pageOrder.append(page);
    while (m_pageOrder.size() > CachedPages) {
        const int evicted = m_pageOrder.takeFirst();
        m_pages.remove(evicted);
        m_memberPages.remove(evicted);
    }
}

QString AuditLogModel::memberAt(int row, int column) const
{
    if (!m_store || row < 0 || size_t(row) >= m_rows->size())
        return {};
    const int page = row / PageSize;
    touchPage(page); // first: evicting another page moves the hash's entries
    auto found = m_memberPages.find(page);
    if (found == m_memberPages.end()) {
        const size_t first = size_t(page) * PageSize;
        const size_t last = qMin(first + PageSize, m_rows->size());
        QHash<qint64, views::GatewayMembers> members;
        ++m_memberFetches;
        try {
            members = views::gatewayMembers(*m_store, std::vector<qint64>(m_rows->begin() + qint64(first),
                                                                          m_rows->begin() + qint64(last)));
        } catch (const std::exception &e) { // a damaged page: blank cells, said once per page
            QMetaObject::invokeMethod(
                const_cast<AuditLogModel *>(this),
                [self = const_cast<AuditLogModel *>(this), message = errorMessage(e)] {
                    emit self->filterFailed(message);
                },
                Qt::QueuedConnection);
        }
        found = m_memberPages.insert(page, members);
    }
    const auto values = found->constFind((*m_rows)[size_t(row)]);
    return values == found->constEnd() ? QString() : (*values)[size_t(column - FrameworkReferenceColumn)];
}

QString AuditLogModel::columnKey(int column)
{
    static const char *const keys[] = {"time", "category",    "action", "framework", "entity_type",
                                       "user", "policy_name", "id",     "sequence",  "source"};
    if (column >= FrameworkReferenceColumn && column < ColumnCount)
        return views::memberName(views::GatewayMember(column - FrameworkReferenceColumn));
    return column >= 0 && column < FrameworkReferenceColumn ? QLatin1String(keys[column]) : QString();
}

QString AuditLogModel::cellText(const GatewayRecordRow &row, int column)
{
    switch (column) {
    case TimeColumn:
        return row.timestamp;
    case CategoryColumn:
        return row.category;
    case ActionColumn:
        return row.action;
    case FrameworkColumn:
        return row.framework;
    case EntityTypeColumn:
        return row.entityType;
    case UserColumn:
        return row.userEmail.isEmpty() ? row.userId : row.userEmail;
    case PolicyColumn:
        return row.policyName;
    case RecordIdColumn:
        return row.recordId;
    case SequenceColumn:
        return row.sequence ? QString::number(*row.sequence) : QString();
    case SourceColumn:
        return row.sourceFile;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == RowIdRole)
        return index.row() < int(m_rows->size()) ? QVariant(m_rows->at(size_t(index.row()))) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == SequenceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() >= FrameworkReferenceColumn)
        return memberAt(index.row(), index.column());
    const GatewayRecordRow *row = rowAt(index.row());
    return row ? cellText(*row, index.column()) : QVariant();
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case ActionColumn:
        return tr("Action");
    case FrameworkColumn:
        return tr("Framework");
    case EntityTypeColumn:
        return tr("Entity type");
    case UserColumn:
        return tr("User");
    case PolicyColumn:
        return tr("Policy");
    case RecordIdColumn:
        return tr("Record id");
    case SequenceColumn:
        return tr("Seq.");
    case SourceColumn:
        return tr("Source");
    case FrameworkReferenceColumn:
        return tr("Framework reference");
    case OverrideReasonColumn:
        return tr("Override reason");
    case ModelColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case SourceIpColumn:
        return tr("Source IP");
    case RuleNameColumn:
        return tr("Rule");
    }
    return {};
}

} // namespace ab
