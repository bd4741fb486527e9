#include "core/workspace/RecordQueries.h"

#include "core/workspace/AuditQuery.h"
#include "core/workspace/RawSpan.h"

#include <QDate>
#include <QSqlQuery>

#include <unordered_map>

namespace ab {

namespace {

const QString RowColumns =
    QStringLiteral("g.id, g.source_id, g.ordinal, g.record_id, g.sequence, g.ts_text, g.ts_ms, g.category, "
                   "g.action, g.framework,"
                   " g.entity_type, g.user_id, g.user_email, g.policy_name, s.file_name");
constexpr int RawColumn = 15; // after RowColumns

GatewayRecordRow rowFrom(const QSqlQuery &q)
{
    // Column order of RowColumns.
    GatewayRecordRow r;
    r.rowId = q.value(0).toLongLong();
    r.sourceId = q.value(1).toLongLong();
    r.ordinal = q.value(2).toLongLong();
    r.recordId = q.value(3).toString();
    if (!q.value(4).isNull())
        r.sequence = q.value(4).toLongLong();
    r.timestamp = q.value(5).toString();
    if (!q.value(6).isNull())
        r.timestampMs = q.value(6).toLongLong();
    r.category = q.value(7).toString();
    r.action = q.value(8).toString();
    r.framework = q.value(9).toString();
    r.entityType = q.value(10).toString();
    r.userId = q.value(11).toString();
    r.userEmail = q.value(12).toString();
    r.policyName = q.value(13).toString();
    r.sourceFile = q.value(14).toString();
    return r;
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
}

} // namespace

qint64 RecordQueries::count(const AuditFilter &filter) const
{
    const SqlWhere where = auditWhere(filter);
    const bool window = filter.limit >= 0 || filter.offset > 0;
    const QString text =
        window ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM gateway_records g%1 LIMIT ? OFFSET ?)")
                     .arg(where.sql)
               : QStringLiteral("SELECT COUNT(*) FROM gateway_records g%1").arg(where.sql);
    QVariantList binds = where.binds;
    if (window)
        binds << filter.limit << filter.offset;
    return m_sql.scalar(text, binds).toLongLong();
}

void RecordQueries::forEachRecord(
    const AuditFilter &filter,
    const std::function<bool(const GatewayRecordRow &, const QByteArray &)> &sink) const
{
    const SqlWhere where = auditWhere(filter);
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT %1, %3 FROM gateway_records g JOIN sources s ON s.id = g.source_id%2"
                       " ORDER BY g.sort_ms, g.id LIMIT ? OFFSET ?")
            .arg(RowColumns, where.sql, raw_span::expression(QStringLiteral("g"))));
    bindAll(q, QVariantList(where.binds) << filter.limit << filter.offset);
    m_sql.exec(q);
    while (m_sql.next(q)) {
        if (!sink(rowFrom(q), q.value(RawColumn).toString().toUtf8()))
            break;
    }
}

std::vector<qint64> RecordQueries::rowIds(const AuditFilter &filter) const
{
    return rowIds(filter, {});
}

std::vector<qint64> RecordQueries::rowIds(const AuditFilter &filter,
                                          const std::function<bool()> &stopped) const
{
    const SqlWhere where = auditWhere(filter);
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT g.id FROM gateway_records g%1 ORDER BY g.sort_ms, g.id LIMIT ? OFFSET ?")
            .arg(where.sql));
    bindAll(q, QVariantList(where.binds) << filter.limit << filter.offset);
    m_sql.exec(q);
    std::vector<qint64> ids;
    while (m_sql.next(q)) {
        ids.push_back(q.value(0).toLongLong());
        if (stopped && ids.size() % 4096 == 0 && stopped())
            break;
    }
    return ids;
}

qint64 RecordQueries::rowIdBound() const
{
    return m_sql.scalar(QStringLiteral("SELECT MAX(id) FROM gateway_records"), {}).toLongLong();
}

