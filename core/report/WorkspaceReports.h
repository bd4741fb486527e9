#pragma once

#include "core/report/PackageReport.h"
#include "core/report/VerificationReport.h"

#include <optional>

namespace ab {

class WorkspaceStore;

// Prints what a workspace holds and records every PDF made in its activity log (action "print", with the
// file, its SHA-256 and page count), so an auditor can later prove which document left the workbench.
// Runs in the thread that owns `store`. Throws CancelledError when cancelled (nothing written or logged).
struct WorkspaceReports
{
    // How a package's cover may use what the package cites: the cited run must be stored in `store` and the
    // SHA-256 of its stored result must be the cited result hash (Checked); otherwise Mismatch, with the
    // reason in options.trailNote. A package citing nothing stays Cited (its cover says so plainly).
    static void checkTrailCitation(const WorkspaceStore &store, const QByteArray &packageJson,
                                   PackageReport::Options &options);

    // The printable documents, for printing to a QPrinter or for previewing; `error` names what is missing.
    static std::optional<ReportDocument> packageDocument(const WorkspaceStore &store,
                                                         const QString &packageId,
                                                         const ReportBranding &branding,
                                                         QString *error = nullptr);
    static std::optional<ReportDocument> verificationDocument(const WorkspaceStore &store, qint64 runId,
                                                              const ReportBranding &branding,
                                                              QString *error = nullptr);

    // Activity-log entries: a PDF written (its absolute path, SHA-256, pages, bytes), or a report sent to a
    // printer (the printer's name, pages, and the SHA-256 of what was printed: the package's content hash
    // or the stored result's hash). `kind` is "compliance-package" or "verification".
    static void logPdf(WorkspaceStore &store, const char *kind, const QString &subjectKey,
                       const QString &subject, const QString &path, const QString &sha256, int pages,
                       qint64 bytes);
    static void logPrinted(WorkspaceStore &store, const char *kind, const QString &subjectKey,
                           const QString &subject, const QString &printer, int pages,
                           const QString &documentSha256);

    static std::optional<ReportWriter::Output> printPackage(WorkspaceStore &store, const QString &packageId,
                                                            const QString &path,
                                                            const ReportBranding &branding,
                                                            Progress *progress, QString *error = nullptr);
    static std::optional<ReportWriter::Output>
    printVerificationRun(WorkspaceStore &store, qint64 runId, const QString &path,
                         const ReportBranding &branding, Progress *progress, QString *error = nullptr);
};

} // namespace ab
