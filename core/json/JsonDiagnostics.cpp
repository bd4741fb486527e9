#include "core/json/JsonDiagnostics.h"
#include "core/json/JsonWhitespace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ab {

struct JsonDiagnosticsTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::JsonDiagnostics)
};

static QString expectation(QJsonParseError::ParseError error)
{
    using E = QJsonParseError;
    switch (error) {
    case E::UnterminatedObject:
        return JsonDiagnosticsTr::tr("expected ',' or '}' after an object member");
    case E::MissingNameSeparator:
        return JsonDiagnosticsTr::tr("expected ':' after a member name");
    case E::UnterminatedArray:
        return JsonDiagnosticsTr::tr("expected ',' or ']' after an array element");
    case E::MissingValueSeparator:
        return JsonDiagnosticsTr::tr("expected ',' between values");
    case E::IllegalValue:
        return JsonDiagnosticsTr::tr("expected a JSON value");
    case E::TerminationByNumber:
        return JsonDiagnosticsTr::tr("expected more input after a number");
    case E::IllegalNumber:
        return JsonDiagnosticsTr::tr("expected a valid number");
    case E::IllegalEscapeSequence:
        return JsonDiagnosticsTr::tr("expected a valid escape sequence");
    case E::IllegalUTF8String:
        return JsonDiagnosticsTr::tr("expected valid UTF-8 in a string");
    case E::UnterminatedString:
        return JsonDiagnosticsTr::tr("expected '\"' to close the string");
    case E::MissingObject:
        return JsonDiagnosticsTr::tr("expected an object or an array");
    case E::DeepNesting:
        return JsonDiagnosticsTr::tr("expected at most 1024 levels of nesting");
    case E::DocumentTooLarge:
        return JsonDiagnosticsTr::tr("document too large");
    case E::GarbageAtEnd:
        return JsonDiagnosticsTr::tr("expected end of input after the JSON value");
    case E::NoError:
        break;
    }
    return {};
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 8259 number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view t)
{
    size_t i = 0;
    if (i < t.size() && t[i] == '-')
        ++i;
    if (i == t.size() || !isDigit(t[i]))
        return false;
    if (t[i] == '0')
        ++i;
    else
        while (i < t.size() && isDigit(t[i]))
            ++i;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (i == t.size() || !isDigit(t[i]))
            return false;
        while (i < t.size() && isDigit(t[i]))
            ++i;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i == t.size() || !isDigit(t[i]))
            return false;
        while (i < t.size() && isDigit(t[i]))
            ++i;
    }
    return i == t.size();
}

unsigned hex4(std::string_view s, size_t at)
{
    unsigned v = 0;
    for (size_t k = at; k < at + 4; ++k)
        v = v * 16 + unsigned(isDigit(s[k]) ? s[k] - '0' : (s[k] | 0x20) - 'a' + 10);
    return v;
}

struct LexicalProblem
{
    size_t offset = 0;
    QString message;
};

// What Qt's parser accepts and JSON does not: raw control characters in strings (a raw line break there is
// an unterminated string), invalid escapes and lone surrogates, numbers such as "1." or "01". Looks at the
// tokens that start in [begin, last] of `span`.
std::optional<LexicalProblem> scanLexical(std::string_view span, size_t begin, size_t last)
{
    bool inString = false;
    for (size_t i = begin; i < span.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(span[i]);
        if (inString) {
            if (c == '"') {
                inString = false;
            } else if (c == '\n' || c == '\r') {
                return LexicalProblem{i, JsonDiagnosticsTr::tr("expected '\"' to close the string")};
            } else if (c < 0x20) {
                return LexicalProblem{
                    i, JsonDiagnosticsTr::tr("expected an escaped control character in a string")};
            } else if (c == '\\') {
                const auto badEscape = [&] {
                    return LexicalProblem{i, JsonDiagnosticsTr::tr("expected a valid escape sequence")};
                };
                if (i + 1 >= span.size())
                    return badEscape();
                const char e = span[i + 1];
                if (e != 'u') {
                    if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
                        return badEscape();
                    ++i;
                    continue;
                }
                const auto isU = [&](size_t at) {
                    return at + 6 <= span.size() && span[at] == '\\' && span[at + 1] == 'u' &&
                           isHexDigit(span[at + 2]) && isHexDigit(span[at + 3]) && isHexDigit(span[at + 4]) &&
                           isHexDigit(span[at + 5]);
                };
                if (!isU(i))
                    return badEscape();
                const unsigned unit = hex4(span, i + 2);
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return badEscape(); // a low surrogate without its high half
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (!isU(i + 6) || hex4(span, i + 8) < 0xDC00 || hex4(span, i + 8) > 0xDFFF)
                        return badEscape(); // a high surrogate without its low half
                    i += 6;
                }
                i += 5;
            }
            continue;
        }
        if (i > last)
            break;
        if (c == '"') {
            inString = true;
        } else if (c == '-' || isDigit(char(c))) {
            size_t e = i;
            while (e < span.size() && (isDigit(span[e]) || span[e] == '.' || span[e] == 'e' ||
                                       span[e] == 'E' || span[e] == '+' || span[e] == '-'))
                ++e;
            if (!isJsonNumber(span.substr(i, e - i)))
                return LexicalProblem{i, JsonDiagnosticsTr::tr("expected a valid number")};
            i = e - 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            while (i + 1 < span.size() && std::isalnum(static_cast<unsigned char>(span[i + 1])))
                ++i;
        }
    }
    return std::nullopt;
}

} // namespace

