#include "core/json/JsonWriter.h"

#include "core/json/Jcs.h"

namespace ab {

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    m_out.push_back('\n');
    m_out.append(m_stack.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty)
            m_out.push_back(',');
        m_stack.back().empty = false;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.push_back('{');
    m_stack.push_back({true, true});
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out.push_back('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.push_back('[');
    m_stack.push_back({false, true});
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out.push_back(']');
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    beforeValue();
    jcs::appendString(m_out, name);
    m_out.append(m_pretty ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view s)
{
    beforeValue();
    jcs::appendString(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonWriter &JsonWriter::value(qint64 n)
{
    beforeValue();
    m_out.append(std::to_string(n));
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    beforeValue();
    jcs::appendNumber(m_out, d);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    beforeValue();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(std::string_view json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

} // namespace ab
