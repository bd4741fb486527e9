#include "ui/common/AuditorDialog.h"

#include "ui/common/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab {

AuditorDialog::AuditorDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("auditorDialog"));
    setWindowTitle(tr("Who Is Auditing?"));
    auto *intro = new QLabel(tr("Your name goes onto every import, verification, package and report this "
                                "workbench records. It is asked once and can be changed in Settings."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("auditorName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("auditorEmail"));
    m_firm = new QLineEdit(this);
    m_firm->setObjectName(QStringLiteral("auditorFirm"));
    const AuditorIdentity current = AppSettings::storedAuditor();
    m_name->setText(current.name);
    m_email->setText(current.email);
    m_firm->setText(current.firm);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("F&irm:"), m_firm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A name is what every record carries: no OK without one.
    auto update = [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
}

AuditorIdentity AuditorDialog::identity() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(), m_firm->text().trimmed()};
}

bool AuditorDialog::ensure(QWidget *parent)
{
    if (AppSettings::auditorIsSet())
        return true;
    AuditorDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    AppSettings::setAuditor(dialog.identity());
    return true;
}

} // namespace ab
