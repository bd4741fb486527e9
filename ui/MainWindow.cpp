#include "ui/MainWindow.h"

#include "auditbench_version.h"
#include "core/report/WorkspaceReports.h"
#include "core/workspace/WorkspaceStore.h"
#include "demo/DemoDataGenerator.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/SettingsDialog.h"
#include "ui/common/TaskPanel.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/packages/PackagesView.h"
#include "ui/verification/VerificationView.h"

#include "ui/common/TaskProgress.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ab {

namespace {
// The file, line and column an "file:line:column: message" text names, for the issue's jump target.
JumpTarget fileTargetOf(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+?):(\\d+):(\\d+): "));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return {};
    return {JumpTarget::Kind::File,        {}, 0, match.captured(1), match.captured(2).toLongLong(),
            match.captured(3).toLongLong()};
}

VerificationRunSummary summaryOf(const VerificationRun &run)
{
    return {QString::number(run.id), QDateTime::fromString(run.runAt, Qt::ISODateWithMs), run.runBy,
            run.result, run.scope};
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_taskPanel = new TaskPanel(this);
    m_reportOutput = new ReportOutput(this, m_taskPanel);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_auditLogView = new AuditLogView(m_tabs);
    m_verificationView = new VerificationView(m_tabs);
    m_verificationView->setTaskPanel(m_taskPanel);
    m_packagesView = new PackagesView(m_tabs);
    m_packagesView->setTaskPanel(m_taskPanel);
    m_tabs->addTab(m_auditLogView, tr("Audit Log"));
    m_tabs->addTab(m_verificationView, tr("Verification"));
    m_tabs->addTab(m_packagesView, tr("Packages"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);

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
    connect(m_verificationView, &VerificationView::verificationFinished, this, &MainWindow::refreshRuns);
    connect(m_verificationView, &VerificationView::reportRequested, this, [this](ReportMode mode) {
        showPage(VerificationPage);
        outputReport(mode);
    });
    connect(m_packagesView, &PackagesView::reportRequested, this, [this](ReportMode mode) {
        showPage(PackagesPage);
        outputReport(mode);
    });
    connect(m_reportOutput, &ReportOutput::issuesReported, this, &MainWindow::addIssues);
    connect(m_verificationView, &VerificationView::reportAvailabilityChanged, this,
            &MainWindow::updateActions);
    connect(m_packagesView, &PackagesView::reportAvailabilityChanged, this, &MainWindow::updateActions);
    connect(m_auditLogView, &AuditLogView::currentRecordChanged, this, &MainWindow::showRecordDetails);
    connect(m_packagesView, &PackagesView::issuesReported, this, &MainWindow::addIssues);
    connect(m_packagesView, &PackagesView::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_issuesDock, &IssuesDock::jumpRequested, this, &MainWindow::jumpTo);

    resize(1280, 800);
    restoreLayout();
    updateTitle();
    updateActions();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // A window destroyed without closing (no event loop left to wait in) still stops its worker: nothing
    // it was doing may commit after the window is gone.
    if (m_taskPanel->isBusy())
        m_taskPanel->cancel();
    // Views hold pointers into the store: detach them before it closes.
    m_auditLogView->setStore(nullptr);
    m_packagesView->setStore(nullptr);
}

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
    resizeDocks({m_detailsDock}, {340}, Qt::Horizontal);
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
    m_importAction =
        make(QStringLiteral("importFiles"), tr("&Import Evidence…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import export files into the workspace (or drop them on the window)"));
    m_exportAction = make(QStringLiteral("exportVisible"), tr("&Export Visible Records…"),
                          QKeySequence(Qt::CTRL | Qt::Key_E));
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

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportVisible);
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
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import evidence"), {}, tr("Evidence (*.json *.ndjson *.jsonl *.gz);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
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
    const QList<QPair<QString, Page>> pages = {{tr("&Audit Log"), AuditLogPage},
                                               {tr("&Verification"), VerificationPage},
                                               {tr("&Packages"), PackagesPage}};
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
    connect(m_detailsDock->toggleViewAction(), &QAction::triggered, this,
            [this](bool on) { m_detailsWanted = on; });

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
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_closeAction->setEnabled(open && !busy);
    m_importAction->setEnabled(!busy);
    m_verifyAction->setEnabled(!busy);
    m_generateAction->setEnabled(open && !busy);
    m_exportAction->setEnabled(open);
    // A report exists on the verification page once a result is shown, and on the other pages once a
    // package is selected; which one prints follows the page shown (see currentReport()).
    const bool printable =
        !busy && (m_verificationView->lastResult().has_value() || m_packagesView->canPrint());
    m_printAction->setEnabled(printable);
    m_printPreviewAction->setEnabled(printable);
    m_exportPdfAction->setEnabled(printable);
}

