#pragma once
// One pass over the agent's audit entries: the counts, spans and references every package section reads.

#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/package/RuntimeExport.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace ab::sections {

// First and last occurrence of something, as instants (compared) and in canonical UTC form.
struct Span
{
    std::optional<Instant> first, last;
    void add(const std::optional<Instant> &t)
    {
        if (!t)
            return;
        if (!first || *t < *first)
            first = t;
        if (!last || *last < *t)
            last = t;
    }
    void add(const Span &more)
    {
        add(more.first);
        add(more.last);
    }
};

struct Decisions
{
    qint64 allow = 0, deny = 0, escalate = 0, other = 0;
    void add(std::string_view decision)
    {
        if (decision == "allow")
            ++allow;
        else if (decision == "deny")
            ++deny;
        else if (decision == "escalate")
            ++escalate;
        else if (!decision.empty())
            ++other;
    }
    void add(const Decisions &more)
    {
        allow += more.allow;
        deny += more.deny;
        escalate += more.escalate;
        other += more.other;
    }
};

struct OperationStats
{
    qint64 calls = 0;
    Decisions decisions;
};

struct ConnectorStats
{
    bool configured = false;
    QStringList configuredOperations;
    QString credentialStorage;
    qint64 calls = 0;
    Decisions decisions;
    QMap<QString, OperationStats> operations;
    Span span;
};

struct EntryRef
{
    QString id, timestamp;
};

struct Summary
{
    qint64 entries = 0;
    QMap<QString, qint64> actionCounts;
    QMap<QString, Span> actionSpans;
    QMap<QString, ConnectorStats> connectors; // by connector name as written
    Decisions policyDecisions;
    qint64 policyEvaluations = 0;
    qint64 secretsAccessed = 0, secretsRotated = 0;
    qint64 approvals = 0;
    QMap<QString, qint64> approvalDecisions;
    QList<EntryRef> suspensions;
    qint64 driftDetectedEntries = 0;
    QMap<QString, qint64> perDay;
    qint64 undated = 0;
    qint64 withBothHashes = 0;
    QList<EntryRef> rawPayloadEntries;
    Span all;
    QString entriesSha256;
};

// Summarises the entries of `agentId` (all of them, no cap) and adds the connectors configured for it.
// Throws CancelledError.
Summary summarise(const RuntimeExport &x, const QString &agentId, Progress *progress);

} // namespace ab::sections
