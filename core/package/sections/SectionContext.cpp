#include "core/package/sections/SectionContext.h"

namespace ab::sections {

QString withCount(QString text, qint64 count)
{
    return text.replace(QLatin1String("%n"), QString::number(count));
}

QString instantText(const std::optional<Instant> &t)
{
    return t ? t->toString() : QString();
}

void writeOptionalString(JsonWriter &w, std::string_view key, const QString &value)
{
    w.key(key);
    if (value.isEmpty())
        w.null();
    else
        w.value(value);
}

void writeStrings(JsonWriter &w, std::string_view key, const QStringList &list)
{
    w.key(key).beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

void writeDecisions(JsonWriter &w, const Decisions &d)
{
    w.key("decisions").beginObject();
    w.key("allow").value(d.allow);
    w.key("deny").value(d.deny);
    w.key("escalate").value(d.escalate);
    if (d.other)
        w.key("other").value(d.other);
    w.endObject();
}

} // namespace ab::sections
