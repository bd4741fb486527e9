#include "ui/verification/VerificationView.h"

#include "core/chain/Keyring.h"
#include "core/report/VerificationReport.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AuditorDialog.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/records/RecordViewer.h"
#include "ui/verification/VerdictBanner.h"
#include "ui/verification/VerificationForm.h"
#include "ui/verification/VerificationResultPanel.h"
#include "ui/verification/VerificationRunsTable.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {

VerificationView::VerificationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("verificationView"));

    // --- left: what to verify and how, and the runs the workspace stored ---
    auto *setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 6, 0);
    m_form = new VerificationForm(setup);
    setupLayout->addWidget(m_form);
    m_runs = new VerificationRunsTable(setup);
    setupLayout->addWidget(m_runs, 1);
    m_runs->setVisible(false);
    setupLayout->addStretch();

    auto *setupScroll = new QScrollArea(this);
    setupScroll->setWidget(setup);
    setupScroll->setWidgetResizable(true);
    setupScroll->setFrameShape(QFrame::NoFrame);
    setupScroll->setMinimumWidth(360);
    setupScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // --- right: the verdict ---
    m_resultPanel = new VerificationResultPanel(this);

    // Verify stays in sight on a laptop screen (issue 19): pinned under the scrolled form, not at its end.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(setupScroll, 1);
    if (auto *run = m_form->findChild<QPushButton *>(QStringLiteral("verifyButton"))) {
        m_form->layout()->removeWidget(run);
        leftLayout->addWidget(run);
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    // The verdict scrolls rather than setting the window's minimum width (a laptop screen, issue 19).
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(m_resultPanel);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(resultScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    const auto [start, end] = lastCalendarYear();
    setPeriod(start, end);
    setPeriodEnabled(true);

    connect(m_form, &VerificationForm::verifyRequested, this, &VerificationView::startVerification);
    connect(m_form, &VerificationForm::issuesReported, this,
            [this](const QList<Issue> &issues) { emit issuesReported(issues, false); });
    connect(m_runs, &VerificationRunsTable::runActivated, this, &VerificationView::showRun);
    connect(m_resultPanel, &VerificationResultPanel::jumpRequested, this, &VerificationView::onJumpRequested);
    connect(m_resultPanel, &VerificationResultPanel::verifyAgainRequested, this,
            &VerificationView::startVerification);

    // --- staleness: any input the verdict depends on, and the listed files on disk ---
    m_watcher = new QFileSystemWatcher(this);
    connect(m_form, &VerificationForm::inputsChanged, this, &VerificationView::inputsChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        inputsChanged(tr("the file %1 on disk").arg(QFileInfo(path).fileName()));
    });
    connect(m_resultPanel, &VerificationResultPanel::reportRequested, this,
            &VerificationView::reportRequested);
    connect(m_resultPanel, &VerificationResultPanel::reportAvailabilityChanged, this,
            &VerificationView::reportAvailabilityChanged);
}

VerificationView::~VerificationView() = default;

void VerificationView::setStore(const WorkspaceStore *store)
{
    m_store = store;
}

void VerificationView::inputsChanged(const QString &what)
{
    ++m_inputGeneration;
    watchFiles();
    m_resultPanel->setStale(what);
}

void VerificationView::markStale(const QString &what)
{
    ++m_inputGeneration;
    m_resultPanel->setStale(what);
}

bool VerificationView::isStale() const
{
    return m_resultPanel->isStale();
}

void VerificationView::watchFiles()
{
    // A file replaced by rename loses its watch: every change re-adds what is listed now.
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    QStringList existing;
    for (const QString &path : m_form->files())
        if (QFileInfo::exists(path))
            existing << path;
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
}

std::pair<QDateTime, QDateTime> VerificationView::lastCalendarYear(const QDateTime &now)
{
    const int year = now.toUTC().date().year() - 1;
    return {QDateTime(QDate(year, 1, 1), QTime(0, 0, 0), Qt::UTC),
            QDateTime(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC)};
}

