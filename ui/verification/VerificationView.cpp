#include "ui/verification/VerificationView.h"

#include "core/chain/Keyring.h"
#include "core/common/InputError.h"
#include "core/report/VerificationReport.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/common/TaskProgress.h"
#include "ui/verification/VerdictBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ab {

namespace {
enum Evidence
{
    WorkspaceEvidence,
    FileEvidence
};
constexpr int RecordIdRole = Qt::UserRole + 1;
constexpr int EventRole = Qt::UserRole + 2;

QString instantText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString shortHash(const QString &hex)
{
    return hex.size() > 20 ? hex.left(16) + QStringLiteral("…") : hex;
}

QLineEdit *hexEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,64}")), edit));
    edit->setClearButtonEnabled(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    edit->setFont(mono);
    return edit;
}
} // namespace

VerificationView::VerificationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("verificationView"));

    // --- left: what to verify and how ---
    auto *setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 6, 0);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), setup);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidence = new QComboBox(evidenceBox);
    m_evidence->setObjectName(QStringLiteral("evidenceChoice"));
    m_evidence->addItem(tr("The workspace's gateway audit chain"), WorkspaceEvidence);
    m_evidence->addItem(tr("Export files"), FileEvidence);
    evidenceLayout->addWidget(m_evidence);
    m_fileList = new QListWidget(evidenceBox);
    m_fileList->setObjectName(QStringLiteral("evidenceFiles"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setMinimumHeight(70);
    evidenceLayout->addWidget(m_fileList);
    m_fileButtons = new QWidget(evidenceBox);
    auto *fileButtonsLayout = new QHBoxLayout(m_fileButtons);
    fileButtonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *addButton = new QPushButton(tr("Add files…"), m_fileButtons);
    auto *removeFiles = new QPushButton(tr("Remove"), m_fileButtons);
    fileButtonsLayout->addWidget(addButton);
    fileButtonsLayout->addWidget(removeFiles);
    fileButtonsLayout->addStretch();
    evidenceLayout->addWidget(m_fileButtons);
    setupLayout->addWidget(evidenceBox);

    auto *keyBox = new QGroupBox(tr("Keyring"), setup);
    auto *keyLayout = new QVBoxLayout(keyBox);
    auto *keyRow = new QHBoxLayout;
    m_keyringEdit = new QLineEdit(keyBox);
    m_keyringEdit->setObjectName(QStringLiteral("keyringPath"));
    m_keyringEdit->setReadOnly(true);
    m_keyringEdit->setPlaceholderText(tr("No keyring: linkage only"));
    auto *chooseKeyring = new QPushButton(tr("Choose…"), keyBox);
    auto *forgetKeyring = new QPushButton(tr("Forget"), keyBox);
    forgetKeyring->setToolTip(tr("Wipe the keys from memory"));
    keyRow->addWidget(m_keyringEdit, 1);
    keyRow->addWidget(chooseKeyring);
    keyRow->addWidget(forgetKeyring);
    keyLayout->addLayout(keyRow);
    m_keyringInfo = new QLabel(keyBox);
    m_keyringInfo->setObjectName(QStringLiteral("keyringInfo"));
    m_keyringInfo->setWordWrap(true);
    m_keyringInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyLayout->addWidget(m_keyringInfo);
    setupLayout->addWidget(keyBox);

    auto *periodBox = new QGroupBox(tr("Examination period and chain ends"), setup);
    auto *periodForm = new QFormLayout(periodBox);
    m_periodEnabled =
        new QCheckBox(tr("Only records inside the period (UTC, both ends inclusive)"), periodBox);
    m_periodEnabled->setObjectName(QStringLiteral("periodEnabled"));
    periodForm->addRow(m_periodEnabled);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    m_start = new QDateTimeEdit(periodBox);
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_end = new QDateTimeEdit(periodBox);
    m_end->setObjectName(QStringLiteral("periodEnd"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    periodForm->addRow(tr("&From:"), m_start);
    periodForm->addRow(tr("&To:"), m_end);
    m_anchor = hexEdit(periodBox, QStringLiteral("anchor"), tr("optional: the head of the previous period"));
    m_anchor->setToolTip(tr("What record 1 must link to, e.g. the head of last year's verified export"));
    m_expectHead = hexEdit(periodBox, QStringLiteral("expectHead"), tr("optional: a head noted online"));
    m_expectHead->setToolTip(tr("The head HMAC from an earlier online verification; detects truncation"));
    periodForm->addRow(tr("&Anchor:"), m_anchor);
    periodForm->addRow(tr("Expected &head:"), m_expectHead);
    setupLayout->addWidget(periodBox);

    m_run = new QPushButton(tr("&Verify"), setup);
    m_run->setObjectName(QStringLiteral("verifyButton"));
    m_run->setDefault(true);
    m_run->setMinimumHeight(32);
    setupLayout->addWidget(m_run);

    m_runsBox = new QGroupBox(tr("Past runs in this workspace"), setup);
    auto *runsLayout = new QVBoxLayout(m_runsBox);
    m_runs = new QTableWidget(0, 4, m_runsBox);
    m_runs->setObjectName(QStringLiteral("pastRuns"));
    m_runs->setHorizontalHeaderLabels({tr("When"), tr("Verdict"), tr("Events"), tr("Who")});
    m_runs->verticalHeader()->setDefaultSectionSize(m_runs->fontMetrics().height() + 8);
    m_runs->verticalHeader()->hide();
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    runsLayout->addWidget(m_runs);
    setupLayout->addWidget(m_runsBox, 1);
    m_runsBox->setVisible(false);
    setupLayout->addStretch();

    auto *setupScroll = new QScrollArea(this);
    setupScroll->setWidget(setup);
    setupScroll->setWidgetResizable(true);
    setupScroll->setFrameShape(QFrame::NoFrame);
    setupScroll->setMinimumWidth(420);
    setupScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // --- right: the verdict ---
    auto *outcome = new QWidget(this);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(6, 0, 0, 0);
    m_banner = new VerdictBanner(outcome);
    outcomeLayout->addWidget(m_banner);
    m_summaryBox = new QGroupBox(tr("Result"), outcome);
    m_summary = new QFormLayout(m_summaryBox);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outcomeLayout->addWidget(m_summaryBox);
    m_summaryBox->setVisible(false);
    auto *errorsRow = new QHBoxLayout;
    errorsRow->addWidget(
        new QLabel(tr("Errors (double-click to show the record in the audit log):"), outcome), 1);
    m_print = new QPushButton(tr("Print report…"), outcome);
    m_print->setObjectName(QStringLiteral("printVerificationReport"));
    m_preview = new QPushButton(tr("Preview…"), outcome);
    m_preview->setObjectName(QStringLiteral("previewVerificationReport"));
    m_exportPdf = new QPushButton(tr("Export PDF report…"), outcome);
    m_exportPdf->setObjectName(QStringLiteral("exportVerificationPdf"));
    for (QPushButton *button : {m_print, m_preview, m_exportPdf}) {
        button->setEnabled(false);
        errorsRow->addWidget(button);
    }
    outcomeLayout->addLayout(errorsRow);
    m_errors = new QTableWidget(0, 3, outcome);
    m_errors->setObjectName(QStringLiteral("verificationErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Event"), tr("Record"), tr("Error")});
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setWordWrap(false);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(0, 70);
    m_errors->verticalHeader()->setDefaultSectionSize(m_errors->fontMetrics().height() + 8);
    m_errors->setColumnWidth(1, 250);
    outcomeLayout->addWidget(m_errors, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(setupScroll);
    splitter->addWidget(outcome);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    const auto [start, end] = lastCalendarYear();
    setPeriod(start, end);
    setPeriodEnabled(true);
    clearKeyring();

    connect(m_evidence, &QComboBox::currentIndexChanged, this, &VerificationView::updateEvidenceControls);
    connect(m_periodEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
    });
    connect(addButton, &QPushButton::clicked, this, [this]() {
        addFiles(
            QFileDialog::getOpenFileNames(this, tr("Add audit export files"), {},
                                          tr("Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)")));
    });
    connect(removeFiles, &QPushButton::clicked, this, [this]() {
        qDeleteAll(m_fileList->selectedItems());
        updateRunButton();
    });
    connect(chooseKeyring, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the keyring"), {},
                                                          tr("Keyring (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadKeyring(path);
    });
    connect(forgetKeyring, &QPushButton::clicked, this, &VerificationView::clearKeyring);
    connect(m_run, &QPushButton::clicked, this, &VerificationView::startVerification);
    connect(m_print, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Print); });
    connect(m_preview, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Preview); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this]() { emit reportRequested(ReportMode::Pdf); });
    connect(m_errors, &QTableWidget::cellActivated, this, [this](int row, int) { activateError(row); });
    connect(m_runs, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_runList.size())
            showRun(m_runList.at(row));
    });
    updateEvidenceControls();
}

