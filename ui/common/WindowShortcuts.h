#pragma once
// Text fields claim some Ctrl keys for editing before any shortcut sees them (on Linux a line edit takes
// Ctrl+E as "end of line"), so Ctrl+E did nothing while a filter field had the focus. This filter lets the
// window's own action shortcuts win inside that window's fields; every other key still edits.

#include <QObject>

class QWidget;

namespace ab {

class WindowShortcuts : public QObject
{
    Q_OBJECT
public:
    // Watches the application's events for `window` (and is owned by it).
    explicit WindowShortcuts(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace ab
