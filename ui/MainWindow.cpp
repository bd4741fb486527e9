#include "ui/MainWindow.h"

#include "auditbench_version.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/analytics/AnalyticsView.h"
#include "ui/analytics/SampleDialog.h"
#include "ui/analytics/WorkpaperPage.h"
#include "ui/auditlog/AuditLogExport.h"
#include "ui/auditlog/AuditLogModel.h"
#include "ui/auditlog/AuditLogOcsfExport.h"
#include "ui/auditlog/AuditLogView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AuditorDialog.h"
#include "ui/common/HelpDialogs.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/common/SettingsDialog.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/common/WindowShortcuts.h"
#include "ui/examination/ExaminationView.h"
#include "ui/issues/IssueModel.h"
#include "ui/issues/IssuesDock.h"
#include "ui/notes/NoteActions.h"
#include "ui/ocsf/OcsfView.h"
#include "ui/overview/OverviewPage.h"
#include "ui/packages/PackagesView.h"
#include "ui/packages/QuestionnairePage.h"
#include "ui/portfolio/AgentsPage.h"
#include "ui/portfolio/PortfolioPage.h"
#include "ui/runtime/RuntimeView.h"
#include "ui/shell/ReportDispatcher.h"
#include "ui/shell/SourcesDock.h"
#include "ui/shell/UnsavedWorkGuard.h"
#include "ui/shell/WelcomePage.h"
#include "ui/shell/WorkspaceController.h"
#include "ui/verification/VerificationView.h"
#include "ui/views/EvidencePages.h"
#include "ui/views/ListingDispatcher.h"
#include "ui/views/PeriodFilter.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

namespace ab {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_taskPanel = new TaskPanel(this);
    createPages();
    m_workspace =
        new WorkspaceController(this, m_taskPanel, {m_auditLogView, m_verificationView, m_packagesView});
    m_reports = new ReportDispatcher(this, m_taskPanel, m_workspace, m_verificationView, m_packagesView);
    m_analyticsView->setReportOutput(m_reports->reportOutput());
    m_analyticsView->setFilterSource([this] { return m_auditLogView->model()->filter(); });
    m_listings =
        new ListingDispatcher(this, m_reports->reportOutput(), [this]() { return m_workspace->store(); });
    m_workspace->mayLeave = [this]() { return settleUnsavedWork(); };
    createDocks();
    createActions();
    createMenus();

    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("auditorLabel"));
    statusBar()->addPermanentWidget(m_taskPanel);
    statusBar()->addPermanentWidget(m_identityLabel);
    connect(m_taskPanel, &TaskPanel::busyChanged, this, &MainWindow::updateActions);
    // A task's start may have asked who is auditing (a verification run): the label follows.
    connect(m_taskPanel, &TaskPanel::busyChanged, this, &MainWindow::updateTitle);
    connectPages();

    new WindowShortcuts(this); // Ctrl+E and the rest work while a filter field has the focus
    // Keyboard-first (issue 19): Tab leaves every table and list for the next control instead of walking
    // its cells (arrow keys still move inside).
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    // "The examination period" of the filter bars' Range menus is the Examination page's period.
    setExaminationPeriodSource(
        [page = QPointer<ExaminationView>(m_examinationView)]() -> std::optional<Period> {
            if (!page)
                return std::nullopt;
            const auto *start = page->findChild<QDateTimeEdit *>(QStringLiteral("periodStart"));
            const auto *end = page->findChild<QDateTimeEdit *>(QStringLiteral("periodEnd"));
            if (!start || !end)
                return std::nullopt;
            return Period{start->dateTime().toUTC(), end->dateTime().toUTC()};
        });

    resize(1280, 800);
    restoreLayout();
    updateTitle();
    updateActions();
    updateRecentMenu();
    showWelcomeOrPages();
}

MainWindow::~MainWindow()
{
    // A window destroyed without closing (no event loop left to wait in) still stops its worker: nothing
    // it was doing may commit after the window is gone.
    if (m_taskPanel->isBusy())
        m_taskPanel->cancel();
    m_workspace->detachPages();
    m_agentsPage->setStore(nullptr);
    m_portfolioPage->setStore(nullptr);
    m_evidencePages->setStore(nullptr);
    m_overviewPage->setStore(nullptr);
}

