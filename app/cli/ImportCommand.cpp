// auditbench-cli import: evidence files into a workspace, all or nothing.
#include "InflateOptions.h"
#include "WorkspaceCli.h"

#include "core/common/InputError.h"

namespace ab::cli {

static int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addInflateOptions(parser);
    parser.addPositionalArgument(
        CliTr::tr("FILE"),
        CliTr::tr("Evidence files: gateway audit exports, agent runtime exports, compliance "
                  "packages, compliance bundle exports, OCSF v1.1 events (gzip accepted)."),
        CliTr::tr("FILE..."));
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("import"),
            CliTr::tr("Imports evidence files into a workspace (created when missing) in one transaction: "
                      "if any file is unusable nothing is imported.\nPrints one JSON object per file "
                      "(format, records, sha256, status) as a JSON array."),
            args, exitCode))
        return exitCode;
    if (!applyInflateOptions(parser, QStringLiteral("import"), exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(CliTr::tr("auditbench-cli import: expected at least one FILE (see --help)"));
    NewWorkspaceGuard created(parser.value(QStringLiteral("workspace"))); // outlives the store
    auto store = openWorkspace(parser, QStringLiteral("import"), true, exitCode);
    if (!store)
        return exitCode;
    try {
        const QList<ImportFileResult> results = store->importFiles(files);
        try {
            store->close(); // one self-contained file, or a failure (a full disk) reported here
        } catch (const std::exception &e) {
            return fail(commandError(QStringLiteral("import"), e)); // a new workspace is removed by `created`
        }
        created.keep();
        QByteArray out = "[";
        for (qsizetype i = 0; i < results.size(); ++i)
            out += (i ? ",\n  " : "\n  ") + results[i].toJson();
        out += results.isEmpty() ? "]\n" : "\n]\n";
        writeOut(out);
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(CliTr::tr("%1 (nothing was imported)").arg(commandError(QStringLiteral("import"), e)));
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "import", QT_TRANSLATE_NOOP("auditbench_cli", "Import evidence files into a workspace (all or nothing)"),
    ab::cli::runImport);
}
