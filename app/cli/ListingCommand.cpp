// auditbench-cli listing: a filtered view (gateway records, or --ocsf events, or --runtime entries) as a
// branded PDF evidence listing (core/report/EvidenceListing), recorded in the activity log with its SHA-256.
#include "FilterOptions.h"
#include "WorkspaceCli.h"

#include "core/export/ExportProvenance.h"
#include "core/report/EvidenceListing.h"

namespace ab::cli {

static int runListing(const QStringList &args)
{
    QCommandLineParser parser;
    addWorkspaceOption(parser);
    addFilterOptions(parser, FilterWindow::With);
    addRecordViewOptions(parser);
    parser.addOption({QStringLiteral("out"), CliTr::tr("The PDF to write (complete or not at all)."),
                      CliTr::tr("FILE.pdf")});
    parser.addOption({QStringLiteral("branding"),
                      CliTr::tr("Branding JSON (organisation, logo, accent_colour, footer)."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("printed-by"),
                      CliTr::tr("Who printed it, for the cover (default: the auditor's identity)."),
                      CliTr::tr("NAME")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("listing"),
            CliTr::tr("Prints the records a filter selects (gateway records; --ocsf events; --runtime "
                      "entries) as a branded PDF: filter and period on the cover, counts, monthly "
                      "charts, the records with their compliance fields and every override's "
                      "justification. Prints what was written as JSON and records it in the "
                      "workspace's activity log."),
            args, exitCode))
        return exitCode;
    const QString command = QStringLiteral("listing");
    const std::optional<views::RecordKind> kind = recordKindFromOptions(parser, command, exitCode);
    if (!kind)
        return exitCode;
    ListingRequest request;
    request.kind = *kind;
    if (*kind == views::RecordKind::Gateway) {
        const auto f = filterFromOptions(parser, command, FilterWindow::With, exitCode);
        if (!f)
            return exitCode;
        request.gateway = *f;
    } else if (*kind == views::RecordKind::Ocsf) {
        const auto f = ocsfFilterFromOptions(parser, command, exitCode);
        if (!f)
            return exitCode;
        request.ocsf = *f;
    } else {
        const auto f = runtimeFilterFromOptions(parser, command, exitCode);
        if (!f)
            return exitCode;
        request.runtime = *f;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(CliTr::tr("auditbench-cli listing: expected --out FILE.pdf"));
    if (parser.isSet(QStringLiteral("branding"))) {
        QString error;
        const auto b = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
        if (!b)
            return fail(CliTr::tr("auditbench-cli listing: %1").arg(error));
        request.branding = *b;
    }
    request.printedBy = parser.isSet(QStringLiteral("printed-by"))
                            ? parser.value(QStringLiteral("printed-by"))
                            : AuditorIdentity::fromEnvironment().display();
    auto store = openWorkspace(parser, command, false, exitCode);
    if (!store)
        return exitCode;
    try {
        QString error;
        const auto written = EvidenceListing::write(*store, request, out, nullptr, &error);
        if (!written)
            return fail(CliTr::tr("auditbench-cli listing: %1").arg(error));
        const qint64 records = request.count(*store);
        // Beside the PDF: <file>.provenance.json (filter, count, workspace, who, when, SHA-256).
        ExportProvenance::ofListing(request, records).writeBeside(*store, out);
        JsonWriter w;
        w.beginObject();
        w.key("file").value(out);
        w.key("what").value(views::kindName(request.kind));
        w.key("records").value(records);
        w.key("pages").value(qint64(written->pageCount));
        w.key("bytes").value(qint64(written->pdf.size()));
        w.key("sha256").value(written->sha256);
        w.endObject();
        writeOut(w.toByteArray() + '\n');
        return Exit::Ok;
    } catch (const std::exception &e) {
        return fail(command, e);
    }
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("listing",
                 QT_TRANSLATE_NOOP("auditbench_cli", "Print a filtered view as a branded PDF listing"),
                 ab::cli::runListing);
}
