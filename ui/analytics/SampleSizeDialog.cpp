#include "ui/analytics/SampleSizeDialog.h"

#include "core/analytics/SampleSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ab {

SampleSizeDialog::SampleSizeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sample Size"));
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    for (const int c : {90, 95, 99})
        m_confidence->addItem(tr("%1 %").arg(c), c);
    m_confidence->setCurrentIndex(1);
    const auto rate = [this](const char *name, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 100);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" %"));
        box->setValue(value);
        return box;
    };
    m_tolerable = rate("tolerable", 5);
    m_expected = rate("expected", 0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("&Tolerable deviation rate:"), m_tolerable);
    form->addRow(tr("&Expected deviation rate:"), m_expected);
    auto *note =
        new QLabel(tr("Attribute sampling from the binomial distribution: the smallest sample for "
                      "which finding no more than the allowed deviations supports the tolerable rate "
                      "at this confidence (the AICPA tables' method)."),
                   this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_confidence, &QComboBox::currentIndexChanged, this, &SampleSizeDialog::recompute);
    connect(m_tolerable, &QDoubleSpinBox::valueChanged, this, &SampleSizeDialog::recompute);
    connect(m_expected, &QDoubleSpinBox::valueChanged, this, &SampleSizeDialog::recompute);
    recompute();
}

int SampleSizeDialog::confidenceBp() const
{
    return m_confidence->currentData().toInt() * 100;
}

int SampleSizeDialog::tolerableBp() const
{
    return int(std::lround(m_tolerable->value() * 100));
}

void SampleSizeDialog::setRates(int confidencePct, double tolerablePct, double expectedPct)
{
    const int index = m_confidence->findData(confidencePct);
    if (index >= 0)
        m_confidence->setCurrentIndex(index);
    m_tolerable->setValue(tolerablePct);
    m_expected->setValue(expectedPct);
    recompute();
}

QString SampleSizeDialog::resultText() const
{
    return m_result->text();
}

void SampleSizeDialog::recompute()
{
    m_size.reset();
    m_allowed.reset();
    const int tolerable = tolerableBp();
    const int expected = int(std::lround(m_expected->value() * 100));
    if (tolerable <= 0 || expected >= tolerable) {
        m_result->setText(tr("The expected rate must be below the tolerable rate, which must be above 0 %."));
        return;
    }
    const auto size = analytics::attributeSampleSize(confidenceBp() / 10000.0, tolerable, expected);
    if (!size) {
        m_result->setText(tr("No sample of up to 100,000 items reaches this confidence: the expected rate is "
                             "too close to the tolerable rate."));
        return;
    }
    m_size = size->sampleSize;
    m_allowed = size->allowedDeviations;
    m_result->setText(tr("Sample size: %1 items; deviations allowed: %2.")
                          .arg(size->sampleSize)
                          .arg(size->allowedDeviations));
}

} // namespace ab
