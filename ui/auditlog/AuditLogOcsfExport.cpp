#include "ui/auditlog/AuditLogOcsfExport.h"

#include "core/export/ExportProvenance.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"

#include <QFileDialog>

namespace ab {

void AuditLogOcsfExport::askAndStart(const AuditLogExport::Host &host)
{
    if (!host.store || !host.store() || !host.taskPanel || host.taskPanel->isBusy())
        return;
    const QString ndjson = tr("OCSF events, one per line (*.ndjson)");
    const QString json = tr("OCSF events as a JSON array (*.json)");
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(host.window, tr("Export OCSF events"),
                                     ExportProvenance::defaultFileName(QStringLiteral("audit-log-ocsf"),
                                                                       host.filter, QStringLiteral("ndjson")),
                                     QStringList{ndjson, json}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // As the CLI: a *.json file gets the array, anything else NDJSON (unless JSON was chosen).
    const bool array = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                       (selected == json && !path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive));
    start(host, path, array ? ocsf::OcsfFormat::Json : ocsf::OcsfFormat::Ndjson);
}

std::shared_ptr<TaskProgress> AuditLogOcsfExport::start(const AuditLogExport::Host &host, const QString &path,
                                                        ocsf::OcsfFormat format,
                                                        std::shared_ptr<TaskProgress> progress)
{
    if (!host.store || !host.store() || !host.taskPanel)
        return nullptr;
    if (!progress)
        progress = std::make_shared<TaskProgress>();
    if (!host.taskPanel->begin(tr("Exporting OCSF"), progress))
        return nullptr;
    const QString workspace = host.workspacePath;
    const AuditFilter filter = host.filter;
    runInBackground<Written>(
        host.window, progress,
        [workspace, filter, path, format](Progress *p) {
            // Its own connection: Qt Sql connections stay in the thread that opened them.
            const auto worker = WorkspaceStore::open(workspace, WorkspaceStore::OpenMode::ExistingOnly,
                                                     AppSettings::auditor());
            Written written{ocsf::OcsfExport::writeFile(*worker, filter, format, path, p), {}};
            ExportProvenance provenance;
            provenance.what = QStringLiteral("ocsf");
            provenance.format = ocsf::formatName(format);
            provenance.setFilter(filter);
            provenance.records = written.summary.events;
            written.provenanceError = provenance.tryWriteBeside(*worker, path);
            return written;
        },
        [host, path, format, filter](const TaskOutcome<Written> &outcome) {
            host.taskPanel->end();
            if (outcome.cancelled || !outcome.value) {
                if (!outcome.cancelled && host.report)
                    host.report({Issue::error(Issue::Origin::Export, outcome.error)});
                return;
            }
            const ocsf::OcsfSummary &summary = outcome.value->summary;
            QList<Issue> issues;
            if (!outcome.value->provenanceError.isEmpty())
                issues << Issue::warning(Issue::Origin::Export,
                                         tr("Exported, but the provenance file could not be written: %1")
                                             .arg(outcome.value->provenanceError));
            try {
                WorkspaceStore *store = host.store();
                if (!store || store->path() != host.workspacePath)
                    throw WorkspaceError(tr("the workspace %1 is no longer open").arg(host.workspacePath));
                store->appendActivity(QStringLiteral("export"),
                                      ExportProvenance::ocsfActivityDetails(path, format, filter, summary));
            } catch (...) {
                issues << Issue::warning(Issue::Origin::Export,
                                         tr("Exported, but the activity log could not record it: %1")
                                             .arg(errorMessage(std::current_exception())));
            }
            issues << Issue::info(
                Issue::Origin::Export,
                tr("Exported %Ln OCSF event(s) to %1.", nullptr, int(summary.events)).arg(path));
            if (host.finished)
                host.finished(summary.events);
            if (host.report)
                host.report(issues);
        });
    return progress;
}

} // namespace ab
