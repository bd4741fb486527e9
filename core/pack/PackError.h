#pragma once
#include "core/common/Error.h"

namespace ab::pack {

// A pack that cannot be made or read as asked (destination not empty, unknown framework, unwritable folder).
class PackError : public Error
{
public:
    explicit PackError(const QString &text) : Error(text) {}
};

} // namespace ab::pack
