// auditbench-cli sources: the evidence files a workspace holds.
#include "WorkspaceCli.h"

#include "json/JsonWriter.h"

namespace ab::cli {

static int runSources(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    int exitCode = 0;
    if (!parseArguments(parser, QStringLiteral("sources"),
                        CliTr::tr("Lists the evidence files a workspace holds (JSON): file name, format, records, "
                                  "SHA-256, size, when and by whom imported."),
                        args, exitCode))
        return exitCode;
    auto store = openWorkspace(parser, QStringLiteral("sources"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        JsonWriter w;
        w.beginArray();
        for (const SourceInfo &s : store->sources()) {
            w.beginObject();
            w.key("id").value(s.id);
            w.key("file").value(s.fileName);
            w.key("format").value(s.format);
            w.key("records").value(s.records);
            w.key("sha256").value(s.sha256);
            w.key("size").value(s.size);
            w.key("imported_at").value(s.importedAt);
            w.key("imported_by").value(s.importedBy);
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
    "sources", QT_TRANSLATE_NOOP("auditbench_cli", "List the evidence files a workspace holds"), ab::cli::runSources);
}
