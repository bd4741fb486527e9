#include "core/package/sections/Sections.h"

#include "core/package/ChainCitation.h"

#include <QSet>

#include <numeric>

namespace ab::sections {

namespace {

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

} // namespace

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
        const auto &cv = c.options.chainVerification;
        const QString chainText = ChainCitation::sentence(cv);
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
        ChainCitation::write(w, cv);
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
        else if (!cv->result.coverage.complete)
            writeException(
                w, cv->runId,
                QStringLiteral("chain coverage incomplete: %1 gap(s) longer than %2 hour(s)%3%4")
                    .arg(cv->result.coverage.gapCount)
                    .arg(cv->result.coverage.maxGapHours)
                    .arg(cv->result.coverage.startsLate ? QStringLiteral(", starts late") : QString(),
                         cv->result.coverage.endsEarly ? QStringLiteral(", ends early") : QString()));
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

} // namespace ab::sections
