// auditbench-cli query: the seed API's audit-log filters, offline, over a workspace.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/workspace/RecordExport.h"

#include <QFile>

#include <cstdio>

namespace ab::cli {

static int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::With);
    parser.addOption({QStringLiteral("count"), CliTr::tr("Print only the number of matching records.")});
    parser.addOption(
        {QStringLiteral("format"),
         CliTr::tr("Output: json (an array of the records as imported, default), ndjson or csv."),
         CliTr::tr("json|ndjson|csv"), QStringLiteral("json")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("query"),
            CliTr::tr("Prints the gateway audit records of a workspace that match the filters of the "
                      "platform's audit-log API, ordered by timestamp."),
            args, exitCode))
        return exitCode;

    const std::optional<AuditFilter> parsed =
        filterFromOptions(parser, QStringLiteral("query"), FilterWindow::With, exitCode);
    if (!parsed)
        return exitCode;
    const AuditFilter &filter = *parsed;
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<RecordExportFormat> format = RecordExport::formatFromName(formatName);
    if (!format)
        return fail(
            CliTr::tr("auditbench-cli query: --format '%1': expected json, ndjson or csv").arg(formatName));

    auto store = openWorkspace(parser, QStringLiteral("query"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        if (parser.isSet(QStringLiteral("count"))) {
            writeOut(QByteArray::number(store->count(filter)) + '\n');
            return Exit::Ok;
        }
        // The workbench's Export Visible Records writes the same bytes (RecordExport).
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(CliTr::tr("auditbench-cli query: cannot write to standard output: %1")
                            .arg(out.errorString()));
        RecordExport::write(*store, filter, *format, out);
        out.flush();
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("query"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "query",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Query a workspace's gateway audit records with the audit-log API's filters"),
    ab::cli::runQuery);
}
