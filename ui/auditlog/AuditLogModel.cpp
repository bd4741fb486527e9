#include "ui/auditlog/AuditLogModel.h"

#include "core/common/Error.h"

#include "ui/common/TaskProgress.h"

#include <QLocale>

#include <limits>

namespace ab {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    refresh();
}

void AuditLogModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_filterError.clear();
    bool background = false;
    beginResetModel();
    m_pages.clear();
    m_memberPages.clear();
    m_pageOrder.clear();
    try {
        m_total = m_store ? m_store->count() : 0;
        // Free text scans every record; at a million records an indexed filter that matches rows spread
        // over the table (pci_dss + block: ~0.2 s) also takes too long for the UI thread.
        // No filter at all stays here (~0.09 s at 1M): "show every record" must be there at once, as jump to
        // record relies on after clearing the filter.
        const AuditFilter &f = m_filter;
        const bool unfiltered = f.frameworks.isEmpty() && f.actions.isEmpty() && f.entityTypes.isEmpty() &&
                                f.categories.isEmpty() && !f.start && !f.end && f.user.isEmpty() &&
                                f.text.isEmpty() && !f.sourceId;
        const qint64 threshold = !f.text.isEmpty() ? m_backgroundThreshold
                                 : unfiltered      ? std::numeric_limits<qint64>::max()
                                                   : m_indexedBackgroundThreshold;
        background = m_store && m_total >= threshold && !m_store->path().isEmpty();
        m_rowIds = m_store && !background ? m_store->queryRowIds(m_filter) : std::vector<qint64>();
    } catch (const std::exception &e) { // a damaged workspace: no rows, and why
        m_total = 0;
        m_rowIds.clear();
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
    if (!background)
        return;
    const QString path = m_store->path();
    const AuditFilter filter = m_filter;
    std::function<std::vector<qint64>(Progress *)> work = [path, filter](Progress *) {
        // Qt Sql connections belong to one thread: the worker reads through its own.
        auto reader = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly);
        return reader->queryRowIds(filter);
    };
    runInBackground<std::vector<qint64>>(
        this, std::make_shared<TaskProgress>(), work,
        [this, generation](const TaskOutcome<std::vector<qint64>> &outcome) {
            if (generation != m_generation)
                return; // the filter changed again meanwhile; that re-index decides
            beginResetModel();
            m_rowIds = outcome.value.value_or(std::vector<qint64>());
            endResetModel();
            m_filtering = false;
            if (!outcome.value)
                m_filterError = outcome.error.isEmpty() ? tr("the search was stopped") : outcome.error;
            emit countsChanged(visibleCount(), m_total);
            emit filteringChanged(false);
            if (!outcome.value)
                emit filterFailed(m_filterError); // no rows is not "nothing matches": say why
        });
}

int AuditLogModel::rowOfRowId(qint64 rowId) const
{
    const auto found = std::find(m_rowIds.begin(), m_rowIds.end(), rowId);
    return found == m_rowIds.end() ? -1 : int(found - m_rowIds.begin());
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
    return parent.isValid() ? 0 : int(qMin<size_t>(m_rowIds.size(), INT_MAX));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const GatewayRecordRow *AuditLogModel::rowAt(int row) const
{
    if (!m_store || row < 0 || size_t(row) >= m_rowIds.size())
        return nullptr;
    const int page = row / PageSize;
    touchPage(page); // first: evicting another page moves the hash's entries
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const size_t first = size_t(page) * PageSize;
        const size_t last = qMin(first + PageSize, m_rowIds.size());
        const std::vector<qint64> ids(m_rowIds.begin() + qint64(first), m_rowIds.begin() + qint64(last));
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
    if (!m_store || row < 0 || size_t(row) >= m_rowIds.size())
        return {};
    const int page = row / PageSize;
    touchPage(page); // first: evicting another page moves the hash's entries
    auto found = m_memberPages.find(page);
    if (found == m_memberPages.end()) {
        const size_t first = size_t(page) * PageSize;
        const size_t last = qMin(first + PageSize, m_rowIds.size());
        QHash<qint64, views::GatewayMembers> members;
        ++m_memberFetches;
        try {
            members = views::gatewayMembers(*m_store, std::vector<qint64>(m_rowIds.begin() + qint64(first),
                                                                          m_rowIds.begin() + qint64(last)));
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
    const auto values = found->constFind(m_rowIds[size_t(row)]);
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
        return index.row() < int(m_rowIds.size()) ? QVariant(m_rowIds.at(size_t(index.row()))) : QVariant();
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
