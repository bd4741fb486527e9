#pragma once
// The audit log's workers (the model's re-index, the charts' counts) run on a thread pool of their own, not
// on QThreadPool::globalInstance() as runInBackground does. Qt's raster paint engine (6.4) splits a large
// fill into tasks on the global pool and waits for them on the UI thread: with both of a 2-core machine's
// pool threads busy with a scan of a million records, painting the charts' background stalled the UI thread
// until a scan finished (21-40 s under load, seen in gdb: QSemaphore::acquire under
// QRasterPaintEngine::fill).

#include "ui/common/TaskProgress.h"

#include <QThreadPool>

namespace ab {

// Two threads (the model and the charts each have at most one worker that matters); owned by the
// application, so quitting waits for them while Qt is still there (the model cancels its own first).
QThreadPool *auditLogPool();

// runInBackground (ui/common/TaskProgress.h) on auditLogPool().
template <typename T>
void runOnAuditLogPool(QObject *context, std::shared_ptr<TaskProgress> progress,
                       std::function<T(Progress *)> work, std::function<void(const TaskOutcome<T> &)> done)
{
    auto *watcher = new QFutureWatcher<TaskOutcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() {
        const TaskOutcome<T> outcome = watcher->result();
        watcher->deleteLater();
        done(outcome);
    });
    watcher->setFuture(QtConcurrent::run(auditLogPool(), [progress, work]() {
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
