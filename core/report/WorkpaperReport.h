#pragma once
// A tests-of-controls workpaper (core/analytics/Workpaper.h) as a branded printable report: the cover with
// the conclusion as its banner and the content SHA-256, the evaluation, the sample and its population, every
// item with its record's details, result and note, review notes, and the sign-offs with the hash each
// signed (and whether it still matches). The footer carries the content SHA-256 on every page. Labels are
// UI text (tr()); the conclusion sentence, notes and names are evidence and printed as stored.

#include "core/analytics/Workpaper.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"

#include <optional>

namespace ab {

class WorkspaceStore;

class WorkpaperReport
{
public:
    // `records`: the sampled records' details in item order (may be shorter: details left blank).
    static ReportDocument build(const analytics::Workpaper &workpaper, const QList<GatewayRecordRow> &records,
                                const ReportBranding &branding, const QString &printedBy);
    // The document for a stored workpaper (latest version unless `version`); nothing with `error` set when
    // the workpaper is unknown.
    static std::optional<ReportDocument> document(const WorkspaceStore &store, qint64 workpaperId,
                                                  std::optional<int> version, const ReportBranding &branding,
                                                  QString *error = nullptr);
    // Writes the PDF and logs it ("print", kind "workpaper", with the file's SHA-256).
    static std::optional<ReportWriter::Output> print(WorkspaceStore &store, qint64 workpaperId,
                                                     std::optional<int> version, const QString &path,
                                                     const ReportBranding &branding, Progress *progress,
                                                     QString *error = nullptr);
};

} // namespace ab
