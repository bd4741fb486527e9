#include "json/JsonDiagnostics.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

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
    case E::UnterminatedObject: return JsonDiagnosticsTr::tr("expected ',' or '}' after an object member");
    case E::MissingNameSeparator: return JsonDiagnosticsTr::tr("expected ':' after a member name");
    case E::UnterminatedArray: return JsonDiagnosticsTr::tr("expected ',' or ']' after an array element");
    case E::MissingValueSeparator: return JsonDiagnosticsTr::tr("expected ',' between values");
    case E::IllegalValue: return JsonDiagnosticsTr::tr("expected a JSON value");
    case E::TerminationByNumber: return JsonDiagnosticsTr::tr("expected more input after a number");
    case E::IllegalNumber: return JsonDiagnosticsTr::tr("expected a valid number");
    case E::IllegalEscapeSequence: return JsonDiagnosticsTr::tr("expected a valid escape sequence");
    case E::IllegalUTF8String: return JsonDiagnosticsTr::tr("expected valid UTF-8 in a string");
    case E::UnterminatedString: return JsonDiagnosticsTr::tr("expected '\"' to close the string");
    case E::MissingObject: return JsonDiagnosticsTr::tr("expected an object or an array");
    case E::DeepNesting: return JsonDiagnosticsTr::tr("expected at most 1024 levels of nesting");
    case E::DocumentTooLarge: return JsonDiagnosticsTr::tr("document too large");
    case E::GarbageAtEnd: return JsonDiagnosticsTr::tr("expected end of input after the JSON value");
    case E::NoError: break;
    }
    return {};
}

InputError jsonSyntaxError(const QString &file, std::string_view whole, std::string_view span, size_t fallbackOffset,
                           const char *fallbackMessage)
{
    const size_t spanOffset = size_t(span.data() - whole.data());
    // Qt's parser keeps a whole DOM; beyond this size use simdjson's own position instead.
    constexpr size_t maxDiagnosedBytes = size_t(256) << 20;
    if (span.size() <= maxDiagnosedBytes) {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromRawData(span.data(), qsizetype(span.size())), &error);
        if (error.error != QJsonParseError::NoError) {
            size_t at = spanOffset + size_t(error.offset);
            // Qt points just past the offending character for most errors; step back onto it.
            if (error.error != QJsonParseError::GarbageAtEnd && at > spanOffset && at <= whole.size())
                --at;
            return InputError::atOffset(file, whole, at, expectation(error.error));
        }
        // Qt accepts unescaped control characters in strings; JSON does not.
        bool inString = false;
        for (size_t i = 0; i < span.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(span[i]);
            if (inString && c == '\\') {
                ++i;
                continue;
            }
            if (c == '"')
                inString = !inString;
            else if (inString && c < 0x20)
                return InputError::atOffset(file, whole, spanOffset + i,
                                            JsonDiagnosticsTr::tr("expected an escaped control character in a string"));
        }
    }
    return InputError::atOffset(file, whole, fallbackOffset,
                                JsonDiagnosticsTr::tr("invalid JSON (%1)").arg(QString::fromUtf8(fallbackMessage)));
}

namespace {

// Walks `value` looking for a repeated member name. Depth is bounded by simdjson's maximum depth.
size_t walkForDuplicate(simdjson::ondemand::value value, const char *base)
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
            if (!seen.insert(std::string(key)).second)
                return size_t(rawKey.raw() - base) - 1; // at the opening quote
            ondemand::value child;
            if (field.value().get(child))
                return std::string_view::npos;
            const size_t found = walkForDuplicate(child, base);
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
            const size_t found = walkForDuplicate(child, base);
            if (found != std::string_view::npos)
                return found;
        }
    }
    return std::string_view::npos;
}

} // namespace

size_t findDuplicateMember(std::string_view span)
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
    return walkForDuplicate(root, padded.data());
}

} // namespace ab
