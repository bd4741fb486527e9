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
    progress = AuditLogExport::begin(host, tr("Exporting OCSF"), std::move(progress));
    if (!progress)
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
            if (!AuditLogExport::succeeded(host, outcome))
                return;
            const ocsf::OcsfSummary &summary = outcome.value->summary;
            QList<Issue> issues;
            if (!outcome.value->provenanceError.isEmpty())
                issues << Issue::warning(Issue::Origin::Export,
                                         tr("Exported, but the provenance file could not be written: %1")
                                             .arg(outcome.value->provenanceError));
            issues << AuditLogExport::logActivity(
                host, ExportProvenance::ocsfActivityDetails(path, format, filter, summary));
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
