#include "ui/analytics/RecordsExcelExport.h"

#include "core/export/XlsxExport.h"
#include "ui/common/AppSettings.h"

#include <QCoreApplication>
#include <QWidget>

namespace ab {

namespace {
struct ExcelTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::RecordsExcelExport)
};
} // namespace

QString RecordsExcelExport::dialogFilter()
{
    return ExcelTr::tr("Excel workbook, every column (*.xlsx)");
}

std::shared_ptr<TaskProgress> RecordsExcelExport::start(const AuditLogExport::Host &host, const QString &path,
                                                        std::shared_ptr<TaskProgress> progress)
{
    progress = AuditLogExport::begin(host, ExcelTr::tr("Exporting"), std::move(progress));
    if (!progress)
        return nullptr;
    const QString workspace = host.workspacePath;
    const AuditFilter filter = host.filter;
    runInBackground<AuditLogExport::Written>(
        host.window, progress,
        [workspace, filter, path](Progress *p) {
            const auto worker = WorkspaceStore::open(workspace, WorkspaceStore::OpenMode::ExistingOnly,
                                                     AppSettings::auditor());
            // The provenance JSON beside the workbook (issue 19), as every export writes it.
            return AuditLogExport::withProvenance(*worker, filter, QStringLiteral("xlsx"), path,
                                                  XlsxExport::writeFile(*worker, filter, path, p));
        },
        [host, path](const TaskOutcome<AuditLogExport::Written> &outcome) {
            if (!AuditLogExport::succeeded(host, outcome))
                return;
            const RecordExportResult &result = outcome.value->result;
            QList<Issue> issues = AuditLogExport::provenanceIssues(*outcome.value);
            // Evidence: the same members as the other formats' entries.
            issues << AuditLogExport::logActivity(
                host, AuditLogExport::activityDetails(path, QStringLiteral("xlsx"), result));
            issues << Issue::info(
                Issue::Origin::Export,
                ExcelTr::tr("Exported %Ln record(s) to %1.", nullptr, int(result.records)).arg(path));
            if (host.report)
                host.report(issues);
            if (host.finished)
                host.finished(result.records);
        });
    return progress;
}

} // namespace ab
