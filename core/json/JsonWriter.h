#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace ab {

// Writes JSON with members in the order given (QJsonDocument sorts them), for results whose layout is part of
// a contract (docs/spec/chain.md "Result"). Strings are escaped as JCS does; numbers are integers or
// ECMAScript doubles.
class JsonWriter
{
public:
    explicit JsonWriter(bool pretty = true) : m_pretty(pretty) {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);
    JsonWriter &value(std::string_view s);
    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *s) { return value(std::string_view(s)); }
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(double d);
    JsonWriter &value(bool b);
    JsonWriter &null();
    // Inserts already-serialised JSON (e.g. a record as imported) as one value.
    JsonWriter &raw(std::string_view json);

    const std::string &str() const { return m_out; }
    QByteArray toByteArray() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

private:
    void beforeValue();
    void newline();

    std::string m_out;
    struct Level
    {
        bool object;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
    bool m_pretty;
};

} // namespace ab