VerificationView::~VerificationView() = default;

std::pair<QDateTime, QDateTime> VerificationView::lastCalendarYear(const QDateTime &now)
{
    const int year = now.toUTC().date().year() - 1;
    return {QDateTime(QDate(year, 1, 1), QTime(0, 0, 0), Qt::UTC),
            QDateTime(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC)};
}

void VerificationView::setWorkspaceVerifier(WorkspaceVerifier verifier)
{
    m_workspaceVerifier = std::move(verifier);
    m_evidence->setCurrentIndex(m_workspaceVerifier ? 0 : 1);
    m_runsBox->setVisible(bool(m_workspaceVerifier));
    updateEvidenceControls();
}

void VerificationView::setRuns(const QList<VerificationRunSummary> &runs)
{
    m_runList = runs;
    m_runs->setRowCount(int(runs.size()));
    const QLocale locale;
    for (int row = 0; row < runs.size(); ++row) {
        const VerificationRunSummary &run = runs.at(row);
        const VerdictBanner::State state = VerdictBanner::stateOf(run.result);
        const QString verdict = state == VerdictBanner::State::Verified ? tr("Verified")
                                : state == VerdictBanner::State::LinkageOnly
                                    ? tr("Linkage only")
                                    : tr("%n error(s)", nullptr, int(run.result.errorCount));
        auto *when =
            new QTableWidgetItem(run.ranAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        auto *verdictItem = new QTableWidgetItem(QIcon(VerdictBanner::icon(state, 16)), verdict);
        m_runs->setItem(row, 0, when);
        auto *who = new QTableWidgetItem(run.ranBy);
        who->setToolTip(run.ranBy);
        m_runs->setItem(row, 1, verdictItem);
        m_runs->setItem(row, 2, new QTableWidgetItem(locale.toString(run.result.eventsChecked)));
        m_runs->setItem(row, 3, who);
    }
    m_runs->resizeColumnsToContents();
    selectShownRun();
}

void VerificationView::selectShownRun()
{
    for (int row = 0; row < m_runList.size(); ++row) {
        if (!m_shownRunId.isEmpty() && m_runList.at(row).id == m_shownRunId) {
            m_runs->selectRow(row);
            return;
        }
    }
    m_runs->clearSelection();
}

void VerificationView::setFileEvidence(bool files)
{
    m_evidence->setCurrentIndex(files || !m_workspaceVerifier ? 1 : 0);
}

void VerificationView::setFiles(const QStringList &paths)
{
    m_fileList->clear();
    addFiles(paths);
}

void VerificationView::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.isEmpty() || !files().filter(path).isEmpty())
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (!paths.isEmpty() && !m_workspaceVerifier)
        m_evidence->setCurrentIndex(1);
    updateRunButton();
}

