// MainWindow's actions, menus and toolbar, and what enables them; the rest of the window is in
// MainWindow.cpp.
#include "ui/MainWindow.h"

#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/GapsPanel.h"
#include "ui/analytics/SampleSizeDialog.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/packages/PackagesView.h"
#include "ui/shell/SourcesDock.h"
#include "ui/shell/WelcomePage.h"
#include "ui/shell/WorkspaceController.h"
#include "ui/verification/VerificationView.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>

namespace ab {

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make(QStringLiteral("newWorkspace"), tr("&New Workspace…"), QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new workspace file for an engagement"));
    m_openAction = make(QStringLiteral("openWorkspace"), tr("&Open Workspace…"), QKeySequence::Open);
    m_closeAction = make(QStringLiteral("closeWorkspace"), tr("&Close Workspace"), QKeySequence::Close);
    m_importAction =
        make(QStringLiteral("importFiles"), tr("&Import Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import export files into the workspace (or drop them on the window)"));
    m_exportAction = make(QStringLiteral("exportVisible"), tr("&Export Visible Records…"),
                          QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportOcsfAction = make(QStringLiteral("exportOcsf"), tr("E&xport OCSF…"));
    m_exportOcsfAction->setStatusTip(
        tr("Write the audit log's filtered records as OCSF v1.1 events for a SIEM"));
    m_printAction = make(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print);
    m_printPreviewAction = make(QStringLiteral("printPreview"), tr("Print Pre&view…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportPdfAction =
        make(QStringLiteral("exportPdf"), tr("Export P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_settingsAction =
        make(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_verifyAction = make(QStringLiteral("verify"), tr("&Verify Chain"), QKeySequence(Qt::Key_F5));
    m_verifyAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_verifyAction->setStatusTip(tr("Verify the HMAC chain with the settings of the Verification page"));
    m_generateAction =
        make(QStringLiteral("generatePackage"), tr("&Generate Package"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_findAction = make(QStringLiteral("find"), tr("&Filter Records"), QKeySequence::Find);
    m_saveCopyAction = make(QStringLiteral("saveWorkspaceCopy"), tr("Save a Cop&y…"));
    m_saveCopyAction->setStatusTip(tr("Write a consistent copy of the workspace as one file"));
    connect(m_saveCopyAction, &QAction::triggered, m_workspace, &WorkspaceController::saveCopyWithDialog);

    connect(m_newAction, &QAction::triggered, this,
            [this]() { withAuditor([this]() { m_workspace->createWithDialog(); }); });
    connect(m_openAction, &QAction::triggered, m_workspace, &WorkspaceController::openWithDialog);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportVisible);
    connect(m_exportOcsfAction, &QAction::triggered, this, &MainWindow::exportOcsf);
    connect(m_generateAction, &QAction::triggered, this, [this]() {
        showPage(PackagesPage);
        m_packagesView->generate();
    });
    connect(m_printAction, &QAction::triggered, this, [this]() { outputReport(ReportMode::Print); });
    connect(m_printPreviewAction, &QAction::triggered, this, [this]() { outputReport(ReportMode::Preview); });
    connect(m_exportPdfAction, &QAction::triggered, this, [this]() { outputReport(ReportMode::Pdf); });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_importAction, &QAction::triggered, this, [this]() {
        if (m_store) // without a workspace the files are only verified, which asks when it runs
            withAuditor([this]() { m_workspace->importWithDialog(); });
        else
            m_workspace->importWithDialog();
    });
    connect(m_verifyAction, &QAction::triggered, this, [this]() {
        showPage(VerificationPage);
        m_verificationView->startVerification();
    });
    connect(m_findAction, &QAction::triggered, this, [this]() {
        showPage(AuditLogPage);
        m_auditLogView->focusFilter();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_closeAction);
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportOcsfAction);
    file->addSeparator();
    file->addAction(m_printAction);
    file->addAction(m_printPreviewAction);
    file->addAction(m_exportPdfAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *audit = menuBar()->addMenu(tr("&Audit"));
    audit->addAction(m_findAction);
    audit->addAction(m_verifyAction);
    audit->addAction(m_generateAction);
    audit->addSeparator();
    QAction *sampleSize =
        audit->addAction(tr("Sample Si&ze…"), this, [this] { SampleSizeDialog(this).exec(); });
    sampleSize->setObjectName(QStringLiteral("sampleSize"));
    QAction *sample = audit->addAction(tr("&Sample the Filtered Records…"), this,
                                       [this] { sampleFiltered(m_auditLogView->model()->filter()); });
    sample->setObjectName(QStringLiteral("sampleFiltered"));
    QAction *gaps = audit->addAction(tr("Find Gaps and &Duplicates"), this, [this] {
        showPage(AnalyticsPage);
        m_analyticsView->showGaps();
        m_analyticsView->gapsPanel()->findGaps();
    });
    gaps->setObjectName(QStringLiteral("findGaps"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    // The Overview (issue 19), first as its tab is; the other pages keep their Ctrl+digit.
    QAction *overview = m_viewMenu->addAction(tr("Overv&iew"));
    overview->setObjectName(QStringLiteral("showOverview"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(overview, &QAction::triggered, this, [this]() { showPage(OverviewPage); });
    const QList<QPair<QString, Page>> pages = {
        {tr("&Audit Log"), AuditLogPage},    {tr("&Verification"), VerificationPage},
        {tr("&Packages"), PackagesPage},     {tr("&Examination"), ExaminationPage},
        {tr("A&gents"), AgentDirectoryPage}, {tr("P&ortfolio"), EvidencePortfolioPage},
        {tr("A&nalytics"), AnalyticsPage},   {tr("&Bundles"), BundlesPage},
        {tr("O&CSF Events"), OcsfPage},      {tr("&Runtime Entries"), RuntimePage}};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *show = m_viewMenu->addAction(pages[i].first);
        show->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        show->setShortcut(
            QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key_1 + i : Qt::Key_0))); // Ctrl+1 … Ctrl+9, Ctrl+0
        const Page page = pages[i].second;
        connect(show, &QAction::triggered, this, [this, page]() { showPage(page); });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sourcesDock->toggleViewAction());
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    connect(m_detailsDock->toggleViewAction(), &QAction::triggered, this,
            [this](bool on) { m_detailsWanted = on; });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About AuditBench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addSeparator();
    toolbar->addAction(m_verifyAction);
    toolbar->addAction(m_generateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_printAction);

    // Read-only media: said where it cannot be missed, for as long as the workspace is open.
    addToolBarBreak();
    m_readOnlyBanner = addToolBar(tr("Read-only"));
    m_readOnlyBanner->setObjectName(QStringLiteral("ReadOnlyBanner"));
    m_readOnlyBanner->setMovable(false);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QToolBar { background: #fff4ce; }"));
    auto *text =
        new QLabel(tr("This workspace is read-only (read-only media): it can be read, searched, checked "
                      "and copied, but nothing can be imported, verified, generated or printed into it."),
                   m_readOnlyBanner);
    text->setObjectName(QStringLiteral("readOnlyBannerText"));
    text->setWordWrap(true);
    m_readOnlyBanner->addWidget(text);
    m_readOnlyBanner->setVisible(false);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    m_welcome->setRecentWorkspaces(recent);
    for (const QString &path : recent) {
        QAction *open = m_recentMenu->addAction(QFileInfo(path).fileName());
        open->setToolTip(path);
        open->setStatusTip(path);
        connect(open, &QAction::triggered, this, [this, path]() { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this]() {
            for (const QString &path : AppSettings::recentWorkspaces())
                AppSettings::removeRecentWorkspace(path);
            updateRecentMenu();
        });
    }
}

void MainWindow::updateActions()
{
    const bool busy = m_taskPanel->isBusy();
    const bool open = !m_workspacePath.isEmpty();
    const bool writable = !m_workspace->isReadOnly(); // every action below that writes needs it
    m_readOnlyBanner->setVisible(open && !writable);
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_closeAction->setEnabled(open && !busy);
    m_saveCopyAction->setEnabled(open && !busy);
    m_importAction->setEnabled(!busy && writable);
    m_verifyAction->setEnabled(!busy && writable);
    m_generateAction->setEnabled(open && !busy && writable);
    m_exportAction->setEnabled(open);
    m_exportOcsfAction->setEnabled(open && !busy);
    // A report exists on the verification page once a result is shown, and on the other pages once a
    // package is selected; which one prints follows the page shown (see currentReport()).
    const bool listing = open && (currentPage() == OcsfPage || currentPage() == RuntimePage);
    const bool printable =
        !busy && (listing || m_verificationView->lastResult().has_value() || m_packagesView->canPrint());
    m_printAction->setEnabled(printable && writable); // every print is logged in the workspace
    m_printPreviewAction->setEnabled(printable);
    m_exportPdfAction->setEnabled(printable && writable);
}

} // namespace ab
