// auditbench-cli sources: the evidence files a workspace holds.
#include "WorkspaceCli.h"

#include "core/json/JsonWriter.h"

namespace ab::cli {

static int runSources(const QStringList &args)
{
    return runWorkspaceListing(
        args, QStringLiteral("sources"),
        CliTr::tr("Lists the evidence files a workspace holds (JSON): file name, format, records, "
                  "SHA-256, size, when and by whom imported."),
        {}, [](const QCommandLineParser &, WorkspaceStore &store, JsonWriter &w) {
            writeObjectArray(w, store.sources(), [&](JsonWriter &w, const SourceInfo &s) {
                w.key("id").value(s.id);
                w.key("file").value(s.fileName);
                w.key("format").value(s.format);
                w.key("records").value(s.records);
                w.key("sha256").value(s.sha256);
                w.key("size").value(s.size);
                w.key("imported_at").value(s.importedAt);
                w.key("imported_by").value(s.importedBy);
            });
            return int(Exit::Ok);
        });
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("sources", QT_TRANSLATE_NOOP("auditbench_cli", "List the evidence files a workspace holds"),
                 ab::cli::runSources);
}
