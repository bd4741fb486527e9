// auditbench-cli export-ocsf: a workspace's gateway records as OCSF v1.1 events (docs/spec/formats.md 5),
// selected with the query command's filters, written to a file and recorded in the activity log.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/common/Instant.h"
#include "core/ocsf/OcsfExport.h"

#include <QFileInfo>

namespace ab::cli {

namespace {

void listMember(JsonWriter &w, std::string_view name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    w.key(name).beginArray();
    for (const QString &v : values)
        w.value(v);
    w.endArray();
}

// The activity log's record of the export (evidence: no tr()): what was selected, what was written.
QByteArray activityDetails(const QString &path, ocsf::OcsfFormat format, const AuditFilter &f,
                           const ocsf::OcsfSummary &summary)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("what").value("ocsf");
    w.key("file").value(QFileInfo(path).fileName());
    w.key("format").value(ocsf::formatName(format));
    w.key("filters").beginObject();
    listMember(w, "framework", f.frameworks);
    listMember(w, "action", f.actions);
    listMember(w, "entity_type", f.entityTypes);
    listMember(w, "category", f.categories);
    if (f.start)
        w.key("start").value(f.start->toString());
    if (f.end)
        w.key("end").value(f.end->toString());
    if (!f.user.isEmpty())
        w.key("user").value(f.user);
    if (!f.text.isEmpty())
        w.key("text").value(f.text);
    if (f.limit >= 0)
        w.key("limit").value(f.limit);
    if (f.offset > 0)
        w.key("offset").value(f.offset);
    w.endObject();
    w.key("summary").raw(summary.toJson().toStdString());
    w.key("bytes").value(summary.bytes);
    w.key("sha256").value(summary.sha256);
    w.endObject();
    return w.toByteArray();
}

} // namespace

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
        store->appendActivity(QStringLiteral("export"), activityDetails(outPath, *format, *filter, summary));
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
