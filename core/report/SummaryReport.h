#pragma once
// A summary (core/analytics/Summary.h) as a branded printable report: the filter stated on the cover and
// above the table, the pivot with row and column totals. Labels are UI text (tr()); values are as stored.

#include "core/analytics/Summary.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"

#include <optional>

namespace ab {

class WorkspaceStore;

class SummaryReport
{
public:
    static ReportDocument build(const analytics::SummaryTable &summary, const QString &workspaceName,
                                const ReportBranding &branding, const QString &printedBy);
    // Writes the PDF and logs it ("print", kind "summary", with the summary's SHA-256 of its JSON).
    static std::optional<ReportWriter::Output> print(WorkspaceStore &store,
                                                     const analytics::SummaryTable &summary,
                                                     const QString &path, const ReportBranding &branding,
                                                     Progress *progress, QString *error = nullptr);
};

} // namespace ab
