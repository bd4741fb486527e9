// auditbench-cli check: is what the workspace holds what AuditBench stored (core/workspace/WorkspaceCheck.h).
#include "InflateOptions.h"
#include "WorkspaceCli.h"

#include "core/workspace/WorkspaceCheck.h"

namespace ab::cli {

static int runCheck(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("check"),
        CliTr::tr(
            "Checks a workspace (JSON): SQLite's integrity check, every stored original re-hashed, every "
            "stored record compared with the original (text and query columns), rows per source, "
            "duplicates, and every source, verification run and package matched against the "
            "activity-log entry that recorded it. Prints the activity log's head (rows and last hash) "
            "to compare with the one printed on reports. A gzip original imported with raised limits "
            "(--max-inflated-size, --max-inflated-ratio) is read again only with the same options; without "
            "them it is a check_incomplete finding.\nExit status: 0 intact, 1 findings (each with "
            "what and where), 2 the workspace cannot be opened."),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("quick"),
                              CliTr::tr("Leave out the integrity check and re-reading the originals (what "
                                        "verify --workspace checks before it trusts the workspace).")});
            addInflateOptions(parser);
        },
        [](const QCommandLineParser &parser, WorkspaceStore &store, JsonWriter &w) {
            applyInflateOptionsOrThrow(parser, QStringLiteral("check"));
            const WorkspaceCheckResult result = WorkspaceCheck::run(
                store, parser.isSet(QStringLiteral("quick")) ? WorkspaceCheck::Depth::Quick
                                                             : WorkspaceCheck::Depth::Full);
            const QByteArray json = result.toJson();
            w.raw(std::string_view(json.constData(), size_t(json.size())));
            return result.exitCode();
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("check", QT_TRANSLATE_NOOP("auditbench_cli", "Check a workspace for damage and tampering"),
                 ab::cli::runCheck);
}
