#include "ui/common/SettingsDialog.h"

#include "ui/common/AppSettings.h"
#include "ui/common/InflateLimitsBox.h"
#include "ui/common/LanguageSwitch.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
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

    const AppSettings::BrandingSettings branding = AppSettings::brandingSettings();
    auto *brandingBox = new QGroupBox(tr("Report branding"), this);
    auto *brandingForm = new QFormLayout(brandingBox);
    m_organisation = new QLineEdit(branding.organisation, brandingBox);
    m_organisation->setObjectName(QStringLiteral("brandingOrganisation"));
    m_logo = new QLineEdit(branding.logoPath, brandingBox);
    m_logo->setObjectName(QStringLiteral("brandingLogo"));
    m_logo->setPlaceholderText(tr("SVG or PNG file; empty for the default"));
    auto *chooseLogo = new QPushButton(tr("Choose…"), brandingBox);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    m_accent = new QLineEdit(branding.accentColour, brandingBox);
    m_accent->setObjectName(QStringLiteral("brandingAccent"));
    m_accent->setPlaceholderText(QStringLiteral("#2F4F6F"));
    auto *chooseAccent = new QPushButton(tr("Pick…"), brandingBox);
    auto *accentRow = new QHBoxLayout;
    accentRow->addWidget(m_accent, 1);
    accentRow->addWidget(chooseAccent);
    m_footer = new QLineEdit(branding.footer, brandingBox);
    m_footer->setObjectName(QStringLiteral("brandingFooter"));
    auto *loadFile = new QPushButton(tr("Load a branding file…"), brandingBox);
    loadFile->setToolTip(tr("A JSON file with organisation, logo, accent_colour and footer"));
    m_brandingError = new QLabel(brandingBox);
    m_brandingError->setObjectName(QStringLiteral("brandingError"));
    m_brandingError->setWordWrap(true);
    m_brandingError->setStyleSheet(QStringLiteral("color: #B3261E"));
    m_brandingError->setVisible(false);
    brandingForm->addRow(tr("&Organisation:"), m_organisation);
    // A row whose field is a layout gets no buddy on its own: without one the mnemonic would show as "&".
    auto *logoLabel = new QLabel(tr("&Logo:"), brandingBox);
    logoLabel->setBuddy(m_logo);
    auto *accentLabel = new QLabel(tr("&Accent colour:"), brandingBox);
    accentLabel->setBuddy(m_accent);
    brandingForm->addRow(logoLabel, logoRow);
    brandingForm->addRow(accentLabel, accentRow);
    brandingForm->addRow(tr("Foo&ter:"), m_footer);
    brandingForm->addRow(loadFile);
    brandingForm->addRow(m_brandingError);
    connect(chooseLogo, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the logo"), m_logo->text(),
                                                          tr("Images (*.svg *.png)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    connect(chooseAccent, &QPushButton::clicked, this, [this]() {
        const QColor colour =
            QColorDialog::getColor(QColor::fromString(m_accent->text()), this, tr("Accent colour"));
        if (colour.isValid())
            m_accent->setText(colour.name());
    });
    connect(loadFile, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load a branding file"), {}, tr("Branding (*.json)"));
        if (!path.isEmpty())
            loadBrandingFile(path);
    });

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    m_language = new QComboBox(interfaceBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_reportLanguage = new QComboBox(interfaceBox);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguage"));
    m_reportLanguage->addItem(tr("Same as the interface"), QString());
    // Each language in its own name, so it can be found whatever the current language is.
    for (const QString &code : LanguageSwitch::available()) {
        const QString name = QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code);
        m_language->addItem(name, code);
        m_reportLanguage->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_reportLanguage->setCurrentIndex(qMax(0, m_reportLanguage->findData(AppSettings::reportLanguage())));
    interfaceForm->addRow(tr("Lan&guage:"), m_language);
    interfaceForm->addRow(tr("&Report language:"), m_reportLanguage);
    auto *note =
        new QLabel(tr("A new language applies at once: the window is rebuilt and reopens the workspace "
                      "and page. A keyring loaded for verification is held in memory only and must "
                      "be chosen again. The report language sets printed reports' headings and "
                      "labels; the evidence they show is never translated."),
                   interfaceBox);
    note->setWordWrap(true);
    interfaceForm->addRow(note);

    m_limits = new InflateLimitsBox(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identityBox);
    layout->addWidget(brandingBox);
    layout->addWidget(interfaceBox);
    layout->addWidget(m_limits);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool SettingsDialog::loadBrandingFile(const QString &path)
{
    QString error;
    if (!ReportBranding::fromFile(path, &error)) { // the same checks as the command line's --branding
        m_brandingError->setText(error);
        m_brandingError->setVisible(true);
        return false;
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const auto text = [&](const char *key, QLineEdit *edit) {
        if (object.contains(QLatin1String(key)))
            edit->setText(object.value(QLatin1String(key)).toString());
    };
    text("organisation", m_organisation);
    text("accent_colour", m_accent);
    text("footer", m_footer);
    const QString logo = object.value(QStringLiteral("logo")).toString();
    if (!logo.isEmpty())
        m_logo->setText(QFileInfo(QFileInfo(path).absoluteDir(), logo).absoluteFilePath());
    m_brandingError->setVisible(false);
    return true;
}

void SettingsDialog::accept()
{
    // The branding is checked as a branding file would be: an unreadable logo or a colour that is no colour
    // is said here, not discovered on a printout.
    const QJsonObject branding{{QStringLiteral("organisation"), m_organisation->text()},
                               {QStringLiteral("logo"), m_logo->text().trimmed()},
                               {QStringLiteral("accent_colour"), m_accent->text().trimmed()},
                               {QStringLiteral("footer"), m_footer->text()}};
    QJsonObject checked = branding;
    if (m_logo->text().trimmed().isEmpty())
        checked.remove(QStringLiteral("logo"));
    if (m_accent->text().trimmed().isEmpty())
        checked.remove(QStringLiteral("accent_colour"));
    QString error;
    if (!ReportBranding::fromJson(QJsonDocument(checked).toJson(), QDir::currentPath(), tr("Report branding"),
                                  &error)) {
        m_brandingError->setText(error);
        m_brandingError->setVisible(true);
        return;
    }
    if (!m_limits->apply())
        return;
    AppSettings::setBrandingSettings(
        {m_organisation->text(), m_logo->text(), m_accent->text(), m_footer->text()});
    AppSettings::setAuditor({m_name->text(), m_email->text(), m_firm->text()});
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setReportLanguage(m_reportLanguage->currentData().toString());
    QDialog::accept();
}

} // namespace ab
