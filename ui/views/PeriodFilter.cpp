#include "ui/views/PeriodFilter.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace ab {

namespace {

std::function<std::optional<Period>()> &examinationSource()
{
    static std::function<std::optional<Period>()> source;
    return source;
}

Period days(const QDate &first, const QDate &last)
{
    return {QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last, QTime(23, 59, 59), Qt::UTC)};
}

// Selects the year on focus (after Qt has placed the cursor), so a typed ISO date replaces the value.
class SelectOnFocus : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A full section moves on by itself and selects the next one: the separator typed after it
        // ("2024-") must not move on a second time. After a short section ("3-") it still moves on.
        if (event->type() == QEvent::KeyPress) {
            const QString text = static_cast<QKeyEvent *>(event)->text();
            const auto *line = watched->findChild<QLineEdit *>();
            if (text.size() == 1 && QStringLiteral("-: T").contains(text) && line && line->hasSelectedText())
                return true;
        }
        if (event->type() == QEvent::FocusIn)
            if (auto *edit = qobject_cast<QDateTimeEdit *>(watched))
                QTimer::singleShot(0, edit, [edit]() {
                    // The first section (the year) selected: typing "2024-03-05 06:07:08" fills the
                    // sections in turn (each separator moves on), whatever a click had selected.
                    edit->setCurrentSectionIndex(0);
                    edit->setSelectedSection(edit->sectionAt(0));
                });
        return false;
    }
};

} // namespace

std::optional<Period> quickRange(QuickRange which, const QDate &today)
{
    const int year = today.year();
    const int quarterStart = (today.month() - 1) / 3 * 3 + 1; // 1, 4, 7 or 10
    const QDate thisQuarter(year, quarterStart, 1);
    switch (which) {
    case QuickRange::ThisQuarter:
        return days(thisQuarter, thisQuarter.addMonths(3).addDays(-1));
    case QuickRange::LastQuarter:
        return days(thisQuarter.addMonths(-3), thisQuarter.addDays(-1));
    case QuickRange::ThisYear:
        return days(QDate(year, 1, 1), QDate(year, 12, 31));
    case QuickRange::LastYear:
        return days(QDate(year - 1, 1, 1), QDate(year - 1, 12, 31));
    case QuickRange::ExaminationPeriod:
        return examinationPeriod();
    }
    return std::nullopt;
}

void setExaminationPeriodSource(std::function<std::optional<Period>()> source)
{
    examinationSource() = std::move(source);
}

std::optional<Period> examinationPeriod()
{
    const auto &source = examinationSource();
    return source ? source() : std::nullopt;
}

QToolButton *makeQuickRangeButton(QWidget *parent, std::function<void(const Period &)> apply)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("quickRange"));
    button->setText(PeriodFilter::tr("Ra&nge"));
    button->setToolTip(PeriodFilter::tr("Set the period to a common range"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const QList<QPair<QString, QuickRange>> ranges = {
        {PeriodFilter::tr("This &quarter"), QuickRange::ThisQuarter},
        {PeriodFilter::tr("&Last quarter"), QuickRange::LastQuarter},
        {PeriodFilter::tr("This &year"), QuickRange::ThisYear},
        {PeriodFilter::tr("Last y&ear"), QuickRange::LastYear},
        {PeriodFilter::tr("The e&xamination period"), QuickRange::ExaminationPeriod}};
    for (const auto &[text, which] : ranges) {
        QAction *action = menu->addAction(text);
        action->setData(int(which));
        QObject::connect(action, &QAction::triggered, button, [apply, which = which]() {
            if (const auto period = quickRange(which, QDateTime::currentDateTimeUtc().date()))
                apply(*period);
        });
    }
    // The examination period is offered only once the Examination page has one.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu]() {
        for (QAction *action : menu->actions())
            if (action->data().toInt() == int(QuickRange::ExaminationPeriod))
                action->setEnabled(examinationPeriod().has_value());
    });
    button->setMenu(menu);
    return button;
}

void makeTypeable(QDateTimeEdit *edit)
{
    edit->installEventFilter(new SelectOnFocus(edit));
}

PeriodFilter::PeriodFilter(QWidget *parent) : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("&Period (UTC):"), this);
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
        makeTypeable(edit);
        layout->addWidget(edit);
        if (edit == m_start)
            layout->addWidget(new QLabel(QStringLiteral("–"), this));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this]() {
            if (m_enabled->isChecked())
                emit changed();
        });
    }
    layout->addWidget(makeQuickRangeButton(this, [this](const Period &period) { applyPeriod(period); }));
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

bool PeriodFilter::applyQuickRange(QuickRange which, const QDate &today)
{
    const auto period = quickRange(which, today);
    if (!period)
        return false;
    applyPeriod(*period);
    return true;
}

void PeriodFilter::applyPeriod(const Period &period)
{
    {
        const QSignalBlocker blockStart(m_start), blockEnd(m_end), blockBox(m_enabled);
        m_start->setDateTime(period.first);
        m_end->setDateTime(period.second);
        m_enabled->setChecked(true);
        m_start->setEnabled(true);
        m_end->setEnabled(true);
    }
    emit changed();
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
