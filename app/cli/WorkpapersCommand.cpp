// auditbench-cli workpapers: the workpapers stored in a workspace, each at its latest version.
#include "WorkspaceCli.h"

#include "core/analytics/WorkpaperStore.h"

namespace ab::cli {

static int runWorkpapers(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("workpapers"),
        CliTr::tr("Lists the workpapers stored in a workspace, oldest first (JSON): id, name, sample, latest "
                  "version, its content SHA-256, conclusion and sign-offs."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            writeObjectArray(w, analytics::storedWorkpapers(store),
                             [&](JsonWriter &w, const analytics::Workpaper &wp) {
                                 const analytics::WorkpaperEvaluation e = wp.evaluation();
                                 w.key("workpaper_id").value(wp.id);
                                 w.key("name").value(wp.name);
                                 w.key("sample_id").value(wp.sample.id);
                                 w.key("version").value(wp.version);
                                 w.key("content_sha256").value(wp.contentSha256());
                                 w.key("conclusion").value(e.conclusionCode());
                                 w.key("pending").value(e.pending);
                                 w.key("sign_offs").beginArray();
                                 for (const analytics::WorkpaperSignOff &s : wp.signOffs) {
                                     w.beginObject();
                                     w.key("role").value(s.role);
                                     w.key("name").value(s.name);
                                     w.key("signed_at").value(s.signedAt);
                                     w.endObject();
                                 }
                                 w.endArray();
                             });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("workpapers",
                 QT_TRANSLATE_NOOP("auditbench_cli", "List the workpapers stored in a workspace"),
                 ab::cli::runWorkpapers);
}
