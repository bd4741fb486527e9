#include "ui/common/InflateLimitsBox.h"

#include "core/json/BoundedInflate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace ab {

namespace {

// The size as typed in the field: the largest power-of-1024 suffix that divides it.
QString sizeText(qint64 bytes)
{
    static constexpr std::pair<int, char> Units[] = {{40, 'T'}, {30, 'G'}, {20, 'M'}, {10, 'K'}};
    for (const auto &[shift, suffix] : Units)
        if (bytes % (qint64(1) << shift) == 0)
            return QString::number(bytes >> shift) + QLatin1Char(suffix);
    return QString::number(bytes);
}

} // namespace

InflateLimitsBox::InflateLimitsBox(QWidget *parent) : QGroupBox(tr("Compressed evidence (gzip)"), parent)
{
    setObjectName(QStringLiteral("inflateLimits"));
    const InflateLimits limits = InflateLimits::processDefault();
    auto *form = new QFormLayout(this);
    m_size = new QLineEdit(sizeText(limits.maxSize), this);
    m_size->setObjectName(QStringLiteral("maxInflatedSize"));
    m_size->setPlaceholderText(QStringLiteral("2G"));
    m_ratio = new QLineEdit(QString::number(limits.maxRatio), this);
    m_ratio->setObjectName(QStringLiteral("maxInflatedRatio"));
    m_ratio->setPlaceholderText(QStringLiteral("100"));
    form->addRow(tr("Largest &inflated size:"), m_size);
    form->addRow(tr("Large&st inflation ratio:"), m_ratio);
    auto *note =
        new QLabel(tr("A gzip file that inflates beyond these is refused as a possible gzip bomb, at "
                      "import and whenever a stored original is read again (the check, the runtime "
                      "chain's verification). Raise them only for an export you know to be genuine "
                      "(sizes with K, M, G; ratio 0: none). They hold until the workbench closes; "
                      "it starts with 2G and 100."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inflateLimitsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B3261E"));
    m_error->setVisible(false);
    form->addRow(m_error);
}

bool InflateLimitsBox::apply()
{
    InflateLimits limits;
    const auto size = InflateLimits::parseSize(m_size->text());
    bool ratioOk = false;
    const qint64 ratio = m_ratio->text().trimmed().toLongLong(&ratioOk);
    QString error;
    if (!size)
        error = tr("Largest inflated size '%1': expected a size in bytes greater than 0, such as 4096, 512M "
                   "or 4G.")
                    .arg(m_size->text());
    else if (!ratioOk || ratio < 0)
        error =
            tr("Largest inflation ratio '%1': expected a whole number of 0 or more.").arg(m_ratio->text());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return false;
    limits.maxSize = *size;
    limits.maxRatio = ratio;
    InflateLimits::setProcessDefault(limits);
    return true;
}

} // namespace ab
