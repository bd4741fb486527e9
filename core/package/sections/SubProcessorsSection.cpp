#include "core/package/sections/Sections.h"

namespace ab::sections {

namespace {

void writeSubProcessor(JsonWriter &w, const QString &connector, const SubProcessorInfo *info,
                       const char *origin)
{
    w.beginObject();
    w.key("connector").value(connector);
    if (info) {
        w.key("name").value(info->name);
        w.key("service").value(info->service);
        writeStrings(w, "data_types", info->dataTypes);
        w.key("soc2_status").value(info->soc2Status);
        w.key("mapped").value(true);
        w.key("category").value(info->category);
    } else {
        w.key("name").value(connector);
        w.key("service").value(QStringLiteral("unknown (needs review)"));
        w.key("data_types").beginArray().endArray();
        w.key("soc2_status").value(QStringLiteral("needs review"));
        w.key("mapped").value(false);
        w.key("category").null();
    }
    w.key("origin").value(origin);
    w.endObject();
}

} // namespace

void writeSubProcessors(JsonWriter &w, const Context &c)
{
    w.key("sub_processors").beginArray();
    for (auto it = c.s.connectors.cbegin(); it != c.s.connectors.cend(); ++it)
        writeSubProcessor(w, it.key(), c.registry.find(it.key()), "connector");
    for (const SubProcessorInfo &info : c.registry.alwaysIncluded())
        writeSubProcessor(w, info.connector, &info, "always_included");
    w.endArray();
}

} // namespace ab::sections
