#include "ui/examination/VerifyPackDialog.h"

#include "core/common/Error.h"
#include "core/pack/PackVerifier.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab {

VerifyPackDialog::VerifyPackDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Verify an Evidence Pack"));
    setObjectName(QStringLiteral("verifyPackDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto row = [&](QLineEdit *&edit, const QString &label, bool folder) {
        auto *h = new QHBoxLayout;
        edit = new QLineEdit(this);
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, folder]() {
            const QString path = folder
                                     ? QFileDialog::getExistingDirectory(this, tr("Evidence pack folder"))
                                     : QFileDialog::getOpenFileName(this, tr("Auditor's public key"),
                                                                    QString(), tr("PEM public key (*.pem)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        h->addWidget(edit, 1);
        h->addWidget(browse);
        form->addRow(label, h);
    };
    row(m_folder, tr("Pack folder:"), true);
    row(m_key, tr("Expected public key (optional):"), false);
    layout->addLayout(form);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verifyPackVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("verifyPackProblems"));
    layout->addWidget(m_problems, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *run = buttons->addButton(tr("Verify"), QDialogButtonBox::ActionRole);
    connect(run, &QPushButton::clicked, this, &VerifyPackDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

void VerifyPackDialog::setFolder(const QString &dir)
{
    m_folder->setText(dir);
}

void VerifyPackDialog::setPublicKey(const QString &path)
{
    m_key->setText(path);
}

bool VerifyPackDialog::verify()
{
    try {
        const pack::PackVerification v = pack::PackVerifier::verify(m_folder->text(), m_key->text());
        m_verdict->setText(v.intact() ? tr("INTACT: %1").arg(v.summary())
                                      : tr("NOT INTACT: %1").arg(v.summary()));
        m_problems->setPlainText(v.problems.join(QLatin1Char('\n')));
        return v.intact();
    } catch (const std::exception &e) {
        m_verdict->setText(tr("UNUSABLE: %1").arg(errorMessage(e)));
        m_problems->clear();
        return false;
    }
}

QString VerifyPackDialog::verdict() const
{
    return m_verdict->text();
}

QString VerifyPackDialog::problems() const
{
    return m_problems->toPlainText();
}

} // namespace ab
