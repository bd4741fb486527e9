#pragma once
// Reads of the gateway records: the seed API's filters (AuditFilter, compiled by AuditQuery's auditWhere),
// counts, streamed rows, rowids for lazy models, per-day counts for charts, distinct values for pickers,
// and the rowids of one record id (jump-to-record, through the gateway_record_id index).
// Order everywhere: timestamp as an instant (records without one last), then import order.

#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

#include <functional>
#include <vector>

namespace ab {

class RecordQueries
{
public:
    explicit RecordQueries(const SqlSession &sql) : m_sql(sql) {}

    qint64 count(const AuditFilter &filter) const;
    void
    forEachRecord(const AuditFilter &filter,
                  const std::function<bool(const GatewayRecordRow &, const QByteArray &raw)> &sink) const;
    std::vector<qint64> rowIds(const AuditFilter &filter) const;
    // The same rows; `stopped` is asked every 4,096 rows and ends the read early (the rows so far) when true.
    std::vector<qint64> rowIds(const AuditFilter &filter, const std::function<bool()> &stopped) const;
    // The largest rowid (0 when there are no records): an upper bound of count() read from the end of the
    // table's B-tree (a few page reads, where COUNT(*) walks a whole index: 0.07-0.2 s at 1M records). Rows
    // are never deleted (gateway_records is append-only), so it equals the count unless ids were skipped.
    qint64 rowIdBound() const;
    // The rowids of the records whose `id` is `recordId` (a numeric id in its JCS form), in rowid order.
    std::vector<qint64> rowIdsOfRecordId(const QString &recordId) const;
    QList<GatewayRecordRow> rowsByRowIds(const std::vector<qint64> &rowIds) const; // same order as given
    QByteArray raw(qint64 rowId) const;
    QList<DayCount> dailyCounts(const AuditFilter &filter, const QString &splitBy) const;
    QStringList distinctValues(const QString &column) const;

private:
    const SqlSession &m_sql;
};

} // namespace ab
