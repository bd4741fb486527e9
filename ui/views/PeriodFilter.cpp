#include "ui/views/PeriodFilter.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>

namespace ab {

PeriodFilter::PeriodFilter(QWidget *parent) : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("Period (UTC):"), this);
    m_enabled->setObjectName(QStringLiteral("periodEnabled"));
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_end = new QDateTimeEdit(this);
    m_end->setObjectName(QStringLiteral("periodEnd"));
    const int year = QDate::currentDate().year() - 1;
    m_start->setDateTime(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC));
    m_end->setDateTime(QDateTime(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        layout->addWidget(edit);
        if (edit == m_start)
            layout->addWidget(new QLabel(QStringLiteral("–"), this));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this]() {
            if (m_enabled->isChecked())
                emit changed();
        });
    }
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
        emit changed();
    });
}

std::optional<Instant> PeriodFilter::start() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    return Instant::fromMSecsSinceEpoch(m_start->dateTime().toMSecsSinceEpoch());
}

std::optional<Instant> PeriodFilter::end() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    return Instant::fromMSecsSinceEpoch(m_end->dateTime().toMSecsSinceEpoch());
}

void PeriodFilter::setPeriod(const std::optional<Instant> &start, const std::optional<Instant> &end)
{
    const QSignalBlocker blockStart(m_start), blockEnd(m_end), blockBox(m_enabled);
    if (start)
        m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(start->toMSecsSinceEpoch(), Qt::UTC));
    if (end)
        m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(end->toMSecsSinceEpoch(), Qt::UTC));
    const bool on = start || end;
    m_enabled->setChecked(on);
    m_start->setEnabled(on);
    m_end->setEnabled(on);
}

QString prettyJson(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString msText(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace ab
