#pragma once
// Gateway records as a real Excel workbook (issue 17), written with libxlsxwriter: one sheet "records", a
// bold header row frozen in place, the columns of the CSV export (RecordExport::csvColumns, every one
// including override_reason) with set widths, the sequence as a number, everything else, timestamps
// included, as text exactly as stored (ISO 8601 / RFC 3339). Text cells are always strings, never formulas:
// a value such as "=HYPERLINK(...)" is shown, not run. Rows are streamed (constant memory), so a large
// export does not hold the sheet in memory. The file appears only complete: written beside its target and
// renamed when closed.

#include "core/common/Progress.h"
#include "core/workspace/RecordExport.h"

namespace ab {

class WorkspaceStore;

class XlsxExport
{
public:
    // The rows a worksheet holds below its header (Excel's limit is 1,048,576 rows).
    static constexpr qint64 MaxRecords = 1048575;

    // Writes the records `filter` matches (in the query order) to `path`. Throws WorkspaceError when there
    // are more than MaxRecords or the file cannot be written, CancelledError on cancel; either way no file.
    // `bytes` and `sha256` describe the finished file.
    static RecordExportResult writeFile(const WorkspaceStore &store, const AuditFilter &filter,
                                        const QString &path, Progress *progress = nullptr);
};

} // namespace ab
