// auditbench-cli export-ocsf: a workspace's gateway records as OCSF v1.1 events (docs/spec/formats.md 5),
// selected with the query command's filters, written to a file and recorded in the activity log.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/export/ExportProvenance.h"
#include "core/ocsf/OcsfExport.h"

namespace ab::cli {

static int runExportOcsf(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::With);
    parser.addOption(
        {QStringLiteral("format"),
         CliTr::tr("Output: ndjson (one event per line) or json (an array of events); default: json "
                   "for a FILE ending in .json, else ndjson."),
         CliTr::tr("ndjson|json"), QStringLiteral("ndjson")});
    parser.addOption(
        {QStringLiteral("out"), CliTr::tr("The file to write (complete or not at all)."), CliTr::tr("FILE")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("export-ocsf"),
            CliTr::tr("Writes the gateway records that match the filters as OCSF v1.1 events, one "
                      "per record whose category has an OCSF class, and prints how many were "
                      "written by class and skipped by category."),
            args, exitCode))
        return exitCode;
    const std::optional<AuditFilter> filter =
        filterFromOptions(parser, QStringLiteral("export-ocsf"), FilterWindow::With, exitCode);
    if (!filter)
        return exitCode;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return fail(CliTr::tr("auditbench-cli export-ocsf: give the file to write with --out FILE"));
    // Without --format the file's name decides: FILE.json gets the array, anything else NDJSON.
    const QString formatText = parser.isSet(QStringLiteral("format")) ||
                                       !outPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                   ? parser.value(QStringLiteral("format"))
                                   : QStringLiteral("json");
    const std::optional<ocsf::OcsfFormat> format = ocsf::formatFromName(formatText);
    if (!format)
        return fail(
            CliTr::tr("auditbench-cli export-ocsf: --format '%1': expected ndjson or json").arg(formatText));

    auto store = openWorkspace(parser, QStringLiteral("export-ocsf"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        const ocsf::OcsfSummary summary = ocsf::OcsfExport::writeFile(*store, *filter, *format, outPath);
        store->appendActivity(QStringLiteral("export"),
                              ExportProvenance::ocsfActivityDetails(outPath, *format, *filter, summary));
        ExportProvenance provenance;
        provenance.what = QStringLiteral("ocsf");
        provenance.format = ocsf::formatName(*format);
        provenance.setFilter(*filter);
        provenance.records = summary.events;
        provenance.writeBeside(*store, outPath);
        writeOut(summary.toJson() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("export-ocsf"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "export-ocsf",
    QT_TRANSLATE_NOOP("auditbench_cli", "Export a workspace's gateway records as OCSF v1.1 events"),
    ab::cli::runExportOcsf);
}
