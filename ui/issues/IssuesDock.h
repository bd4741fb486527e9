#pragma once

#include "ui/issues/Issue.h"

#include <QDockWidget>

class QTableView;
class QLabel;

namespace ab {

class IssueModel;

// The issues dock: every warning and error of import, verify and generate, with a jump-to action.
class IssuesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IssuesDock(QWidget *parent = nullptr);

    IssueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Jumps to the target of the issue in `row` (what double-click does).
    void activate(int row);

signals:
    void jumpRequested(const ab::JumpTarget &target);

private:
    void updateTitle();

    IssueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ab
