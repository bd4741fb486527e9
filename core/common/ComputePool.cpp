#include "core/common/ComputePool.h"

#include <QThread>
#include <QThreadPool>

namespace ab {

QThreadPool *computePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // deliberately never destroyed: work may still finish during exit
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace ab