void MainWindow::createPages()
{
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
    m_examinationView = new ExaminationView(m_tabs);
    m_examinationView->setTaskPanel(m_taskPanel);
    m_tabs->addTab(m_examinationView, tr("Examination"));
    m_agentsPage = new AgentsPage(m_tabs);
    m_portfolioPage = new PortfolioPage(m_tabs);
    m_tabs->addTab(m_agentsPage, tr("Agents"));
    m_tabs->addTab(m_portfolioPage, tr("Portfolio"));
    m_analyticsView = new AnalyticsView(m_tabs);
    m_tabs->addTab(m_analyticsView, tr("Analytics"));
    m_evidencePages = new EvidencePages(m_tabs);
    // The engagement's overview opens the row of tabs (issue 19); the audit log stays the page shown first.
    m_overviewPage = new ab::OverviewPage(m_tabs);
    m_tabs->insertTab(0, m_overviewPage, tr("Overview"));
    m_tabs->setCurrentWidget(m_auditLogView);
    m_welcome = new WelcomePage(this);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);
}

void MainWindow::connectPages()
{
    connect(m_verificationView, &VerificationView::issuesReported, this,
            [this](const QList<Issue> &issues, bool replace) {
                if (replace)
                    m_issuesDock->model()->clear(Issue::Origin::Verify);
                addIssues(issues);
            });
    connect(m_verificationView, &VerificationView::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_verificationView, &VerificationView::verificationFinished, m_workspace,
            &WorkspaceController::refreshRuns);
    // A run just stored may be the checklist's chain item: it is recomputed, never left stale.
    connect(m_verificationView, &VerificationView::verificationFinished, m_examinationView,
            &ExaminationView::refreshChecklist);
    connect(m_verificationView, &VerificationView::reportRequested, this, [this](ReportMode mode) {
        showPage(VerificationPage);
        outputReport(mode);
    });
    connect(m_packagesView, &PackagesView::reportRequested, this, [this](ReportMode mode) {
        showPage(PackagesPage);
        outputReport(mode);
    });
    connect(m_reports, &ReportDispatcher::issuesReported, this, &MainWindow::addIssues);
    connect(m_verificationView, &VerificationView::reportAvailabilityChanged, this,
            &MainWindow::updateActions);
    connect(m_packagesView, &PackagesView::reportAvailabilityChanged, this, &MainWindow::updateActions);
    connect(m_auditLogView, &AuditLogView::currentRecordChanged, this, &MainWindow::showRecordDetails);
    connect(m_packagesView, &PackagesView::issuesReported, this, &MainWindow::addIssues);
    connect(m_examinationView, &ExaminationView::issuesReported, this, &MainWindow::addIssues);
    connect(m_auditLogView, &AuditLogView::issuesReported, this, &MainWindow::addIssues);
    connect(m_packagesView, &PackagesView::jumpRequested, this, &MainWindow::jumpTo);
    // A questionnaire's evidence id: a runtime entry, else a gateway record, else an OCSF event.
    connect(m_packagesView, &PackagesView::evidenceRequested, this, [this](const QString &id) {
        if (m_evidencePages->showRuntimeEntry(id))
            return;
        if (m_store && m_store->rowIdsOfRecordId(id).empty() && m_evidencePages->showOcsfEvent(id))
            return;
        jumpTo({JumpTarget::Kind::AuditRecord, id, 0, {}, 0, 0});
    });
    connect(m_issuesDock, &IssuesDock::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_analyticsView, &AnalyticsView::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_analyticsView, &AnalyticsView::issuesReported, this, &MainWindow::addIssues);
    connect(m_auditLogView, &AuditLogView::sampleRequested, this, &MainWindow::sampleFiltered);
    connect(m_auditLogView, &AuditLogView::exportRequested, this, &MainWindow::exportVisible);
    connect(m_auditLogView, &AuditLogView::ocsfExportRequested, this, &MainWindow::exportOcsf);
    connect(m_listings, &ListingDispatcher::issuesReported, this, &MainWindow::addIssues);
    connect(m_auditLogView, &AuditLogView::listingRequested, this,
            [this](ReportMode mode) { outputListing(mode); });
    installNoteActions();

    connect(m_workspace, &WorkspaceController::issuesReported, this, &MainWindow::addIssues);
    connect(m_workspace, &WorkspaceController::issuesCleared, this,
            [this](Issue::Origin origin) { m_issuesDock->model()->clear(origin); });
    connect(m_workspace, &WorkspaceController::sourcesChanged, this, [this]() {
        m_sourcesDock->refresh(m_workspace->store());
        // sourcesChanged also comes when a workspace closes, before workspaceChanged: follow the store here
        // so the checklist never reads a closed one.
        m_examinationView->setStore(m_workspace->store());
        // A workspace run shown is about the sources as they were (files verified alone are not).
        m_verificationView->setStore(m_workspace->store());
        if (!m_verificationView->shownRunId().isEmpty())
            m_verificationView->markStale(tr("the workspace's sources"));
    });
    connect(m_workspace, &WorkspaceController::recentWorkspacesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_workspace, &WorkspaceController::filesToVerify, this, [this]() { showPage(VerificationPage); });
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &MainWindow::workspaceSwitched);
    connect(m_workspace, &WorkspaceController::checkIntact, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 15000); });
    // The Agents and Portfolio pages (issue 14) follow the open workspace from here.
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this]() {
        m_agentsPage->setStore(m_workspace->store());
        m_portfolioPage->setStore(m_workspace->store());
    });
    connect(m_agentsPage, &AgentsPage::issuesReported, this, &MainWindow::addIssues);
    connect(m_portfolioPage, &PortfolioPage::issuesReported, this, &MainWindow::addIssues);
    connect(m_portfolioPage, &PortfolioPage::portfolioFinished, m_agentsPage, &AgentsPage::reload);
    connect(m_portfolioPage, &PortfolioPage::openFolderRequested, this,
            [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(m_workspace, &WorkspaceController::importFinished, this, [this](bool imported) {
        m_agentsPage->reload();
        updateActions();
        m_evidencePages->reload();
        emit importFinished(imported);
    });

    connect(m_welcome, &WelcomePage::newWorkspaceRequested, m_newAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, m_openAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this]() {
        openDemo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/demo-data"));
    });
    connect(m_welcome, &WelcomePage::verifyFilesRequested, this, [this]() {
        showPage(VerificationPage);
        m_verificationView->setFocus();
    });
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString &path) { openWorkspace(path); });
    connect(m_welcome, &WelcomePage::filesDropped, this, &MainWindow::importFiles);
}

