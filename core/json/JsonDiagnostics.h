#pragma once

#include "common/InputError.h"

#include <string_view>

namespace ab {

// simdjson says *that* a text is not valid JSON; this finds *where* and says what was expected, using
// Qt's JSON parser (which reports an offset) over the smallest span known to hold the problem.
// `span` must point into `whole`; positions are reported relative to `whole`.
InputError jsonSyntaxError(const QString &file, std::string_view whole, std::string_view span,
                           size_t fallbackOffset, const char *fallbackMessage);

// Offset of the second occurrence of a duplicate member name in an object of `span` (the first duplicate
// in document order), or npos. Diagnostic path only.
size_t findDuplicateMember(std::string_view span);

} // namespace ab
