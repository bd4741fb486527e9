#include "core/package/sections/AuditSummary.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QDate>

namespace ab::sections {

namespace {

// The progress stage is UI text (same context as before the split, so the catalogue still applies).
struct AuditSummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageGenerator)
};

QString dayOf(const Instant &t)
{
    const qint64 days = t.seconds >= 0 ? t.seconds / 86400 : -((-t.seconds + 86399) / 86400);
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate);
}

} // namespace

Summary summarise(const RuntimeExport &x, const QString &agentId, Progress *progress)
{
    Summary s;
    crypto::Sha256 digest;
    const qint64 total = qint64(x.auditEntries.size());
    if (progress)
        progress->beginStage(AuditSummaryTr::tr("Summarising audit entries"), total);
    qint64 index = 0;
    for (const RuntimeAuditEntry &e : x.auditEntries) {
        if ((++index & 4095) == 0) {
            throwIfCancelled(progress);
            if (progress)
                progress->report(index);
        }
        if (e.agentId != agentId)
            continue;
        ++s.entries;
        digest.update(e.raw.data(), e.raw.size());
        digest.update("\n", 1);
        ++s.actionCounts[e.actionType];
        s.actionSpans[e.actionType].add(e.time);
        s.all.add(e.time);
        if (e.time)
            ++s.perDay[dayOf(*e.time)];
        else
            ++s.undated;
        if (e.hasInputHash && e.hasOutputHash)
            ++s.withBothHashes;
        if (!e.rawPayloadMembers.isEmpty())
            s.rawPayloadEntries << EntryRef{e.id, e.timestamp};

        const QString &type = e.actionType;
        if (type == QLatin1String("connector.called")) {
            const QString name = e.connector.isEmpty() ? QStringLiteral("(no connector named)") : e.connector;
            ConnectorStats &c = s.connectors[name];
            ++c.calls;
            c.decisions.add(e.decision);
            c.span.add(e.time);
            OperationStats &op =
                c.operations[e.operation.isEmpty() ? QStringLiteral("(no operation named)") : e.operation];
            ++op.calls;
            op.decisions.add(e.decision);
        } else if (type == QLatin1String("policy.evaluated")) {
            ++s.policyEvaluations;
            s.policyDecisions.add(e.decision);
        } else if (type == QLatin1String("secret.accessed")) {
            ++s.secretsAccessed;
        } else if (type == QLatin1String("secret.rotated")) {
            ++s.secretsRotated;
        } else if (type == QLatin1String("approval.reviewed")) {
            ++s.approvals;
            ++s.approvalDecisions[e.decision.isEmpty() ? QStringLiteral("unspecified") : e.decision];
        } else if (type == QLatin1String("agent.suspended")) {
            s.suspensions << EntryRef{e.id, e.timestamp};
        } else if (type == QLatin1String("drift.detected")) {
            ++s.driftDetectedEntries;
        }
    }
    if (progress)
        progress->report(total);
    s.entriesSha256 = crypto::toHex(digest.final());
    // Configured connectors appear even when never called: an unused permission is evidence too.
    for (const ConnectorConfig &cfg : x.connectorConfigs) {
        if (cfg.agentId != agentId)
            continue;
        ConnectorStats &c = s.connectors[cfg.connector];
        c.configured = true;
        for (const QString &op : cfg.operations)
            if (!c.configuredOperations.contains(op))
                c.configuredOperations << op;
        c.credentialStorage = cfg.credentialStorage;
    }
    return s;
}

} // namespace ab::sections