// "Add Note…" on the audit log, runtime and OCSF tables and the record details (issue 19).
void MainWindow::installNoteActions()
{
    const auto store = [this]() { return m_workspace->store(); };
    const auto refresh = [](QTableView *table) {
        return [table]() { // the details pane shows the new note: the current row is shown again
            const QModelIndex current = table->currentIndex();
            table->setCurrentIndex({});
            table->setCurrentIndex(current);
        };
    };
    installNoteAction(m_auditLogView->table(),
                      {views::RecordKind::Gateway,
                       [this]() {
                           const auto row =
                               m_store ? m_store->recordRow(m_auditLogView->currentRowId()) : std::nullopt;
                           return row ? row->recordId : QString();
                       },
                       store, refresh(m_auditLogView->table())},
                      {m_details});
    RuntimeView *runtime = m_evidencePages->runtime();
    installNoteAction(runtime->table(),
                      {views::RecordKind::Runtime,
                       [runtime]() {
                           const int row = runtime->table()->currentIndex().row();
                           return row >= 0 && row < runtime->rows().size() ? runtime->rows()[row].entryId
                                                                           : QString();
                       },
                       store, refresh(runtime->table())},
                      {runtime->details()});
    OcsfView *ocsf = m_evidencePages->ocsf();
    installNoteAction(ocsf->table(),
                      {views::RecordKind::Ocsf,
                       [ocsf]() {
                           const int row = ocsf->table()->currentIndex().row();
                           return row >= 0 && row < ocsf->rows().size() ? ocsf->rows()[row].uid : QString();
                       },
                       store, refresh(ocsf->table())},
                      {ocsf->details()});
}

