#include "TaskProgress.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace ab {

namespace {
struct TaskTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::TaskProgress)
};
} // namespace

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

QString describeException(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const InputError &e) {
        return e.toString();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return TaskTr::tr("Unexpected error");
    }
}

} // namespace ab
