#include "ui/common/TaskProgress.h"

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace ab {

void TaskProgress::beginStage(const QString &label, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        m_label = label;
    }
    m_done.store(0, std::memory_order_relaxed);
    m_total.store(total, std::memory_order_relaxed);
}

QString TaskProgress::stageLabel() const
{
    QMutexLocker lock(&m_mutex);
    return m_label;
}

QThreadPool *workerPool()
{
    // A QPointer, not a plain pointer: the pool goes with the application, and a later application (tests)
    // gets a new one.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("ab.workerPool"));
        // At least two, as many as the global pool has otherwise: one long task never queues another.
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
    return pool;
}

} // namespace ab
