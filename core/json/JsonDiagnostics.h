#pragma once

#include "core/common/InputError.h"

#include <string>
#include <string_view>

namespace ab {

// Single: the span is one JSON text, anything after it is an error. Stream: the span is a sequence of JSON
// texts (NDJSON), each diagnosed in turn.
enum class JsonTextKind
{
    Single,
    Stream
};

// simdjson says *that* a text is not valid JSON; this finds *where* and says what was expected, using
// Qt's JSON parser (which reports an offset) over the smallest span known to hold the problem.
// `span` must point into `whole`; positions are reported relative to `whole`.
InputError jsonSyntaxError(const QString &file, std::string_view whole, std::string_view span,
                           size_t fallbackOffset, const char *fallbackMessage,
                           JsonTextKind kind = JsonTextKind::Single);

// Offset of the second occurrence of a duplicate member name in an object of `span` (the first duplicate
// in document order), or npos; `name` (when given) receives the repeated name. Diagnostic path only.
size_t findDuplicateMember(std::string_view span, std::string *name = nullptr);

// The one text for a repeated member name, wherever it is found (records, pages, keyrings).
QString duplicateMemberMessage(std::string_view name);

} // namespace ab
