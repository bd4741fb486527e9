#pragma once

#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QLabel;
class QToolBar;
class QMenu;
class QTabWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace ab {

class AgentsPage;
class AnalyticsView;
struct AuditFilter;
class AuditLogView;
class EvidencePages;
class ListingDispatcher;
class OverviewPage;
class IssuesDock;
class PackagesView;
class ExaminationView;
class PortfolioPage;
class ReportDispatcher;
class SourcesDock;
class TaskPanel;
class VerificationView;
class WelcomePage;
class WorkspaceController;
class WorkspaceStore;

// The workbench window: the audit log, verification and packages as pages; sources, issues and record
// details as docks; the actions and menus that reach them. The open workspace and its jobs belong to
// WorkspaceController, which report leaves the workbench to ReportDispatcher. Long work runs in the
// background with progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        AuditLogPage,
        VerificationPage,
        PackagesPage,
        ExaminationPage,       // ui/examination/ExaminationView
        AgentDirectoryPage,    // ui/portfolio/AgentsPage
        EvidencePortfolioPage, // ui/portfolio/PortfolioPage
        AnalyticsPage,
        BundlesPage, // EvidencePages (issue 13)
        OcsfPage,
        RuntimePage,
        OverviewPage // ui/overview/OverviewPage (issue 19): the FIRST tab, numbered last so the others keep
                     // theirs
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a workspace; false (and an issue) when it cannot be opened.
    bool openWorkspace(const QString &path);
    // False when the auditor chose Cancel on unsaved drafts (the workspace stays open).
    bool closeWorkspace();
    // Nothing lost silently: names the unsaved questionnaire and workpaper drafts and asks Save All /
    // Discard / Cancel (UnsavedWorkGuard). True when the window may go on (close, switch, rebuild).
    bool settleUnsavedWork();
    // Opens DIR/demo.auditbench, creating the evidence (when DIR has none) and the workspace on first run.
    void openDemo(const QString &dir);
    // Imports into the open workspace in the background; without one, asks: create a workspace and import, or
    // only verify the chain files.
    void importFiles(const QStringList &paths);
    WorkspaceStore *store() const;
    const QString &workspacePath() const { return m_workspacePath; }
    WorkspaceController *workspace() const { return m_workspace; }
    AuditLogView *auditLogView() const { return m_auditLogView; }
    PackagesView *packagesView() const { return m_packagesView; }
    ExaminationView *examinationView() const { return m_examinationView; }
    AgentsPage *agentsPage() const { return m_agentsPage; }
    PortfolioPage *portfolioPage() const { return m_portfolioPage; }
    AnalyticsView *analyticsView() const { return m_analyticsView; }
    EvidencePages *evidencePages() const { return m_evidencePages; }
    ab::OverviewPage *overviewPage() const { return m_overviewPage; }
    // Switches to a page (leaving the welcome page, if it is shown).
    void showPage(Page page);
    Page currentPage() const;
    // The welcome page stands in for the pages while no workspace is open (until a page is asked for).
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;

    IssuesDock *issuesDock() const { return m_issuesDock; }
    VerificationView *verificationView() const { return m_verificationView; }
    TaskPanel *taskPanel() const { return m_taskPanel; }
    QAction *action(const QString &objectName) const;

    // The report the current page shows (the verification result on the Verification page, else the
    // selected package) printed, previewed or exported; the PDF's path is asked for when not given.
    // Every PDF made and every print job is recorded in the workspace's activity log.
    bool outputReport(ReportMode mode, const QString &pdfPath = {});
    // The audit log's filtered records as an evidence listing (printed, previewed or exported as PDF).
    bool outputListing(ReportMode mode, const QString &pdfPath = {});
    // Prints the current report with a configured printer, without the print dialog.
    bool printReportWith(std::shared_ptr<QPrinter> printer);
    ReportOutput *reportOutput() const;

signals:
    void workspaceChanged();
    void importFinished(bool imported);
    void exportFinished(qint64 records);

public slots:
    void jumpTo(const ab::JumpTarget &target);
    void addIssues(const QList<ab::Issue> &issues);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void connectPages();
    void createActions();
    void createMenus();
    void createDocks();
    void updateRecentMenu();
    void updateActions();
    void updateTitle();
    void showSettings();
    void showAbout();
    void showUserGuide();
    void showShortcuts();
    void showWelcomeOrPages();
    // Runs `what` once who is auditing is known (asked the first time); nothing when the auditor declines.
    void withAuditor(const std::function<void()> &what);
    void restoreLayout();
    void exportVisible();
    void exportOcsf(); // the audit log's filter as OCSF events (ui/auditlog/AuditLogOcsfExport)
    void workspaceSwitched();
    void showRecordDetails(qint64 rowId);
    void pageChanged(int index);
    void sampleFiltered(const AuditFilter &filter);
    void saveLayout();
    void installNoteActions();

    QStackedWidget *m_central = nullptr; // the welcome page or the pages
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    AuditLogView *m_auditLogView = nullptr;
    VerificationView *m_verificationView = nullptr;
    PackagesView *m_packagesView = nullptr;
    ExaminationView *m_examinationView = nullptr;
    AgentsPage *m_agentsPage = nullptr;
    PortfolioPage *m_portfolioPage = nullptr;
    AnalyticsView *m_analyticsView = nullptr;
    EvidencePages *m_evidencePages = nullptr;
    ab::OverviewPage *m_overviewPage = nullptr;
    ListingDispatcher *m_listings = nullptr;
    WorkspaceController *m_workspace = nullptr;
    ReportDispatcher *m_reports = nullptr;
    // The controller's open workspace, followed on workspaceChanged (exportVisible reads them).
    WorkspaceStore *m_store = nullptr;
    QString m_workspacePath;
    IssuesDock *m_issuesDock = nullptr;
    SourcesDock *m_sourcesDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QPlainTextEdit *m_details = nullptr;
    TaskPanel *m_taskPanel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_detailsWanted = true;
    bool m_closing = false; // waiting for a cancelled task before closing

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportOcsfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QToolBar *m_readOnlyBanner = nullptr; // shown while the open workspace is read-only
};

} // namespace ab
