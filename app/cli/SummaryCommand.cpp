// auditbench-cli summary: counts of the records the filters select by one column, across another or by
// month, as JSON, CSV, Excel or a printable PDF, always with the filter stated.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/analytics/Summary.h"
#include "core/export/XlsxExportAnalytics.h"
#include "core/report/SummaryReport.h"

#include <QSaveFile>

namespace ab::cli {

namespace {

int writeSummary(const QCommandLineParser &parser, WorkspaceStore &store,
                 const analytics::SummaryTable &summary, const QString &format)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (format == QLatin1String("json") || format == QLatin1String("csv")) {
        const QByteArray bytes = format == QLatin1String("json") ? summary.toJson() + '\n' : summary.toCsv();
        if (out.isEmpty()) {
            writeOut(bytes);
            return Exit::Ok;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(
                CliTr::tr("auditbench-cli summary: cannot write %1: %2").arg(out, file.errorString()));
        return Exit::Ok;
    }
    JsonWriter w;
    w.beginObject();
    w.key("file").value(out);
    w.key("format").value(format);
    if (format == QLatin1String("xlsx")) {
        const RecordExportResult written = XlsxAnalyticsExport::writeSummary(summary, out);
        XlsxAnalyticsExport::logExport(store, "summary", "filter", summary.filterText, out, written);
        w.key("rows").value(written.records);
        w.key("bytes").value(written.bytes);
        w.key("sha256").value(written.sha256);
    } else {
        QString error;
        ReportBranding branding = ReportBranding::defaults();
        if (parser.isSet(QStringLiteral("branding"))) {
            const auto b = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
            if (!b)
                return fail(CliTr::tr("auditbench-cli summary: %1").arg(error));
            branding = *b;
        }
        const auto written = SummaryReport::print(store, summary, out, branding, nullptr, &error);
        if (!written)
            return fail(CliTr::tr("auditbench-cli summary: %1").arg(error));
        w.key("pages").value(written->pageCount);
        w.key("bytes").value(qint64(written->pdf.size()));
        w.key("sha256").value(written->sha256);
    }
    w.key("total").value(summary.total);
    w.endObject();
    writeOut(w.toByteArray() + '\n');
    return Exit::Ok;
}

} // namespace

static int runSummary(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::Without);
    const QString columns = analytics::summaryColumns().join(QStringLiteral(", "));
    parser.addOption({QStringLiteral("by"), CliTr::tr("The column counted by (rows): %1.").arg(columns),
                      CliTr::tr("COLUMN")});
    parser.addOption(
        {QStringLiteral("across"), CliTr::tr("A second column (the pivot's columns)."), CliTr::tr("COLUMN")});
    parser.addOption(
        {QStringLiteral("by-month"), CliTr::tr("Across UTC months (the same as --across month).")});
    parser.addOption(
        {QStringLiteral("format"), CliTr::tr("json (default), csv, xlsx or pdf."), CliTr::tr("FORMAT")});
    parser.addOption({QStringLiteral("out"), CliTr::tr("The file to write (needed for xlsx and pdf)."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("branding"),
                      CliTr::tr("pdf: branding JSON (organisation, logo, accent_colour, footer)."),
                      CliTr::tr("FILE.json")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("summary"),
            CliTr::tr("Counts the records the filters select by one column, optionally across a second "
                      "column or across months: a pivot with row and column totals and the filter "
                      "stated (in words and as JSON). JSON and CSV go to stdout or --out; xlsx and a "
                      "printable pdf need --out, are logged in the activity log, and the command then "
                      "prints what was written. Records without the value count under \"(none)\"."),
            args, exitCode))
        return exitCode;
    const std::optional<AuditFilter> filter =
        filterFromOptions(parser, QStringLiteral("summary"), FilterWindow::Without, exitCode);
    if (!filter)
        return exitCode;
    const QString by = parser.value(QStringLiteral("by"));
    if (by.isEmpty())
        return fail(CliTr::tr("auditbench-cli summary: expected --by COLUMN (one of %1)").arg(columns));
    if (parser.isSet(QStringLiteral("by-month")) && parser.isSet(QStringLiteral("across")))
        return fail(CliTr::tr("auditbench-cli summary: give --by-month or --across, not both"));
    const QString across = parser.isSet(QStringLiteral("by-month")) ? QStringLiteral("month")
                                                                    : parser.value(QStringLiteral("across"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                     QStringLiteral("pdf")}
             .contains(format))
        return fail(
            CliTr::tr("auditbench-cli summary: --format '%1': expected json, csv, xlsx or pdf").arg(format));
    if ((format == QLatin1String("xlsx") || format == QLatin1String("pdf")) &&
        !parser.isSet(QStringLiteral("out")))
        return fail(CliTr::tr("auditbench-cli summary: --format %1 writes a file: give it with --out FILE")
                        .arg(format));
    auto store = openWorkspace(parser, QStringLiteral("summary"), false, exitCode);
    if (!store)
        return exitCode;
    try {
        return writeSummary(parser, *store, analytics::summarize(*store, *filter, by, across), format);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("summary"), e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration registration(
    "summary",
    QT_TRANSLATE_NOOP("auditbench_cli",
                      "Count the records the filters select by a column, across another or by month (pivot)"),
    ab::cli::runSummary);
}
