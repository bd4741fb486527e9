#include "json/FlatRecord.h"

#include "json/Jcs.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ab::jcs {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// True when one of the 8 bytes is below 0x20, '"' or '\\' (exact for the any-byte question).
inline bool special8(uint64_t v)
{
    constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const uint64_t below20 = (v - ones * 0x20) & ~v & highs;
    const uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
    return (below20 | ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs)) != 0;
}

// At `i` just after an opening quote: moves `i` past the closing quote and returns true when the string
// has neither escapes nor control characters.
bool scanString(std::string_view s, size_t &i)
{
    const size_t n = s.size();
    while (i + 8 <= n) {
        uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        if (special8(v))
            break;
        i += 8;
    }
    for (; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"') {
            ++i;
            return true;
        }
        if (c == '\\' || c < 0x20)
            return false;
    }
    return false; // unterminated
}

// At `i` on the first character of a number: accepts -?(0|[1-9][0-9]{0,14}) not followed by a fraction,
// an exponent or a 16th digit (those are left to the general path), and never "-0" (JCS prints "0").
bool scanInteger(std::string_view s, size_t &i)
{
    const size_t start = i, n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    if (i >= n || s[i] < '0' || s[i] > '9')
        return false;
    if (s[i] == '0') {
        ++i;
        if (s[start] == '-')
            return false;
    } else {
        const size_t digitsStart = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i - digitsStart > 15)
            return false;
    }
    return !(i < n && (s[i] == '.' || s[i] == 'e' || s[i] == 'E' || (s[i] >= '0' && s[i] <= '9')));
}

} // namespace

bool FlatRecord::parse(std::string_view s)
{
    m_members.clear();
    size_t i = 0;
    const size_t n = s.size();
    const auto skip = [&] {
        while (i < n && isSpace(s[i]))
            ++i;
    };
    skip();
    if (i >= n || s[i] != '{')
        return false;
    ++i;
    skip();
    if (i < n && s[i] == '}') {
        ++i;
    } else {
        for (;;) {
            if (i >= n || s[i] != '"')
                return false;
            const size_t nameStart = ++i;
            if (!scanString(s, i))
                return false;
            Member m;
            m.name = s.substr(nameStart, i - 1 - nameStart);
            skip();
            if (i >= n || s[i] != ':')
                return false;
            ++i;
            skip();
            if (i >= n)
                return false;
            const size_t valueStart = i;
            if (s[i] == '"') {
                ++i;
                if (!scanString(s, i))
                    return false;
                m.isString = true;
            } else if (!scanInteger(s, i)) {
                return false;
            }
            m.token = s.substr(valueStart, i - valueStart);
            m_members.push_back(m);
            skip();
            if (i < n && s[i] == ',') {
                ++i;
                skip();
                continue;
            }
            if (i < n && s[i] == '}') {
                ++i;
                break;
            }
            return false;
        }
    }
    skip();
    return i == n;
}

bool FlatRecord::canonicalize(std::string &out, std::string_view omit1, std::string_view omit2)
{
    m_sorted.clear();
    for (const Member &m : m_members)
        m_sorted.push_back(&m);
    std::sort(m_sorted.begin(), m_sorted.end(), [](const Member *a, const Member *b) { return utf16Less(a->name, b->name); });
    for (size_t k = 1; k < m_sorted.size(); ++k)
        if (m_sorted[k - 1]->name == m_sorted[k]->name)
            return false;
    out.push_back('{');
    bool first = true;
    for (const Member *m : m_sorted) {
        if (m->name == omit1 || m->name == omit2)
            continue;
        if (!first)
            out.push_back(',');
        first = false;
        // Names and string tokens without escapes or control characters are their own JCS form.
        out.push_back('"');
        out.append(m->name);
        out.append("\":", 2);
        out.append(m->token);
    }
    out.push_back('}');
    return true;
}

} // namespace ab::jcs
