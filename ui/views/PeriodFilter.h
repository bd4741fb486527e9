#pragma once
// "Period (UTC): [x] start – end [Range ▾]" for the record pages' filter bars: unset unless ticked. Dates are
// typed as ISO dates (the whole field is selected on focus, so typing replaces it); the Range menu sets
// this or last quarter, this or last year, or the examination period in one step.

#include "core/common/Instant.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QCheckBox;
class QDateTimeEdit;
class QToolButton;

namespace ab {

enum class QuickRange
{
    ThisQuarter,
    LastQuarter,
    ThisYear,
    LastYear,
    ExaminationPeriod
};

using Period = std::pair<QDateTime, QDateTime>; // UTC, both ends inclusive (end at 23:59:59)

// The range `which` around `today` (UTC); the examination period comes from examinationPeriod() and is
// nullopt when no page has set one.
std::optional<Period> quickRange(QuickRange which, const QDate &today);
// Where "the examination period" comes from (MainWindow: the Examination page's period).
void setExaminationPeriodSource(std::function<std::optional<Period>()> source);
std::optional<Period> examinationPeriod();

// A "Range" button whose menu applies a quick range through `apply`; for any start/end pair of edits.
QToolButton *makeQuickRangeButton(QWidget *parent, std::function<void(const Period &)> apply);
// Makes a date-time edit take typing at once: the whole text is selected whenever it gains focus.
void makeTypeable(QDateTimeEdit *edit);

class PeriodFilter : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodFilter(QWidget *parent = nullptr);

    std::optional<Instant> start() const;
    std::optional<Instant> end() const;
    // Ticks the box and sets both ends (an unset end keeps its edit's value); both unset: unticks it.
    void setPeriod(const std::optional<Instant> &start, const std::optional<Instant> &end);
    // Ticks the box and applies a quick range (emits changed once); false when it has no period.
    bool applyQuickRange(QuickRange which, const QDate &today = QDate::currentDate());
    QCheckBox *checkBox() const { return m_enabled; }

signals:
    void changed();

private:
    void applyPeriod(const Period &period);

    QCheckBox *m_enabled = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
};

// The pretty-printed JSON of a record for a details pane (the text as imported when it is not an object).
QString prettyJson(const QByteArray &raw);
// An epoch-milliseconds time as RFC 3339 UTC with milliseconds, empty when unset.
QString msText(const std::optional<qint64> &ms);

} // namespace ab
