#pragma once
// Excel as a choice in Export Visible Records: the records the audit log's filter shows written by core's
// XlsxExport (the same workbook as `auditbench-cli query --format xlsx`) on a worker with its own read
// connection, under the task panel, then logged with the workbook's SHA-256 like the other formats.

#include "ui/auditlog/AuditLogExport.h"

namespace ab {

struct RecordsExcelExport
{
    // The file-dialog filter the export dialog offers for Excel.
    static QString dialogFilter();
    // Starts the export in the background; null when there is no workspace or another task runs.
    static std::shared_ptr<TaskProgress> start(const AuditLogExport::Host &host, const QString &path,
                                               std::shared_ptr<TaskProgress> progress = {});
};

} // namespace ab
