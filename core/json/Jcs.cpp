#include "core/json/Jcs.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace ab::jcs {

namespace {

// Where the canonical form is written: `storage` from `start` on, through a pointer. std::string's own
// appends check capacity token by token and resize() zero-fills each byte just before it is overwritten; a
// Sink grows its storage only when it must, so a buffer reused for a million records is sized once
// (canonicalizeInto) and never cleared. `storage` may end up longer than what was written (size()): a caller
// appending to a string shrinks it back.
class Sink
{
public:
    Sink(std::string &storage, size_t start) : m_storage(storage), m_size(start) {}

    // Room for `n` more bytes: write them there, then advance(n).
    char *room(size_t n)
    {
        if (m_size + n > m_storage.size())
            m_storage.resize(m_size + n); // std::string grows its capacity geometrically
        return m_storage.data() + m_size;
    }
    void advance(size_t n) { m_size += n; }
    void push_back(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    void append(const char *s, size_t n)
    {
        std::memcpy(room(n), s, n);
        m_size += n;
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    void append(const char *s) { append(std::string_view(s)); }
    void append(size_t n, char c)
    {
        std::memset(room(n), c, n);
        m_size += n;
    }
    size_t size() const { return m_size; }

private:
    std::string &m_storage;
    size_t m_size;
};

void writeNumber(Sink &out, double value)
{
    if (!std::isfinite(value))
        throw Error(
            QStringLiteral("JCS: NaN and Infinity have no JSON form")); // unreachable from parsed JSON
    if (value == 0) {                                                   // both +0 and -0
        out.push_back('0');
        return;
    }
    if (value < 0) {
        out.push_back('-');
        value = -value;
    }
    // Shortest round-trip digits (the same digits ECMAScript picks), in scientific form "d.ddde[+-]xx".
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string_view sci(buf, size_t(res.ptr - buf));
    const size_t ePos = sci.find('e');
    char digits[32];
    int k = 0;
    for (size_t i = 0; i < ePos; ++i)
        if (sci[i] != '.')
            digits[k++] = sci[i];
    while (k > 1 && digits[k - 1] == '0')
        --k;
    int exp10 = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+'), sci.data() + sci.size(), exp10);
    const int n = exp10 + 1; // value = 0.d1d2...dk * 10^n

    if (k <= n && n <= 21) {
        out.append(digits, size_t(k));
        out.append(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, size_t(n));
        out.push_back('.');
        out.append(digits + n, size_t(k - n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(size_t(-n), '0');
        out.append(digits, size_t(k));
    } else {
        out.push_back(digits[0]);
        if (k > 1) {
            out.push_back('.');
            out.append(digits + 1, size_t(k - 1));
        }
        out.push_back('e');
        const int e = n - 1;
        out.push_back(e < 0 ? '-' : '+');
        char ebuf[8];
        auto r = std::to_chars(ebuf, ebuf + sizeof ebuf, e < 0 ? -e : e);
        out.append(ebuf, size_t(r.ptr - ebuf));
    }
}

// True when one of the 8 bytes is below 0x20, '"' or '\\' (exact: the classic "has byte less than / equal to"
// bit tricks have no false positives for the any-byte question).
inline bool needsEscape8(uint64_t v)
{
    constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const uint64_t below20 = (v - ones * 0x20) & ~v & highs;
    const uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
    return (below20 | ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs)) != 0;
}

// Index of the first byte of `s` that JCS must escape, or s.size().
size_t plainPrefix(std::string_view s)
{
    size_t i = 0;
    while (i + 8 <= s.size()) {
        uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        if (needsEscape8(v))
            break;
        i += 8;
    }
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\')
            break;
    }
    return i;
}

// Writes `prefix`, the quoted plain string `s` and `suffix` with one capacity check (the hot path: names and
// values without escapes).
void writePlain(Sink &out, char prefix, std::string_view s, char suffix)
{
    const size_t length = s.size() + 2 + (prefix ? 1 : 0) + (suffix ? 1 : 0);
    char *p = out.room(length);
    if (prefix)
        *p++ = prefix;
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    if (suffix)
        *p = suffix;
    out.advance(length);
}

void writeString(Sink &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = plainPrefix(s);
    if (i == s.size()) {
        writePlain(out, 0, s, 0);
        return;
    }
    out.push_back('"');
    size_t runStart = 0;
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append("\\u00");
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xF]);
        }
    }
    out.append(s.data() + runStart, s.size() - runStart);
    out.push_back('"');
}

} // namespace

void appendNumber(std::string &out, double value)
{
    Sink sink(out, out.size());
    writeNumber(sink, value);
    out.resize(sink.size());
}

