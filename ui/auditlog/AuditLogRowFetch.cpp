#include "ui/auditlog/AuditLogRowFetch.h"

#include "core/common/Progress.h"
#include "core/workspace/RecordQueries.h"
#include "core/workspace/WorkspaceStore.h"

namespace ab {

std::vector<qint64> firstPageIds(const std::vector<qint64> &ids, int pageSize)
{
    return std::vector<qint64>(ids.begin(), ids.begin() + qint64(std::min(ids.size(), size_t(pageSize))));
}

RowFetchResult fetchRows(const RowFetchRequest &request, Progress *progress)
{
    // Qt Sql connections belong to one thread: the worker reads through its own.
    const auto reader = WorkspaceStore::open(request.path, WorkspaceStore::OpenMode::ExistingOnly);
    const RecordQueries queries(reader->sqlSession());
    const auto stopped = [progress] { return progress && progress->isCancelled(); };
    const auto read = [&](const AuditFilter &filter, RowIdList &ids, QList<GatewayRecordRow> &page) {
        // The vector is allocated and first touched here, not on the UI thread (8 bytes a record).
        auto rows = std::make_shared<std::vector<qint64>>(queries.rowIds(filter, stopped));
        throwIfCancelled(progress);
        page = queries.rowsByRowIds(firstPageIds(*rows, request.pageSize));
        throwIfCancelled(progress);
        ids = std::move(rows);
    };
    RowFetchResult result;
    if (request.filtered)
        read(request.filter, result.rows, result.firstPage);
    if (request.withAll || !request.filtered)
        read(AuditFilter{}, result.all, result.allFirstPage);
    return result;
}

} // namespace ab
