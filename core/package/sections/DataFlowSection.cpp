#include "core/package/sections/Sections.h"

#include <QSet>

namespace ab::sections {

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

} // namespace ab::sections