QStringList VerificationView::files() const
{
    QStringList paths;
    for (int row = 0; row < m_fileList->count(); ++row)
        paths << m_fileList->item(row)->data(Qt::UserRole).toString();
    return paths;
}

bool VerificationView::loadKeyring(const QString &path)
{
    try {
        auto keyring = std::make_shared<Keyring>(Keyring::fromFile(path));
        QStringList keys;
        for (const Keyring::Key &key : keyring->keys())
            keys << tr("%1 (fingerprint %2)").arg(QString::fromStdString(key.id), key.fingerprint);
        m_keyring = std::move(keyring);
        m_keyringPath = path;
        m_keyringEdit->setText(QFileInfo(path).fileName());
        m_keyringEdit->setToolTip(path);
        m_keyringInfo->setText(tr("%n key(s) held in memory only: %1", nullptr, int(keys.size()))
                                   .arg(keys.join(QStringLiteral(", "))));
        return true;
    } catch (const InputError &error) {
        const Issue issue =
            Issue::error(Issue::Origin::Verify, tr("Keyring unusable: %1").arg(error.toString()),
                         {JumpTarget::Kind::File, {}, 0, error.file(), error.line(), error.column()});
        emit issuesReported({issue}, false);
        return false;
    }
}

void VerificationView::clearKeyring()
{
    m_keyring.reset(); // the Keyring wipes its secrets when the last reference goes
    m_keyringPath.clear();
    m_keyringEdit->clear();
    m_keyringEdit->setToolTip({});
    m_keyringInfo->setText(tr("Without a keyring only order, sequence and linkage are checked; the verdict "
                              "then says that the MACs were not verified."));
}

