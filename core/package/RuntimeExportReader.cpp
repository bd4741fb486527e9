#include "core/package/RuntimeExportReader.h"

#include "core/json/JsonDiagnostics.h"

namespace ab::runtime_export {

namespace {

// Nesting deeper than any export needs (members of unread values): the validating pass leaves it to the DOM
// parse of the trusting reading, whose own limit (1024 levels) decides.
constexpr int MaxValidatedDepth = 256;

} // namespace

void Reader::failAt(const char *at, const QString &message) const
{
    if (validating())
        throw Rejected{};
    size_t offset = 0;
    if (at >= m_src.data() && at <= m_src.data() + m_src.size())
        offset = size_t(at - m_src.data());
    throw InputError::atOffset(m_src.name(), m_src.text(), offset, message);
}

void Reader::failJson(const char *at, error_code err) const
{
    if (validating())
        throw Rejected{};
    const size_t offset =
        (at >= m_src.data() && at <= m_src.data() + m_src.size()) ? size_t(at - m_src.data()) : 0;
    throw jsonSyntaxError(m_src.name(), m_src.text(), m_src.text(), offset, error_message(err));
}

ondemand::json_type Reader::typeOf(ondemand::value &v, const char *at) const
{
    ondemand::json_type type;
    if (auto err = v.type().get(type))
        failJson(at, err);
    return type;
}

bool Reader::isNull(ondemand::value &v, const char *at) const
{
    if (typeOf(v, at) != ondemand::json_type::null)
        return false;
    // The type is only the first byte: a validating pass checks the literal is "null".
    bool isNull = false;
    if (validating() && (v.is_null().get(isNull) || !isNull))
        throw Rejected{};
    return true;
}

QString Reader::string(ondemand::value v, std::string_view member) const
{
    const char *at = v.raw_json_token().data();
    if (isNull(v, at))
        return {};
    std::string_view s;
    if (v.get_string().get(s))
        failAt(at, RuntimeExportTr::tr("expected a string for \"%1\"").arg(qs(member)));
    return qs(s);
}

std::string_view Reader::view(ondemand::value v, std::string_view member) const
{
    const std::string_view token = v.raw_json_token(); // the string and the blanks up to the next token
    const char *at = token.data();
    if (isNull(v, at))
        return {};
    if (typeOf(v, at) == ondemand::json_type::string && token.find('\\') == std::string_view::npos) {
        // Without escapes the text between the quotes is the value (simdjson's stage 1 has checked its
        // UTF-8 and control characters); the closing quote is the last one of the token.
        // It is still consumed: on-demand skips an unread value leniently (a stray ':' after it would pass).
        ondemand::raw_json_string consumed;
        const size_t close = token.rfind('"');
        if (v.get_raw_json_string().get(consumed) || close == 0 || close == std::string_view::npos)
            failJson(at, STRING_ERROR);
        return token.substr(1, close - 1);
    }
    std::string_view s;
    if (v.get_string().get(s))
        failAt(at, RuntimeExportTr::tr("expected a string for \"%1\"").arg(qs(member)));
    return m_text.keep(s); // the parser's copy lasts only until the next entry
}

std::optional<qint64> Reader::integer(ondemand::value v, std::string_view member) const
{
    const char *at = v.raw_json_token().data();
    if (isNull(v, at))
        return std::nullopt;
    const auto type = typeOf(v, at);
    int64_t n = 0;
    if (type == ondemand::json_type::number && !v.get_int64().get(n))
        return qint64(n);
    if (type == ondemand::json_type::number) {
        // Accept integral doubles such as 70.0; reject fractions.
        double d = 0;
        if (!v.get_double().get(d) && d == double(int64_t(d)))
            return qint64(d);
    }
    failAt(at, RuntimeExportTr::tr("expected a whole number for \"%1\"").arg(qs(member)));
}

bool Reader::boolean(ondemand::value v, std::string_view member) const
{
    const char *at = v.raw_json_token().data();
    bool b = false;
    if (v.get_bool().get(b))
        failAt(at, RuntimeExportTr::tr("expected true or false for \"%1\"").arg(qs(member)));
    return b;
}

QStringList Reader::strings(ondemand::value v, std::string_view member) const
{
    const char *at = v.raw_json_token().data();
    if (isNull(v, at))
        return {};
    ondemand::array array;
    if (v.get_array().get(array))
        failAt(at, RuntimeExportTr::tr("expected an array of strings for \"%1\"").arg(qs(member)));
    QStringList out;
    for (auto element : array) {
        ondemand::value item;
        if (auto err = element.get(item))
            failJson(at, err);
        const char *itemAt = item.raw_json_token().data();
        std::string_view s;
        if (item.get_string().get(s))
            failAt(itemAt, RuntimeExportTr::tr("expected a string in \"%1\"").arg(qs(member)));
        out << qs(s);
    }
    return out;
}

void Reader::validate(ondemand::value v, int depth) const
{
    if (depth > MaxValidatedDepth)
        throw Rejected{};
    const std::string_view token = v.raw_json_token();
    switch (typeOf(v, token.data())) {
    case ondemand::json_type::object: {
        ondemand::object obj;
        if (v.get_object().get(obj))
            throw Rejected{};
        for (auto field : obj) {
            (void)keyOf(field, token.data()); // checks the name's escapes, if any
            ondemand::value child;
            if (field.value().get(child))
                throw Rejected{};
            validate(child, depth + 1);
        }
        return;
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        if (v.get_array().get(array))
            throw Rejected{};
        for (auto element : array) {
            ondemand::value child;
            if (element.get(child))
                throw Rejected{};
            validate(child, depth + 1);
        }
        return;
    }
    case ondemand::json_type::string: {
        // Only escapes are left to check; either way the value is consumed, never skipped (see view()).
        std::string_view s;
        ondemand::raw_json_string raw;
        if (token.find('\\') != std::string_view::npos ? v.get_string().get(s)
                                                       : v.get_raw_json_string().get(raw))
            throw Rejected{};
        return;
    }
    case ondemand::json_type::number: {
        ondemand::number n;
        if (v.get_number().get(n))
            throw Rejected{};
        return;
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b))
            throw Rejected{};
        return;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (v.is_null().get(isNull) || !isNull)
            throw Rejected{};
        return;
    }
    }
    throw Rejected{};
}

