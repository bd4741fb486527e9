#include "ui/auditlog/AuditLogWorkers.h"

#include <QCoreApplication>

namespace ab {

QThreadPool *auditLogPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(2);
        return created;
    }();
    return pool;
}

} // namespace ab
