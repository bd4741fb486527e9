#pragma once

#include "ui/common/TaskProgress.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ab {

// The status-bar strip that shows the running background task: its stage, a progress bar and Cancel.
// One task at a time: the workbench's long actions are disabled while one runs (see MainWindow).
class TaskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPanel(QWidget *parent = nullptr);

    // Starts showing `progress` under `title`; returns false when another task is running.
    bool begin(const QString &title, std::shared_ptr<TaskProgress> progress);
    void end();
    bool isBusy() const { return m_progress != nullptr; }
    // Asks the running task to stop (what the Cancel button does); it ends when its worker has rolled back.
    void cancel();
    // Cancels the running task and waits until it has ended (and any task its end started at once), with
    // a wait cursor and, when that takes a moment, a window-modal note: the event loop keeps running, so
    // the worker's end is delivered and the window repaints. Returns at once when nothing runs.
    void cancelAndWait();

signals:
    void busyChanged(bool busy);

private:
    void refresh();

    std::shared_ptr<TaskProgress> m_progress;
    QString m_title;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer m_timer;
};

} // namespace ab