void VerificationView::setPeriod(const QDateTime &start, const QDateTime &end)
{
    m_start->setDateTime(start.toUTC());
    m_end->setDateTime(end.toUTC());
}

void VerificationView::setPeriodEnabled(bool enabled)
{
    m_periodEnabled->setChecked(enabled);
    m_start->setEnabled(enabled);
    m_end->setEnabled(enabled);
}

void VerificationView::setAnchor(const QString &hex)
{
    m_anchor->setText(hex);
}

void VerificationView::setExpectedHead(const QString &hex)
{
    m_expectHead->setText(hex);
}

void VerificationView::updateEvidenceControls()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_evidence->model());
    if (QStandardItem *item = model ? model->item(0) : nullptr)
        item->setEnabled(bool(m_workspaceVerifier));
    if (!m_workspaceVerifier && m_evidence->currentIndex() == 0)
        m_evidence->setCurrentIndex(1);
    const bool filesMode = m_evidence->currentData().toInt() == FileEvidence;
    m_fileList->setVisible(filesMode);
    m_fileButtons->setVisible(filesMode);
    updateRunButton();
}

void VerificationView::updateRunButton()
{
    const bool filesMode = m_evidence->currentData().toInt() == FileEvidence;
    const bool ready = filesMode ? m_fileList->count() > 0 : bool(m_workspaceVerifier);
    m_run->setEnabled(ready && !m_running);
}

