#pragma once
// Reads of the evidence other than gateway records: agent runtime exports (agents, audit entries),
// compliance bundles and OCSF events, each as the raw JSON exactly as imported.

#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

namespace ab {

class RuntimeEvidence
{
public:
    explicit RuntimeEvidence(const SqlSession &sql) : m_sql(sql) {}

    QList<AgentInfo> agents() const;
    qint64 agentEntryCount(const QString &agentId) const;
    QList<QByteArray> agentEntries(const QString &agentId) const;
    QList<QByteArray> complianceBundles() const;
    qint64 ocsfEventCount(int classUid) const;
    QList<QByteArray> ocsfEvents(int classUid) const;

private:
    QList<QByteArray> rawColumn(QSqlQuery &q) const;

    const SqlSession &m_sql;
};

} // namespace ab