InputError jsonSyntaxError(const QString &file, std::string_view whole, std::string_view span,
                           size_t fallbackOffset, const char *fallbackMessage, JsonTextKind kind)
{
    const size_t spanOffset = size_t(span.data() - whole.data());
    // Qt's parser keeps a whole DOM; beyond this size use simdjson's own position instead.
    constexpr size_t maxDiagnosedBytes = size_t(256) << 20;
    if (span.size() <= maxDiagnosedBytes) {
        // A stream (NDJSON) is diagnosed one document at a time: Qt calls the next document garbage.
        size_t p = 0;
        for (;;) {
            while (p < span.size() && isJsonWhitespace(span[p]))
                ++p;
            if (p >= span.size()) {
                if (p == span.size() && span.find_first_not_of(" \t\r\n") == std::string_view::npos)
                    return InputError::atOffset(
                        file, whole, spanOffset + p,
                        JsonDiagnosticsTr::tr("expected a JSON value, found no data"));
                break;
            }
            const std::string_view doc = span.substr(p);
            QJsonParseError error;
            QJsonDocument::fromJson(QByteArray::fromRawData(doc.data(), qsizetype(doc.size())), &error);
            if (error.error == QJsonParseError::NoError) {
                if (auto bad = scanLexical(span, p, span.size()))
                    return InputError::atOffset(file, whole, spanOffset + bad->offset, bad->message);
                break;
            }
            size_t q = p + size_t(error.offset);
            // Qt points just past the offending character for most errors; step back onto it. At the end of
            // the input after white space nothing offended: the input stops where more was expected.
            if (error.error != QJsonParseError::GarbageAtEnd && q > p &&
                (q < span.size() || !isJsonWhitespace(span[q - 1])))
                --q;
            q = std::min(q, span.size());
            if (auto bad = scanLexical(span, p, q))
                return InputError::atOffset(file, whole, spanOffset + bad->offset, bad->message);
            if (error.error != QJsonParseError::GarbageAtEnd || kind != JsonTextKind::Stream) {
                // Qt says "missing object" also where a value is missing inside (e.g. after a trailing
                // comma).
                const auto what = error.error == QJsonParseError::MissingObject && q > p
                                      ? QJsonParseError::IllegalValue
                                      : error.error;
                return InputError::atOffset(file, whole, spanOffset + q, expectation(what));
            }
            p = q;
        }
    }
    return InputError::atOffset(
        file, whole, fallbackOffset,
        JsonDiagnosticsTr::tr("invalid JSON (%1)").arg(QString::fromUtf8(fallbackMessage)));
}

QString duplicateMemberMessage(std::string_view name)
{
    return JsonDiagnosticsTr::tr("duplicate member name \"%1\": expected each name once per object")
        .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
}

namespace {

// Walks `value` looking for a repeated member name. Depth is bounded by simdjson's maximum depth.
size_t walkForDuplicate(simdjson::ondemand::value value, const char *base, std::string *name)
{
    using namespace simdjson;
    ondemand::json_type type;
    if (value.type().get(type))
        return std::string_view::npos;
    if (type == ondemand::json_type::object) {
        ondemand::object obj;
        if (value.get_object().get(obj))
            return std::string_view::npos;
        std::set<std::string> seen;
        for (auto field : obj) {
            ondemand::raw_json_string rawKey;
            if (field.key().get(rawKey))
                return std::string_view::npos;
            std::string_view key;
            if (field.unescaped_key().get(key))
                return std::string_view::npos;
            if (!seen.insert(std::string(key)).second) {
                if (name)
                    *name = std::string(key);
                return size_t(rawKey.raw() - base) - 1; // at the opening quote
            }
            ondemand::value child;
            if (field.value().get(child))
                return std::string_view::npos;
            const size_t found = walkForDuplicate(child, base, name);
            if (found != std::string_view::npos)
                return found;
        }
    } else if (type == ondemand::json_type::array) {
        ondemand::array arr;
        if (value.get_array().get(arr))
            return std::string_view::npos;
        for (auto element : arr) {
            ondemand::value child;
            if (element.get(child))
                return std::string_view::npos;
            const size_t found = walkForDuplicate(child, base, name);
            if (found != std::string_view::npos)
                return found;
        }
    }
    return std::string_view::npos;
}

} // namespace

size_t findDuplicateMember(std::string_view span, std::string *name)
{
    using namespace simdjson;
    // ondemand needs padding behind the span: copy (diagnostic path only).
    padded_string padded(span);
    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return std::string_view::npos;
    ondemand::value root;
    // A scalar document has no members; get_value fails on scalars in some versions.
    ondemand::json_type type;
    if (doc.type().get(type) || (type != ondemand::json_type::object && type != ondemand::json_type::array))
        return std::string_view::npos;
    if (doc.get_value().get(root))
        return std::string_view::npos;
    return walkForDuplicate(root, padded.data(), name);
}

} // namespace ab
