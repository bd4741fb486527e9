// auditbench-cli runs: the verification runs stored in a workspace.
#include "WorkspaceCli.h"

#include "json/JsonWriter.h"

namespace ab::cli {

static int runRuns(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("runs"),
                        CliTr::tr("Lists the verification runs stored in a workspace, newest first (JSON): each with "
                                  "when, by whom, its scope and the verification result as it was printed."),
                        args, exitCode))
        return exitCode;
    auto store = openWorkspace(parser, QStringLiteral("runs"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        JsonWriter w;
        w.beginArray();
        for (const VerificationRun &run : store->verificationRuns()) {
            w.beginObject();
            w.key("id").value(run.id);
            w.key("scope").value(run.scope);
            w.key("run_at").value(run.runAt);
            w.key("run_by").value(run.runBy);
            w.key("result").raw(std::string_view(run.result.toJson(false).constData()));
            w.endObject();
        }
        w.endArray();
        writeOut(w.toByteArray() + '\n');
        return Exit::Ok;
    } catch (const WorkspaceError &e) {
        return fail(e.message());
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "runs", QT_TRANSLATE_NOOP("auditbench_cli", "List the verification runs stored in a workspace"), ab::cli::runRuns);
}
