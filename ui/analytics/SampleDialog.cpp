#include "ui/analytics/SampleDialog.h"

#include "core/analytics/Summary.h"
#include "ui/analytics/SampleSizeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ab {

SampleDialog::SampleDialog(WorkspaceStore &store, const AuditFilter &filter, QWidget *parent)
    : QDialog(parent), m_store(store), m_filter(filter)
{
    // A window is not a population: the sample is drawn from everything the filters select.
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_population = store.count(m_filter);
    setWindowTitle(tr("Sample the Filtered Records"));
    auto *population = new QLabel(
        tr("Population: %Ln record(s) selected by: %1", nullptr, int(std::min<qint64>(m_population, INT_MAX)))
            .arg(analytics::filterDescription(m_filter)),
        this);
    population->setObjectName(QStringLiteral("population"));
    population->setWordWrap(true);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("size"));
    m_size->setRange(1, int(std::clamp<qint64>(m_population, 1, 1000000)));
    m_size->setValue(int(std::min<qint64>(25, std::max<qint64>(1, m_population))));
    auto *sizeButton = new QPushButton(tr("Sample Size…"), this);
    sizeButton->setObjectName(QStringLiteral("sampleSize"));
    connect(sizeButton, &QPushButton::clicked, this, &SampleDialog::askSampleSize);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(sizeButton);
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,16}")), m_seed));
    // A fresh seed each time; it is stored with the sample, so the draw stays reproducible.
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(quint64(1) << 31)));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("sample ID"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    auto *sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_size); // a row of a layout gets no buddy by itself
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Draw"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_population > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &SampleDialog::drawNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(population);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

std::optional<analytics::Sample> SampleDialog::draw(WorkspaceStore &store, const AuditFilter &filter,
                                                    QWidget *parent)
{
    SampleDialog dialog(store, filter, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.sample();
}

void SampleDialog::setSize(qint64 size)
{
    m_size->setValue(int(size));
}

void SampleDialog::setSeed(quint64 seed)
{
    m_seed->setText(QString::number(seed));
}

void SampleDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString SampleDialog::errorText() const
{
    return m_error->text();
}

bool SampleDialog::drawNow()
{
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    if (!ok || seed > analytics::MaxSeed) {
        m_error->setText(tr("The seed is a whole number from 0 to 9007199254740991."));
        return false;
    }
    try {
        m_sample = analytics::drawSample(m_store, m_filter, m_size->value(), seed, m_name->text().trimmed());
    } catch (const std::exception &e) {
        m_error->setText(errorMessage(e));
        return false;
    }
    accept();
    return true;
}

void SampleDialog::askSampleSize()
{
    SampleSizeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.sampleSize())
        m_size->setValue(int(std::min<qint64>(*dialog.sampleSize(), m_size->maximum())));
}

} // namespace ab
