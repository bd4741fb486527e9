#pragma once
// "Period (UTC): [x] start – end" for the record pages' filter bars: unset unless ticked.

#include "core/common/Instant.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;

namespace ab {

class PeriodFilter : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodFilter(QWidget *parent = nullptr);

    std::optional<Instant> start() const;
    std::optional<Instant> end() const;
    // Ticks the box and sets both ends (an unset end keeps its edit's value); both unset: unticks it.
    void setPeriod(const std::optional<Instant> &start, const std::optional<Instant> &end);

signals:
    void changed();

private:
    QCheckBox *m_enabled = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
};

// The pretty-printed JSON of a record for a details pane (the text as imported when it is not an object).
QString prettyJson(const QByteArray &raw);
// An epoch-milliseconds time as RFC 3339 UTC with milliseconds, empty when unset.
QString msText(const std::optional<qint64> &ms);

} // namespace ab
