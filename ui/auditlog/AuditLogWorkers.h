#pragma once
// The audit log's workers (the model's re-index, the charts' counts) run on a thread pool of their own,
// passed as runInBackground's last argument. Not on QThreadPool::globalInstance(): Qt's raster paint engine
// (6.4) splits a large fill into tasks on the global pool and waits for them on the UI thread; with both of a
// 2-core machine's pool threads busy with a scan of a million records, painting the charts' background
// stalled the UI thread until a scan finished (21-40 s under load, seen in gdb: QSemaphore::acquire under
// QRasterPaintEngine::fill). Not on workerPool() either: a long export or import must not queue a re-index.

#include "ui/common/TaskProgress.h"

#include <QThreadPool>

namespace ab {

// Two threads (the model and the charts each have at most one worker that matters); owned by the
// application, so quitting waits for them while Qt is still there (the model cancels its own first).
QThreadPool *auditLogPool();

} // namespace ab
