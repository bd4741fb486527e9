#include "MainWindow.h"

#include "auditbench_version.h"
#include "common/AppSettings.h"
#include "common/SettingsDialog.h"
#include "common/TaskPanel.h"
#include "issues/IssueModel.h"
#include "issues/IssuesDock.h"
#include "verification/VerificationView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ab {

namespace {
QWidget *placeholderPage(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_taskPanel = new TaskPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_auditLogPage = placeholderPage(tr("Open or create a workspace to browse its audit log."), m_tabs);
    m_verificationView = new VerificationView(m_tabs);
    m_verificationView->setTaskPanel(m_taskPanel);
    m_packagesPage = placeholderPage(tr("Open or create a workspace to generate and review packages."), m_tabs);
    m_tabs->addTab(m_auditLogPage, tr("Audit Log"));
    m_tabs->addTab(m_verificationView, tr("Verification"));
    m_tabs->addTab(m_packagesPage, tr("Packages"));
    setCentralWidget(m_tabs);

    createDocks();
    createActions();
    createMenus();

    m_identityLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_taskPanel);
    statusBar()->addPermanentWidget(m_identityLabel);
    connect(m_taskPanel, &TaskPanel::busyChanged, this, &MainWindow::updateActions);

    connect(m_verificationView, &VerificationView::issuesReported, this,
            [this](const QList<Issue> &issues, bool replace) {
                if (replace)
                    m_issuesDock->model()->clear(Issue::Origin::Verify);
                addIssues(issues);
            });
    connect(m_verificationView, &VerificationView::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_issuesDock, &IssuesDock::jumpRequested, this, &MainWindow::jumpTo);

    resize(1280, 800);
    restoreLayout();
    updateTitle();
    updateActions();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_issuesDock = new IssuesDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);

    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("SourcesDock"));
    m_sources = new QTableWidget(0, 6, m_sourcesDock);
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sources->setHorizontalHeaderLabels(
        {tr("File"), tr("Format"), tr("Records"), tr("SHA-256"), tr("Imported by"), tr("Imported at")});
    m_sources->verticalHeader()->hide();
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    tabifyDockWidget(m_issuesDock, m_sourcesDock);
    m_issuesDock->raise();

    m_detailsDock = new QDockWidget(tr("Record Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    m_details = new QPlainTextEdit(m_detailsDock);
    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a record to see its JSON and chain fields."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {360}, Qt::Horizontal);
    resizeDocks({m_issuesDock}, {170}, Qt::Vertical);
}

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
    m_importAction = make(QStringLiteral("importFiles"), tr("&Import Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import export files into the workspace (or drop them on the window)"));
    m_exportAction = make(QStringLiteral("exportVisible"), tr("&Export Visible Records…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction = make(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print);
    m_printPreviewAction = make(QStringLiteral("printPreview"), tr("Print Pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportPdfAction = make(QStringLiteral("exportPdf"), tr("Export P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_settingsAction = make(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_verifyAction = make(QStringLiteral("verify"), tr("&Verify Chain"), QKeySequence(Qt::Key_F5));
    m_verifyAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_verifyAction->setStatusTip(tr("Verify the HMAC chain with the settings of the Verification page"));
    m_generateAction = make(QStringLiteral("generatePackage"), tr("&Generate Package"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_findAction = make(QStringLiteral("find"), tr("&Filter Records"), QKeySequence::Find);

    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_importAction, &QAction::triggered, this, [this]() {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import evidence"), {}, tr("Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(m_verifyAction, &QAction::triggered, this, [this]() {
        showPage(VerificationPage);
        m_verificationView->startVerification();
    });
    connect(m_findAction, &QAction::triggered, this, [this]() { showPage(AuditLogPage); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
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

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Page>> pages = {
        {tr("&Audit Log"), AuditLogPage}, {tr("&Verification"), VerificationPage}, {tr("&Packages"), PackagesPage}};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *show = m_viewMenu->addAction(pages[i].first);
        show->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const Page page = pages[i].second;
        connect(show, &QAction::triggered, this, [this, page]() { showPage(page); });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sourcesDock->toggleViewAction());
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About AuditBench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addSeparator();
    toolbar->addAction(m_verifyAction);
    toolbar->addAction(m_generateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_printAction);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString &path : recent) {
        QAction *open = m_recentMenu->addAction(QFileInfo(path).fileName());
        open->setToolTip(path);
        open->setStatusTip(path);
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
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_closeAction->setEnabled(open && !busy);
    m_importAction->setEnabled(!busy);
    m_verifyAction->setEnabled(!busy);
    m_generateAction->setEnabled(open && !busy);
    m_exportAction->setEnabled(open);
    m_printAction->setEnabled(false);
    m_printPreviewAction->setEnabled(false);
    m_exportPdfAction->setEnabled(false);
}

void MainWindow::updateTitle()
{
    const QString app = tr("AuditBench");
    setWindowTitle(m_workspacePath.isEmpty() ? app : tr("%1 — %2").arg(QFileInfo(m_workspacePath).fileName(), app));
    const AuditorIdentity identity = AppSettings::auditor();
    m_identityLabel->setText(identity.name.isEmpty() && identity.email.isEmpty()
                                 ? tr("Auditor not set (File ▸ Settings)")
                                 : tr("Auditor: %1").arg(identity.displayName()));
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MainWindow::importFiles(const QStringList &paths)
{
    // Without a workspace, exports can still be verified as files.
    m_verificationView->addFiles(paths);
    showPage(VerificationPage);
    Issue note;
    note.severity = Issue::Severity::Info;
    note.origin = Issue::Origin::Import;
    note.message = tr("%n file(s) added to the verification; open or create a workspace to import them.", nullptr,
                      int(paths.size()));
    addIssues({note});
}

void MainWindow::jumpTo(const JumpTarget &target)
{
    switch (target.kind) {
    case JumpTarget::Kind::AuditRecord:
        showPage(AuditLogPage);
        break;
    case JumpTarget::Kind::VerificationRun:
        showPage(VerificationPage);
        break;
    case JumpTarget::Kind::Package:
        showPage(PackagesPage);
        break;
    case JumpTarget::Kind::File:
        m_sourcesDock->raise();
        break;
    case JumpTarget::Kind::None:
        break;
    }
}

void MainWindow::addIssues(const QList<Issue> &issues)
{
    m_issuesDock->model()->add(issues);
    for (const Issue &issue : issues) {
        if (issue.severity != Issue::Severity::Info) {
            m_issuesDock->show();
            m_issuesDock->raise();
            break;
        }
    }
    if (!issues.isEmpty())
        statusBar()->showMessage(issues.constLast().message, 8000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        updateTitle();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AuditBench"),
                       tr("<h3>AuditBench %1</h3><p>Offline workbench for AI-platform audit evidence: verify "
                          "HMAC-chained audit exports, regenerate compliance packages, print reports.</p>")
                           .arg(QStringLiteral(AUDITBENCH_VERSION)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_taskPanel->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("A task is running"), tr("A background task is still running. Cancel it and quit?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace ab
