// auditbench-cli packages: the compliance packages stored in a workspace, newest first.
#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"
#include "core/package/PackageGenerator.h"

namespace ab::cli {

static int runPackages(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("packages"),
        CliTr::tr("Lists the compliance packages stored in a workspace (generated here or imported from "
                  "the platform), newest generated_at first, as JSON."),
        [](QCommandLineParser &parser) {
            parser.addOption(
                {QStringLiteral("agent"), CliTr::tr("Only the packages of this agent."), CliTr::tr("ID")});
        },
        [](const QCommandLineParser &parser, WorkspaceStore &store, JsonWriter &w) {
            writeObjectArray(
                w, store.packages(parser.value(QStringLiteral("agent"))),
                [&](JsonWriter &w, const PackageInfo &p) {
                    w.key("package_id").value(p.packageId);
                    w.key("agent_id").value(p.agentId);
                    w.key("agent_name").value(p.agentName);
                    w.key("generated_at").value(p.generatedAt);
                    w.key("generated_by").value(p.generatedBy);
                    w.key("origin").value(p.origin);
                    w.key("content_sha256").value(p.contentSha256);
                    // False flags a package (in practice an imported one) whose stated hash does not match
                    // its content: changed after it was generated, or generated wrongly.
                    w.key("content_sha256_matches")
                        .value(PackageGenerator::contentSha256Matches(store.packageJson(p.packageId)));
                    w.key("stored_at").value(p.storedAt);
                    w.key("stored_by").value(p.storedBy);
                });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("packages",
                 QT_TRANSLATE_NOOP("auditbench_cli", "List the compliance packages stored in a workspace"),
                 ab::cli::runPackages);
}
