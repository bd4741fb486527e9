#pragma once

class QThreadPool;

namespace ab {

// The threads core's parallel work (parsing and authenticating a chain's records) runs on: one per core, not
// Qt's global pool. Why: Qt's raster paint engine splits large fills into tasks on the global pool and waits
// for them, so a verification occupying its threads would freeze the GUI's painting for seconds (measured on
// the audit log at 1M records, docs/performance-workspace.md).
QThreadPool *computePool();

} // namespace ab