void Reader::entry(ondemand::object &obj, const char *at, RuntimeAuditEntry &e) const
{
    const char *timestampAt = nullptr;
    membersOf(obj, at, [&](std::string_view k, ondemand::value m) {
        if (k == "id")
            e.id = view(m, k);
        else if (k == "sequence")
            e.sequence = integer(m, k);
        else if (k == "timestamp") {
            timestampAt = m.raw_json_token().data();
            e.timestamp = view(m, k);
        } else if (k == "agent_id")
            e.agentId = view(m, k);
        else if (k == "action_type")
            e.actionType = view(m, k);
        else if (k == "actor")
            e.actor = view(m, k);
        else if (k == "connector")
            e.connector = view(m, k);
        else if (k == "operation")
            e.operation = view(m, k);
        else if (k == "decision")
            e.decision = view(m, k);
        else if (k == "risk_score")
            e.riskScore = integer(m, k);
        else if (k == "input_sha256")
            e.hasInputHash = !view(m, k).empty();
        else if (k == "output_sha256")
            e.hasOutputHash = !view(m, k).empty();
        else if (k == "input" || k == "output" || k == "prompt" || k == "completion" || k == "payload" ||
                 k == "request_body" || k == "response_body") {
            ++e.rawPayloadMembers;
            return false; // its value is not read
        } else
            return false;
        return true;
    });
    require(!e.actionType.empty(), "action_type", at, "audit entry");
    if (!e.timestamp.empty()) {
        e.time = Instant::parse(e.timestamp);
        if (!e.time)
            failAt(timestampAt,
                   RuntimeExportTr::tr("expected an RFC 3339 timestamp such as 2026-03-01T12:00:00Z "
                                       "for \"timestamp\", found \"%1\"")
                       .arg(qs(e.timestamp)));
    }
}

} // namespace ab::runtime_export