void VerificationView::setWorkspaceVerifier(WorkspaceVerifier verifier)
{
    m_workspaceVerifier = std::move(verifier);
    m_runs->setVisible(bool(m_workspaceVerifier));
    m_form->setWorkspaceAvailable(bool(m_workspaceVerifier));
}

void VerificationView::setRuns(const QList<VerificationRunSummary> &runs)
{
    m_runs->setRuns(runs);
}

void VerificationView::setFileEvidence(bool files)
{
    m_form->setFileEvidence(files);
}

void VerificationView::setWorkspaceChain(WorkspaceChain chain)
{
    m_form->setWorkspaceChain(chain);
}

WorkspaceChain VerificationView::workspaceChain() const
{
    return m_form->workspaceChain();
}

void VerificationView::setFiles(const QStringList &paths)
{
    m_form->setFiles(paths);
}

void VerificationView::addFiles(const QStringList &paths)
{
    m_form->addFiles(paths);
}

QStringList VerificationView::files() const
{
    return m_form->files();
}

bool VerificationView::loadKeyring(const QString &path)
{
    return m_form->loadKeyring(path);
}

void VerificationView::clearKeyring()
{
    m_form->clearKeyring();
}

void VerificationView::setPeriod(const QDateTime &start, const QDateTime &end)
{
    m_form->setPeriod(start, end);
}

void VerificationView::setPeriodEnabled(bool enabled)
{
    m_form->setPeriodEnabled(enabled);
}

void VerificationView::setAnchor(const QString &hex)
{
    m_form->setAnchor(hex);
}

void VerificationView::setExpectedHead(const QString &hex)
{
    m_form->setExpectedHead(hex);
}

const std::optional<VerificationResult> &VerificationView::lastResult() const
{
    return m_resultPanel->result();
}

VerdictBanner *VerificationView::banner() const
{
    return m_resultPanel->banner();
}

QTableWidget *VerificationView::errorTable() const
{
    return m_resultPanel->errorTable();
}

QTableWidget *VerificationView::runsTable() const
{
    return m_runs->table();
}

void VerificationView::activateError(int row)
{
    m_resultPanel->activateError(row);
}

bool VerificationView::fail(const QString &message)
{
    emit issuesReported({Issue::error(Issue::Origin::Verify, message)}, false);
    banner()->showUnusable(message);
    emit verificationFailed(message);
    return false;
}

bool VerificationView::startVerification()
{
    if (m_running || !m_form->isReady())
        return false;
    if (!AuditorDialog::ensure(this)) // the run records who verified: asked, never the OS account silently
        return false;
    const bool filesMode = m_form->fileEvidence();
    const QStringList paths = m_form->files();
    QString error;
    const std::optional<VerifyOptions> options = m_form->options(&error);
    if (!options)
        return fail(error);

    auto progress = std::make_shared<TaskProgress>();
    if (m_taskPanel && !m_taskPanel->begin(tr("Verifying"), progress))
        return false;
    m_running = true;
    m_form->setRunning(true);
    banner()->showRunning();

    const quint64 generation = m_inputGeneration;
    std::shared_ptr<const Keyring> keyring = m_form->keyring(); // lives as long as the worker needs it
    WorkspaceVerifier workspaceVerifier = filesMode ? WorkspaceVerifier() : m_workspaceVerifier;
    const WorkspaceChain chain = m_form->workspaceChain();
    std::function<VerificationRunSummary(Progress *)> work = [options = *options, keyring, paths,
                                                              workspaceVerifier, chain](Progress *p) {
        VerifyOptions withKeys = options;
        withKeys.keyring = keyring.get();
        if (workspaceVerifier)
            return workspaceVerifier(chain, withKeys, p);
        return VerificationRunSummary{{}, {}, {}, ChainVerifier::verifyFiles(paths, withKeys, p), {}};
    };
    runInBackground<VerificationRunSummary>(
        this, progress, work,
        [this, generation, filesMode, paths](const TaskOutcome<VerificationRunSummary> &outcome) {
            finish();
            if (outcome.value) {
                // The run the store returned, not the newest listed: another writer may have stored one too.
                showRunOf(*outcome.value, filesMode ? paths : QStringList());
                if (generation != m_inputGeneration) // an input changed while it ran
                    m_resultPanel->setStale(tr("An input"));
                emit verificationFinished(outcome.value->result); // the window refreshes the runs list
            } else if (outcome.cancelled) {
                banner()->clear();
                emit verificationFailed(tr("Verification cancelled."));
            } else {
                emit issuesReported({Issue::error(Issue::Origin::Verify, outcome.error)}, false);
                banner()->showUnusable(outcome.error);
                emit verificationFailed(outcome.error);
            }
        });
    return true;
}

