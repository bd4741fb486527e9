#include "SettingsDialog.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ab {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    const AuditorIdentity identity = AppSettings::auditor();

    auto *identityBox = new QGroupBox(tr("Auditor identity"), this);
    auto *identityForm = new QFormLayout(identityBox);
    m_name = new QLineEdit(identity.name, identityBox);
    m_name->setObjectName(QStringLiteral("auditorName"));
    m_name->setPlaceholderText(tr("e.g. Jane Doe"));
    m_email = new QLineEdit(identity.email, identityBox);
    m_email->setObjectName(QStringLiteral("auditorEmail"));
    m_email->setPlaceholderText(tr("e.g. jane.doe@firm.example"));
    m_firm = new QLineEdit(identity.firm, identityBox);
    m_firm->setObjectName(QStringLiteral("auditorFirm"));
    m_firm->setPlaceholderText(tr("e.g. Doe & Partners LLP"));
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&E-mail:"), m_email);
    identityForm->addRow(tr("&Firm:"), m_firm);
    auto *identityNote = new QLabel(
        tr("Recorded in the workspace's activity log and printed on packages and reports."), identityBox);
    identityNote->setWordWrap(true);
    identityForm->addRow(identityNote);

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    m_language = new QComboBox(interfaceBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Catalogues compiled into the application by qt_add_translations (":/i18n/auditbench_<code>.qm").
    const QStringList catalogues = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("auditbench_*.qm")});
    QStringList codes{QStringLiteral("en")};
    for (const QString &file : catalogues) {
        const QString code = file.mid(11, file.size() - 14);
        if (!codes.contains(code))
            codes << code;
    }
    for (const QString &code : codes) {
        const QLocale locale(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(new QLabel(tr("A new language applies the next time AuditBench starts."), interfaceBox));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identityBox);
    layout->addWidget(interfaceBox);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void SettingsDialog::accept()
{
    AppSettings::setAuditor({m_name->text(), m_email->text(), m_firm->text()});
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace ab
