#pragma once
// A Progress that cancels the work at its first report of `after` units or more: for the tests that check
// a cancelled import or verification leaves nothing half done.

#include "core/common/Progress.h"

#include <QString>

#include <atomic>

namespace ab::test {

class CancelAfter : public Progress
{
public:
    explicit CancelAfter(qint64 after) : m_after(after) {}
    void beginStage(const QString &, qint64) override {}
    void report(qint64 done) override
    {
        if (done >= m_after)
            m_cancelled = true;
    }
    bool isCancelled() const override { return m_cancelled; }

private:
    qint64 m_after;
    std::atomic<bool> m_cancelled{false};
};

} // namespace ab::test
