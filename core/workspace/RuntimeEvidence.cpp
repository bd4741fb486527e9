#include "core/workspace/RuntimeEvidence.h"

#include <QSqlQuery>

namespace ab {

QList<QByteArray> RuntimeEvidence::rawColumn(QSqlQuery &q) const
{
    m_sql.exec(q);
    QList<QByteArray> out;
    while (m_sql.next(q))
        out << q.value(0).toString().toUtf8();
    return out;
}

QList<AgentInfo> RuntimeEvidence::agents() const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral(
        "SELECT a.agent_id, a.name, a.source_id,"
        " (SELECT COUNT(*) FROM agent_entries e WHERE e.source_id = a.source_id AND e.agent_id = a.agent_id)"
        " FROM agents a ORDER BY a.source_id, a.id"));
    m_sql.exec(q);
    QList<AgentInfo> out;
    while (m_sql.next(q))
        out << AgentInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()};
    return out;
}

qint64 RuntimeEvidence::agentEntryCount(const QString &agentId) const
{
    if (agentId.isEmpty())
        return m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_entries")).toLongLong();
    return m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM agent_entries WHERE agent_id = ?"), {agentId})
        .toLongLong();
}

QList<QByteArray> RuntimeEvidence::agentEntries(const QString &agentId) const
{
    QSqlQuery q = m_sql.prepare(
        agentId.isEmpty()
            ? QStringLiteral("SELECT raw FROM agent_entries ORDER BY source_id, ordinal")
            : QStringLiteral("SELECT raw FROM agent_entries WHERE agent_id = ? ORDER BY source_id, ordinal"));
    if (!agentId.isEmpty())
        q.bindValue(0, agentId);
    return rawColumn(q);
}

QList<QByteArray> RuntimeEvidence::complianceBundles() const
{
    QSqlQuery q =
        m_sql.prepare(QStringLiteral("SELECT raw FROM compliance_bundles ORDER BY source_id, ordinal"));
    return rawColumn(q);
}

qint64 RuntimeEvidence::ocsfEventCount(int classUid) const
{
    if (classUid == 0)
        return m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM ocsf_events")).toLongLong();
    return m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM ocsf_events WHERE class_uid = ?"), {classUid})
        .toLongLong();
}

QList<QByteArray> RuntimeEvidence::ocsfEvents(int classUid) const
{
    QSqlQuery q = m_sql.prepare(
        classUid == 0
            ? QStringLiteral("SELECT raw FROM ocsf_events ORDER BY source_id, ordinal")
            : QStringLiteral("SELECT raw FROM ocsf_events WHERE class_uid = ? ORDER BY source_id, ordinal"));
    if (classUid != 0)
        q.bindValue(0, classUid);
    return rawColumn(q);
}

} // namespace ab
