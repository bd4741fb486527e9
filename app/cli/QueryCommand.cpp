// auditbench-cli query: the seed API's audit-log filters, offline, over a workspace.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/export/XlsxExport.h"
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
    parser.addOption({QStringLiteral("format"),
                      CliTr::tr("Output: json (an array of the records as imported, default), ndjson, csv or "
                                "xlsx (an Excel workbook; needs --out)."),
                      CliTr::tr("json|ndjson|csv|xlsx"), QStringLiteral("json")});
    parser.addOption(
        {QStringLiteral("out"),
         CliTr::tr("Write the records to FILE (complete or not at all) and print what was written "
                   "(JSON: file, format, records, bytes, sha256) instead of the records."),
         CliTr::tr("FILE")});
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
    const bool xlsx = formatName == QLatin1String("xlsx");
    const std::optional<RecordExportFormat> format = RecordExport::formatFromName(formatName);
    if (!format && !xlsx)
        return fail(CliTr::tr("auditbench-cli query: --format '%1': expected json, ndjson, csv or xlsx")
                        .arg(formatName));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (xlsx && outPath.isEmpty() && !parser.isSet(QStringLiteral("count")))
        return fail(
            CliTr::tr("auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx"));

    auto store = openWorkspace(parser, QStringLiteral("query"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        if (parser.isSet(QStringLiteral("count"))) {
            writeOut(QByteArray::number(store->count(filter)) + '\n');
            return Exit::Ok;
        }
        if (!outPath.isEmpty()) {
            const RecordExportResult written =
                xlsx ? XlsxExport::writeFile(*store, filter, outPath)
                     : RecordExport::writeFile(*store, filter, *format, outPath);
            JsonWriter w;
            w.beginObject();
            w.key("file").value(outPath);
            w.key("format").value(formatName);
            w.key("records").value(written.records);
            w.key("bytes").value(written.bytes);
            w.key("sha256").value(written.sha256);
            w.endObject();
            writeOut(w.toByteArray() + '\n');
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
