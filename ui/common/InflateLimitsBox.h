#pragma once
// The gzip limits (core/json/BoundedInflate.h) in Settings: the workbench's form of --max-inflated-size and
// --max-inflated-ratio. A genuine export beyond the defaults is imported, checked and verified after raising
// them here on purpose; they hold until the workbench closes (each start begins with the defaults, so a
// bomb never slips through on an old setting) and are never raised by the workbench itself.

#include <QCoreApplication>
#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace ab {

class InflateLimitsBox : public QGroupBox
{
    Q_DECLARE_TR_FUNCTIONS(ab::InflateLimitsBox)
public:
    explicit InflateLimitsBox(QWidget *parent = nullptr);
    // Sets the process's limits from the fields; false (and the reason shown) when a field is malformed.
    bool apply();

private:
    QLineEdit *m_size = nullptr;
    QLineEdit *m_ratio = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ab
