#include "ui/verification/VerificationForm.h"

#include "core/chain/Keyring.h"
#include "core/common/InputError.h"
#include "core/report/VerificationReportSections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ab {

namespace {
enum Evidence
{
    WorkspaceEvidence, // the gateway audit log
    RuntimeEvidence,   // the agent runtime chain
    FileEvidence
};

QString instantText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
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

VerificationForm::VerificationForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidence = new QComboBox(evidenceBox);
    m_evidence->setObjectName(QStringLiteral("evidenceChoice"));
    m_evidence->addItem(tr("Gateway audit log (workspace)"), WorkspaceEvidence);
    m_evidence->addItem(tr("Agent runtime chain (workspace)"), RuntimeEvidence);
    m_evidence->addItem(tr("Export files"), FileEvidence);
    m_evidence->setToolTip(tr("Gateway audit log: the gateway records the workspace holds. Agent runtime "
                              "chain: the audit entries of every agent runtime export it holds, as one "
                              "chain, which compliance packages then cite."));
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
    layout->addWidget(evidenceBox);

    auto *keyBox = new QGroupBox(tr("Keyring"), this);
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
    layout->addWidget(keyBox);

    auto *periodBox = new QGroupBox(tr("Examination period and chain ends"), this);
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
    periodForm->addRow(tr("Fr&om:"), m_start);
    periodForm->addRow(tr("&To:"), m_end);
    m_anchor = hexEdit(periodBox, QStringLiteral("anchor"), tr("optional: the head of the previous period"));
    m_anchor->setToolTip(tr("What record 1 must link to, e.g. the head of last year's verified export"));
    m_expectHead = hexEdit(periodBox, QStringLiteral("expectHead"), tr("optional: a head noted online"));
    m_expectHead->setToolTip(tr("The head HMAC from an earlier online verification; detects truncation"));
    periodForm->addRow(tr("A&nchor:"), m_anchor);
    periodForm->addRow(tr("E&xpected head:"), m_expectHead);
    layout->addWidget(periodBox);

    m_run = new QPushButton(tr("Verif&y"), this);
    m_run->setObjectName(QStringLiteral("verifyButton"));
    m_run->setDefault(true);
    m_run->setMinimumHeight(32);
    layout->addWidget(m_run);

    clearKeyring();
    connect(m_evidence, &QComboBox::currentIndexChanged, this, &VerificationForm::updateEvidenceControls);
    connect(m_evidence, &QComboBox::currentIndexChanged, this,
            [this]() { emit inputsChanged(tr("the evidence chosen")); });
    connect(m_periodEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
        emit inputsChanged(tr("the examination period"));
    });
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this,
                [this]() { emit inputsChanged(tr("the examination period")); });
    connect(m_anchor, &QLineEdit::textChanged, this, [this]() { emit inputsChanged(tr("the anchor")); });
    connect(m_expectHead, &QLineEdit::textChanged, this,
            [this]() { emit inputsChanged(tr("the expected head")); });
    connect(addButton, &QPushButton::clicked, this, [this]() {
        addFiles(
            QFileDialog::getOpenFileNames(this, tr("Add audit export files"), {},
                                          tr("Audit exports (*.json *.ndjson *.jsonl *.gz);;All files (*)")));
    });
    connect(removeFiles, &QPushButton::clicked, this, [this]() {
        if (m_fileList->selectedItems().isEmpty())
            return;
        qDeleteAll(m_fileList->selectedItems());
        updateRunButton();
        emit inputsChanged(tr("the evidence files"));
    });
    connect(chooseKeyring, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the keyring"), {},
                                                          tr("Keyring (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadKeyring(path);
    });
    connect(forgetKeyring, &QPushButton::clicked, this, &VerificationForm::clearKeyring);
    connect(m_run, &QPushButton::clicked, this, &VerificationForm::verifyRequested);
    updateEvidenceControls();
}

VerificationForm::~VerificationForm() = default;

void VerificationForm::setWorkspaceAvailable(bool available)
{
    m_workspaceAvailable = available;
    m_evidence->setCurrentIndex(m_evidence->findData(available ? WorkspaceEvidence : FileEvidence));
    updateEvidenceControls();
}

void VerificationForm::setFileEvidence(bool files)
{
    if (files || !m_workspaceAvailable)
        m_evidence->setCurrentIndex(m_evidence->findData(FileEvidence));
    else if (fileEvidence())
        m_evidence->setCurrentIndex(m_evidence->findData(WorkspaceEvidence));
}

WorkspaceChain VerificationForm::workspaceChain() const
{
    return m_evidence->currentData().toInt() == RuntimeEvidence ? WorkspaceChain::Runtime
                                                                : WorkspaceChain::Gateway;
}

