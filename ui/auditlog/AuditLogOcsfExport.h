#pragma once
// Export OCSF… in the workbench (issue 13): the audit log's current filter written as OCSF v1.1 events by the
// same core writer as `auditbench-cli export-ocsf` (core/ocsf/OcsfExport), on a worker with its own read
// connection under the task panel (progress, Cancel: no partial file is left), with the provenance JSON
// beside the file, then recorded in the activity log with the CLI's members (the file's SHA-256 included).

#include "core/ocsf/OcsfExport.h"
#include "ui/auditlog/AuditLogExport.h"

#include <QCoreApplication>

namespace ab {

class AuditLogOcsfExport
{
    Q_DECLARE_TR_FUNCTIONS(ab::AuditLogOcsfExport)

public:
    // What the worker hands back: what was written and, when the provenance could not be written, why.
    struct Written
    {
        ocsf::OcsfSummary summary;
        QString provenanceError;
    };

    // Asks for the file (NDJSON, or a JSON array for *.json), named after the filter, then start().
    static void askAndStart(const AuditLogExport::Host &host);
    // Starts the export in the background; null when there is no workspace or another task runs.
    static std::shared_ptr<TaskProgress> start(const AuditLogExport::Host &host, const QString &path,
                                               ocsf::OcsfFormat format,
                                               std::shared_ptr<TaskProgress> progress = {});
};

} // namespace ab
