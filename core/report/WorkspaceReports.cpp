#include "core/report/WorkspaceReports.h"

#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/package/ChainCitation.h"
#include "core/workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace ab {

namespace {

struct WorkspaceReportsTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::WorkspaceReports)
};

// The activity log's head as printed: rows and the last row's hash. Printed before this print is logged,
// so it is the head an auditor finds as the row before the print's own entry.
QString logHeadText(const WorkspaceStore &store)
{
    const ActivityLogHead head = store.activityHead();
    return WorkspaceReportsTr::tr("%n entries, last hash %1", nullptr, int(head.rows)).arg(head.hash);
}

} // namespace

void WorkspaceReports::checkTrailCitation(const WorkspaceStore &store, const QByteArray &packageJson,
                                          PackageReport::Options &options)
{
    const auto cited = ChainCitation::read(QJsonDocument::fromJson(packageJson).object());
    if (!cited)
        return;
    options.trailBasis = PackageReport::TrailBasis::Mismatch;
    for (const VerificationRun &run : store.verificationRuns()) {
        if (QString::number(run.id) != cited->runId)
            continue;
        const QString stored = crypto::sha256Hex(run.resultJson);
        const VerificationResult &r = run.result;
        // The verdict the package repeats must be the stored result's too: the cover is judged from it.
        const bool sameVerdict =
            cited->valid == r.valid && cited->macsVerified == r.macsVerified &&
            cited->errorCount == r.errorCount && cited->eventsChecked == r.eventsChecked &&
            cited->complete == r.coverage.complete && cited->gapCount == r.coverage.gapCount;
        if (stored == cited->resultSha256 && sameVerdict)
            options.trailBasis = PackageReport::TrailBasis::Checked;
        else if (stored == cited->resultSha256)
            options.trailNote =
                WorkspaceReportsTr::tr("The package cites run %1 with a verdict or coverage other "
                                       "than the result stored for run %1 in this workspace.")
                    .arg(cited->runId);
        else
            options.trailNote = WorkspaceReportsTr::tr(
                                    "The package cites run %1 with result SHA-256 %2, but the result stored "
                                    "for run %1 in this workspace has SHA-256 %3.")
                                    .arg(cited->runId,
                                         cited->resultSha256.isEmpty() ? WorkspaceReportsTr::tr("(none)")
                                                                       : cited->resultSha256,
                                         stored);
        return;
    }
    options.trailNote =
        WorkspaceReportsTr::tr("The package cites run %1, which is not stored in this workspace.")
            .arg(cited->runId);
}

void WorkspaceReports::logPdf(WorkspaceStore &store, const char *kind, const QString &subjectKey,
                              const QString &subject, const QString &path, const QString &sha256, int pages,
                              qint64 bytes)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("kind").value(kind);
    w.key(subjectKey.toStdString()).value(subject);
    w.key("file").value(QFileInfo(path).absoluteFilePath());
    w.key("sha256").value(sha256);
    w.key("pages").value(qint64(pages));
    w.key("bytes").value(bytes);
    w.endObject();
    store.appendActivity(QStringLiteral("print"), w.toByteArray());
}

void WorkspaceReports::logPrinted(WorkspaceStore &store, const char *kind, const QString &subjectKey,
                                  const QString &subject, const QString &printer, int pages,
                                  const QString &documentSha256)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("kind").value(kind);
    w.key(subjectKey.toStdString()).value(subject);
    w.key("printer").value(printer);
    w.key("pages").value(qint64(pages));
    w.key("document_sha256").value(documentSha256);
    w.endObject();
    store.appendActivity(QStringLiteral("print"), w.toByteArray());
}

std::optional<ReportDocument> WorkspaceReports::packageDocument(const WorkspaceStore &store,
                                                                const QString &packageId,
                                                                const ReportBranding &branding,
                                                                QString *error)
{
    const QByteArray json = store.packageJson(packageId);
    if (json.isEmpty()) {
        if (error)
            *error = WorkspaceReportsTr::tr("%1: no compliance package '%2' in this workspace")
                         .arg(store.path(), packageId);
        return std::nullopt;
    }
    PackageReport::Options options;
    options.branding = branding;
    options.printedBy = store.identity().display();
    options.logHead = logHeadText(store);
    checkTrailCitation(store, json, options);
    const auto verdicts = store.latestVerdicts(packageId);
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
        AuditorVerdict v;
        v.kind = it->verdict == QLatin1String("exception")        ? AuditorVerdict::Exception
                 : it->verdict == QLatin1String("not_applicable") ? AuditorVerdict::NotApplicable
                                                                  : AuditorVerdict::Agree;
        v.comment = it->comment;
        v.by = it->user;
        v.at = it->at;
        options.verdicts.insert(it.key(), v);
    }
    return PackageReport::build(json, options, error);
}

std::optional<ReportDocument> WorkspaceReports::verificationDocument(const WorkspaceStore &store,
                                                                     qint64 runId,
                                                                     const ReportBranding &branding,
                                                                     QString *error)
{
    for (const VerificationRun &run : store.verificationRuns()) {
        if (run.id != runId)
            continue;
        VerificationReport::Options options;
        options.branding = branding;
        options.printedBy = store.identity().display();
        options.subjectName = WorkspaceReportsTr::tr("run %1, %2").arg(QString::number(run.id), run.scope);
        options.resultSha256 = crypto::sha256Hex(run.resultJson);
        options.logHead = logHeadText(store);
        return VerificationReport::build(run.result, options);
    }
    if (error)
        *error = WorkspaceReportsTr::tr("%1: no verification run %2 in this workspace")
                     .arg(store.path())
                     .arg(runId);
    return std::nullopt;
}

std::optional<ReportWriter::Output>
WorkspaceReports::printPackage(WorkspaceStore &store, const QString &packageId, const QString &path,
                               const ReportBranding &branding, Progress *progress, QString *error)
{
    const auto document = packageDocument(store, packageId, branding, error);
    if (!document)
        return std::nullopt;
    const auto out = ReportWriter::write(*document, path, progress, error);
    if (out)
        logPdf(store, "compliance-package", QStringLiteral("package_id"), packageId, path, out->sha256,
               out->pageCount, out->pdf.size());
    return out;
}

std::optional<ReportWriter::Output> WorkspaceReports::printVerificationRun(WorkspaceStore &store,
                                                                           qint64 runId, const QString &path,
                                                                           const ReportBranding &branding,
                                                                           Progress *progress, QString *error)
{
    const auto document = verificationDocument(store, runId, branding, error);
    if (!document)
        return std::nullopt;
    const auto out = ReportWriter::write(*document, path, progress, error);
    if (out)
        logPdf(store, "verification", QStringLiteral("run_id"), QString::number(runId), path, out->sha256,
               out->pageCount, out->pdf.size());
    return out;
}

} // namespace ab
