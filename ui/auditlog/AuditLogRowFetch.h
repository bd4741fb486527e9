#pragma once
// What a worker reads for the audit log's model on a large workspace, so that the UI thread never runs a
// statement over every record: the filter's row ids and the first page of its rows (a page whose rows are
// spread over a 1 GB file is 256 random reads), and, the first time, the row ids of every record (their
// number is the workspace's total, kept until the next import, so no COUNT(*) runs on a filter change).

#include "core/workspace/WorkspaceTypes.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace ab {

class Progress;

using RowIdList = std::shared_ptr<const std::vector<qint64>>;

struct RowFetchRequest
{
    QString path;         // the workspace; the worker reads through its own connection
    AuditFilter filter;   // ignored when !filtered
    bool filtered = true; // false: only the row ids of every record are wanted
    bool withAll = false; // also read the row ids of every record (the total)
    int pageSize = 256;
};

struct RowFetchResult
{
    RowIdList all;                        // every record's row id (when asked for), in display order
    QList<GatewayRecordRow> allFirstPage; // the first page of `all`
    RowIdList rows;                       // the filter's row ids (when filtered)
    QList<GatewayRecordRow> firstPage;    // the first page of `rows`
};

// Runs on a worker thread. Throws CancelledError when `progress` is cancelled (checked every 4,096 rows and
// between the reads), ab::Error when the workspace cannot be read.
RowFetchResult fetchRows(const RowFetchRequest &request, Progress *progress);

// The first `pageSize` rows of `ids` (fewer when there are fewer ids).
std::vector<qint64> firstPageIds(const std::vector<qint64> &ids, int pageSize);

} // namespace ab
