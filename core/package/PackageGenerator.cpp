#include "core/package/PackageGenerator.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <simdjson.h>

#include <algorithm>
#include <numeric>

namespace ab {

struct PackageGeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::PackageGenerator)
};

namespace {

// UI text (progress stages, the error for an unknown agent) is translated. Everything written into the
// package is evidence hashed into content_sha256 and is built from plain English literals instead, so the
// package's bytes do not depend on the UI language.
using Tr = PackageGeneratorTr;

// "%n" in evidence text: the count, as tr() would substitute it without a translation.
QString withCount(QString text, qint64 count)
{
    return text.replace(QLatin1String("%n"), QString::number(count));
}

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
};

struct Decisions
{
    qint64 allow = 0, deny = 0, escalate = 0, other = 0;
    void add(const QString &decision)
    {
        if (decision == QLatin1String("allow"))
            ++allow;
        else if (decision == QLatin1String("deny"))
            ++deny;
        else if (decision == QLatin1String("escalate"))
            ++escalate;
        else if (!decision.isEmpty())
            ++other;
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

QString instantText(const std::optional<Instant> &t)
{
    return t ? t->toString() : QString();
}

void writeOptionalString(JsonWriter &w, std::string_view key, const QString &value)
{
    w.key(key);
    if (value.isEmpty())
        w.null();
    else
        w.value(value);
}

void writeStrings(JsonWriter &w, std::string_view key, const QStringList &list)
{
    w.key(key).beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

void writeDecisions(JsonWriter &w, const Decisions &d)
{
    w.key("decisions").beginObject();
    w.key("allow").value(d.allow);
    w.key("deny").value(d.deny);
    w.key("escalate").value(d.escalate);
    if (d.other)
        w.key("other").value(d.other);
    w.endObject();
}

QString dayOf(const Instant &t)
{
    const qint64 days = t.seconds >= 0 ? t.seconds / 86400 : -((-t.seconds + 86399) / 86400);
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate);
}

int responseRank(const QString &response)
{
    if (response == QLatin1String("alert"))
        return 1;
    if (response == QLatin1String("throttle"))
        return 2;
    if (response == QLatin1String("suspend"))
        return 3;
    return 0;
}

bool isAcceptedCredentialStorage(const QString &storage)
{
    static const QSet<QString> accepted{QStringLiteral("vault"),
                                        QStringLiteral("hashicorp_vault"),
                                        QStringLiteral("encrypted_db"),
                                        QStringLiteral("encrypted_database"),
                                        QStringLiteral("database_encrypted"),
                                        QStringLiteral("encrypted")};
    return accepted.contains(storage.toLower());
}

// The CCM v4 control ids each answer cites (ids only; CSA's text is not reproduced).
const QStringList &ccmIds(const QString &category)
{
    static const QMap<QString, QStringList> ids{
        {QStringLiteral("Data Access"),
         {QStringLiteral("IAM-05"), QStringLiteral("IAM-16"), QStringLiteral("DSP-03"),
          QStringLiteral("DSP-10")}},
        {QStringLiteral("Data Storage"),
         {QStringLiteral("DSP-05"), QStringLiteral("DSP-16"), QStringLiteral("CEK-03"),
          QStringLiteral("CEK-04")}},
        {QStringLiteral("Access Control"),
         {QStringLiteral("IAM-04"), QStringLiteral("IAM-05"), QStringLiteral("IAM-09"),
          QStringLiteral("IAM-16")}},
        {QStringLiteral("Monitoring"),
         {QStringLiteral("LOG-02"), QStringLiteral("LOG-03"), QStringLiteral("LOG-05"),
          QStringLiteral("LOG-08"), QStringLiteral("LOG-09")}},
        {QStringLiteral("Incident Response"),
         {QStringLiteral("SEF-03"), QStringLiteral("SEF-05"), QStringLiteral("SEF-06")}},
        {QStringLiteral("Sub-processors"), {QStringLiteral("STA-07"), QStringLiteral("STA-08")}},
    };
    static const QStringList none;
    const auto it = ids.constFind(category);
    return it == ids.cend() ? none : *it;
}

Summary summarise(const RuntimeExport &x, const QString &agentId, Progress *progress)
{
    Summary s;
    crypto::Sha256 digest;
    const qint64 total = qint64(x.auditEntries.size());
    if (progress)
        progress->beginStage(Tr::tr("Summarising audit entries"), total);
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

struct Context
{
    const RuntimeExport &x;
    const RuntimeAgent &agent;
    const PackageOptions &options;
    const SubProcessorRegistry &registry;
    const Soc2Mappings &soc2;
    Summary s;
    QList<const PolicyRule *> rules;       // the agent's and organisation-wide rules
    QList<const DriftEvent *> driftEvents; // the agent's
    DfdModel dfd;
};

DfdModel buildDfd(const Context &c)
{
    DfdModel m;
    const QList<SubProcessorInfo> &always = c.registry.alwaysIncluded();
    const QString hosting = always.size() > 0 ? always.at(0).name : QStringLiteral("hosting platform");
    const QString vault = always.size() > 1 ? always.at(1).service : QStringLiteral("Secrets vault");
    m.title =
        QStringLiteral("Data flows of agent %1").arg(c.agent.name.isEmpty() ? c.agent.id : c.agent.name);
    m.zones << DfdZone{QStringLiteral("runtime"), QStringLiteral("Agent runtime (hosted by %1)").arg(hosting)}
            << DfdZone{QStringLiteral("vault"), QStringLiteral("Secrets vault: %1").arg(vault)};
    const bool reviewers = c.s.approvals > 0 || c.s.policyDecisions.escalate > 0;
    qint64 escalations = c.s.policyDecisions.escalate;
    for (const ConnectorStats &cs : c.s.connectors)
        escalations += cs.decisions.escalate;
    const bool hasReviewer = reviewers || escalations > 0;
    if (hasReviewer)
        m.zones << DfdZone{QStringLiteral("reviewers"), QStringLiteral("Human reviewers (escalation queue)")};

    using K = DfdNode::Kind;
    m.nodes << DfdNode{QStringLiteral("agent"),
                       QStringLiteral("Agent %1").arg(c.agent.name.isEmpty() ? c.agent.id : c.agent.name),
                       K::Process, QStringLiteral("runtime")}
            << DfdNode{QStringLiteral("policy_engine"), QStringLiteral("Policy engine (INV-002)"), K::Process,
                       QStringLiteral("runtime")}
            << DfdNode{QStringLiteral("audit_trail"), QStringLiteral("Audit trail (INV-001)"), K::DataStore,
                       QStringLiteral("runtime")}
            << DfdNode{QStringLiteral("vault"), QStringLiteral("Secrets vault"), K::DataStore,
                       QStringLiteral("vault")};
    if (hasReviewer)
        m.nodes << DfdNode{QStringLiteral("reviewer"), QStringLiteral("Human reviewer"), K::ExternalEntity,
                           QStringLiteral("reviewers")};

    m.flows << DfdFlow{QStringLiteral("agent"),
                       QStringLiteral("policy_engine"),
                       {QStringLiteral("action requests"), QStringLiteral("operation parameters")},
                       false}
            << DfdFlow{QStringLiteral("policy_engine"),
                       QStringLiteral("agent"),
                       {QStringLiteral("policy decisions"), QStringLiteral("connector results")},
                       false}
            << DfdFlow{QStringLiteral("policy_engine"),
                       QStringLiteral("audit_trail"),
                       {QStringLiteral("policy evaluations"), QStringLiteral("decisions"),
                        QStringLiteral("SHA-256 of inputs and outputs")},
                       false}
            << DfdFlow{QStringLiteral("vault"),
                       QStringLiteral("policy_engine"),
                       {QStringLiteral("scoped connector credentials")},
                       true};
    if (hasReviewer)
        m.flows << DfdFlow{QStringLiteral("policy_engine"),
                           QStringLiteral("reviewer"),
                           {QStringLiteral("escalated high-risk actions")},
                           true}
                << DfdFlow{QStringLiteral("reviewer"),
                           QStringLiteral("policy_engine"),
                           {QStringLiteral("approval decisions")},
                           true};

    for (auto it = c.s.connectors.cbegin(); it != c.s.connectors.cend(); ++it) {
        const SubProcessorInfo *info = c.registry.find(it.key());
        const QString zone = QStringLiteral("vendor:") + it.key();
        const QString node = QStringLiteral("connector:") + it.key();
        m.zones << DfdZone{zone, info ? QStringLiteral("Sub-processor: %1").arg(info->name)
                                      : QStringLiteral("Sub-processor: unknown vendor (needs review)")};
        m.nodes << DfdNode{node, info ? QStringLiteral("%1\n%2").arg(it.key(), info->service) : it.key(),
                           K::ExternalEntity, zone};
        QStringList outbound = info ? info->dataTypes : c.agent.manifestDataTypes;
        if (outbound.isEmpty())
            outbound << QStringLiteral("unclassified data (needs review)");
        m.flows << DfdFlow{QStringLiteral("policy_engine"), node, outbound, true}
                << DfdFlow{node, QStringLiteral("policy_engine"), {QStringLiteral("API responses")}, true};
    }
    return m;
}

void writeSource(JsonWriter &w, const Context &c)
{
    w.key("source").beginObject();
    w.key("file").value(c.x.fileName());
    w.key("input_sha256").value(c.x.inputSha256());
    writeOptionalString(w, "exported_at", c.x.exportedAt);
    w.key("audit_entries").value(c.s.entries);
    w.key("audit_entries_in_export").value(qint64(c.x.auditEntries.size()));
    w.key("entry_cap").null(); // the seed caps at 10,000; the workbench uses every entry
    writeOptionalString(w, "first_entry", instantText(c.s.all.first));
    writeOptionalString(w, "last_entry", instantText(c.s.all.last));
    w.key("entries_sha256").value(c.s.entriesSha256);
    w.endObject();
}

void writeExecutionGraph(JsonWriter &w, const Context &c)
{
    const Summary &s = c.s;
    w.key("execution_graph").beginObject();
    w.key("action_counts").beginObject();
    for (auto it = s.actionCounts.cbegin(); it != s.actionCounts.cend(); ++it)
        w.key(it.key().toStdString()).value(it.value());
    w.endObject();

    w.key("connectors").beginArray();
    for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it) {
        const ConnectorStats &cs = it.value();
        w.beginObject();
        w.key("connector").value(it.key());
        w.key("configured").value(cs.configured);
        w.key("calls").value(cs.calls);
        w.key("operations").beginArray();
        QStringList names = cs.operations.keys();
        for (const QString &op : cs.configuredOperations)
            if (!names.contains(op))
                names << op;
        std::sort(names.begin(), names.end());
        for (const QString &op : names) {
            const OperationStats stats = cs.operations.value(op);
            w.beginObject();
            w.key("operation").value(op);
            w.key("calls").value(stats.calls);
            w.key("configured").value(cs.configuredOperations.contains(op));
            writeDecisions(w, stats.decisions);
            w.endObject();
        }
        w.endArray();
        writeStrings(w, "configured_operations", cs.configuredOperations);
        writeDecisions(w, cs.decisions);
        writeOptionalString(w, "first", instantText(cs.span.first));
        writeOptionalString(w, "last", instantText(cs.span.last));
        w.endObject();
    }
    w.endArray();

    w.key("policy_evaluations").beginObject();
    w.key("count").value(s.policyEvaluations);
    writeDecisions(w, s.policyDecisions);
    w.endObject();

    w.key("secrets").beginObject();
    w.key("accessed").value(s.secretsAccessed);
    w.key("rotated").value(s.secretsRotated);
    w.endObject();

    w.key("approvals").beginObject();
    w.key("reviewed").value(s.approvals);
    w.key("decisions").beginObject();
    for (auto it = s.approvalDecisions.cbegin(); it != s.approvalDecisions.cend(); ++it)
        w.key(it.key().toStdString()).value(it.value());
    w.endObject();
    w.endObject();

    w.key("suspensions").beginArray();
    for (const EntryRef &r : s.suspensions) {
        w.beginObject();
        w.key("entry_id").value(r.id);
        w.key("timestamp").value(r.timestamp);
        w.endObject();
    }
    w.endArray();

    w.key("drift_events").beginObject();
    w.key("detected_entries").value(s.driftDetectedEntries);
    w.key("events").beginArray();
    for (const DriftEvent *d : c.driftEvents) {
        w.beginObject();
        w.key("id").value(d->id);
        w.key("detected_at").value(d->detectedAt);
        w.key("severity").value(d->severity);
        w.key("response").value(d->response);
        w.key("description").value(d->description);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("activity_per_day").beginArray();
    for (auto it = s.perDay.cbegin(); it != s.perDay.cend(); ++it) {
        w.beginObject();
        w.key("date").value(it.key());
        w.key("entries").value(it.value());
        w.endObject();
    }
    w.endArray();
    w.key("undated_entries").value(s.undated);

    // Graph form: agent -> connector (weight: calls) -> operation (weight: calls).
    w.key("graph").beginObject();
    w.key("nodes").beginArray();
    w.beginObject()
        .key("id")
        .value("agent")
        .key("kind")
        .value("agent")
        .key("label")
        .value(c.agent.name)
        .endObject();
    for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it) {
        w.beginObject()
            .key("id")
            .value(QStringLiteral("connector:") + it.key())
            .key("kind")
            .value("connector");
        w.key("label").value(it.key()).endObject();
        for (auto op = it->operations.cbegin(); op != it->operations.cend(); ++op) {
            w.beginObject().key("id").value(QStringLiteral("operation:%1.%2").arg(it.key(), op.key()));
            w.key("kind").value("operation").key("label").value(op.key()).endObject();
        }
    }
    w.endArray();
    w.key("edges").beginArray();
    for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it) {
        if (it->calls == 0)
            continue;
        w.beginObject().key("source").value("agent").key("target").value(QStringLiteral("connector:") +
                                                                         it.key());
        w.key("weight").value(it->calls).endObject();
        for (auto op = it->operations.cbegin(); op != it->operations.cend(); ++op) {
            w.beginObject().key("source").value(QStringLiteral("connector:") + it.key());
            w.key("target").value(QStringLiteral("operation:%1.%2").arg(it.key(), op.key()));
            w.key("weight").value(op->calls).endObject();
        }
    }
    w.endArray();
    w.endObject();
    w.endObject();
}

void writeDataFlow(JsonWriter &w, const Context &c, const QString &dot, const QByteArray &svg)
{
    static const QSet<QString> internal{QStringLiteral("agent"), QStringLiteral("policy_engine"),
                                        QStringLiteral("audit_trail"), QStringLiteral("vault")};
    w.key("data_flow").beginObject();
    w.key("trust_zones").beginArray();
    for (const DfdZone &z : c.dfd.zones)
        w.beginObject().key("id").value(z.id).key("label").value(z.label).endObject();
    w.endArray();
    w.key("nodes").beginArray();
    for (const DfdNode &n : c.dfd.nodes) {
        w.beginObject().key("id").value(n.id).key("label").value(n.label);
        w.key("kind").value(DfdRenderer::kindName(n.kind)).key("trust_zone").value(n.zone).endObject();
    }
    w.endArray();
    qint64 crossings = 0;
    w.key("flows").beginArray();
    for (const DfdFlow &f : c.dfd.flows) {
        w.beginObject().key("source").value(f.source).key("target").value(f.target);
        writeStrings(w, "data_types", f.dataTypes);
        w.key("crosses_boundary").value(f.crossesBoundary);
        w.key("internal").value(internal.contains(f.source) && internal.contains(f.target));
        w.endObject();
        crossings += f.crossesBoundary ? 1 : 0;
    }
    w.endArray();
    w.key("boundary_crossings").value(crossings);
    w.key("dot").value(dot);
    w.key("svg").value(QString::fromUtf8(svg));
    w.endObject();
}

void beginAnswer(JsonWriter &w, const QString &category, const QString &question, const QString &answer)
{
    w.beginObject();
    w.key("category").value(category);
    writeStrings(w, "ccm_ids", ccmIds(category));
    w.key("question").value(question);
    w.key("answer").value(answer);
}

void writeException(JsonWriter &w, const QString &reference, const QString &description)
{
    w.beginObject().key("reference").value(reference).key("description").value(description).endObject();
}

void writeVsq(JsonWriter &w, const Context &c, qint64 dfdNodes, qint64 dfdFlows)
{
    const Summary &s = c.s;
    w.key("vsq").beginObject();
    w.key("framework").value("CAIQ v4 style; question ids are CSA CCM v4.0 control ids");
    w.key("answers").beginArray();

    // Data Access: configured connectors and permitted operations, from connector_configs.
    {
        QStringList rows;
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it)
            if (it->configured)
                rows << QStringLiteral("%1 (%2)").arg(it.key(),
                                                      it->configuredOperations.join(QStringLiteral(", ")));
        beginAnswer(
            w, QStringLiteral("Data Access"),
            QStringLiteral(
                "Which external systems can the agent reach, and which operations is it permitted to "
                "perform on each?"),
            withCount(
                QStringLiteral(
                    "The agent is configured for %n connector(s): %1. Permitted operations come from the "
                    "runtime's "
                    "connector configuration, not from self-reported documentation; %2 connector call(s) "
                    "were "
                    "observed."),
                int(rows.size()))
                .arg(rows.isEmpty() ? QStringLiteral("none") : rows.join(QStringLiteral("; ")))
                .arg(std::accumulate(s.connectors.cbegin(), s.connectors.cend(), qint64(0),
                                     [](qint64 n, const ConnectorStats &cs) { return n + cs.calls; })));
        w.key("evidence").beginObject();
        w.key("connectors").beginArray();
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it) {
            w.beginObject().key("connector").value(it.key()).key("configured").value(it->configured);
            writeStrings(w, "operations", it->configuredOperations);
            w.key("calls").value(it->calls).endObject();
        }
        w.endArray();
        w.key("intent_manifest").beginObject();
        writeStrings(w, "systems", c.agent.manifestSystems);
        writeStrings(w, "actions", c.agent.manifestActions);
        writeStrings(w, "data_types", c.agent.manifestDataTypes);
        w.endObject();
        w.endObject();
        w.key("exceptions").beginArray();
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it) {
            if (!it->configured && it->calls > 0)
                writeException(
                    w, it.key(),
                    withCount(
                        QStringLiteral("called %n time(s) but not in the agent's connector configuration"),
                        int(it->calls)));
            for (auto op = it->operations.cbegin(); op != it->operations.cend(); ++op)
                if (it->configured && !it->configuredOperations.contains(op.key()))
                    writeException(w, QStringLiteral("%1.%2").arg(it.key(), op.key()),
                                   withCount(QStringLiteral("operation called %n time(s) but not permitted "
                                                            "by the connector configuration"),
                                             int(op->calls)));
        }
        w.endArray();
        w.endObject();
    }

    // Data Storage: hashes instead of payloads, where credentials live, and the DFD.
    {
        beginAnswer(
            w, QStringLiteral("Data Storage"),
            QStringLiteral("Does the agent store customer data, and where are its credentials kept?"),
            QStringLiteral(
                "The agent processes data in transit and does not store it. %1 of %2 audit entries carry "
                "SHA-256 hashes "
                "of both input and output; %3 entries carry a raw payload member. Credentials are held in "
                "the "
                "secrets vault or encrypted in the database. The data flows are documented in the data_flow "
                "section (%4 nodes, %5 flows).")
                .arg(s.withBothHashes)
                .arg(s.entries)
                .arg(s.rawPayloadEntries.size())
                .arg(dfdNodes)
                .arg(dfdFlows));
        w.key("evidence").beginObject();
        w.key("audit_entries").value(s.entries);
        w.key("entries_with_input_and_output_hashes").value(s.withBothHashes);
        w.key("entries_with_raw_payload").value(qint64(s.rawPayloadEntries.size()));
        w.key("credential_storage").beginArray();
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it)
            if (it->configured)
                w.beginObject()
                    .key("connector")
                    .value(it.key())
                    .key("storage")
                    .value(it->credentialStorage)
                    .endObject();
        w.endArray();
        w.key("data_flow_diagram").beginObject().key("section").value("data_flow");
        w.key("nodes").value(dfdNodes).key("flows").value(dfdFlows).endObject();
        w.endObject();
        w.key("exceptions").beginArray();
        for (const EntryRef &r : s.rawPayloadEntries)
            writeException(w, r.id,
                           QStringLiteral("audit entry carries a raw payload member instead of hashes only"));
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it)
            if (it->configured && !isAcceptedCredentialStorage(it->credentialStorage))
                writeException(
                    w, it.key(),
                    QStringLiteral("credential storage \"%1\" is neither the vault nor the encrypted "
                                   "database (needs review)")
                        .arg(it->credentialStorage));
        w.endArray();
        w.endObject();
    }

    // Access Control: active rules, escalations and approvals.
    {
        QStringList active;
        for (const PolicyRule *r : c.rules)
            if (r->active)
                active << r->id;
        qint64 escalations = s.policyDecisions.escalate;
        qint64 denials = s.policyDecisions.deny;
        for (const ConnectorStats &cs : s.connectors) {
            escalations += cs.decisions.escalate;
            denials += cs.decisions.deny;
        }
        beginAnswer(
            w, QStringLiteral("Access Control"),
            QStringLiteral(
                "How are the agent's actions authorised, and do high-risk actions need human approval?"),
            withCount(
                QStringLiteral(
                    "%n active policy rule(s) govern the agent, enforced by the policy engine (INV-002) with "
                    "dynamic "
                    "risk scoring. In the period %1 action(s) were denied and %2 escalated to the human "
                    "approval "
                    "queue; %3 approval review(s) were recorded."),
                int(active.size()))
                .arg(denials)
                .arg(escalations)
                .arg(s.approvals));
        w.key("evidence").beginObject();
        w.key("active_policy_rules").value(qint64(active.size()));
        w.key("rules").beginArray();
        for (const PolicyRule *r : c.rules) {
            w.beginObject().key("id").value(r->id).key("name").value(r->name).key("effect").value(r->effect);
            w.key("active").value(r->active).key("risk_threshold");
            if (r->riskThreshold)
                w.value(*r->riskThreshold);
            else
                w.null();
            w.endObject();
        }
        w.endArray();
        w.key("denials")
            .value(denials)
            .key("escalations")
            .value(escalations)
            .key("approvals_reviewed")
            .value(s.approvals);
        w.endObject();
        w.key("exceptions").beginArray();
        if (active.isEmpty())
            writeException(w, c.agent.id, QStringLiteral("no active policy rule governs the agent"));
        if (escalations > s.approvals)
            writeException(w, c.agent.id,
                           QStringLiteral("%1 escalation(s) but only %2 approval review(s) recorded")
                               .arg(escalations)
                               .arg(s.approvals));
        w.endArray();
        w.endObject();
    }

    // Monitoring: audit trail, drift detection, manifest, and the auditor's own chain verification.
    {
        QStringList driftIds;
        for (const DriftEvent *d : c.driftEvents)
            driftIds << d->id;
        QString chainText;
        const auto &cv = c.options.chainVerification;
        if (cv)
            chainText =
                cv->result.valid
                    ? (cv->result.macsVerified
                           ? QStringLiteral(
                                 "The auditor verified the audit chain offline (run %1): valid, %2 "
                                 "entries, MACs verified.")
                           : QStringLiteral(
                                 "The auditor verified the audit chain offline (run %1): linkage valid "
                                 "over %2 entries; MACs not verified (no key)."))
                          .arg(cv->runId)
                          .arg(cv->result.eventsChecked)
                    : QStringLiteral(
                          "The auditor's offline verification of the audit chain (run %1) found %2 error(s).")
                          .arg(cv->runId)
                          .arg(cv->result.errorCount);
        else
            chainText = QStringLiteral("No offline verification of the audit chain was cited.");
        beginAnswer(
            w, QStringLiteral("Monitoring"),
            QStringLiteral(
                "How is the agent's activity logged and monitored for deviations from its declared purpose?"),
            QStringLiteral(
                "Every action is written to the immutable, HMAC-chained audit trail (INV-001): %1 entries "
                "from %2 to %3. "
                "Behavioural drift detection (INV-003) compares actions with the declared intent manifest "
                "(%4 system(s), %5 action(s), %6 data type(s)) and recorded %7 drift event(s). %8")
                .arg(s.entries)
                .arg(instantText(s.all.first), instantText(s.all.last))
                .arg(c.agent.manifestSystems.size())
                .arg(c.agent.manifestActions.size())
                .arg(c.agent.manifestDataTypes.size())
                .arg(driftIds.size())
                .arg(chainText));
        w.key("evidence").beginObject();
        w.key("audit_entries").value(s.entries);
        writeOptionalString(w, "first_entry", instantText(s.all.first));
        writeOptionalString(w, "last_entry", instantText(s.all.last));
        w.key("drift_events").value(qint64(driftIds.size()));
        writeStrings(w, "drift_event_ids", driftIds);
        w.key("intent_manifest_declared").value(c.agent.hasIntentManifest);
        w.key("chain_verification");
        if (cv) {
            w.beginObject();
            w.key("run_id").value(cv->runId);
            writeOptionalString(w, "verified_at", cv->verifiedAt);
            writeOptionalString(w, "source", cv->source);
            w.key("valid").value(cv->result.valid);
            w.key("macs_verified").value(cv->result.macsVerified);
            w.key("events_checked").value(cv->result.eventsChecked);
            w.key("error_count").value(cv->result.errorCount);
            writeOptionalString(w, "head_hmac", cv->result.headHmac.value_or(QString()));
            w.endObject();
        } else {
            w.null();
        }
        w.endObject();
        w.key("exceptions").beginArray();
        if (!cv)
            writeException(w, c.agent.id,
                           QStringLiteral("the audit chain was not verified by the auditor (needs review)"));
        else if (!cv->result.valid)
            writeException(w, cv->runId,
                           QStringLiteral("chain verification found %1 error(s)").arg(cv->result.errorCount));
        else if (!cv->result.macsVerified)
            writeException(w, cv->runId, QStringLiteral("chain linkage only: MACs were not verified"));
        if (!c.agent.hasIntentManifest)
            writeException(w, c.agent.id, QStringLiteral("the agent has no declared intent manifest"));
        w.endArray();
        w.endObject();
    }

    // Incident Response: observed responses against the hierarchy.
    {
        QMap<QString, qint64> bySeverity;
        for (const DriftEvent *d : c.driftEvents)
            ++bySeverity[d->severity];
        QList<const DriftEvent *> short_;
        for (const DriftEvent *d : c.driftEvents)
            if (!PackageGenerator::responseMeetsHierarchy(d->severity, d->response))
                short_ << d;
        beginAnswer(
            w, QStringLiteral("Incident Response"),
            QStringLiteral("How does the platform respond automatically when the agent deviates from its "
                           "declared behaviour?"),
            QStringLiteral("Drift responses follow the hierarchy low -> alert, medium -> throttle, high or "
                           "critical -> automatic "
                           "suspension, and every drift event is recorded with its context. Of %1 drift "
                           "event(s), %2 had a "
                           "response short of the hierarchy; %3 suspension(s) are in the audit trail.")
                .arg(c.driftEvents.size())
                .arg(short_.size())
                .arg(s.suspensions.size()));
        w.key("evidence").beginObject();
        w.key("drift_events_by_severity").beginObject();
        for (auto it = bySeverity.cbegin(); it != bySeverity.cend(); ++it)
            w.key(it.key().toStdString()).value(it.value());
        w.endObject();
        w.key("events").beginArray();
        for (const DriftEvent *d : c.driftEvents) {
            w.beginObject()
                .key("id")
                .value(d->id)
                .key("severity")
                .value(d->severity)
                .key("response")
                .value(d->response);
            w.key("required_response").value(PackageGenerator::requiredResponse(d->severity)).endObject();
        }
        w.endArray();
        w.key("suspensions").value(qint64(s.suspensions.size()));
        w.endObject();
        w.key("exceptions").beginArray();
        for (const DriftEvent *d : short_) {
            const QString required = PackageGenerator::requiredResponse(d->severity);
            w.beginObject().key("reference").value(d->id);
            w.key("description")
                .value(required.isEmpty()
                           ? QStringLiteral("unknown severity \"%1\" (response \"%2\"): needs review")
                                 .arg(d->severity, d->response)
                           : QStringLiteral("%1 severity requires %2 but the response was %3")
                                 .arg(d->severity, required,
                                      d->response.isEmpty() ? QStringLiteral("none") : d->response));
            w.key("severity").value(d->severity).key("response").value(d->response);
            w.key("required_response").value(required).endObject();
        }
        w.endArray();
        w.endObject();
    }

    // Sub-processors (STA): mapped vendors and connectors needing review.
    {
        QStringList unmapped;
        for (auto it = s.connectors.cbegin(); it != s.connectors.cend(); ++it)
            if (!c.registry.find(it.key()))
                unmapped << it.key();
        const qint64 total = qint64(s.connectors.size() + c.registry.alwaysIncluded().size());
        beginAnswer(
            w, QStringLiteral("Sub-processors"),
            QStringLiteral("Which third parties process data on the agent's behalf?"),
            QStringLiteral("%1 sub-processor(s) are listed in the sub_processors section: one per connector "
                           "the agent uses "
                           "or is configured for, plus the hosting platform and the secrets vault; %2 "
                           "connector(s) have no "
                           "known vendor and need review.")
                .arg(total)
                .arg(unmapped.size()));
        w.key("evidence").beginObject();
        w.key("sub_processors").value(total);
        writeStrings(w, "unmapped_connectors", unmapped);
        w.endObject();
        w.key("exceptions").beginArray();
        for (const QString &u : unmapped)
            writeException(w, u, QStringLiteral("connector has no vendor in the registry (needs review)"));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeSubProcessor(JsonWriter &w, const QString &connector, const SubProcessorInfo *info,
                       const char *origin)
{
    w.beginObject();
    w.key("connector").value(connector);
    if (info) {
        w.key("name").value(info->name);
        w.key("service").value(info->service);
        writeStrings(w, "data_types", info->dataTypes);
        w.key("soc2_status").value(info->soc2Status);
        w.key("mapped").value(true);
        w.key("category").value(info->category);
    } else {
        w.key("name").value(connector);
        w.key("service").value(QStringLiteral("unknown (needs review)"));
        w.key("data_types").beginArray().endArray();
        w.key("soc2_status").value(QStringLiteral("needs review"));
        w.key("mapped").value(false);
        w.key("category").null();
    }
    w.key("origin").value(origin);
    w.endObject();
}

void writeSubProcessors(JsonWriter &w, const Context &c)
{
    w.key("sub_processors").beginArray();
    for (auto it = c.s.connectors.cbegin(); it != c.s.connectors.cend(); ++it)
        writeSubProcessor(w, it.key(), c.registry.find(it.key()), "connector");
    for (const SubProcessorInfo &info : c.registry.alwaysIncluded())
        writeSubProcessor(w, info.connector, &info, "always_included");
    w.endArray();
}

void writeSoc2(JsonWriter &w, const Context &c)
{
    const Summary &s = c.s;
    QMap<QString, qint64> controlCounts;
    for (const QString &id : c.soc2.controls())
        controlCounts.insert(id, 0);
    w.key("soc2").beginObject();
    w.key("criteria").value("AICPA Trust Services Criteria (2017)");
    w.key("mappings").beginArray();
    for (const Soc2Mapping &m : c.soc2.mappings()) {
        const qint64 count = s.actionCounts.value(m.actionType);
        const Span span = s.actionSpans.value(m.actionType);
        for (const QString &id : m.controls)
            controlCounts[id] += count;
        w.beginObject();
        w.key("action_type").value(m.actionType);
        writeStrings(w, "controls", m.controls);
        w.key("description").value(m.description);
        w.key("count").value(count);
        writeOptionalString(w, "first", instantText(span.first));
        writeOptionalString(w, "last", instantText(span.last));
        w.endObject();
    }
    w.endArray();
    QStringList ids = controlCounts.keys();
    std::sort(ids.begin(), ids.end(), &Soc2Mappings::controlLess);
    QStringList without;
    w.key("controls").beginArray();
    for (const QString &id : ids) {
        w.beginObject().key("id").value(id).key("count").value(controlCounts.value(id)).endObject();
        if (controlCounts.value(id) == 0)
            without << id;
    }
    w.endArray();
    w.key("coverage").beginObject();
    w.key("controls_mapped").value(qint64(ids.size()));
    w.key("controls_with_evidence").value(qint64(ids.size() - without.size()));
    w.endObject();
    QStringList unmapped;
    for (auto it = s.actionCounts.cbegin(); it != s.actionCounts.cend(); ++it)
        if (!c.soc2.find(it.key()))
            unmapped << it.key();
    writeStrings(w, "unmapped_action_types", unmapped);
    writeStrings(w, "controls_without_evidence", without);
    w.endObject();
}

} // namespace

