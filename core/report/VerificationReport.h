#pragma once

#include "core/chain/VerificationResult.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"

#include <optional>

namespace ab {

// The three states a verified chain can be in, plus "never verified" (a package printed before its
// audit trail was checked). Each has its own unmistakable wording, not only its own colour.
enum class TrailStatus
{
    NotVerified,
    Verified,
    Incomplete, // intact and every MAC verified, but the coverage is incomplete (docs/spec/chain.md)
    LinkageOnly,
    Errors
};

// A docs/spec/chain.md verification result as a printable report: verdict, period, events, key ids and
// fingerprints (never keys), sources with SHA-256, every listed error, anchor and head.
class VerificationReport
{
public:
    struct Options
    {
        ReportBranding branding = ReportBranding::defaults();
        QString printedBy;    // PDF author, shown on the cover
        QString subjectName;  // what was verified, e.g. the workspace or export name (optional)
        QString resultSha256; // SHA-256 of the stored result JSON; computed from toJson() when empty
        QString logHead;      // the workspace's activity log when printed (rows, last hash); optional
    };

    static TrailStatus statusOf(const VerificationResult &result);
    // The banner for a status: its headline is the verdict text the tests and auditors look for.
    static ReportDocument::Banner banner(TrailStatus status, qint64 errorCount = 0);
    static ReportDocument build(const VerificationResult &result, const Options &options);
    static std::optional<ReportWriter::Output> write(const VerificationResult &result, const Options &options,
                                                     const QString &path, Progress *progress,
                                                     QString *error = nullptr);
};

} // namespace ab
