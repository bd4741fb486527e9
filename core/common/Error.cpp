#include "core/common/Error.h"

#include <QCoreApplication>

namespace ab {

QString errorMessage(const std::exception &error)
{
    if (const auto *own = dynamic_cast<const Error *>(&error))
        return own->text();
    return QString::fromUtf8(error.what());
}

QString errorMessage(std::exception_ptr error)
{
    if (!error)
        return QCoreApplication::translate("ab::Error", "Unexpected error");
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return errorMessage(e);
    } catch (...) {
        return QCoreApplication::translate("ab::Error", "Unexpected error");
    }
}

} // namespace ab
