#pragma once
// Export Visible Records: the records the audit log's filter shows, written by core's RecordExport (the same
// bytes as `auditbench-cli query --format ...`) on a worker with its own read connection, under the task
// panel (progress, Cancel: no partial file is left), with `<file>.provenance.json` beside it (issue 19), then
// logged with the SHA-256 computed while writing.

#include "core/workspace/RecordExport.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/TaskProgress.h"
#include "ui/issues/Issue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace ab {

class TaskPanel;

class AuditLogExport
{
    Q_DECLARE_TR_FUNCTIONS(ab::AuditLogExport)

public:
    // What the export needs from the window that starts it.
    struct Host
    {
        QWidget *window = nullptr; // parent of the file dialog, context of the background task
        // The window's open workspace when the export ends (it may have changed meanwhile): the activity log
        // entry is written there only when it is still the workspace exported from.
        std::function<WorkspaceStore *()> store;
        QString workspacePath; // the worker opens its own connection on it
        TaskPanel *taskPanel = nullptr;
        AuditFilter filter; // what the table shows
        std::function<void(const QList<Issue> &)> report;
        std::function<void(qint64 records)> finished; // after a successful export
    };

    // What a worker hands back: what was written and, when the provenance could not be written, why.
    struct Written
    {
        RecordExportResult result;
        QString provenanceError;
    };
    // On the worker, after the file is complete: the provenance JSON of an export of the audit log's records
    // (core/export/ExportProvenance) beside it.
    static Written withProvenance(const WorkspaceStore &worker, const AuditFilter &filter,
                                  const QString &format, const QString &path,
                                  const RecordExportResult &result);
    // The issue that says the provenance is missing (none when it was written).
    static QList<Issue> provenanceIssues(const Written &written);

    // How every export of the audit log's records (these, Excel's, OCSF's) begins and ends.
    // Takes the task panel for `title`: the progress (`progress` when given), or null when there is no
    // workspace or another task runs.
    static std::shared_ptr<TaskProgress> begin(const Host &host, const QString &title,
                                               std::shared_ptr<TaskProgress> progress);
    // When the worker has ended, on the UI thread: frees the task panel; false, with the failure reported (a
    // cancellation says nothing), unless the export succeeded.
    template <typename T> static bool succeeded(const Host &host, const TaskOutcome<T> &outcome)
    {
        return ended(host, !outcome.cancelled && outcome.value, outcome.cancelled, outcome.error);
    }
    static bool ended(const Host &host, bool succeeded, bool cancelled, const QString &error);
    // Appends `details` to the activity log of the workspace exported from while it is still the open one;
    // otherwise, or when the log refuses, the warning that says so.
    static QList<Issue> logActivity(const Host &host, const QByteArray &details);

    // Asks for the file (CSV, JSON or NDJSON by the chosen filter or the file's suffix; the default name says
    // the filter and period), then start().
    static void askAndStart(const Host &host);
    // Starts the export in the background; returns its progress, or null when there is no workspace or
    // another task runs. `progress` lets a caller (a test) hand in its own.
    static std::shared_ptr<TaskProgress> start(const Host &host, const QString &path,
                                               RecordExportFormat format,
                                               std::shared_ptr<TaskProgress> progress = {});

    // The activity log details of an export: {"file","format","records","sha256","what":"audit-log"}
    // (evidence: built without tr()).
    static QByteArray activityDetails(const QString &path, RecordExportFormat format,
                                      const RecordExportResult &result);
    // The same for a format RecordExport does not write ("xlsx").
    static QByteArray activityDetails(const QString &path, const QString &format,
                                      const RecordExportResult &result);
};

} // namespace ab