void MainWindow::createDocks()
{
    m_issuesDock = new IssuesDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);

    m_sourcesDock = new SourcesDock(this);
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

void MainWindow::updateTitle()
{
    const QString app = tr("AuditBench");
    setWindowTitle(m_workspacePath.isEmpty() ? app
                                             : tr("%1 — %2").arg(QFileInfo(m_workspacePath).fileName(), app));
    const AuditorIdentity identity = AppSettings::auditor();
    const QString who = !AppSettings::auditorIsSet() ? tr("Auditor not set (File ▸ Settings)")
                                                     : tr("Auditor: %1").arg(identity.display());
    // A long name is shortened in the middle (whole in the tooltip): status-bar messages keep the room
    // left of it, at 1000 px wide too, and never run under it.
    const QFontMetrics metrics = m_identityLabel->fontMetrics();
    const int widest = metrics.horizontalAdvance(QLatin1Char('x')) * 56;
    m_identityLabel->setMaximumWidth(widest);
    m_identityLabel->setText(metrics.elidedText(who, Qt::ElideMiddle, widest));
    m_identityLabel->setToolTip(who);
}

// The Overview is tab 0 and numbered last: every other page's tab is its number + 1.
void MainWindow::showPage(Page page)
{
    m_central->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(page == OverviewPage ? 0 : int(page) + 1);
}

bool MainWindow::isWelcomeShown() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::showWelcomeOrPages()
{
    m_welcome->setRecentWorkspaces(AppSettings::recentWorkspaces());
    m_central->setCurrentWidget(m_workspacePath.isEmpty() ? static_cast<QWidget *>(m_welcome) : m_tabs);
}

void MainWindow::withAuditor(const std::function<void()> &what)
{
    if (AuditorDialog::ensure(this)) {
        updateTitle();
        what();
    }
}

