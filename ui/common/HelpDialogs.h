#pragma once
// Help that works offline: the user guide (docs/user-guide.md, compiled in as
// :/auditbench/help/user-guide.md, so the dialog shows exactly the text in the repository) and every action's
// shortcut.

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;
class QTextBrowser;

namespace ab {

// The guide's Markdown as compiled into the binary (empty if the resource is missing).
QString userGuideMarkdown();

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

// One row per action that has a shortcut: what it does (mnemonic markers removed) and its keys in the
// platform's notation, sorted as the menus list them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ab
