#include "core/package/sections/AuditSummary.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QDate>

#include <unordered_map>

namespace ab::sections {

namespace {

// The progress stage is UI text (same context as before the split, so the catalogue still applies).
struct AuditSummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageGenerator)
};

qint64 dayNumber(const Instant &t)
{
    return t.seconds >= 0 ? t.seconds / 86400 : -((-t.seconds + 86399) / 86400);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The summary while the entries are walked: keyed by the entries' own text (views, no QString per entry),
// turned into the Summary's QMaps (ordered as QString orders) once at the end.
struct ConnectorTally
{
    qint64 calls = 0;
    Decisions decisions;
    Span span;
    std::unordered_map<std::string_view, OperationStats> operations;
};

struct ActionTally
{
    qint64 count = 0;
    Span span;
};

struct Tally
{
    std::unordered_map<std::string_view, ActionTally> actions;
    std::unordered_map<std::string_view, ConnectorTally> connectors;
    std::unordered_map<std::string_view, qint64> approvalDecisions;
    std::unordered_map<qint64, qint64> perDay; // by days since 1970-01-01

    void into(Summary &s) const
    {
        for (const auto &[type, a] : actions) {
            s.actionCounts[qs(type)] += a.count;
            s.actionSpans[qs(type)].add(a.span);
        }
        for (const auto &[name, t] : connectors) {
            ConnectorStats &c = s.connectors[qs(name)];
            c.calls += t.calls;
            c.decisions.add(t.decisions);
            c.span.add(t.span);
            for (const auto &[operation, o] : t.operations) {
                OperationStats &op = c.operations[qs(operation)];
                op.calls += o.calls;
                op.decisions.add(o.decisions);
            }
        }
        for (const auto &[decision, n] : approvalDecisions)
            s.approvalDecisions[qs(decision)] += n;
        for (const auto &[day, n] : perDay)
            s.perDay[QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate)] += n;
    }
};

template <typename T> std::string_view orElse(std::string_view text, T fallback)
{
    return text.empty() ? std::string_view(fallback) : text;
}

} // namespace

Summary summarise(const RuntimeExport &x, const QString &agentId, Progress *progress)
{
    Summary s;
    Tally t;
    crypto::Sha256 digest;
    const QByteArray agentUtf8 = agentId.toUtf8();
    const std::string_view agent(agentUtf8.constData(), size_t(agentUtf8.size()));
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
        if (e.agentId != agent)
            continue;
        ++s.entries;
        digest.update(e.raw.data(), e.raw.size());
        digest.update("\n", 1);
        ActionTally &action = t.actions[e.actionType];
        ++action.count;
        action.span.add(e.time);
        s.all.add(e.time);
        if (e.time)
            ++t.perDay[dayNumber(*e.time)];
        else
            ++s.undated;
        if (e.hasInputHash && e.hasOutputHash)
            ++s.withBothHashes;
        if (e.rawPayloadMembers > 0)
            s.rawPayloadEntries << EntryRef{qs(e.id), qs(e.timestamp)};

        const std::string_view type = e.actionType;
        if (type == "connector.called") {
            ConnectorTally &c = t.connectors[orElse(e.connector, "(no connector named)")];
            ++c.calls;
            c.decisions.add(e.decision);
            c.span.add(e.time);
            OperationStats &op = c.operations[orElse(e.operation, "(no operation named)")];
            ++op.calls;
            op.decisions.add(e.decision);
        } else if (type == "policy.evaluated") {
            ++s.policyEvaluations;
            s.policyDecisions.add(e.decision);
        } else if (type == "secret.accessed") {
            ++s.secretsAccessed;
        } else if (type == "secret.rotated") {
            ++s.secretsRotated;
        } else if (type == "approval.reviewed") {
            ++s.approvals;
            ++t.approvalDecisions[orElse(e.decision, "unspecified")];
        } else if (type == "agent.suspended") {
            s.suspensions << EntryRef{qs(e.id), qs(e.timestamp)};
        } else if (type == "drift.detected") {
            ++s.driftDetectedEntries;
        }
    }
    if (progress)
        progress->report(total);
    t.into(s);
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