void MainWindow::pageChanged(int index)
{
    if (m_printAction)
        updateActions(); // the OCSF and Runtime pages print listings
    Q_UNUSED(index);
    // Record details belong to the audit log: the other pages get the room back.
    if (currentPage() == AuditLogPage) {
        if (m_detailsWanted)
            m_detailsDock->show();
    } else if (m_detailsDock->isVisible()) {
        m_detailsWanted = true;
        m_detailsDock->hide();
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    const int index = m_tabs->currentIndex();
    return index <= 0 ? OverviewPage : Page(index - 1);
}

bool MainWindow::openWorkspace(const QString &path)
{
    return m_workspace->open(path);
}

bool MainWindow::closeWorkspace()
{
    return m_workspace->close();
}

void MainWindow::openDemo(const QString &dir)
{
    withAuditor([this, dir]() { m_workspace->openDemo(dir); });
}

void MainWindow::importFiles(const QStringList &paths)
{
    // Files verified without a workspace record nobody; an import records who imported (asked first).
    if (m_store)
        withAuditor([this, paths]() { m_workspace->importFiles(paths); });
    else
        m_workspace->importFiles(paths);
    updateActions();
}

WorkspaceStore *MainWindow::store() const
{
    return m_workspace->store();
}

void MainWindow::workspaceSwitched()
{
    m_store = m_workspace->store();
    m_workspacePath = m_workspace->path();
    m_examinationView->setStore(m_store);
    m_evidencePages->setStore(m_store);
    if (!m_store)
        m_details->clear();
    m_analyticsView->setStore(m_store);
    m_overviewPage->setStore(m_store);
    updateTitle();
    updateActions();
    showWelcomeOrPages();
    emit workspaceChanged();
}

void MainWindow::jumpTo(const JumpTarget &target)
{
    switch (target.kind) {
    case JumpTarget::Kind::AuditRecord:
        // A record of export files outside the workspace opens in the record viewer, not the audit log.
        if (!target.file.isEmpty() && m_verificationView->showOutsideRecord(target))
            break;
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
        // A new language: a new window in it takes this one's place, on the same workspace and page. That
        // window starts without this one's drafts: they are settled first, asked in the language they were
        // typed in; Cancel keeps this window as it is (the new language applies at the next start).
        const QString before = LanguageSwitch::current();
        if (LanguageSwitch::resolve(AppSettings::language()) != before && !settleUnsavedWork()) {
            LanguageSwitch::apply(before, AppSettings::reportLanguage());
            return;
        }
        LanguageSwitch::apply(AppSettings::language(), AppSettings::reportLanguage());
        if (LanguageSwitch::current() != before)
            LanguageSwitch::rebuild(this);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AuditBench"),
                       tr("<h3>AuditBench %1</h3><p>Offline workbench for AI-platform audit evidence: verify "
                          "HMAC-chained audit exports, regenerate compliance packages, print reports.</p>")
                           .arg(QStringLiteral(AUDITBENCH_VERSION)));
}

void MainWindow::showUserGuide()
{
    UserGuideDialog(this).exec();
}

void MainWindow::showShortcuts()
{
    // Every action of the window and its pages, in the order the menus list them first.
    QList<QAction *> actions;
    const QList<QAction *> all = findChildren<QAction *>();
    for (QAction *top : menuBar()->actions()) {
        QList<QMenu *> menus{top->menu()};
        while (!menus.isEmpty())
            for (QAction *action : menus.takeFirst()->actions()) {
                if (action->menu())
                    menus << action->menu();
                else if (!actions.contains(action))
                    actions << action;
            }
    }
    for (QAction *action : all)
        if (!actions.contains(action))
            actions << action;
    ShortcutsDialog(actions, this).exec();
}

void MainWindow::showRecordDetails(qint64 rowId)
{
    m_details->setPlainText(m_auditLogView->recordDetails(rowId));
}

void MainWindow::exportVisible()
{
    AuditLogExport::askAndStart({this, [this] { return store(); }, workspacePath(), taskPanel(),
                                 auditLogView()->model()->filter(),
                                 [this](const QList<Issue> &i) { addIssues(i); },
                                 [this](qint64 records) { emit exportFinished(records); }});
}

void MainWindow::exportOcsf()
{
    AuditLogOcsfExport::askAndStart({this, [this] { return store(); }, workspacePath(), taskPanel(),
                                     auditLogView()->model()->filter(),
                                     [this](const QList<Issue> &i) { addIssues(i); },
                                     [this](qint64 events) { emit exportFinished(events); }});
}

void MainWindow::sampleFiltered(const AuditFilter &filter)
{
    if (!m_store)
        return;
    if (const auto sample = SampleDialog::draw(*m_store, filter, this)) {
        showPage(AnalyticsPage);
        m_analyticsView->sampleDrawn(sample->id);
    }
}

bool MainWindow::outputReport(ReportMode mode, const QString &pdfPath)
{
    // The OCSF and Runtime pages print a listing of what their filter shows (issue 13).
    if (currentPage() == OcsfPage || currentPage() == RuntimePage) {
        ListingRequest request;
        request.kind = currentPage() == OcsfPage ? views::RecordKind::Ocsf : views::RecordKind::Runtime;
        request.ocsf = m_evidencePages->ocsf()->currentFilter();
        request.runtime = m_evidencePages->runtime()->currentFilter();
        return m_listings->output(mode, request, pdfPath);
    }
    return m_reports->output(mode, currentPage() == VerificationPage, pdfPath);
}

bool MainWindow::outputListing(ReportMode mode, const QString &pdfPath)
{
    ListingRequest request;
    request.gateway = m_auditLogView->currentFilter();
    return m_listings->output(mode, request, pdfPath);
}

bool MainWindow::printReportWith(std::shared_ptr<QPrinter> printer)
{
    return m_reports->printWith(std::move(printer), currentPage() == VerificationPage);
}

ReportOutput *MainWindow::reportOutput() const
{
    return m_reports->reportOutput();
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

bool MainWindow::settleUnsavedWork()
{
    const UnsavedWorkGuard guard(this, [this]() {
        QList<DraftHolder *> holders;
        for (QuestionnairePage *page : m_packagesView->findChildren<QuestionnairePage *>())
            holders << page;
        holders << m_analyticsView->workpaperPage();
        return holders;
    });
    return guard.settle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing) { // already waiting for the cancelled task: this close happens when it has ended
        event->ignore();
        return;
    }
    if (!settleUnsavedWork()) { // Cancel: the window stays, with every draft
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
