#include "core/portfolio/AgentDirectory.h"

#include "core/json/JsonWriter.h"
#include "core/package/RuntimeExport.h"
#include "core/workspace/WorkspaceStore.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace ab::portfolio {

namespace {

void optionalText(JsonWriter &w, std::string_view key, const QString &value)
{
    w.key(key);
    value.isEmpty() ? w.null() : w.value(value);
}

} // namespace

QList<AgentProfile> listAgents(const WorkspaceStore &store, Progress *progress)
{
    // The newest export listing each agent, as generatePackageInWorkspace picks it.
    QMap<QString, AgentInfo> newest;
    for (const AgentInfo &a : store.agents())
        if (!newest.contains(a.agentId) || newest.value(a.agentId).sourceId < a.sourceId)
            newest.insert(a.agentId, a);
    QSet<qint64> sources;
    for (const AgentInfo &a : newest)
        sources.insert(a.sourceId);

    QList<AgentProfile> out;
    QList<qint64> ordered(sources.cbegin(), sources.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 sourceId : ordered) {
        throwIfCancelled(progress);
        const std::optional<SourceInfo> info = store.source(sourceId);
        const QString name = info ? info->fileName : QString::number(sourceId);
        const RuntimeExport x = RuntimeExport::fromBytes(name, store.sourceBytes(sourceId), progress);
        for (const RuntimeAgent &agent : x.agents) {
            const auto it = newest.constFind(agent.id);
            if (it == newest.cend() || it->sourceId != sourceId)
                continue;
            AgentProfile p;
            p.agentId = agent.id;
            p.name = agent.name;
            p.status = agent.status;
            p.owner = agent.owner;
            p.deployedAt = agent.deployedAt;
            p.sourceId = sourceId;
            p.sourceFile = name;
            p.entries = it->auditEntries;
            QSet<QString> connectors;
            for (const ConnectorConfig &c : x.connectorConfigs)
                if (c.agentId == agent.id)
                    connectors.insert(c.connector);
            p.connectors = connectors.size();
            p.driftEvents = std::count_if(x.driftEvents.cbegin(), x.driftEvents.cend(),
                                          [&](const DriftEvent &d) { return d.agentId == agent.id; });
            const QList<PackageInfo> packages = store.packages(agent.id);
            if (!packages.isEmpty())
                p.latestPackage = packages.first();
            out << p;
            newest.remove(agent.id); // an export listing an agent twice: the first entry wins
        }
    }
    std::sort(out.begin(), out.end(),
              [](const AgentProfile &a, const AgentProfile &b) { return a.agentId < b.agentId; });
    return out;
}

void writeAgents(JsonWriter &w, const QList<AgentProfile> &agents)
{
    w.beginArray();
    for (const AgentProfile &a : agents) {
        w.beginObject();
        w.key("agent_id").value(a.agentId);
        optionalText(w, "name", a.name);
        optionalText(w, "status", a.status);
        optionalText(w, "owner", a.owner);
        optionalText(w, "deployed_at", a.deployedAt);
        w.key("entries").value(a.entries);
        w.key("connectors").value(a.connectors);
        w.key("drift_events").value(a.driftEvents);
        w.key("source").value(a.sourceFile);
        w.key("latest_package");
        if (a.latestPackage) {
            w.beginObject();
            w.key("package_id").value(a.latestPackage->packageId);
            w.key("generated_at").value(a.latestPackage->generatedAt);
            w.key("content_sha256").value(a.latestPackage->contentSha256);
            w.endObject();
        } else {
            w.null();
        }
        w.endObject();
    }
    w.endArray();
}

} // namespace ab::portfolio
