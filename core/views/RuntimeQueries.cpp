#include "core/views/RuntimeQueries.h"

#include "core/views/ViewQuery.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlQuery>

namespace ab::views {

namespace {

const QString Decision = QStringLiteral("json_extract(e.raw, '$.decision')");

WhereBuilder runtimeWhere(const RuntimeFilter &f)
{
    WhereBuilder w;
    w.anyOf(QStringLiteral("e.agent_id"), f.agentIds);
    w.anyOf(QStringLiteral("e.action_type"), f.actionTypes);
    w.anyOf(QStringLiteral("e.connector"), f.connectors);
    w.anyOf(Decision, f.decisions);
    w.period(QStringLiteral("e.ts_ms"), f.start, f.end);
    return w;
}

const QString Order = QStringLiteral(" ORDER BY e.ts_ms IS NULL, e.ts_ms, e.id");

} // namespace

qint64 RuntimeQueries::count(const RuntimeFilter &filter) const
{
    const WhereBuilder w = runtimeWhere(filter);
    return countRows(m_store.sqlSession(), QStringLiteral("FROM agent_entries e") + w.sql(), w.binds(),
                     filter.limit, filter.offset);
}

QList<RuntimeEntryRow> RuntimeQueries::rows(const RuntimeFilter &filter) const
{
    const SqlSession &sql = m_store.sqlSession();
    const WhereBuilder w = runtimeWhere(filter);
    const QString select =
        QStringLiteral(
            "SELECT e.id, e.source_id, s.file_name, json_extract(e.raw, '$.id'), e.ts_text, e.agent_id,"
            " (SELECT a.name FROM agents a WHERE a.source_id = e.source_id AND a.agent_id = e.agent_id"
            " ORDER BY a.id LIMIT 1), e.action_type, json_extract(e.raw, '$.actor'), e.connector,"
            " json_extract(e.raw, '$.operation'), %1, json_extract(e.raw, '$.sequence'), e.ts_ms,"
            " json_extract(e.raw, '$.risk_score')"
            " FROM agent_entries e JOIN sources s ON s.id = e.source_id%2%3")
            .arg(Decision, w.sql(), Order);
    QList<RuntimeEntryRow> out;
    forEachRow(sql, select, w.binds(), filter.limit, filter.offset, [&out](const QSqlQuery &q) {
        RuntimeEntryRow r;
        r.rowId = q.value(0).toLongLong();
        r.sourceId = q.value(1).toLongLong();
        r.sourceFile = q.value(2).toString();
        r.entryId = textOf(q.value(3));
        r.timestamp = textOf(q.value(4));
        r.agentId = textOf(q.value(5));
        r.agentName = textOf(q.value(6));
        r.actionType = textOf(q.value(7));
        r.actor = textOf(q.value(8));
        r.connector = textOf(q.value(9));
        r.operation = textOf(q.value(10));
        r.decision = textOf(q.value(11));
        if (!q.value(12).isNull())
            r.sequence = q.value(12).toLongLong();
        if (!q.value(13).isNull())
            r.timeMs = q.value(13).toLongLong();
        r.riskScore = textOf(q.value(14));
        out << r;
    });
    return out;
}

QList<QByteArray> RuntimeQueries::rawEntries(const RuntimeFilter &filter) const
{
    const WhereBuilder w = runtimeWhere(filter);
    return firstColumnBytes(m_store.sqlSession(),
                            QStringLiteral("SELECT e.raw FROM agent_entries e") + w.sql() + Order, w.binds(),
                            filter.limit, filter.offset);
}

QByteArray RuntimeQueries::rawEntry(qint64 rowId) const
{
    return rawOfRow(m_store.sqlSession(), QStringLiteral("agent_entries"), rowId);
}

std::vector<qint64> RuntimeQueries::rowIdsOfEntryId(const QString &entryId) const
{
    std::vector<qint64> out;
    forEachRow(m_store.sqlSession(),
               QStringLiteral(
                   "SELECT e.id FROM agent_entries e WHERE json_extract(e.raw, '$.id') = ? ORDER BY e.id"),
               {entryId}, -1, 0, [&out](const QSqlQuery &q) { out.push_back(q.value(0).toLongLong()); });
    return out;
}

QStringList RuntimeQueries::distinctValues(const QString &column) const
{
    QString expression;
    if (column == QLatin1String("agent_id") || column == QLatin1String("action_type") ||
        column == QLatin1String("connector"))
        expression = QStringLiteral("e.") + column; // one of three fixed names, never input text
    else if (column == QLatin1String("decision"))
        expression = Decision;
    else
        return {};
    QStringList out;
    forEachRow(m_store.sqlSession(),
               QStringLiteral("SELECT DISTINCT %1 FROM agent_entries e WHERE %1 IS NOT NULL ORDER BY 1")
                   .arg(expression),
               {}, -1, 0, [&out](const QSqlQuery &q) { out << q.value(0).toString(); });
    return out;
}

} // namespace ab::views