void VerificationForm::setWorkspaceChain(WorkspaceChain chain)
{
    if (m_workspaceAvailable)
        m_evidence->setCurrentIndex(
            m_evidence->findData(chain == WorkspaceChain::Runtime ? RuntimeEvidence : WorkspaceEvidence));
}

bool VerificationForm::fileEvidence() const
{
    return m_evidence->currentData().toInt() == FileEvidence;
}

void VerificationForm::setFiles(const QStringList &paths)
{
    if (files() == paths)
        return;
    const bool hadFiles = m_fileList->count() > 0;
    m_fileList->clear();
    addFiles(paths);
    if (hadFiles && paths.isEmpty())
        emit inputsChanged(tr("the evidence files"));
}

void VerificationForm::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        if (path.isEmpty() || files().contains(path))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        added = true;
    }
    if (!paths.isEmpty() && !m_workspaceAvailable)
        m_evidence->setCurrentIndex(m_evidence->findData(FileEvidence));
    updateRunButton();
    if (added)
        emit inputsChanged(tr("the evidence files"));
}

QStringList VerificationForm::files() const
{
    QStringList paths;
    for (int row = 0; row < m_fileList->count(); ++row)
        paths << m_fileList->item(row)->data(Qt::UserRole).toString();
    return paths;
}

bool VerificationForm::loadKeyring(const QString &path)
{
    try {
        auto keyring = std::make_shared<Keyring>(Keyring::fromFile(path));
        QStringList keys;
        // Each key with its validity window as the keyring states it: a record sealed outside it is an error.
        auto bound = [](const QString &text) { return text.isEmpty() ? std::nullopt : std::optional(text); };
        for (const Keyring::Key &key : keyring->keys())
            keys << tr("%1 (fingerprint %2): %3")
                        .arg(QString::fromStdString(key.id), key.fingerprint,
                             VerificationReportSections::keyWindowText(bound(key.notBeforeText),
                                                                       bound(key.notAfterText)));
        m_keyring = std::move(keyring);
        m_keyringPath = path;
        m_keyringEdit->setText(QFileInfo(path).fileName());
        m_keyringEdit->setToolTip(path);
        m_keyringInfo->setText(tr("%Ln key(s) held in memory only:", nullptr, int(keys.size())) +
                               QLatin1Char('\n') + keys.join(QLatin1Char('\n')));
        emit inputsChanged(tr("the keyring"));
        return true;
    } catch (const InputError &error) {
        emit issuesReported(
            {Issue::error(Issue::Origin::Verify, tr("Keyring unusable: %1").arg(error.toString()),
                          {JumpTarget::Kind::File, {}, 0, error.file(), error.line(), error.column()})});
        return false;
    }
}

void VerificationForm::clearKeyring()
{
    const bool hadKeyring = bool(m_keyring);
    m_keyring.reset(); // the Keyring wipes its secrets when the last reference goes
    m_keyringPath.clear();
    m_keyringEdit->clear();
    m_keyringEdit->setToolTip({});
    m_keyringInfo->setText(tr("Without a keyring only order, sequence and linkage are checked; the verdict "
                              "then says that the MACs were not verified."));
    if (hadKeyring)
        emit inputsChanged(tr("the keyring"));
}

void VerificationForm::setPeriod(const QDateTime &start, const QDateTime &end)
{
    m_start->setDateTime(start.toUTC());
    m_end->setDateTime(end.toUTC());
}

void VerificationForm::setPeriodEnabled(bool enabled)
{
    m_periodEnabled->setChecked(enabled);
    m_start->setEnabled(enabled);
    m_end->setEnabled(enabled);
}

void VerificationForm::setAnchor(const QString &hex)
{
    m_anchor->setText(hex);
}

void VerificationForm::setExpectedHead(const QString &hex)
{
    m_expectHead->setText(hex);
}

void VerificationForm::setRunning(bool running)
{
    m_running = running;
    updateRunButton();
}

bool VerificationForm::isReady() const
{
    return fileEvidence() ? m_fileList->count() > 0 : m_workspaceAvailable;
}

void VerificationForm::updateEvidenceControls()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_evidence->model());
    for (const int workspaceItem : {WorkspaceEvidence, RuntimeEvidence})
        if (QStandardItem *item = model ? model->item(m_evidence->findData(workspaceItem)) : nullptr)
            item->setEnabled(m_workspaceAvailable);
    if (!m_workspaceAvailable && !fileEvidence())
        m_evidence->setCurrentIndex(m_evidence->findData(FileEvidence));
    const bool filesMode = fileEvidence();
    m_fileList->setVisible(filesMode);
    m_fileButtons->setVisible(filesMode);
    updateRunButton();
}

void VerificationForm::updateRunButton()
{
    m_run->setEnabled(isReady() && !m_running);
}

std::optional<VerifyOptions> VerificationForm::options(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<VerifyOptions> {
        if (error)
            *error = message;
        return std::nullopt;
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
    return options;
}

} // namespace ab
