#include "core/package/sections/Sections.h"

namespace ab::sections {

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

} // namespace ab::sections
