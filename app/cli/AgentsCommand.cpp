// auditbench-cli agents: the agents a workspace's runtime exports list, with their profile, what the
// workspace holds about each and their newest stored package (core/portfolio/AgentDirectory.h).
#include "WorkspaceCli.h"

#include "core/portfolio/AgentDirectory.h"

namespace ab::cli {

static int runAgents(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("agents"),
        CliTr::tr("Lists the agents of the agent runtime exports in a workspace (JSON), sorted by id: "
                  "id, name, status, owner, deployed_at, audit entries, connectors, drift events, the "
                  "export they come from (the newest listing them) and their latest stored package."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            portfolio::writeAgents(w, portfolio::listAgents(store));
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("agents",
                 QT_TRANSLATE_NOOP("auditbench_cli", "List the agents of a workspace with their profile"),
                 ab::cli::runAgents);
}
