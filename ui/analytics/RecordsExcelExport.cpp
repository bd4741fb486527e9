#include "ui/analytics/RecordsExcelExport.h"

#include "core/export/XlsxExport.h"
#include "core/json/JsonWriter.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    if (!host.store || !host.store() || !host.taskPanel)
        return nullptr;
    if (!progress)
        progress = std::make_shared<TaskProgress>();
    if (!host.taskPanel->begin(ExcelTr::tr("Exporting"), progress))
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
            host.taskPanel->end();
            if (outcome.cancelled || !outcome.value) {
                if (!outcome.cancelled && host.report)
                    host.report({Issue::error(Issue::Origin::Export, outcome.error)});
                return;
            }
            const RecordExportResult &result = outcome.value->result;
            QList<Issue> issues = AuditLogExport::provenanceIssues(*outcome.value);
            try {
                WorkspaceStore *store = host.store();
                if (!store || store->path() != host.workspacePath)
                    throw WorkspaceError(
                        ExcelTr::tr("the workspace %1 is no longer open").arg(host.workspacePath));
                // Evidence: built without tr(), the same members as the other formats' entries.
                JsonWriter w(false);
                w.beginObject();
                w.key("file").value(QFileInfo(path).fileName());
                w.key("format").value("xlsx");
                w.key("records").value(result.records);
                w.key("sha256").value(result.sha256);
                w.key("what").value("audit-log");
                w.endObject();
                store->appendActivity(QStringLiteral("export"), w.toByteArray());
            } catch (...) {
                issues << Issue::warning(Issue::Origin::Export,
                                         ExcelTr::tr("Exported, but the activity log could not record it: %1")
                                             .arg(errorMessage(std::current_exception())));
            }
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
