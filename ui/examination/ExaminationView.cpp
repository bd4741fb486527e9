#include "ui/examination/ExaminationView.h"

#include "core/chain/Keyring.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Ed25519.h"
#include "core/pack/EvidencePackBuilder.h"
#include "core/workspace/WorkspaceStore.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"
#include "ui/examination/ExaminationWidgets.h"
#include "ui/examination/VerifyPackDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ab {

ExaminationView::ExaminationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("examinationView"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const int year = QDate::currentDate().year() - 1; // default: the last calendar year, as Verification
    m_start = examui::utcEdit(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC), this, "periodStart");
    m_end = examui::utcEdit(QDateTime(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC), this, "periodEnd");
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    period->addStretch();
    form->addRow(tr("Period (UTC):"), period);

    auto *frameworks = new QHBoxLayout;
    for (const QString &f : pack::RecipeBook::builtIn().frameworks()) {
        auto *box = new QCheckBox(f, this);
        box->setObjectName(QStringLiteral("framework_") + f);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExaminationView::refreshChecklist);
        m_frameworkBoxes << box;
        frameworks->addWidget(box);
    }
    frameworks->addStretch();
    form->addRow(tr("Frameworks in scope:"), frameworks);
    m_keyring = examui::fileRow(form, this, tr("Keyring:"), "keyringFile", tr("Keyring (*.json)"));
    m_signKey = examui::fileRow(form, this, tr("Signing key (Ed25519 PEM):"), "signingKeyFile",
                                tr("PEM key (*.pem)"));
    m_policyChain =
        examui::fileRow(form, this, tr("Policy chain export:"), "policyChainFile", tr("JSON (*.json)"));
    m_ocsf = new QCheckBox(tr("Include the period's records as OCSF 1.1"), this);
    m_ocsf->setObjectName(QStringLiteral("includeOcsf"));
    form->addRow(QString(), m_ocsf);
    layout->addLayout(form);

    m_checklist = examui::checklistTable(this);
    layout->addWidget(new QLabel(tr("Pre-examination checklist (computed from the workspace):"), this));
    layout->addWidget(m_checklist, 1);
    m_checklistEvidence = new QLabel(this);
    m_checklistEvidence->setObjectName(QStringLiteral("checklistEvidence"));
    m_checklistEvidence->setWordWrap(true);
    m_checklistEvidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_checklistEvidence);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("examinationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_build = new QPushButton(tr("Build pack…"), this);
    m_build->setObjectName(QStringLiteral("buildPack"));
    m_open = new QPushButton(tr("Open folder"), this);
    m_open->setObjectName(QStringLiteral("openPackFolder"));
    auto *verify = new QPushButton(tr("Verify a pack…"), this);
    verify->setObjectName(QStringLiteral("verifyPack"));
    buttons->addWidget(m_build);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(verify);
    layout->addLayout(buttons);

    connect(m_build, &QPushButton::clicked, this, &ExaminationView::buildWithDialog);
    connect(m_open, &QPushButton::clicked, this, &ExaminationView::openFolder);
    connect(verify, &QPushButton::clicked, this, &ExaminationView::verifyPackWithDialog);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ExaminationView::refreshChecklist);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &ExaminationView::refreshChecklist);
    connect(m_policyChain, &QLineEdit::textChanged, this, &ExaminationView::refreshChecklist);
    updateState();
}

ExaminationView::~ExaminationView() = default;

void ExaminationView::setStore(WorkspaceStore *store)
{
    m_store = store;
    refreshChecklist();
    updateState();
}

void ExaminationView::setPeriod(const QDateTime &start, const QDateTime &end)
{
    m_start->setDateTime(start.toUTC());
    m_end->setDateTime(end.toUTC());
}

void ExaminationView::setFrameworks(const QStringList &frameworks)
{
    for (QCheckBox *box : m_frameworkBoxes)
        box->setChecked(frameworks.contains(box->text()));
}

QStringList ExaminationView::frameworks() const
{
    QStringList out;
    for (const QCheckBox *box : m_frameworkBoxes)
        if (box->isChecked())
            out << box->text();
    return out;
}

void ExaminationView::setKeyringFile(const QString &path)
{
    m_keyring->setText(path);
}

void ExaminationView::setSigningKeyFile(const QString &path)
{
    m_signKey->setText(path);
}

void ExaminationView::setOcsf(bool on)
{
    m_ocsf->setChecked(on);
}

QString ExaminationView::checklistEvidence() const
{
    return m_checklistEvidence->text();
}

void ExaminationView::refreshChecklist()
{
    m_checklistEvidence->clear();
    if (!m_store) {
        examui::showChecklist(m_checklist, {});
        return;
    }
    pack::EvidencePackOptions o;
    o.start = Instant::fromMSecsSinceEpoch(m_start->dateTime().toMSecsSinceEpoch());
    o.end = Instant::fromMSecsSinceEpoch(m_end->dateTime().toMSecsSinceEpoch());
    o.frameworks = frameworks();
    o.policyChainFile = m_policyChain->text();
    try {
        pack::ChecklistInputs in = pack::EvidencePackBuilder::checklistInputs(*m_store, o);
        // The chain item from the newest stored run of exactly this period, if any (the build verifies anew).
        QString chainRun;
        for (const VerificationRun &run : m_store->verificationRuns())
            if (run.scope == QLatin1String("gateway") && run.result.periodStart == o.start.toString() &&
                run.result.periodEnd == o.end.toString()) {
                in.chain = run.result;
                chainRun = QString::number(run.id);
                break;
            }
        examui::showChecklist(m_checklist, pack::PackChecklist::compute(in));
        // Names what it is about; recomputed on every change of period, frameworks, policy chain or sources.
        m_checklistEvidence->setText(
            tr("Computed from workspace %1 (%Ln source(s)); chain: %2", nullptr,
               int(m_store->sources().size()))
                .arg(QFileInfo(m_store->path()).fileName(),
                     chainRun.isEmpty() ? tr("no stored verification run of this period (the build verifies)")
                                        : tr("stored verification run %1 of this period").arg(chainRun)));
    } catch (const std::exception &e) {
        emit issuesReported({Issue::error(Issue::Origin::Workspace, errorMessage(e))});
    }
}

