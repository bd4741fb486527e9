#pragma once

#include "report/PackageReport.h"
#include "report/VerificationReport.h"

#include <optional>

namespace ab {

class WorkspaceStore;

// Prints what a workspace holds and records every PDF made in its activity log (action "print", with the
// file, its SHA-256 and page count), so an auditor can later prove which document left the workbench.
// Runs in the thread that owns `store`. Throws CancelledError when cancelled (nothing written or logged).
struct WorkspaceReports
{
    // The package's agent's audit trail: the newest verification run over the runtime export that lists the
    // agent decides the cover's status; none: NotVerified.
    static TrailStatus trailStatus(const WorkspaceStore &store, const QString &agentId,
                                   qint64 *errorCount = nullptr);

    static std::optional<ReportWriter::Output> printPackage(WorkspaceStore &store, const QString &packageId,
                                                            const QString &path,
                                                            const ReportBranding &branding,
                                                            Progress *progress, QString *error = nullptr);
    static std::optional<ReportWriter::Output>
    printVerificationRun(WorkspaceStore &store, qint64 runId, const QString &path,
                         const ReportBranding &branding, Progress *progress, QString *error = nullptr);
};

} // namespace ab
