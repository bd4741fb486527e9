// auditbench-cli pdf: prints a compliance package or a chain verification result as a branded PDF.
// main() gives this command a QGuiApplication (offscreen platform without a display): fonts need one.
#include "CliCommon.h"
#include "WorkspaceCli.h"

#include "core/chain/VerificationResult.h"
#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/report/PackageReport.h"
#include "core/report/VerificationReport.h"
#include "core/report/WorkspaceReports.h"

#include <QFile>
#include <QFileInfo>

namespace ab::cli {

static std::optional<QByteArray> readAll(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = CliTr::tr("auditbench-cli pdf: %1: cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

static int runPdf(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("package-json"), CliTr::tr("Compliance package JSON file to print."),
                      CliTr::tr("FILE")});
    parser.addOption({QStringLiteral("verification-json"),
                      CliTr::tr("Chain verification result JSON (as 'verify' prints) to print; with "
                                "--package-json, the verification of the agent runtime chain the package's "
                                "cover reports."),
                      CliTr::tr("FILE")});
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("package"),
                      CliTr::tr("With --workspace: the stored compliance package to print."),
                      CliTr::tr("ID")});
    parser.addOption({QStringLiteral("verification"),
                      CliTr::tr("With --workspace: the verification run to print (see 'runs')."),
                      CliTr::tr("ID")});
    parser.addOption({QStringLiteral("out"), CliTr::tr("The PDF file to write."), CliTr::tr("FILE.pdf")});
    parser.addOption({QStringLiteral("branding"),
                      CliTr::tr("Branding JSON (organisation, logo, accent_colour, footer)."),
                      CliTr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("user"),
         CliTr::tr("Without --workspace: who prints the report (PDF author; default: AUDITBENCH_USER "
                   "or the OS user)."),
         CliTr::tr("NAME")});
    parser.addOption({QStringLiteral("verdicts"),
                      CliTr::tr("Package: auditor verdicts JSON {answer key: {verdict, comment, by, at}}."),
                      CliTr::tr("FILE")});
    int exitCode = 0;
    if (!parseArguments(
            parser, QStringLiteral("pdf"),
            CliTr::tr(
                "Prints a compliance package or a chain verification result as a branded PDF and reports "
                "its SHA-256 as JSON on stdout."),
            args, exitCode))
        return exitCode;
    const bool package = parser.isSet(QStringLiteral("package-json"));
    // With --package-json, --verification-json is the result the cover reports, not a second document.
    const bool verification = parser.isSet(QStringLiteral("verification-json")) && !package;
    const bool storedPackage = parser.isSet(QStringLiteral("package"));
    const bool storedRun = parser.isSet(QStringLiteral("verification"));
    if (int(package) + int(verification) + int(storedPackage) + int(storedRun) != 1)
        return fail(
            CliTr::tr("auditbench-cli pdf: expected exactly one of --package-json (optionally with "
                      "--verification-json), --verification-json, --package or --verification (see --help)"));
    if ((storedPackage || storedRun) != parser.isSet(QStringLiteral("workspace")))
        return fail(CliTr::tr("auditbench-cli pdf: --package and --verification need --workspace W; the JSON "
                              "forms take none"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(CliTr::tr("auditbench-cli pdf: expected --out FILE.pdf"));
    const QString user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                              : AuditorIdentity::fromEnvironment().display();

    QString error;
    ReportBranding branding = ReportBranding::defaults();
    if (parser.isSet(QStringLiteral("branding"))) {
        const auto b = ReportBranding::fromFile(parser.value(QStringLiteral("branding")), &error);
        if (!b)
            return fail(CliTr::tr("auditbench-cli pdf: %1").arg(error));
        branding = *b;
    }

    std::optional<ReportWriter::Output> written;
    QString input;
    // Anything core throws (a damaged workspace, a report that cannot be laid out) is one line on stderr
    // and exit status 2, as for every command; problems the builders report as text keep the "pdf" prefix.
    try {
        if (storedPackage || storedRun) {
            // Workspace form: the PDF is recorded in the workspace's activity log with its SHA-256.
            auto store = openWorkspace(parser, QStringLiteral("pdf"), false, exitCode);
            if (!store)
                return exitCode;
            if (storedPackage) {
                input = parser.value(QStringLiteral("package"));
                written = WorkspaceReports::printPackage(*store, input, out, branding, nullptr, &error);
            } else {
                input = parser.value(QStringLiteral("verification"));
                bool ok = false;
                const qint64 id = input.toLongLong(&ok);
                if (!ok)
                    return fail(
                        CliTr::tr("auditbench-cli pdf: --verification '%1': expected a run id (see 'runs')")
                            .arg(input));
                written = WorkspaceReports::printVerificationRun(*store, id, out, branding, nullptr, &error);
            }
        } else if (package) {
            input = parser.value(QStringLiteral("package-json"));
            const auto bytes = readAll(input, error);
            if (!bytes)
                return fail(error);
            PackageReport::Options options;
            options.branding = branding;
            options.printedBy = user;
            // Outside a workspace nothing can re-check what the package cites: the cover reports the
            // citation as not re-checked, or what a result given here says (the user hands over the result
            // itself, never a status to take on trust).
            if (parser.isSet(QStringLiteral("verification-json"))) {
                const QString path = parser.value(QStringLiteral("verification-json"));
                const auto resultBytes = readAll(path, error);
                if (!resultBytes)
                    return fail(error);
                options.trailResult = VerificationResult::fromJson(*resultBytes);
                if (!options.trailResult)
                    return fail(CliTr::tr("auditbench-cli pdf: %1: expected a chain verification result as "
                                          "'auditbench-cli verify' prints")
                                    .arg(path));
                options.trailBasis = PackageReport::TrailBasis::Given;
                options.trailNote = CliTr::tr("%1, SHA-256 %2")
                                        .arg(QFileInfo(path).fileName(), crypto::sha256Hex(*resultBytes));
            }
            if (parser.isSet(QStringLiteral("verdicts"))) {
                const QString path = parser.value(QStringLiteral("verdicts"));
                const auto verdictBytes = readAll(path, error);
                if (!verdictBytes)
                    return fail(error);
                const auto verdicts = PackageReport::parseVerdicts(*verdictBytes, &error);
                if (!verdicts)
                    return fail(CliTr::tr("auditbench-cli pdf: %1: %2").arg(path, error));
                options.verdicts = *verdicts;
            }
            const auto doc = PackageReport::build(*bytes, options, &error);
            if (!doc)
                return fail(CliTr::tr("auditbench-cli pdf: %1: %2").arg(input, error));
            written = ReportWriter::write(*doc, out, nullptr, &error);
        } else {
            input = parser.value(QStringLiteral("verification-json"));
            const auto bytes = readAll(input, error);
            if (!bytes)
                return fail(error);
            const auto result = VerificationResult::fromJson(*bytes);
            if (!result)
                return fail(CliTr::tr("auditbench-cli pdf: %1: expected a chain verification result as "
                                      "'auditbench-cli verify' prints")
                                .arg(input));
            VerificationReport::Options options;
            options.branding = branding;
            options.printedBy = user;
            options.subjectName = QFileInfo(input).fileName();
            options.resultSha256 = crypto::sha256Hex(*bytes);
            written = VerificationReport::write(*result, options, out, nullptr, &error);
        }
    } catch (const std::exception &e) {
        return fail(QStringLiteral("pdf"), e);
    }
    if (!written)
        return fail(CliTr::tr("auditbench-cli pdf: %1").arg(error));

    JsonWriter w(true);
    w.beginObject();
    w.key("file").value(out);
    w.key("pages").value(qint64(written->pageCount));
    w.key("sha256").value(written->sha256);
    w.key("source").value(input);
    w.endObject();
    writeOut(w.toByteArray() + '\n');
    return Exit::Ok;
}

} // namespace ab::cli

namespace {
const ab::cli::CommandRegistration
    registration("pdf",
                 QT_TRANSLATE_NOOP("auditbench_cli",
                                   "Print a compliance package or a verification result as a branded PDF"),
                 ab::cli::runPdf);
}