void appendString(std::string &out, std::string_view utf8)
{
    Sink sink(out, out.size());
    writeString(sink, utf8);
    out.resize(sink.size());
}

// Decodes one code point from valid UTF-8 (the parser has validated it).
static char32_t nextCodePoint(std::string_view s, size_t &i)
{
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    ++i;
    while (extra-- > 0 && i < s.size())
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

bool utf16Less(std::string_view a, std::string_view b)
{
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const unsigned char ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[j]);
        if (ca < 0x80 && cb < 0x80) {
            if (ca != cb)
                return ca < cb;
            ++i;
            ++j;
            continue;
        }
        const char32_t pa = nextCodePoint(a, i), pb = nextCodePoint(b, j);
        if (pa == pb)
            continue;
        // Compare the first UTF-16 code unit; code points above the BMP become surrogates (D800..DBFF),
        // which sort below E000..FFFF although their code points are larger.
        const auto unit = [](char32_t cp) -> char32_t {
            return cp >= 0x10000 ? 0xD800 + ((cp - 0x10000) >> 10) : cp;
        };
        const char32_t ua = unit(pa), ub = unit(pb);
        if (ua != ub)
            return ua < ub;
        const auto low = [](char32_t cp) -> char32_t { return 0xDC00 + ((cp - 0x10000) & 0x3FF); };
        return low(pa) < low(pb);
    }
    return (a.size() - i) < (b.size() - j) && i == a.size();
}

namespace {

// utf16Less for member names, fast where names differ first in an ASCII byte (nearly always): UTF-8 byte
// order and UTF-16 order agree up to the first differing character, and an ASCII byte at that position
// starts a character in both names.
bool keyLess(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    size_t i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    if (i == n)
        return a.size() < b.size();
    const unsigned char ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[i]);
    if (ca < 0x80 && cb < 0x80)
        return ca < cb;
    return utf16Less(a, b);
}

struct Member
{
    std::string_view key;
    simdjson::dom::element value;
};

// Objects are small (a record has about twenty members): comparing each name with those before it costs
// less than sorting them, up to a size where sorting wins.
constexpr size_t PairwiseUpTo = 24;

void requireUniqueIn(const simdjson::dom::element &el, std::vector<std::string_view> &names)
{
    using simdjson::dom::element_type;
    if (el.type() == element_type::ARRAY) {
        for (auto child : simdjson::dom::array(el))
            requireUniqueIn(child, names);
        return;
    }
    if (el.type() != element_type::OBJECT)
        return;
    const size_t base = names.size();
    for (auto field : simdjson::dom::object(el))
        names.push_back(field.key);
    const auto begin = names.begin() + std::ptrdiff_t(base);
    if (names.size() - base <= PairwiseUpTo) {
        for (auto it = begin; it != names.end(); ++it)
            if (std::find(begin, it, *it) != it)
                throw DuplicateMemberError(std::string(*it));
    } else {
        std::sort(begin, names.end());
        if (const auto dup = std::adjacent_find(begin, names.end()); dup != names.end())
            throw DuplicateMemberError(std::string(*dup));
    }
    names.resize(base);
    for (auto field : simdjson::dom::object(el))
        requireUniqueIn(field.value, names);
}

// The member orders of the last top-level objects canonicalised on a thread. The records of one export come
// in a few shapes (member names in one order per kind of event), so a record's order is usually known once
// its names compare equal to a cached list, without a sort (and without the duplicate check: the same names
// in the same order sorted without a repeat before).
struct MemberOrder
{
    std::vector<std::string> names; // in document order (omitted members left out)
    std::vector<uint32_t> order;    // indices into names, in JCS order
    std::vector<uint8_t> plain;     // by index: the name needs no escaping

    bool matches(const Member *members, size_t count) const
    {
        if (names.size() != count)
            return false;
        for (size_t i = 0; i < count; ++i)
            if (names[i] != members[i].key)
                return false;
        return true;
    }
};

struct MemberOrderCache
{
    static constexpr size_t Capacity = 8;
    std::vector<MemberOrder> entries; // most recently used first

    // The entry for these names, moved to the front; a new front entry (the least recently used one
    // dropped) with `names` empty when there is none.
    MemberOrder &lookup(const Member *members, size_t count)
    {
        size_t i = 0;
        while (i < entries.size() && !entries[i].matches(members, count))
            ++i;
        if (i == entries.size()) {
            if (entries.size() < Capacity)
                entries.emplace_back();
            else
                --i;
            entries[i].names.clear();
        }
        std::rotate(entries.begin(), entries.begin() + std::ptrdiff_t(i),
                    entries.begin() + std::ptrdiff_t(i) + 1);
        return entries.front();
    }
};

