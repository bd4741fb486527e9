// auditbench-cli query: the seed API's audit-log filters, offline, over a workspace; with --ocsf the imported
// OCSF events, with --runtime the agent runtime entries. Every query is recorded in the activity log (what
// was asked, how many records matched and, with --out, the file's SHA-256), as the workbench's exports are.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/export/ExportProvenance.h"
#include "core/export/XlsxExport.h"
#include "core/views/RawOutput.h"
#include "core/workspace/RecordExport.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ab::cli {

namespace {

// What one query gave, for its activity-log entry.
struct QueryOutcome
{
    qint64 records = 0;
    QString output;                              // "count", "stdout" or the file's name
    QString format;                              // empty for --count
    std::optional<views::WrittenOutput> written; // with --out
};

// On read-only media the query still answers (issue 16) but cannot be recorded: say so, do not fail.
void recordQuery(WorkspaceStore &store, const QByteArray &details)
{
    if (store.isReadOnly()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(CliTr::tr("auditbench-cli query: the workspace is read-only: this query is not "
                                 "recorded in its activity log")));
        return;
    }
    store.appendActivity(QStringLiteral("query"), details);
}

// The activity log's record of the query (evidence: no tr()).
QByteArray activityDetails(views::RecordKind kind, const std::function<void(JsonWriter &)> &filters,
                           const QueryOutcome &o)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("what").value(views::kindName(kind));
    w.key("filters");
    filters(w);
    w.key("records").value(o.records);
    w.key("output").value(o.output);
    if (!o.format.isEmpty())
        w.key("format").value(o.format);
    if (o.written) {
        w.key("bytes").value(o.written->bytes);
        w.key("sha256").value(o.written->sha256);
    }
    w.endObject();
    return w.toByteArray();
}

// Beside every file --out writes: <file>.provenance.json (filter, count, workspace, who, when, SHA-256).
template <typename Filter>
void writeProvenance(const WorkspaceStore &store, const QString &what, const QString &format,
                     const Filter &filter, qint64 records, const QString &path)
{
    ExportProvenance provenance;
    provenance.what = what;
    provenance.format = format;
    provenance.setFilter(filter);
    provenance.records = records;
    provenance.writeBeside(store, path);
}

void printWritten(const QString &path, const QString &format, const views::WrittenOutput &written)
{
    JsonWriter w;
    w.beginObject();
    w.key("file").value(path);
    w.key("format").value(format);
    w.key("records").value(written.records);
    w.key("bytes").value(written.bytes);
    w.key("sha256").value(written.sha256);
    w.endObject();
    writeOut(w.toByteArray() + '\n');
}

// --ocsf and --runtime: the raw records of the view, as JSON or NDJSON.
template <typename Filter, typename Queries>
int runViewQuery(const QCommandLineParser &parser, WorkspaceStore &store, views::RecordKind kind,
                 const Filter &filter, const QString &formatName)
{
    const Queries queries(store);
    const QString outPath = parser.value(QStringLiteral("out"));
    QueryOutcome outcome;
    if (parser.isSet(QStringLiteral("count"))) {
        outcome.records = queries.count(filter);
        outcome.output = QStringLiteral("count");
        writeOut(QByteArray::number(outcome.records) + '\n');
    } else {
        const QList<QByteArray> records = [&] {
            if constexpr (std::is_same_v<Filter, views::OcsfFilter>)
                return queries.rawEvents(filter);
            else
                return queries.rawEntries(filter);
        }();
        const QByteArray bytes = views::rawDocument(records, formatName == QLatin1String("ndjson"));
        outcome.records = records.size();
        outcome.format = formatName;
        if (outPath.isEmpty()) {
            outcome.output = QStringLiteral("stdout");
            writeOut(bytes);
        } else {
            outcome.output = QFileInfo(outPath).fileName();
            outcome.written = views::writeOutputFile(outPath, bytes, outcome.records);
            writeProvenance(store,
                            kind == views::RecordKind::Ocsf ? QStringLiteral("ocsf-events")
                                                            : QStringLiteral("runtime-entries"),
                            formatName, filter, outcome.records, outPath);
            printWritten(outPath, formatName, *outcome.written);
        }
    }
    recordQuery(store, activityDetails(
                           kind, [&](JsonWriter &w) { views::writeFilter(w, filter); }, outcome));
    return Exit::Ok;
}

