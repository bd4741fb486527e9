#pragma once

#include "issues/Issue.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QPlainTextEdit;
class QTableWidget;

namespace ab {

class IssuesDock;
class TaskPanel;
class VerificationView;

// The workbench window: one workspace at a time; the audit log, verification and packages as tabs; sources,
// issues and record details as docks. Long work runs in the background with progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { AuditLogPage, VerificationPage, PackagesPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files given on the command line or dropped on the window: verified as files until a workspace exists.
    void importFiles(const QStringList &paths);
    void showPage(Page page);
    Page currentPage() const;

    IssuesDock *issuesDock() const { return m_issuesDock; }
    VerificationView *verificationView() const { return m_verificationView; }
    TaskPanel *taskPanel() const { return m_taskPanel; }
    QAction *action(const QString &objectName) const;

public slots:
    void jumpTo(const ab::JumpTarget &target);
    void addIssues(const QList<ab::Issue> &issues);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void showSettings();
    void showAbout();
    void restoreLayout();
    void saveLayout();

    QTabWidget *m_tabs = nullptr;
    QWidget *m_auditLogPage = nullptr;
    VerificationView *m_verificationView = nullptr;
    QWidget *m_packagesPage = nullptr;
    IssuesDock *m_issuesDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    QTableWidget *m_sources = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QPlainTextEdit *m_details = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QString m_workspacePath;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace ab