// One canonicalisation: where it writes, the members of the objects being written (children push theirs
// above their parent's and pop them again), and whether strings may need escapes at all.
struct Canonicalizer
{
    Sink &out;
    std::vector<Member> &scratch;
    bool stringsArePlain; // Strings::NeedNoEscapes

    bool isPlain(std::string_view s) const { return stringsArePlain || plainPrefix(s) == s.size(); }

    void writeName(std::string_view key, bool first, bool plain)
    {
        if (plain) {
            writePlain(out, first ? 0 : ',', key, ':');
        } else {
            if (!first)
                out.push_back(',');
            writeString(out, key);
            out.push_back(':');
        }
    }

    // Throws DuplicateMemberError for the first name that repeats among `count` names in JCS order.
    static void requireNoRepeat(size_t count, auto keyAt)
    {
        for (size_t k = 0; k + 1 < count; ++k)
            if (keyAt(k) == keyAt(k + 1))
                throw DuplicateMemberError(std::string(keyAt(k)));
    }

    // Writes `count` members in JCS order; `memberAt(k)` gives the k-th and whether its name is plain. It is
    // asked again for each member because the children's members go on `scratch` too and may move it.
    void writeMembers(size_t count, auto memberAt)
    {
        for (size_t k = 0; k < count; ++k) {
            const auto [m, plain] = memberAt(k);
            writeName(m.key, k == 0, plain);
            write(m.value);
        }
    }

    // The top level: in the order cached for these names, found first when they differ. A new entry's names
    // stay empty until the order is known, so a record with a repeated name leaves nothing that matches.
    void writeMembersInCachedOrder(size_t base, MemberOrderCache &cache)
    {
        const size_t count = scratch.size() - base;
        MemberOrder &cached = cache.lookup(scratch.data() + base, count);
        if (cached.names.size() != count || count == 0) {
            const Member *m = scratch.data() + base;
            std::vector<uint32_t> sorted(count);
            std::iota(sorted.begin(), sorted.end(), 0);
            std::sort(sorted.begin(), sorted.end(),
                      [m](uint32_t l, uint32_t r) { return keyLess(m[l].key, m[r].key); });
            requireNoRepeat(count, [&](size_t k) { return m[sorted[k]].key; });
            cached.names.resize(count);
            cached.plain.resize(count);
            for (size_t k = 0; k < count; ++k) {
                cached.names[k].assign(m[k].key);
                cached.plain[k] = plainPrefix(m[k].key) == m[k].key.size();
            }
            cached.order = std::move(sorted);
        }
        writeMembers(count, [&](size_t k) {
            const uint32_t at = cached.order[k];
            return std::pair{scratch[base + at], cached.plain[at] != 0};
        });
    }

    void writeSortedMembers(size_t base)
    {
        const auto begin = scratch.begin() + std::ptrdiff_t(base);
        std::sort(begin, scratch.end(),
                  [](const Member &l, const Member &r) { return keyLess(l.key, r.key); });
        const size_t count = scratch.size() - base;
        requireNoRepeat(count, [&](size_t k) { return scratch[base + k].key; });
        writeMembers(count, [&](size_t k) {
            const Member m = scratch[base + k];
            return std::pair{m, isPlain(m.key)};
        });
    }

    void writeObject(const simdjson::dom::element &el, std::initializer_list<std::string_view> omit = {},
                     MemberOrderCache *cache = nullptr)
    {
        const size_t base = scratch.size();
        for (auto field : simdjson::dom::object(el)) {
            bool skip = false;
            for (std::string_view o : omit)
                if (field.key == o) {
                    skip = true;
                    break;
                }
            if (!skip)
                scratch.push_back(Member{field.key, field.value});
        }
        out.push_back('{');
        if (cache)
            writeMembersInCachedOrder(base, *cache);
        else
            writeSortedMembers(base);
        scratch.resize(base);
        out.push_back('}');
    }

    void write(const simdjson::dom::element &el)
    {
        using simdjson::dom::element_type;
        switch (el.type()) {
        case element_type::OBJECT:
            writeObject(el);
            break;
        case element_type::ARRAY: {
            out.push_back('[');
            bool first = true;
            for (auto child : simdjson::dom::array(el)) {
                if (!first)
                    out.push_back(',');
                first = false;
                write(child);
            }
            out.push_back(']');
            break;
        }
        case element_type::STRING: {
            const std::string_view s(el);
            if (stringsArePlain)
                writePlain(out, 0, s, 0);
            else
                writeString(out, s);
            break;
        }
        case element_type::INT64: {
            // Integers within +-2^53 are exact as doubles, and their JCS form is their decimal digits.
            const int64_t v = int64_t(el);
            if (v >= -(int64_t(1) << 53) && v <= (int64_t(1) << 53)) {
                constexpr size_t MaxDigits = 20; // with the sign
                char *p = out.room(MaxDigits);
                out.advance(size_t(std::to_chars(p, p + MaxDigits, v).ptr - p));
            } else {
                writeNumber(out, double(v));
            }
            break;
        }
        case element_type::UINT64:
            writeNumber(out, double(uint64_t(el)));
            break;
        case element_type::DOUBLE:
            writeNumber(out, double(el));
            break;
        case element_type::BOOL:
            out.append(bool(el) ? "true" : "false");
            break;
        case element_type::NULL_VALUE:
            out.append("null");
            break;
        }
    }

