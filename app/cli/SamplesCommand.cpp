// auditbench-cli samples: the samples stored in a workspace.
#include "WorkspaceCli.h"

#include "core/analytics/SampleStore.h"

namespace ab::cli {

static int runSamples(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("samples"),
        CliTr::tr("Lists the samples stored in a workspace, oldest first (JSON): each as `sample` printed "
                  "it, with the records in draw order."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            w.beginArray();
            for (const analytics::Sample &sample : analytics::storedSamples(store, true)) {
                const QByteArray json = sample.toJson(false);
                w.raw(std::string_view(json.constData(), size_t(json.size())));
            }
            w.endArray();
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("samples", QT_TRANSLATE_NOOP("auditbench_cli", "List the samples stored in a workspace"),
                 ab::cli::runSamples);
}
