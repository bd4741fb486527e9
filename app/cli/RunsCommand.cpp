// auditbench-cli runs: the verification runs stored in a workspace.
#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"

namespace ab::cli {

static int runRuns(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("runs"),
        CliTr::tr("Lists the verification runs stored in a workspace, newest first (JSON): each with "
                  "when, by whom, its scope and the verification result as it was printed."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            writeObjectArray(w, store.verificationRuns(), [&](JsonWriter &w, const VerificationRun &run) {
                w.key("id").value(run.id);
                w.key("scope").value(run.scope);
                w.key("run_at").value(run.runAt);
                w.key("run_by").value(run.runBy);
                w.key("result").raw(std::string_view(run.result.toJson(false).constData()));
            });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("runs",
                 QT_TRANSLATE_NOOP("auditbench_cli", "List the verification runs stored in a workspace"),
                 ab::cli::runRuns);
}