void ExaminationView::updateState()
{
    m_build->setEnabled(m_store && !m_building);
    m_open->setEnabled(!m_lastPack.isEmpty() && !m_building);
}

QByteArray ExaminationView::askPassphrase(const QString &keyFile)
{
    if (m_prompt)
        return m_prompt(keyFile);
    bool ok = false;
    QString text = QInputDialog::getText(this, tr("Signing key passphrase"),
                                         tr("Passphrase for %1 (used once, never stored):").arg(keyFile),
                                         QLineEdit::Password, QString(), &ok);
    QByteArray pass = ok ? text.toUtf8() : QByteArray();
    text.fill(QLatin1Char(' ')); // the QString copy does not outlive the prompt either
    return pass;
}

bool ExaminationView::startBuild(const QString &outDir)
{
    const auto fail = [this](const QString &message) {
        m_status->setText(message);
        emit issuesReported({Issue::error(Issue::Origin::Workspace, message)});
        emit buildFailed(message);
        return false;
    };
    if (!m_store || m_building)
        return false;
    pack::EvidencePackOptions o;
    o.outDir = outDir;
    o.start = Instant::fromMSecsSinceEpoch(m_start->dateTime().toMSecsSinceEpoch());
    o.end = Instant::fromMSecsSinceEpoch(m_end->dateTime().toMSecsSinceEpoch());
    o.frameworks = frameworks();
    o.ocsf = m_ocsf->isChecked();
    o.policyChainFile = m_policyChain->text();
    o.branding = AppSettings::branding();
    std::shared_ptr<crypto::Ed25519PrivateKey> key;
    std::shared_ptr<Keyring> keyring;
    try {
        if (!m_keyring->text().isEmpty())
            keyring = std::make_shared<Keyring>(Keyring::fromFile(m_keyring->text()));
        if (const QString keyFile = m_signKey->text(); !keyFile.isEmpty()) {
            QFile file(keyFile);
            QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            QByteArray pass;
            if (crypto::Ed25519PrivateKey::isEncrypted(pem) && (pass = askPassphrase(keyFile)).isEmpty()) {
                crypto::wipe(pem);
                return fail(tr("Build cancelled: the signing key needs its passphrase."));
            }
            if (pem.isEmpty())
                key = std::make_shared<crypto::Ed25519PrivateKey>(
                    crypto::Ed25519PrivateKey::fromPemFile(keyFile, pass));
            else
                key = std::make_shared<crypto::Ed25519PrivateKey>(
                    crypto::Ed25519PrivateKey::fromPem(pem, pass, keyFile));
        }
    } catch (const std::exception &e) {
        return fail(errorMessage(e));
    }
    auto progress = std::make_shared<TaskProgress>();
    if (m_taskPanel && !m_taskPanel->begin(tr("Building the evidence pack"), progress))
        return false;
    m_building = true;
    updateState();
    m_status->setText(tr("Building %1…").arg(outDir));
    const QString path = m_store->path();
    const AuditorIdentity identity = m_store->identity();
    std::function<QString(Progress *)> work = [o, path, identity, key, keyring](Progress *p) {
        auto store = WorkspaceStore::open(path, WorkspaceStore::OpenMode::ExistingOnly, identity);
        pack::EvidencePackOptions withKeys = o;
        withKeys.keyring = keyring.get();
        withKeys.signingKey = key.get();
        return pack::EvidencePackBuilder::build(*store, withKeys, p).dir;
    };
    runInBackground<QString>(this, progress, work, [this](const TaskOutcome<QString> &outcome) {
        m_building = false;
        if (m_taskPanel)
            m_taskPanel->end();
        if (outcome.value) {
            m_lastPack = *outcome.value;
            m_status->setText(tr("Pack written to %1").arg(m_lastPack));
            emit packBuilt(m_lastPack);
        } else {
            const QString message = outcome.cancelled ? tr("Cancelled: no pack was written.") : outcome.error;
            m_status->setText(message);
            if (!outcome.cancelled)
                emit issuesReported({Issue::error(Issue::Origin::Workspace, message)});
            emit buildFailed(message);
        }
        updateState();
        refreshChecklist();
    });
    return true;
}

void ExaminationView::buildWithDialog()
{
    const QString dir = QFileDialog::getSaveFileName(this, tr("Evidence pack folder (new or empty)"),
                                                     QStringLiteral("evidence"));
    if (!dir.isEmpty())
        startBuild(dir);
}

void ExaminationView::openFolder()
{
    if (!m_lastPack.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastPack));
}

void ExaminationView::verifyPackWithDialog()
{
    VerifyPackDialog dialog(this);
    if (!m_lastPack.isEmpty())
        dialog.setFolder(m_lastPack);
    dialog.exec();
}

} // namespace ab
