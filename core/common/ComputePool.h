#pragma once

class QThreadPool;

namespace ab {

// The threads core's parallel work (parsing and authenticating a chain's records) runs on: one per core, not
// Qt's global pool. Why: Qt's raster paint engine splits large fills into tasks on the global pool and waits
// for them, so a verification occupying its threads would freeze the GUI's painting for seconds (measured on
// the audit log at 1M records, docs/performance-workspace.md).
//
// The one way onto it: QtConcurrent with this pool, run() for one task beside the caller's own work (a file's
// hash, the other half of a validation), blockingMap() for a parallel loop. Wait for a run() only through its
// QFuture (result(), takeResult(), waitForFinished(), its iterator): these run a task no pool thread has
// started yet on the waiting thread, so a task on the pool that waits for another never waits for a free
// thread, even with every thread (two on a two-core machine) doing the same. blockingMap() is different
// (Qt 6.4): its caller only waits, for free pool threads, so it must never be called from a task on this
// pool.
QThreadPool *computePool();

} // namespace ab