QString PackageGenerator::requiredResponse(const QString &severity)
{
    const QString s = severity.toLower();
    if (s == QLatin1String("low"))
        return QStringLiteral("alert");
    if (s == QLatin1String("medium"))
        return QStringLiteral("throttle");
    if (s == QLatin1String("high") || s == QLatin1String("critical"))
        return QStringLiteral("suspend");
    return {};
}

bool PackageGenerator::responseMeetsHierarchy(const QString &severity, const QString &response)
{
    const QString required = requiredResponse(severity);
    if (required.isEmpty())
        return false;
    return responseRank(response.toLower()) >= responseRank(required);
}

GeneratedPackage PackageGenerator::generate(const RuntimeExport &x, const QString &agentId,
                                            const PackageOptions &options, Progress *progress)
{
    const RuntimeAgent *agent = x.agent(agentId);
    if (!agent) {
        QStringList ids;
        for (const RuntimeAgent &a : x.agents)
            ids << a.id;
        throw InputError(x.source().name(),
                         Tr::tr("no agent \"%1\" in the export (agents: %2)")
                             .arg(agentId, ids.isEmpty() ? Tr::tr("none") : ids.join(QStringLiteral(", "))));
    }
    const SubProcessorRegistry registry =
        options.registry ? *options.registry : SubProcessorRegistry::builtIn();
    const Soc2Mappings soc2 = options.soc2 ? *options.soc2 : Soc2Mappings::builtIn();
    Context c{x, *agent, options, registry, soc2, summarise(x, agentId, progress), {}, {}, {}};
    for (const PolicyRule &r : x.policyRules)
        if (r.agentId == agentId || r.agentId.isEmpty())
            c.rules << &r;
    for (const DriftEvent &d : x.driftEvents)
        if (d.agentId == agentId)
            c.driftEvents << &d;
    throwIfCancelled(progress);

    if (progress)
        progress->beginStage(Tr::tr("Drawing the data flow diagram"), 0);
    GeneratedPackage out;
    out.dfd = buildDfd(c);
    c.dfd = out.dfd;
    out.dot = DfdRenderer::toDot(c.dfd);
    out.svg = DfdRenderer::toSvg(c.dfd);
    throwIfCancelled(progress);

    out.packageId =
        options.packageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.packageId;
    out.generatedAt = options.generatedAt.isEmpty()
                          ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                          : options.generatedAt;
    out.agentId = agent->id;
    out.agentName = agent->name;
    out.auditEntries = c.s.entries;

    if (progress)
        progress->beginStage(Tr::tr("Writing the compliance package"), 0);
    JsonWriter w(true);
    w.beginObject();
    w.key("format").value("arx-compliance-package");
    w.key("version").value(1);
    w.key("package_id").value(out.packageId);
    w.key("agent_id").value(agent->id);
    w.key("agent_name").value(agent->name);
    w.key("generated_at").value(out.generatedAt);
    w.key("generated_by").value(options.generatedBy);
    w.key("generator").value("AuditBench (offline re-performance from an agent runtime export)");
    w.key("organization").beginObject();
    writeOptionalString(w, "id", x.organizationId);
    writeOptionalString(w, "name", x.organizationName);
    w.endObject();
    writeSource(w, c);
    writeExecutionGraph(w, c);
    writeDataFlow(w, c, out.dot, out.svg);
    writeVsq(w, c, c.dfd.nodes.size(), c.dfd.flows.size());
    writeSubProcessors(w, c);
    writeSoc2(w, c);
    // The hash covers everything written so far: close a copy to canonicalise it, then add the member.
    const std::string withoutHash = w.str() + "\n}";
    out.contentSha256 = crypto::sha256Hex(jcs::canonicalize(withoutHash));
    w.key("content_sha256").value(out.contentSha256);
    w.endObject();
    out.json = w.toByteArray();
    if (!out.json.endsWith('\n'))
        out.json.append('\n');
    return out;
}

QString PackageGenerator::computeContentSha256(const QByteArray &packageJson)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::padded_string padded(packageJson.constData(), size_t(packageJson.size()));
    if (auto err = parser.parse(padded).get(root))
        throw std::runtime_error(simdjson::error_message(err));
    std::string canonical;
    jcs::canonicalize(root, canonical, {"content_sha256"});
    return crypto::sha256Hex(canonical);
}

bool PackageGenerator::contentSha256Matches(const QByteArray &packageJson)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::padded_string padded(packageJson.constData(), size_t(packageJson.size()));
    std::string_view stated;
    if (parser.parse(padded).get(root) || root["content_sha256"].get_string().get(stated))
        return false;
    return computeContentSha256(packageJson) == QString::fromUtf8(stated.data(), qsizetype(stated.size()));
}

} // namespace ab