void MainWindow::updateTitle()
{
    const QString app = tr("AuditBench");
    setWindowTitle(m_workspacePath.isEmpty() ? app
                                             : tr("%1 — %2").arg(QFileInfo(m_workspacePath).fileName(), app));
    const AuditorIdentity identity = AppSettings::auditor();
    m_identityLabel->setText(identity.name.isEmpty() && identity.email.isEmpty()
                                 ? tr("Auditor not set (File ▸ Settings)")
                                 : tr("Auditor: %1").arg(identity.display()));
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::pageChanged(int index)
{
    // Record details belong to the audit log: the other pages get the room back.
    if (index == AuditLogPage) {
        if (m_detailsWanted)
            m_detailsDock->show();
    } else if (m_detailsDock->isVisible()) {
        m_detailsWanted = true;
        m_detailsDock->hide();
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_taskPanel->isBusy())
        return false;
    std::unique_ptr<WorkspaceStore> store;
    try {
        store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::CreateIfMissing, AppSettings::auditor());
    } catch (const std::exception &error) {
        addIssues({Issue::error(Issue::Origin::Workspace,
                                tr("Cannot open %1: %2").arg(path, errorMessage(std::current_exception())),
                                {JumpTarget::Kind::File, {}, 0, path, 0, 0})});
        AppSettings::removeRecentWorkspace(path);
        updateRecentMenu();
        return false;
    }
    closeWorkspace();
    m_store = std::move(store);
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    AppSettings::addRecentWorkspace(m_workspacePath);
    m_auditLogView->setStore(m_store.get());
    m_packagesView->setStore(m_store.get());
    const QString workspacePath = m_workspacePath;
    m_verificationView->setWorkspaceVerifier(
        [workspacePath](const VerifyOptions &options, Progress *progress) {
            // Qt Sql connections belong to their thread: the worker opens its own.
            auto worker = WorkspaceStore::open(workspacePath, WorkspaceStore::OpenMode::ExistingOnly,
                                               AppSettings::auditor());
            return summaryOf(worker->verifyGateway(options, progress));
        });
    refreshSources();
    refreshRuns();
    updateRecentMenu();
    updateTitle();
    updateActions();
    emit workspaceChanged();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_store)
        return;
    m_auditLogView->setStore(nullptr);
    m_packagesView->setStore(nullptr);
    m_verificationView->setWorkspaceVerifier({});
    m_verificationView->setRuns({});
    m_store.reset();
    m_workspacePath.clear();
    m_details->clear();
    refreshSources();
    updateTitle();
    updateActions();
    emit workspaceChanged();
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                tr("AuditBench workspace (*.auditbench)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".auditbench")))
        path += QLatin1String(".auditbench");
    if (QFileInfo::exists(path)) {
        addIssues(
            {Issue::error(Issue::Origin::Workspace,
                          tr("%1 already exists: open it instead, or choose another name.").arg(path))});
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(),
                                     tr("AuditBench workspace (*.auditbench);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openDemo(const QString &dirPath)
{
    const QDir dir(dirPath);
    const QString workspace = dir.filePath(QStringLiteral("demo.auditbench"));
    // The tampered copy is offered as files to verify beside the workspace's intact chain.
    auto offerTampered = [this, dir]() {
        if (dir.exists(QStringLiteral("gateway-audit-2025-tampered.ndjson"))) {
            m_verificationView->setFiles(
                {dir.filePath(QStringLiteral("gateway-audit-2025-tampered.ndjson"))});
            m_verificationView->setFileEvidence(false);
        }
    };
    if (QFileInfo::exists(workspace)) {
        if (openWorkspace(workspace) && dir.exists(QStringLiteral("keyring.json")))
            m_verificationView->loadKeyring(dir.filePath(QStringLiteral("keyring.json")));
        offerTampered();
        return;
    }
    const QStringList names = {
        QStringLiteral("gateway-audit-2025.ndjson"), QStringLiteral("agent-runtime-export.json"),
        QStringLiteral("compliance-bundles-export.json"), QStringLiteral("ocsf-events.ndjson")};
    auto importDemo = [this, dir, workspace, names, offerTampered]() {
        QStringList present;
        for (const QString &name : names) {
            if (dir.exists(name))
                present << dir.filePath(name);
        }
        if (!openWorkspace(workspace))
            return;
        if (dir.exists(QStringLiteral("keyring.json")))
            m_verificationView->loadKeyring(dir.filePath(QStringLiteral("keyring.json")));
        offerTampered();
        if (!present.isEmpty())
            importFiles(present);
    };
    if (dir.exists(QStringLiteral("keyring.json"))) {
        importDemo();
        return;
    }
    auto progress = std::make_shared<TaskProgress>();
    if (!m_taskPanel->begin(tr("Creating demo evidence"), progress))
        return;
    updateActions();
    const QString out = dir.absolutePath();
    runInBackground<DemoDataSummary>(
        this, progress,
        [out](Progress *p) {
            DemoDataOptions options;
            options.outDir = out;
            return DemoDataGenerator::generate(options, p);
        },
        [this, importDemo](const TaskOutcome<DemoDataSummary> &outcome) {
            m_taskPanel->end();
            if (outcome.value)
                importDemo();
            else if (!outcome.cancelled)
                addIssues({Issue::error(Issue::Origin::Import, outcome.error)});
        });
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (m_store) {
        auto progress = std::make_shared<TaskProgress>();
        if (!m_taskPanel->begin(tr("Importing %n file(s)", nullptr, int(paths.size())), progress)) {
            addIssues(
                {Issue::warning(Issue::Origin::Import,
                                tr("Another task is running; import the files when it has finished."))});
            return;
        }
        m_issuesDock->model()->clear(Issue::Origin::Import);
        const QString path = m_workspacePath;
        runInBackground<QList<ImportFileResult>>(
            this, progress,
            [path, paths](Progress *p) {
                auto worker = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly,
                                                   AppSettings::auditor());
                return worker->importFiles(paths, p);
            },
            [this](const TaskOutcome<QList<ImportFileResult>> &outcome) {
                m_taskPanel->end();
                QList<Issue> issues;
                if (outcome.value) {
                    const QLocale locale;
                    for (const ImportFileResult &file : *outcome.value) {
                        issues << Issue::info(
                            Issue::Origin::Import,
                            file.alreadyImported
                                ? tr("%1: already imported; nothing changed.").arg(file.fileName)
                                : tr("%1: imported %n record(s) (%2).", nullptr, int(file.records))
                                      .arg(file.fileName, file.format),
                            {JumpTarget::Kind::File, {}, 0, file.path, 0, 0});
                        for (const ImportWarning &warning : file.warnings)
                            issues << Issue::warning(
                                Issue::Origin::Import, warning.toString(),
                                {JumpTarget::Kind::File, {}, 0, file.path, warning.line, warning.column});
                    }
                } else if (outcome.cancelled) {
                    issues << Issue::warning(Issue::Origin::Import,
                                             tr("Import cancelled; the workspace is exactly as before."));
                } else {
                    issues << Issue::error(Issue::Origin::Import,
                                           tr("Import failed, nothing was imported: %1").arg(outcome.error),
                                           fileTargetOf(outcome.error));
                }
                addIssues(issues);
                if (outcome.value) {
                    m_auditLogView->reload();
                    m_packagesView->reload();
                    refreshSources();
                }
                updateActions();
                emit importFinished(bool(outcome.value));
            });
        updateActions();
        return;
    }
    // Without a workspace, exports can still be verified as files.
    // Without a workspace, exports can still be verified as files.
    m_verificationView->addFiles(paths);
    showPage(VerificationPage);
    Issue note;
    note.severity = Issue::Severity::Info;
    note.origin = Issue::Origin::Import;
    note.message = tr("%n file(s) added to the verification; open or create a workspace to import them.",
                      nullptr, int(paths.size()));
    addIssues({note});
}

void MainWindow::jumpTo(const JumpTarget &target)
{
    switch (target.kind) {
    case JumpTarget::Kind::AuditRecord:
        showPage(AuditLogPage);
        if (!m_auditLogView->showRecord(target.id))
            statusBar()->showMessage(tr("Record %1 is not in this workspace's audit log.").arg(target.id),
                                     8000);
        break;
    case JumpTarget::Kind::VerificationRun:
        showPage(VerificationPage);
        break;
    case JumpTarget::Kind::Package:
        showPage(PackagesPage);
        m_packagesView->showPackage(target.id);
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
    if (dialog.exec() == QDialog::Accepted) {
        if (m_store)
            m_store->setIdentity(AppSettings::auditor());
        updateTitle();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AuditBench"),
                       tr("<h3>AuditBench %1</h3><p>Offline workbench for AI-platform audit evidence: verify "
                          "HMAC-chained audit exports, regenerate compliance packages, print reports.</p>")
                           .arg(QStringLiteral(AUDITBENCH_VERSION)));
}

void MainWindow::refreshSources()
{
    const QList<SourceInfo> sources = m_store ? m_store->sources() : QList<SourceInfo>();
    const QLocale locale;
    m_sources->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const SourceInfo &source = sources.at(row);
        auto *records = new QTableWidgetItem(locale.toString(source.records));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *hash = new QTableWidgetItem(source.sha256.left(16) + QStringLiteral("…"));
        hash->setToolTip(source.sha256);
        m_sources->setItem(row, 0, new QTableWidgetItem(source.fileName));
        m_sources->setItem(row, 1, new QTableWidgetItem(source.format));
        m_sources->setItem(row, 2, records);
        m_sources->setItem(row, 3, hash);
        m_sources->setItem(row, 4, new QTableWidgetItem(source.importedBy));
        m_sources->setItem(row, 5, new QTableWidgetItem(source.importedAt));
    }
    m_sources->resizeColumnsToContents();
    m_sourcesDock->setWindowTitle(sources.isEmpty() ? tr("Sources") : tr("Sources (%1)").arg(sources.size()));
}

void MainWindow::refreshRuns()
{
    QList<VerificationRunSummary> runs;
    if (m_store) {
        for (const VerificationRun &run : m_store->verificationRuns())
            runs << summaryOf(run);
    }
    m_verificationView->setRuns(runs);
}

void MainWindow::showRecordDetails(qint64 rowId)
{
    m_details->setPlainText(m_auditLogView->recordDetails(rowId));
}

void MainWindow::exportVisible()
{
    if (!m_store || m_taskPanel->isBusy())
        return;
    QString selectedFilter;
    const QString csv = tr("CSV, the visible columns (*.csv)");
    const QString json = tr("JSON, the records as imported (*.json)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the visible records"), QStringLiteral("audit-log.csv"),
                                     csv + QStringLiteral(";;") + json, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool asJson = selectedFilter == json || path.endsWith(QLatin1String(".json"));
    const AuditFilter filter = m_auditLogView->model()->filter();
    auto progress = std::make_shared<TaskProgress>();
    if (!m_taskPanel->begin(tr("Exporting"), progress))
        return;
    const QString workspace = m_workspacePath;
    runInBackground<qint64>(
        this, progress,
        [workspace, filter, path, asJson](Progress *) {
            auto worker = WorkspaceStore::open(workspace, WorkspaceStore::OpenMode::ExistingOnly,
                                               AppSettings::auditor());
            return AuditLogView::exportRecords(*worker, filter, path, asJson);
        },
        [this, path, asJson](const TaskOutcome<qint64> &outcome) {
            m_taskPanel->end();
            if (outcome.value) {
                QFile written(path);
                QString sha256;
                if (written.open(QIODevice::ReadOnly)) {
                    QCryptographicHash hash(QCryptographicHash::Sha256);
                    hash.addData(&written);
                    sha256 = QString::fromLatin1(hash.result().toHex());
                }
                QJsonObject details{
                    {QStringLiteral("what"), QStringLiteral("audit-log")},
                    {QStringLiteral("format"), asJson ? QStringLiteral("json") : QStringLiteral("csv")},
                    {QStringLiteral("file"), QFileInfo(path).fileName()},
                    {QStringLiteral("records"), double(*outcome.value)},
                    {QStringLiteral("sha256"), sha256}};
                try {
                    m_store->appendActivity(QStringLiteral("export"),
                                            QJsonDocument(details).toJson(QJsonDocument::Compact));
                } catch (...) {
                    addIssues({Issue::warning(Issue::Origin::Export,
                                              tr("Exported, but the activity log could not record it: %1")
                                                  .arg(errorMessage(std::current_exception())))});
                }
                addIssues({Issue::info(
                    Issue::Origin::Export,
                    tr("Exported %n record(s) to %1.", nullptr, int(*outcome.value)).arg(path))});
                emit exportFinished(*outcome.value);
            } else if (!outcome.cancelled) {
                addIssues({Issue::error(Issue::Origin::Export, outcome.error)});
            }
        });
}

void MainWindow::saveScreenshots(const QString &dirPath)
{
    QDir().mkpath(dirPath);
    const QDir dir(dirPath);
    auto settle = [](int ms = 300) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    auto waitIdle = [this, &settle]() {
        while (m_taskPanel->isBusy())
            settle(100);
        settle();
    };
    auto shoot = [this, &dir, &settle](const QString &name) {
        settle();
        grab().save(dir.filePath(name));
    };
    waitIdle();
    // The verification page with a result: verify what the workspace holds (or the files given).
    showPage(VerificationPage);
    if (m_verificationView->startVerification())
        waitIdle();
    shoot(QStringLiteral("gui-verification.png"));
    if (!m_verificationView->files().isEmpty()) {
        m_verificationView->setFileEvidence(true);
        if (m_verificationView->startVerification())
            waitIdle();
        shoot(QStringLiteral("gui-verification-tampered.png"));
        m_verificationView->setFileEvidence(false);
    }

    showPage(AuditLogPage);
    if (m_auditLogView->model()->rowCount() > 12) {
        m_auditLogView->table()->selectRow(12);
        m_auditLogView->table()->setCurrentIndex(m_auditLogView->model()->index(12, 0));
    }
    shoot(QStringLiteral("gui-audit-log.png"));
    if (auto *tabs = m_auditLogView->findChild<QTabWidget *>(QStringLiteral("auditLogTabs"))) {
        tabs->setCurrentIndex(1);
        shoot(QStringLiteral("gui-charts.png"));
        tabs->setCurrentIndex(0);
    }

    showPage(PackagesPage);
    if (m_packagesView->versionsTable()->rowCount() == 0) {
        if (auto *agent = m_packagesView->findChild<QComboBox *>(QStringLiteral("packageAgent"));
            agent && agent->count() > 1)
            agent->setCurrentIndex(1);
        if (m_packagesView->generate())
            waitIdle();
    }
    if (m_packagesView->versionsTable()->rowCount() > 0)
        m_packagesView->versionsTable()->selectRow(0);
    const QStringList sections = {
        QStringLiteral("gui-package-graph.png"), QStringLiteral("gui-package-dfd.png"),
        QStringLiteral("gui-package-vsq.png"), QStringLiteral("gui-package-subprocessors.png"),
        QStringLiteral("gui-package-soc2.png")};
    QTabWidget *tabs = m_packagesView->sections();
    for (int i = 0; i < sections.size() && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(sections.at(i));
    }
    tabs->setCurrentIndex(0);
    // Settings: identity, report branding, language.
    {
        SettingsDialog settingsDialog(this);
        settingsDialog.show();
        settle();
        settingsDialog.grab().save(dir.filePath(QStringLiteral("gui-settings.png")));
    }
    // The package's print preview, as the auditor sees it before printing.
    if (m_packagesView->canPrint() && outputReport(ReportMode::Preview)) {
        if (auto *preview = findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"))) {
            preview->resize(1100, 900);
            settle(1500);
            preview->grab().save(dir.filePath(QStringLiteral("gui-print-preview.png")));
            preview->close();
        }
    }
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
    if (m_closing) { // already waiting for the cancelled task: this close happens when it has ended
        event->ignore();
        return;
    }
    if (m_taskPanel->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("A task is running"), tr("A background task is still running. Cancel it and quit?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Quitting must not leave the task running: an import would commit after the window is gone.
        // Wait for its worker to roll back; the workspace is then exactly as before the task.
        m_closing = true;
        m_taskPanel->cancelAndWait();
        m_closing = false;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
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

namespace ab {

std::optional<MainWindow::ReportSource> MainWindow::currentReport()
{
    QString error;
    Issue::Severity severity = Issue::Severity::Error;
    const auto sourceOf = [](std::optional<ReportDocument> document, const char *kind, const QString &key,
                             const QString &subject, const QString &fileName) -> std::optional<ReportSource> {
        if (!document)
            return std::nullopt;
        return ReportSource{std::move(*document), kind, key, subject, fileName};
    };
    std::optional<ReportSource> source;
    if (currentPage() == VerificationPage || !m_packagesView->canPrint()) {
        const QString runId = m_verificationView->shownRunId();
        if (m_store &&
            !runId.isEmpty()) { // a stored run prints exactly as `auditbench-cli pdf --verification ID`
            source = sourceOf(WorkspaceReports::verificationDocument(*m_store, runId.toLongLong(),
                                                                     AppSettings::branding(), &error),
                              "verification", QStringLiteral("run_id"), runId,
                              QStringLiteral("verification-run-%1.pdf").arg(runId));
        } else {
            // Export files verified without a workspace: the result is named by its own hash.
            source = sourceOf(m_verificationView->reportDocument(), "verification",
                              QStringLiteral("result_sha256"), {}, {});
            if (source) {
                source->subject = source->document.footerHash;
                source->suggestedName =
                    QStringLiteral("chain-verification-%1.pdf").arg(source->subject.left(8));
            }
            error = tr("Nothing to print yet: verify a chain or select a package first.");
            severity = Issue::Severity::Warning;
        }
    } else {
        source = sourceOf(m_packagesView->reportDocument(&error), "compliance-package",
                          QStringLiteral("package_id"), m_packagesView->currentPackageId(),
                          m_packagesView->suggestedPdfName());
    }
    if (!source)
        addIssues({severity == Issue::Severity::Warning ? Issue::warning(Issue::Origin::Export, error)
                                                        : Issue::error(Issue::Origin::Export, error)});
    return source;
}

ReportOutput::Done MainWindow::logDelivery(const ReportSource &source)
{
    // The log names what left the workbench: the PDF with its SHA-256, or the printer and the hash of the
    // document printed. It goes into the workspace the report came from, and only while it is still open.
    const QByteArray kind(source.kind);
    const QString key = source.subjectKey, subject = source.subject,
                  documentHash = source.document.footerHash;
    const QString workspace = m_store ? m_store->path() : QString();
    return [this, kind, key, subject, documentHash, workspace](const ReportOutput::Delivered &d) {
        if (!m_store || m_store->path() != workspace)
            return;
        try {
            if (!d.file.isEmpty())
                WorkspaceReports::logPdf(*m_store, kind.constData(), key, subject, d.file, d.sha256, d.pages,
                                         d.bytes);
            else
                WorkspaceReports::logPrinted(*m_store, kind.constData(), key, subject, d.printer, d.pages,
                                             documentHash);
        } catch (const std::exception &e) {
            const Issue issue =
                Issue::error(Issue::Origin::Workspace,
                             tr("The print was not recorded in the activity log: %1").arg(errorMessage(e)));
            addIssues({issue});
        }
    };
}

bool MainWindow::outputReport(ReportMode mode, const QString &pdfPath)
{
    if (m_taskPanel->isBusy())
        return false;
    const auto source = currentReport();
    if (!source)
        return false;
    switch (mode) {
    case ReportMode::Print:
        return m_reportOutput->print(source->document, logDelivery(*source));
    case ReportMode::Preview:
        return m_reportOutput->preview(source->document, logDelivery(*source)) != nullptr;
    case ReportMode::Pdf: {
        QString path = pdfPath;
        if (path.isEmpty())
            path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"), source->suggestedName,
                                                tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
        return m_reportOutput->exportPdf(source->document, path, logDelivery(*source));
    }
    }
    return false;
}

bool MainWindow::printReportWith(std::shared_ptr<QPrinter> printer)
{
    if (m_taskPanel->isBusy())
        return false;
    const auto source = currentReport();
    if (!source)
        return false;
    return m_reportOutput->printWith(source->document, std::move(printer), logDelivery(*source));
}

} // namespace ab
