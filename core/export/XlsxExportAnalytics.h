#pragma once
// Samples and workpapers as Excel workbooks (issue 17), through the same workbook as the records export
// (XlsxExportWorkbook.h): bold frozen header rows, set widths, numbers as numbers and every other cell as
// a string (never a formula). Written beside the target and renamed when complete.
//
//   sample     sheet "sample": one row per drawn record in draw order, "position" then every column of the
//              CSV export (RecordExport::csvColumns, override_reason included); sheet "population": the
//              sample's population, seed and algorithm as field/value rows.
//   workpaper  sheet "items": one row per item (position, record, the record's details, result, note, who
//              recorded it and when, record_sha256); sheet "workpaper": field/value rows (rates, evaluation,
//              conclusion, content_sha256); sheet "sign-offs"; sheet "review notes".
//   summary    sheet "summary": the pivot (the row column, one column per value, "total"; a last "total"
//              row), counts as numbers; sheet "filter": what was counted (by, across, the filter in words
//              and as JSON, total).

#include "core/analytics/Summary.h"
#include "core/analytics/Workpaper.h"
#include "core/workspace/RecordExport.h"

namespace ab {

class WorkspaceStore;

struct XlsxAnalyticsExport
{
    // `records` counts the data rows of the first sheet.
    static RecordExportResult writeSample(const WorkspaceStore &store, const analytics::Sample &sample,
                                          const QString &path);
    static RecordExportResult writeWorkpaper(const WorkspaceStore &store,
                                             const analytics::Workpaper &workpaper, const QString &path);
    static RecordExportResult writeSummary(const analytics::SummaryTable &summary, const QString &path);
    // The activity-log entry of an export ("export": kind, the subject, the absolute file, records, bytes,
    // SHA-256), so it can later be proved which workbook left the workbench.
    static void logExport(WorkspaceStore &store, const char *kind, const char *subjectKey,
                          const QString &subject, const QString &path, const RecordExportResult &written);
};

} // namespace ab
