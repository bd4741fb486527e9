#pragma once

#include "core/common/Error.h"
#include "core/common/Progress.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ab {

// The Progress a worker thread reports into and the UI thread reads. Workers only touch atomics and a
// mutex-guarded label; the UI polls (see TaskPanel) so a fast worker never floods the event loop.
class TaskProgress : public Progress
{
public:
    void beginStage(const QString &label, qint64 total) override;
    void report(qint64 done) override { m_done.store(done, std::memory_order_relaxed); }
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    QString stageLabel() const;
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }

private:
    mutable QMutex m_mutex;
    QString m_label;
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
};

// How a background task ended: a value, a message (bad input, I/O), or cancelled.
template <typename T> struct TaskOutcome
{
    std::optional<T> value;
    QString error;
    bool cancelled = false;
};

// The pool the GUI's background tasks run on: never QThreadPool::globalInstance(). Qt's raster paint engine
// splits a large fill into tasks on the global pool and waits for them on the UI thread; with its threads
// busy with a long import, export or verification, painting stalled the UI thread until the task finished
// (seconds; seen on the audit log, AuditLogWorkers.h). Owned by the application, so that its end waits for
// running tasks (MainWindow cancels and waits for the task panel's task before that). Call it on the UI
// thread.
QThreadPool *workerPool();

// Runs `work` on `pool` (workerPool() when null) and calls `done` on `context`'s thread when it ends (never
// if `context` is destroyed first). Exceptions never cross threads: they become TaskOutcome::error.
template <typename T>
void runInBackground(QObject *context, std::shared_ptr<TaskProgress> progress,
                     std::function<T(Progress *)> work, std::function<void(const TaskOutcome<T> &)> done,
                     QThreadPool *pool = nullptr)
{
    auto *watcher = new QFutureWatcher<TaskOutcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() {
        const TaskOutcome<T> outcome = watcher->result();
        watcher->deleteLater();
        done(outcome);
    });
    watcher->setFuture(QtConcurrent::run(pool ? pool : workerPool(), [progress, work]() {
        TaskOutcome<T> outcome;
        try {
            outcome.value = work(progress.get());
        } catch (const CancelledError &) {
            outcome.cancelled = true;
        } catch (...) {
            outcome.error = errorMessage(std::current_exception());
        }
        return outcome;
    }));
}

} // namespace ab
