#include "ui/common/WindowShortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace ab {

WindowShortcuts::WindowShortcuts(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget) &&
        !qobject_cast<QComboBox *>(widget))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    // Only keys with Ctrl (or Alt): plain typing, Delete and the arrows always belong to the field.
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    // Editing keys stay with the field even when an action uses them too (Copy on a table row, say).
    for (const auto standard :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo, QKeySequence::Redo,
          QKeySequence::SelectAll, QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord,
          QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord, QKeySequence::SelectNextWord,
          QKeySequence::SelectPreviousWord})
        if (key->matches(standard))
            return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch) {
                event->ignore(); // not overridden: the shortcut map gets the key
                return true;
            }
        }
    }
    return false;
}

} // namespace ab
