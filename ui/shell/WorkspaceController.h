#pragma once

#include "ui/issues/Issue.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace ab {

class AuditLogView;
class PackagesView;
class TaskPanel;
class TaskProgress;
class VerificationView;
class WorkspaceStore;

// The open workspace and the jobs that change it: open, create, close, the demo workspace, and the import,
// which runs on a worker with its own connection (Qt Sql connections belong to their thread) behind the
// task panel. It hands the store to the pages and tells the window what changed; the window owns the
// actions, menus and docks around it.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    struct Pages
    {
        AuditLogView *auditLog = nullptr;
        VerificationView *verification = nullptr;
        PackagesView *packages = nullptr;
    };

    // `window` parents the file dialogs; `panel` shows the jobs.
    WorkspaceController(QWidget *window, TaskPanel *panel, Pages pages);
    ~WorkspaceController() override;

    // Opens (creating when missing) a workspace; false (and an issue) when it cannot be opened.
    // Both first ask `mayLeave` (when set and a workspace is open): false keeps the open workspace as it is.
    bool open(const QString &path);
    bool close();
    // Asks for a new workspace file, then creates and opens it.
    void createWithDialog();
    void openWithDialog();
    // Opens DIR/demo.auditbench, creating the evidence (when DIR has none) and the workspace on first run.
    void openDemo(const QString &dir);
    // Imports into the open workspace in the background; without one, asks (ImportChoiceDialog): create a
    // workspace and import them, or only verify the chain files among them.
    void importFiles(const QStringList &paths);
    void importWithDialog();
    // Lists the stored verification runs on the verification page.
    void refreshRuns();
    // Asks for a file name, then writes a consistent copy of the open workspace there in the background
    // (WorkspaceStore::saveCopy, SQLite's backup API).
    void saveCopyWithDialog();
    void saveCopy(const QString &target);
    // Whether the open workspace is read-only (read-only media or asked for): writing actions are disabled.
    bool isReadOnly() const;
    // Takes the store away from the pages (before the window destroys them).
    void detachPages();

    WorkspaceStore *store() const { return m_store.get(); }
    // Asked before the open workspace is closed or replaced (the window's UnsavedWorkGuard): true to go on.
    std::function<bool()> mayLeave;
    const QString &path() const { return m_path; }

signals:
    void workspaceChanged();
    void sourcesChanged();
    void recentWorkspacesChanged();
    void importFinished(bool imported);
    // Files were handed to the verification page because no workspace is open.
    void filesToVerify();
    void issuesCleared(ab::Issue::Origin origin);
    void issuesReported(const QList<ab::Issue> &issues);
    // The background check of the workspace just opened ended (its findings are in the issues dock).
    void checkFinished(int findings);
    // The check found nothing: a line for the status bar (nothing for the issues dock).
    void checkIntact(const QString &summary);
    void copySaved(bool saved);

private:
    // Runs WorkspaceCheck on a worker (its own read-only connection) and reports the findings as issues.
    void startCheck();
    void report(const Issue &issue) { emit issuesReported({issue}); }
    void importDone(const QList<ab::Issue> &issues, bool imported);
    void importWithoutWorkspace(const QStringList &paths);

    QWidget *m_window;
    TaskPanel *m_panel;
    Pages m_pages;
    std::unique_ptr<WorkspaceStore> m_store;
    QString m_path;
    std::shared_ptr<TaskProgress> m_check; // the running background check, cancelled on close
    quint64 m_openCount = 0;               // which open a finished check belongs to
};

} // namespace ab
