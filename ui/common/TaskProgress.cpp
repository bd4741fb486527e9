#include "ui/common/TaskProgress.h"

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QMutexLocker>

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

} // namespace ab
