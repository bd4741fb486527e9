#pragma once

#include <cstddef>
#include <string_view>

// JSON whitespace, in one place for every reader that looks at a text before or around simdjson's parse
// (the splits, import's kind check, the diagnostics).
namespace ab {

// RFC 8259's whitespace: space, horizontal tab, line feed, carriage return; not form feed or vertical tab.
constexpr bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The same within one line of a text split at its line feeds, where a line feed ends the line.
constexpr bool isBlankInLine(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// The first position at or after `i` that is not JSON whitespace; text.size() when there is none.
constexpr size_t skipJsonWhitespace(std::string_view text, size_t i)
{
    while (i < text.size() && isJsonWhitespace(text[i]))
        ++i;
    return i;
}

// `s` without the characters around it for which `isBlank` holds.
template <typename IsBlank> constexpr std::string_view trimmedWhere(std::string_view s, IsBlank isBlank)
{
    size_t b = 0, e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

// `s` without the JSON whitespace around it.
constexpr std::string_view trimmedJson(std::string_view s)
{
    return trimmedWhere(s, isJsonWhitespace);
}

} // namespace ab