int runGatewayQuery(const QCommandLineParser &parser, WorkspaceStore &store, const AuditFilter &filter,
                    const QString &formatName)
{
    const bool xlsx = formatName == QLatin1String("xlsx");
    const std::optional<RecordExportFormat> format = RecordExport::formatFromName(formatName);
    const QString outPath = parser.value(QStringLiteral("out"));
    QueryOutcome outcome;
    if (parser.isSet(QStringLiteral("count"))) {
        outcome.records = store.count(filter);
        outcome.output = QStringLiteral("count");
        writeOut(QByteArray::number(outcome.records) + '\n');
    } else if (!outPath.isEmpty()) {
        const RecordExportResult written = xlsx ? XlsxExport::writeFile(store, filter, outPath)
                                                : RecordExport::writeFile(store, filter, *format, outPath);
        outcome.records = written.records;
        outcome.output = QFileInfo(outPath).fileName();
        outcome.format = formatName;
        outcome.written = views::WrittenOutput{written.records, written.bytes, written.sha256};
        writeProvenance(store, QStringLiteral("audit-log"), formatName, filter, written.records, outPath);
        printWritten(outPath, formatName, *outcome.written);
    } else {
        // The workbench's Export Visible Records writes the same bytes (RecordExport).
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(CliTr::tr("auditbench-cli query: cannot write to standard output: %1")
                            .arg(out.errorString()));
        const RecordExportResult written = RecordExport::write(store, filter, *format, out);
        out.flush();
        outcome.records = written.records;
        outcome.output = QStringLiteral("stdout");
        outcome.format = formatName;
    }
    recordQuery(store, activityDetails(
                           views::RecordKind::Gateway, [&](JsonWriter &w) { views::writeFilter(w, filter); },
                           outcome));
    return Exit::Ok;
}

} // namespace

static int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::With);
    addRecordViewOptions(parser);
    parser.addOption({QStringLiteral("count"), CliTr::tr("Print only the number of matching records.")});
    parser.addOption(
        {QStringLiteral("format"),
         CliTr::tr("Output: json (an array of the records as imported, default), ndjson, csv or "
                   "xlsx (an Excel workbook; needs --out). --ocsf and --runtime: json or ndjson."),
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
                      "platform's audit-log API, ordered by timestamp; with --ocsf the imported OCSF events, "
                      "with --runtime the agent runtime audit entries. Every query is recorded in the "
                      "workspace's activity log."),
            args, exitCode))
        return exitCode;

    const QString command = QStringLiteral("query");
    const std::optional<views::RecordKind> kind = recordKindFromOptions(parser, command, exitCode);
    if (!kind)
        return exitCode;
    const QString formatName = parser.value(QStringLiteral("format"));
    const QString outPath = parser.value(QStringLiteral("out"));
    std::optional<AuditFilter> gateway;
    std::optional<views::OcsfFilter> ocsf;
    std::optional<views::RuntimeFilter> runtime;
    if (*kind == views::RecordKind::Gateway) {
        gateway = filterFromOptions(parser, command, FilterWindow::With, exitCode);
        if (!gateway)
            return exitCode;
        const bool xlsx = formatName == QLatin1String("xlsx");
        if (!RecordExport::formatFromName(formatName) && !xlsx)
            return fail(CliTr::tr("auditbench-cli query: --format '%1': expected json, ndjson, csv or xlsx")
                            .arg(formatName));
        if (xlsx && outPath.isEmpty() && !parser.isSet(QStringLiteral("count")))
            return fail(
                CliTr::tr("auditbench-cli query: --format xlsx writes a file: give it with --out FILE.xlsx"));
    } else {
        if (*kind == views::RecordKind::Ocsf)
            ocsf = ocsfFilterFromOptions(parser, command, exitCode);
        else
            runtime = runtimeFilterFromOptions(parser, command, exitCode);
        if (!ocsf && !runtime)
            return exitCode;
        if (formatName != QLatin1String("json") && formatName != QLatin1String("ndjson"))
            return fail(CliTr::tr("auditbench-cli query: --format '%1': --%2 writes json or ndjson")
                            .arg(formatName, views::kindName(*kind)));
    }

    auto store = openWorkspace(parser, command, false, exitCode);
    if (!store)
        return exitCode;
    try {
        if (gateway)
            return runGatewayQuery(parser, *store, *gateway, formatName);
        if (ocsf)
            return runViewQuery<views::OcsfFilter, views::OcsfQueries>(parser, *store, *kind, *ocsf,
                                                                       formatName);
        return runViewQuery<views::RuntimeFilter, views::RuntimeQueries>(parser, *store, *kind, *runtime,
                                                                         formatName);
    } catch (const std::exception &e) {
        return fail(command, e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "query",
    QT_TRANSLATE_NOOP(
        "auditbench_cli",
        "Query a workspace's gateway audit records (or OCSF events, runtime entries) with filters"),
    ab::cli::runQuery);
}
