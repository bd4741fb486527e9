#include "ui/auditlog/AuditLogExport.h"

#include "core/export/ExportProvenance.h"
#include "core/json/JsonWriter.h"
#include "ui/analytics/RecordsExcelExport.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace ab {

void AuditLogExport::askAndStart(const Host &host)
{
    if (!host.store || !host.store() || !host.taskPanel || host.taskPanel->isBusy())
        return;
    const QString csv = tr("CSV, every column (*.csv)");
    const QString json = tr("JSON, the records as imported (*.json)");
    const QString ndjson = tr("NDJSON, one record per line (*.ndjson)");
    const QString excel = RecordsExcelExport::dialogFilter();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        host.window, tr("Export the visible records"),
        ExportProvenance::defaultFileName(QStringLiteral("audit-log"), host.filter, QStringLiteral("csv")),
        QStringList{csv, json, ndjson, excel}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (path.endsWith(QLatin1String(".xlsx")) || selected == excel) {
        const QFileInfo file(path);
        RecordsExcelExport::start(
            host, file.suffix() == QLatin1String("xlsx")
                      ? path
                      : file.dir().filePath(file.completeBaseName() + QStringLiteral(".xlsx")));
        return;
    }
    RecordExportFormat format = RecordExportFormat::Csv;
    if (path.endsWith(QLatin1String(".ndjson")) ||
        (selected == ndjson && !path.endsWith(QLatin1String(".json"))))
        format = RecordExportFormat::Ndjson;
    else if (selected == json || path.endsWith(QLatin1String(".json")))
        format = RecordExportFormat::Json;
    start(host, path, format);
}

std::shared_ptr<TaskProgress> AuditLogExport::start(const Host &host, const QString &path,
                                                    RecordExportFormat format,
                                                    std::shared_ptr<TaskProgress> progress)
{
    if (!host.store || !host.store() || !host.taskPanel)
        return nullptr;
    if (!progress)
        progress = std::make_shared<TaskProgress>();
    if (!host.taskPanel->begin(tr("Exporting"), progress))
        return nullptr;
    const QString workspace = host.workspacePath;
    const AuditFilter filter = host.filter;
    runInBackground<Written>(
        host.window, progress,
        [workspace, filter, path, format](Progress *p) {
            // Its own connection: Qt Sql connections stay in the thread that opened them.
            const auto worker = WorkspaceStore::open(workspace, WorkspaceStore::OpenMode::ExistingOnly,
                                                     AppSettings::auditor());
            return withProvenance(*worker, filter, RecordExport::formatName(format), path,
                                  RecordExport::writeFile(*worker, filter, format, path, p));
        },
        [host, path, format](const TaskOutcome<Written> &outcome) {
            host.taskPanel->end();
            if (outcome.cancelled || !outcome.value) {
                if (!outcome.cancelled && host.report)
                    host.report({Issue::error(Issue::Origin::Export, outcome.error)});
                return;
            }
            const RecordExportResult &result = outcome.value->result;
            QList<Issue> issues = provenanceIssues(*outcome.value);
            try {
                WorkspaceStore *store = host.store();
                if (!store || store->path() != host.workspacePath)
                    throw WorkspaceError(tr("the workspace %1 is no longer open").arg(host.workspacePath));
                store->appendActivity(QStringLiteral("export"), activityDetails(path, format, result));
            } catch (...) {
                issues << Issue::warning(Issue::Origin::Export,
                                         tr("Exported, but the activity log could not record it: %1")
                                             .arg(errorMessage(std::current_exception())));
            }
            issues << Issue::info(
                Issue::Origin::Export,
                tr("Exported %Ln record(s) to %1.", nullptr, int(result.records)).arg(path));
            if (host.report)
                host.report(issues);
            if (host.finished)
                host.finished(result.records);
        });
    return progress;
}

AuditLogExport::Written AuditLogExport::withProvenance(const WorkspaceStore &worker,
                                                       const AuditFilter &filter, const QString &format,
                                                       const QString &path, const RecordExportResult &result)
{
    ExportProvenance provenance;
    provenance.what = QStringLiteral("audit-log");
    provenance.format = format;
    provenance.setFilter(filter);
    provenance.records = result.records;
    return {result, provenance.tryWriteBeside(worker, path)};
}

QList<Issue> AuditLogExport::provenanceIssues(const Written &written)
{
    if (written.provenanceError.isEmpty())
        return {};
    return {Issue::warning(
        Issue::Origin::Export,
        tr("Exported, but the provenance file could not be written: %1").arg(written.provenanceError))};
}

QByteArray AuditLogExport::activityDetails(const QString &path, RecordExportFormat format,
                                           const RecordExportResult &result)
{
    // Evidence: built without tr().
    JsonWriter w(false);
    w.beginObject();
    w.key("file").value(QFileInfo(path).fileName());
    w.key("format").value(RecordExport::formatName(format));
    w.key("records").value(result.records);
    w.key("sha256").value(result.sha256);
    w.key("what").value("audit-log");
    w.endObject();
    return w.toByteArray();
}

} // namespace ab