std::vector<qint64> RecordQueries::rowIdsOfRecordId(const QString &recordId) const
{
    QSqlQuery q =
        m_sql.prepare(QStringLiteral("SELECT id FROM gateway_records WHERE record_id = ? ORDER BY id"));
    q.bindValue(0, recordId);
    m_sql.exec(q);
    std::vector<qint64> ids;
    while (m_sql.next(q))
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

QList<GatewayRecordRow> RecordQueries::rowsByRowIds(const std::vector<qint64> &rowIds) const
{
    std::unordered_map<qint64, GatewayRecordRow> found;
    constexpr size_t Batch = 500;
    for (size_t at = 0; at < rowIds.size(); at += Batch) {
        const size_t n = std::min(Batch, rowIds.size() - at);
        QStringList marks;
        for (size_t k = 0; k < n; ++k)
            marks << QStringLiteral("?");
        QSqlQuery q = m_sql.prepare(
            QStringLiteral("SELECT %1 FROM gateway_records g JOIN sources s ON s.id = g.source_id"
                           " WHERE g.id IN (%2)")
                .arg(RowColumns, marks.join(QLatin1Char(','))));
        for (size_t k = 0; k < n; ++k)
            q.bindValue(int(k), rowIds[at + k]);
        m_sql.exec(q);
        while (m_sql.next(q)) {
            GatewayRecordRow r = rowFrom(q);
            found.emplace(r.rowId, std::move(r));
        }
    }
    QList<GatewayRecordRow> out;
    out.reserve(qsizetype(rowIds.size()));
    for (qint64 id : rowIds)
        if (auto it = found.find(id); it != found.end())
            out << it->second;
    return out;
}

QByteArray RecordQueries::raw(qint64 rowId) const
{
    return m_sql
        .scalar(QStringLiteral("SELECT %1 FROM gateway_records WHERE id = ?").arg(raw_span::expression({})),
                {rowId})
        .toString()
        .toUtf8();
}

QList<DayCount> RecordQueries::dailyCounts(const AuditFilter &filter, const QString &splitBy) const
{
    if (!splitBy.isEmpty() && splitBy != QLatin1String("action") && splitBy != QLatin1String("framework"))
        throw WorkspaceError(
            WorkspaceTr::tr("daily counts can be split by action or framework, not '%1'").arg(splitBy));
    AuditFilter unlimited = filter;
    unlimited.limit = -1;
    unlimited.offset = 0;
    const SqlWhere where = auditWhere(unlimited);
    // splitBy is one of two fixed column names (checked above), never input text.
    const QString key =
        splitBy.isEmpty() ? QStringLiteral("''") : QStringLiteral("COALESCE(g.%1, '')").arg(splitBy);
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT g.ts_ms / 86400000 AS day, %1 AS k, COUNT(*) FROM gateway_records g%2%3"
                       " g.ts_ms IS NOT NULL GROUP BY day, k ORDER BY day, k")
            .arg(key, where.sql, where.sql.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")));
    bindAll(q, where.binds);
    m_sql.exec(q);
    QList<DayCount> out;
    const QDate epoch(1970, 1, 1);
    while (m_sql.next(q))
        out << DayCount{epoch.addDays(q.value(0).toLongLong()), q.value(1).toString(),
                        q.value(2).toLongLong()};
    return out;
}

QStringList RecordQueries::distinctValues(const QString &column) const
{
    static const QStringList allowed{QStringLiteral("framework"),   QStringLiteral("action"),
                                     QStringLiteral("entity_type"), QStringLiteral("category"),
                                     QStringLiteral("user_email"),  QStringLiteral("user_id"),
                                     QStringLiteral("policy_name")};
    if (!allowed.contains(column))
        throw WorkspaceError(WorkspaceTr::tr("no filter column named '%1'").arg(column));
    // Every allowed column leads an index: hop from one value to the next greater one through it (a few
    // index seeks per distinct value) instead of SELECT DISTINCT reading every entry (1M at a million
    // records, on the UI thread when a workspace opens).
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("WITH RECURSIVE d(v) AS (SELECT MIN(%1) FROM gateway_records WHERE %1 IS NOT NULL"
                       " UNION ALL SELECT (SELECT MIN(%1) FROM gateway_records WHERE %1 > d.v) FROM d"
                       " WHERE d.v IS NOT NULL)"
                       " SELECT v FROM d WHERE v IS NOT NULL ORDER BY v")
            .arg(column));
    m_sql.exec(q);
    QStringList out;
    while (m_sql.next(q))
        out << q.value(0).toString();
    return out;
}

} // namespace ab
