#include "ui/analytics/WorkpaperDialogs.h"

#include "core/analytics/SampleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace ab {

NewWorkpaperDialog::NewWorkpaperDialog(const WorkspaceStore &store, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Workpaper"));
    m_sample = new QComboBox(this);
    m_sample->setObjectName(QStringLiteral("sample"));
    for (const analytics::Sample &s : analytics::storedSamples(store))
        m_sample->addItem(tr("%1: %2 (%3 of %4 records)")
                              .arg(s.id)
                              .arg(s.name)
                              .arg(QLocale().toString(s.size), QLocale().toString(s.populationCount)),
                          s.id);
    m_sample->setCurrentIndex(m_sample->count() - 1);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Override approvals, Q1"));
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    for (const int c : {90, 95, 99})
        m_confidence->addItem(tr("%1 %").arg(c), c);
    m_confidence->setCurrentIndex(1);
    m_tolerable = new QDoubleSpinBox(this);
    m_tolerable->setObjectName(QStringLiteral("tolerable"));
    m_tolerable->setRange(0.01, 100);
    m_tolerable->setDecimals(2);
    m_tolerable->setSuffix(tr(" %"));
    m_tolerable->setValue(5);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Sample:"), m_sample);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("&Tolerable deviation rate:"), m_tolerable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_sample->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

qint64 NewWorkpaperDialog::sampleId() const
{
    return m_sample->currentData().toLongLong();
}

QString NewWorkpaperDialog::name() const
{
    return m_name->text().trimmed();
}

int NewWorkpaperDialog::confidenceBp() const
{
    return m_confidence->currentData().toInt() * 100;
}

int NewWorkpaperDialog::tolerableBp() const
{
    return int(std::lround(m_tolerable->value() * 100));
}

void NewWorkpaperDialog::selectSample(qint64 sampleId)
{
    const int index = m_sample->findData(sampleId);
    if (index >= 0)
        m_sample->setCurrentIndex(index);
}

} // namespace ab
