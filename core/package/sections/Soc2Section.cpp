#include "core/package/sections/Sections.h"

#include <algorithm>

namespace ab::sections {

namespace {

// Action types the platform records about itself rather than about what the agent did: compliance.generated
// is the platform noting that it generated a package. They map to no control by nature, so they are listed as
// bookkeeping instead of as unmapped findings (an unmapped action type asks the auditor to review a gap).
QString platformBookkeeping(const QString &actionType)
{
    if (actionType == QLatin1String("compliance.generated"))
        return QStringLiteral("the platform's record that it generated a compliance package: its own "
                              "bookkeeping, not an action of the agent to map to a control");
    return {};
}

} // namespace

void writeSoc2(JsonWriter &w, const Context &c)
{
    const Summary &s = c.s;
    QMap<QString, qint64> controlCounts;
    for (const QString &id : c.soc2.controls())
        controlCounts.insert(id, 0);
    w.key("soc2").beginObject();
    w.key("criteria").value("AICPA Trust Services Criteria (2017)");
    w.key("mappings").beginArray();
    for (const Soc2Mapping &m : c.soc2.mappings()) {
        const qint64 count = s.actionCounts.value(m.actionType);
        const Span span = s.actionSpans.value(m.actionType);
        for (const QString &id : m.controls)
            controlCounts[id] += count;
        w.beginObject();
        w.key("action_type").value(m.actionType);
        writeStrings(w, "controls", m.controls);
        w.key("description").value(m.description);
        w.key("count").value(count);
        writeOptionalString(w, "first", instantText(span.first));
        writeOptionalString(w, "last", instantText(span.last));
        w.endObject();
    }
    w.endArray();
    QStringList ids = controlCounts.keys();
    std::sort(ids.begin(), ids.end(), &Soc2Mappings::controlLess);
    QStringList without;
    w.key("controls").beginArray();
    for (const QString &id : ids) {
        w.beginObject().key("id").value(id).key("count").value(controlCounts.value(id)).endObject();
        if (controlCounts.value(id) == 0)
            without << id;
    }
    w.endArray();
    w.key("coverage").beginObject();
    w.key("controls_mapped").value(qint64(ids.size()));
    w.key("controls_with_evidence").value(qint64(ids.size() - without.size()));
    w.endObject();
    QStringList unmapped, bookkeeping;
    for (auto it = s.actionCounts.cbegin(); it != s.actionCounts.cend(); ++it)
        if (!c.soc2.find(it.key()))
            (platformBookkeeping(it.key()).isEmpty() ? unmapped : bookkeeping) << it.key();
    writeStrings(w, "unmapped_action_types", unmapped);
    writeStrings(w, "controls_without_evidence", without);
    w.key("platform_bookkeeping").beginArray();
    for (const QString &type : bookkeeping) {
        w.beginObject().key("action_type").value(type).key("count").value(s.actionCounts.value(type));
        w.key("description").value(platformBookkeeping(type)).endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace ab::sections