void VerificationView::finish()
{
    m_running = false;
    if (m_taskPanel)
        m_taskPanel->end();
    m_form->setRunning(false);
}

void VerificationView::showRun(const VerificationRunSummary &run)
{
    showRunOf(run, {});
}

void VerificationView::showRunOf(const VerificationRunSummary &run, const QStringList &files)
{
    m_shownRunId = run.id;
    m_resultFiles = files;
    m_runs->selectRun(run.id);
    QList<Issue> issues = m_resultPanel->showRun(run);
    banner()->setEvidence(evidenceText(run));
    watchFiles();
    QStringList sha256s;
    for (const VerificationResult::Source &source : run.result.sources)
        sha256s << source.sha256;
    if (!files.isEmpty() && !OutsideRecord::allInWorkspace(m_store, sha256s)) {
        // The records named are in files the workspace does not hold: the issues lead to the record viewer.
        for (Issue &issue : issues)
            if (issue.target.kind == JumpTarget::Kind::AuditRecord)
                issue.target.file = files.first();
    }
    emit issuesReported(issues, true);
}

QString VerificationView::evidenceText(const VerificationRunSummary &run) const
{
    QStringList named;
    const QList<VerificationResult::Source> &sources = run.result.sources;
    const int listed = int(std::min<qsizetype>(sources.size(), 4));
    for (int i = 0; i < listed; ++i)
        named << tr("%1 (SHA-256 %2…)").arg(sources.at(i).file, sources.at(i).sha256.left(12));
    if (sources.size() > listed)
        named << tr("%Ln more file(s)", nullptr, int(sources.size() - listed));
    if (!run.id.isEmpty()) {
        const QString workspace = m_store ? QFileInfo(m_store->path()).fileName() : tr("the workspace");
        const QString runText = run.scope.isEmpty() ? run.id : tr("%1, %2").arg(run.id, run.scope);
        return tr("Evidence: workspace %1, stored run %2; sources: %3")
            .arg(workspace, runText, named.isEmpty() ? tr("none") : named.join(QStringLiteral(", ")));
    }
    if (named.isEmpty())
        for (const QString &path : m_resultFiles)
            named << QFileInfo(path).fileName();
    return named.isEmpty() ? QString() : tr("Evidence: %1").arg(named.join(QStringLiteral(", ")));
}

void VerificationView::onJumpRequested(const JumpTarget &target)
{
    if (!showOutsideRecord(target))
        emit jumpRequested(target);
}

bool VerificationView::showOutsideRecord(const JumpTarget &target)
{
    if (target.kind != JumpTarget::Kind::AuditRecord || m_resultFiles.isEmpty() || !lastResult())
        return false;
    QStringList sha256s;
    for (const VerificationResult::Source &source : lastResult()->sources)
        sha256s << source.sha256;
    if (OutsideRecord::allInWorkspace(m_store, sha256s))
        return false; // the audit log holds these very bytes
    const std::optional<OutsideRecord> record = OutsideRecord::find(m_resultFiles, target.id, target.event);
    if (!record)
        return false;
    if (!m_recordViewer) {
        m_recordViewer = new RecordViewer(this);
        m_recordViewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_recordViewer->showRecord(*record, OutsideRecord::inWorkspace(m_store, target.id));
    m_recordViewer->show();
    m_recordViewer->raise();
    return true;
}

std::optional<ReportDocument> VerificationView::reportDocument() const
{
    if (!lastResult())
        return std::nullopt;
    VerificationReport::Options options;
    options.branding = AppSettings::branding();
    options.printedBy = AppSettings::auditor().display();
    return VerificationReport::build(*lastResult(), options);
}

} // namespace ab