    // The outermost value: an object's member order comes from the thread's cache.
    void writeTop(const simdjson::dom::element &el, std::initializer_list<std::string_view> omit,
                  MemberOrderCache &cache)
    {
        if (el.type() == simdjson::dom::element_type::OBJECT)
            writeObject(el, omit, &cache);
        else
            write(el);
    }
};

} // namespace

void requireUniqueMembers(const simdjson::dom::element &element)
{
    thread_local std::vector<std::string_view> names; // reused: a million records allocate nothing here
    names.clear();
    requireUniqueIn(element, names);
}

namespace {

void canonicalizeWith(const simdjson::dom::element &element, Sink &out,
                      std::initializer_list<std::string_view> omitTopLevel, Strings strings)
{
    // One scratch per thread, reused: canonicalising millions of records then allocates nothing here.
    thread_local std::vector<Member> scratch;
    thread_local MemberOrderCache order;
    scratch.clear();
    Canonicalizer{out, scratch, strings == Strings::NeedNoEscapes}.writeTop(element, omitTopLevel, order);
}

} // namespace

void canonicalize(const simdjson::dom::element &element, std::string &out,
                  std::initializer_list<std::string_view> omitTopLevel)
{
    Sink sink(out, out.size());
    canonicalizeWith(element, sink, omitTopLevel, Strings::MayNeedEscapes);
    out.resize(sink.size());
}

std::string_view canonicalizeInto(const simdjson::dom::element &element, std::string &buffer,
                                  std::initializer_list<std::string_view> omitTopLevel, Strings strings)
{
    Sink sink(buffer, 0);
    canonicalizeWith(element, sink, omitTopLevel, strings);
    return {buffer.data(), sink.size()};
}

std::optional<std::string> widenBigIntegers(std::string_view json)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::string out;
    size_t copied = 0;
    bool inString = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !isDigit(c))
            continue;
        const bool negative = c == '-';
        size_t end = i + (negative ? 1 : 0);
        const size_t digitsBegin = end;
        while (end < json.size() && isDigit(json[end]))
            ++end;
        const bool integer = end == json.size() || (json[end] != '.' && json[end] != 'e' && json[end] != 'E');
        const std::string_view digits = json.substr(digitsBegin, end - digitsBegin);
        // int64 down to -9223372036854775808, uint64 up to 18446744073709551615: what simdjson reads itself.
        const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
        const bool beyond = digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit);
        if (integer && beyond && (digits.size() < 2 || digits[0] != '0')) {
            out.append(json.substr(copied, end - copied)).append(".0");
            copied = end;
        }
        while (end < json.size() && (isDigit(json[end]) || json[end] == '.' || json[end] == 'e' ||
                                     json[end] == 'E' || json[end] == '+' || json[end] == '-'))
            ++end;
        i = end - 1;
    }
    if (copied == 0)
        return std::nullopt;
    out.append(json.substr(copied));
    return out;
}

namespace {

// One JSON text parsed as canonicalize() reads it (integers beyond 64 bits widened); `padded` holds it.
simdjson::dom::element parsedText(simdjson::dom::parser &parser, simdjson::padded_string &padded,
                                  std::string_view json)
{
    padded = simdjson::padded_string(json);
    simdjson::dom::element el;
    auto err = parser.parse(padded).get(el);
    if (err == simdjson::NUMBER_ERROR)
        if (const auto widened = widenBigIntegers(json)) {
            padded = simdjson::padded_string(*widened);
            err = parser.parse(padded).get(el);
        }
    if (err)
        throw Error(QString::fromUtf8(simdjson::error_message(err)));
    return el;
}

} // namespace

std::string canonicalize(std::string_view json)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded;
    std::string out;
    canonicalize(parsedText(parser, padded, json), out);
    return out;
}

void requireUniqueMembers(std::string_view json)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded;
    requireUniqueMembers(parsedText(parser, padded, json));
}

} // namespace ab::jcs
