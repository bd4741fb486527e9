#pragma once
// The agents a workspace knows (issue 14): every agent listed by an imported agent runtime export, with the
// profile the newest such export gives it (status, owner, deployment), what the export holds about it
// (audit entries, connectors, drift events) and its newest stored package. What `auditbench-cli agents`
// prints and the Agents page shows; the portfolio picks its agents from it.

#include "core/common/Progress.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ab {
class JsonWriter;
class WorkspaceStore;
} // namespace ab

namespace ab::portfolio {

struct AgentProfile
{
    QString agentId, name, status, owner, deployedAt;
    qint64 sourceId = 0; // the newest runtime export listing the agent: its profile and counts come from it
    QString sourceFile;
    qint64 entries = 0, connectors = 0, driftEvents = 0;
    std::optional<PackageInfo> latestPackage; // newest generated_at first, as PackageStore lists them

    // The seed's status for an agent a portfolio covers by default.
    bool isActive() const { return status.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0; }
};

// Every agent, sorted by agent id (stable across runs and languages). Reads each runtime export once.
// Throws WorkspaceError, InputError (an export that no longer parses) and CancelledError.
QList<AgentProfile> listAgents(const WorkspaceStore &store, Progress *progress = nullptr);

// [{"agent_id","name","status","owner","deployed_at","entries","connectors","drift_events","source",
//   "latest_package": {"package_id","generated_at","content_sha256"} | null}, ...]; absent text is null.
void writeAgents(JsonWriter &w, const QList<AgentProfile> &agents);

} // namespace ab::portfolio
