#pragma once

#include "core/common/Error.h"

#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace simdjson::dom {
class element;
}

// RFC 8785 JSON Canonicalization Scheme over simdjson's DOM.
namespace ab::jcs {

// Thrown when an object holds the same member name twice (the canonical form would be ambiguous).
class DuplicateMemberError : public Error
{
public:
    explicit DuplicateMemberError(std::string name)
        : Error(QStringLiteral("duplicate member name \"%1\"").arg(QString::fromStdString(name))),
          m_name(std::move(name))
    {
    }
    const std::string &name() const { return m_name; }

private:
    std::string m_name;
};

// Appends the ECMAScript Number.prototype.toString form of a finite double.
void appendNumber(std::string &out, double value);
// Appends a JSON string literal with JCS's minimal escaping.
void appendString(std::string &out, std::string_view utf8);
// True when a sorts before b by UTF-16 code units (JCS member order).
bool utf16Less(std::string_view a, std::string_view b);

// Appends JCS(element). Members named in `omitTopLevel` are left out of the outermost object only.
// Throws DuplicateMemberError. Depth is bounded by the parser's maximum depth.
void canonicalize(const simdjson::dom::element &element, std::string &out,
                  std::initializer_list<std::string_view> omitTopLevel = {});

// What a caller knows of the strings in an element.
enum class Strings
{
    MayNeedEscapes,
    // No string, value or name, holds a character JCS escapes (a control character, '"' or '\\'): true of
    // anything parsed from a JSON text without a backslash, since a JSON string can hold those only escaped.
    // Each string is then copied as it is, without looking for one.
    NeedNoEscapes
};

// Writes JCS(element) into `buffer` from its start and returns it as a view into `buffer`: the buffer is only
// ever grown, so one reused for every record is sized once (no clearing, no reallocation). Otherwise as
// canonicalize(); `strings` must be true of the element.
std::string_view canonicalizeInto(const simdjson::dom::element &element, std::string &buffer,
                                  std::initializer_list<std::string_view> omitTopLevel, Strings strings);

// Throws DuplicateMemberError when any object in `element` holds a member name twice: the check
// canonicalize() makes, without writing the canonical form (an import validates every record this way).
void requireUniqueMembers(const simdjson::dom::element &element);

// simdjson 3.0 rejects integer literals beyond 64 bits, while JCS reads every number as a double
// (docs/spec/chain.md: "integers beyond 2^53 lose precision exactly as JCS says"). Returns a copy of `json`
// in which those literals carry a ".0" (parsed to the same double), or nullopt when there are none. `json`
// must be valid UTF-8.
std::optional<std::string> widenBigIntegers(std::string_view json);

// Parses and canonicalizes one JSON text (tests and small inputs). Throws ab::Error on bad JSON.
std::string canonicalize(std::string_view json);
// Parses one JSON text and checks it as requireUniqueMembers(element) does (tests and small inputs).
void requireUniqueMembers(std::string_view json);

} // namespace ab::jcs
