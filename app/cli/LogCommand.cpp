// auditbench-cli log: the workspace's activity log, and checking its hash chain.
#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"

namespace ab::cli {

static int runLog(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("log"),
        CliTr::tr("Prints a workspace's activity log (JSON, oldest first): who imported, verified, "
                  "generated, exported or printed what, and when.\nWith --verify: checks the hash "
                  "chain; exit status 0 intact, 1 broken (the first broken row is named)."),
        [](QCommandLineParser &parser) {
            parser.addOption(
                {QStringLiteral("verify"),
                 CliTr::tr("Check the log's SHA-256 hash chain and report the first broken row.")});
        },
        [](const QCommandLineParser &parser, WorkspaceStore &store, JsonWriter &w) {
            if (parser.isSet(QStringLiteral("verify"))) {
                const ActivityLogCheck check = store.verifyActivityLog();
                w.beginObject();
                w.key("intact").value(check.intact);
                w.key("rows").value(check.rows);
                w.key("first_broken_row");
                check.intact ? w.null() : w.value(check.firstBrokenSeq);
                w.key("message").value(check.message);
                w.endObject();
                return int(check.intact ? Exit::Ok : Exit::Findings);
            }
            writeObjectArray(w, store.activity(), [&](JsonWriter &w, const ActivityEntry &e) {
                w.key("seq").value(e.seq);
                w.key("at").value(e.at);
                w.key("user").value(e.user);
                w.key("action").value(e.action);
                w.key("details").raw(std::string_view(e.details.constData(), size_t(e.details.size())));
                w.key("prev_hash").value(e.prevHash);
                w.key("hash").value(e.hash);
            });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "log", QT_TRANSLATE_NOOP("auditbench_cli", "Print a workspace's activity log or check its hash chain"),
    ab::cli::runLog);
}