bool VerificationView::startVerification()
{
    if (m_running)
        return false;
    const bool filesMode = m_evidence->currentData().toInt() == FileEvidence;
    const QStringList paths = files();
    if ((filesMode && paths.isEmpty()) || (!filesMode && !m_workspaceVerifier))
        return false;
    auto fail = [this](const QString &message) {
        const Issue issue = Issue::error(Issue::Origin::Verify, message);
        emit issuesReported({issue}, false);
        m_banner->showUnusable(message);
        emit verificationFailed(message);
        return false;
    };

    VerifyOptions options;
    if (m_periodEnabled->isChecked()) {
        if (m_start->dateTime() > m_end->dateTime())
            return fail(tr("The examination period ends before it starts."));
        options.startText = instantText(m_start->dateTime());
        options.endText = instantText(m_end->dateTime());
        options.start = Instant::parse(options.startText);
        options.end = Instant::parse(options.endText);
        // The end is shown to the second but includes that whole second (23:59:59.5 is still in the year).
        if (options.end)
            options.end->nanos = 999999999;
    }
    const QString anchor = m_anchor->text().trimmed().toLower();
    const QString head = m_expectHead->text().trimmed().toLower();
    if (!anchor.isEmpty() && anchor.size() != 64)
        return fail(tr("The anchor must be 64 hexadecimal characters (an HMAC)."));
    if (!head.isEmpty() && head.size() != 64)
        return fail(tr("The expected head must be 64 hexadecimal characters (an HMAC)."));
    if (!anchor.isEmpty())
        options.anchor = anchor.toStdString();
    if (!head.isEmpty())
        options.expectHead = head.toStdString();

    auto progress = std::make_shared<TaskProgress>();
    if (m_taskPanel && !m_taskPanel->begin(tr("Verifying"), progress))
        return false;
    m_running = true;
    updateRunButton();
    m_banner->showRunning();

    std::shared_ptr<const Keyring> keyring = m_keyring; // lives as long as the worker needs it
    WorkspaceVerifier workspaceVerifier = filesMode ? WorkspaceVerifier() : m_workspaceVerifier;
    std::function<VerificationRunSummary(Progress *)> work = [options, keyring, paths,
                                                              workspaceVerifier](Progress *p) {
        VerifyOptions withKeys = options;
        withKeys.keyring = keyring.get();
        if (workspaceVerifier)
            return workspaceVerifier(withKeys, p);
        return VerificationRunSummary{{}, {}, {}, ChainVerifier::verifyFiles(paths, withKeys, p), {}};
    };
    runInBackground<VerificationRunSummary>(
        this, progress, work, [this](const TaskOutcome<VerificationRunSummary> &outcome) {
            finish();
            if (outcome.value) {
                // The run the store returned, not the newest listed: another writer may have stored one too.
                showRun(*outcome.value);
                emit verificationFinished(outcome.value->result); // the window refreshes the runs list
            } else if (outcome.cancelled) {
                m_banner->clear();
                emit verificationFailed(tr("Verification cancelled."));
            } else {
                const Issue issue = Issue::error(Issue::Origin::Verify, outcome.error);
                emit issuesReported({issue}, false);
                m_banner->showUnusable(outcome.error);
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
    updateRunButton();
}

void VerificationView::showRun(const VerificationRunSummary &run)
{
    const VerificationResult &result = run.result;
    m_shownRunId = run.id;
    selectShownRun();
    m_result = result;
    m_banner->showResult(result);
    setReportAvailable(true);

    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    const QLocale locale;
    auto addRow = [this](const QString &label, const QString &value, const QString &tip = {}) {
        auto *field = new QLabel(value, m_summaryBox);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setToolTip(tip);
        field->setWordWrap(true);
        m_summary->addRow(label, field);
        return field;
    };
    if (!run.id.isEmpty()) {
        // The stored run, as `auditbench-cli runs` lists it and `pdf --verification ID` prints it.
        addRow(tr("Stored run:"), run.scope.isEmpty() ? run.id : tr("%1 (%2)").arg(run.id, run.scope))
            ->setObjectName(QStringLiteral("storedRunId"));
        addRow(tr("Run at:"), run.ranAt.toUTC().toString(Qt::ISODateWithMs))
            ->setObjectName(QStringLiteral("storedRunAt"));
        addRow(tr("Run by:"), run.ranBy)->setObjectName(QStringLiteral("storedRunBy"));
    }
    addRow(tr("Valid:"), result.valid ? tr("yes") : tr("no"));
    addRow(tr("Events checked:"), locale.toString(result.eventsChecked));
    addRow(tr("Errors:"), locale.toString(result.errorCount));
    addRow(tr("MACs verified:"), result.macsVerified ? tr("yes") : tr("no — no keyring"));
    if (result.periodStart || result.periodEnd)
        addRow(tr("Period:"),
               tr("%1 to %2")
                   .arg(result.periodStart.value_or(tr("(open)")), result.periodEnd.value_or(tr("(open)"))));
    if (result.firstEvent)
        addRow(tr("First event:"),
               QStringLiteral("%1  %2").arg(result.firstEvent->timestamp, result.firstEvent->id));
    if (result.lastEvent)
        addRow(tr("Last event:"),
               QStringLiteral("%1  %2").arg(result.lastEvent->timestamp, result.lastEvent->id));
    if (result.anchor)
        addRow(tr("Anchor:"), shortHash(*result.anchor), *result.anchor);
    if (result.headHmac)
        addRow(tr("Head HMAC:"), shortHash(*result.headHmac), *result.headHmac);
    QStringList keys;
    for (const VerificationResult::KeyUse &key : result.keys)
        keys << (key.fingerprint.isEmpty()
                     ? tr("%1: %2 records").arg(key.id, locale.toString(key.records))
                     : tr("%1 (%2): %3 records").arg(key.id, key.fingerprint, locale.toString(key.records)));
    if (!keys.isEmpty())
        addRow(tr("Keys:"), keys.join(QLatin1Char('\n')));
    if (result.duplicatesMerged > 0)
        addRow(tr("Duplicates merged:"), locale.toString(result.duplicatesMerged));
    QStringList sources;
    for (const VerificationResult::Source &source : result.sources)
        sources << tr("%1 (%2 records, SHA-256 %3)")
                       .arg(source.file, locale.toString(source.records), shortHash(source.sha256));
    if (!sources.isEmpty())
        addRow(tr("Sources:"), sources.join(QLatin1Char('\n')));
    m_summaryBox->setVisible(true);

    m_errors->setRowCount(int(result.errors.size()));
    QList<Issue> issues;
    for (int row = 0; row < result.errors.size(); ++row) {
        const VerificationResult::ErrorLocation location = row < result.errorLocations.size()
                                                               ? result.errorLocations.at(row)
                                                               : VerificationResult::ErrorLocation{};
        auto *event = new QTableWidgetItem(location.event > 0 ? QString::number(location.event) : QString());
        event->setData(EventRole, location.event);
        event->setData(RecordIdRole, location.recordId);
        event->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_errors->setItem(row, 0, event);
        m_errors->setItem(row, 1, new QTableWidgetItem(location.recordId));
        auto *message = new QTableWidgetItem(result.errors.at(row));
        message->setToolTip(result.errors.at(row));
        m_errors->setItem(row, 2, message);

        Issue issue = Issue::error(Issue::Origin::Verify, result.errors.at(row));
        if (!location.recordId.isEmpty())
            issue.target = {JumpTarget::Kind::AuditRecord, location.recordId, location.event, {}, 0, 0};
        issues << issue;
    }
    if (result.errorCount > result.errors.size()) {
        const Issue more = Issue::warning(Issue::Origin::Verify,
                                          tr("%1 more errors not listed (the limit is %2).")
                                              .arg(locale.toString(result.errorCount - result.errors.size()),
                                                   locale.toString(result.errors.size())));
        issues << more;
    }
    if (result.valid && !result.macsVerified) {
        const Issue warning = Issue::warning(
            Issue::Origin::Verify, tr("Linkage intact but MACs not verified: no keyring was given."));
        issues << warning;
    }
    emit issuesReported(issues, true);
}

std::optional<ReportDocument> VerificationView::reportDocument() const
{
    if (!m_result)
        return std::nullopt;
    VerificationReport::Options options;
    options.branding = AppSettings::branding();
    options.printedBy = AppSettings::auditor().display();
    return VerificationReport::build(*m_result, options);
}

void VerificationView::activateError(int row)
{
    QTableWidgetItem *item = m_errors->item(row, 0);
    if (!item)
        return;
    const QString recordId = item->data(RecordIdRole).toString();
    if (recordId.isEmpty())
        return;
    emit jumpRequested(
        {JumpTarget::Kind::AuditRecord, recordId, item->data(EventRole).toLongLong(), {}, 0, 0});
}

void VerificationView::setReportAvailable(bool available)
{
    for (QPushButton *button : {m_print, m_preview, m_exportPdf})
        button->setEnabled(available);
    emit reportAvailabilityChanged();
}

} // namespace ab
