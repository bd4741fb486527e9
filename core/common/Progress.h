#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <stdexcept>

namespace ab {

// The small interface that long work (import, verify, generate, print) reports through.
// Implementations must be thread-safe: workers call report() and isCancelled() from pool threads.
class Progress
{
public:
    virtual ~Progress() = default;
    // A new stage of the work begins, with `total` units (0 when unknown).
    virtual void beginStage(const QString &label, qint64 total) = 0;
    // `done` units of the current stage are complete (monotonic, may be called from any thread).
    virtual void report(qint64 done) = 0;
    virtual bool isCancelled() const = 0;
};

// A Progress that ignores reports and can be cancelled from another thread.
class CancellableProgress : public Progress
{
public:
    void beginStage(const QString &, qint64) override {}
    void report(qint64) override {}
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// Thrown by long work when Progress::isCancelled() turned true; callers roll back and report "cancelled".
class CancelledError : public Error
{
public:
    CancelledError() : Error(QCoreApplication::translate("ab::Progress", "Cancelled")) {}
};

inline void throwIfCancelled(const Progress *progress)
{
    if (progress && progress->isCancelled())
        throw CancelledError();
}

} // namespace ab
