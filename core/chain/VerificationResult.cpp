#include "core/chain/VerificationResult.h"

#include "core/common/InputError.h"
#include "core/json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ab {

namespace {

struct VerificationResultTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::VerificationResult)
};

bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(v.toInteger());
}

bool isStringOrNull(const QJsonValue &v)
{
    return v.isString() || v.isNull();
}

bool isEventOrNull(const QJsonValue &v)
{
    return v.isNull() ||
           (v.isObject() && v[QLatin1String("id")].isString() && v[QLatin1String("timestamp")].isString() &&
            (v[QLatin1String("sequence")].isUndefined() || v[QLatin1String("sequence")].isDouble()));
}

bool isArrayOf(const QJsonValue &v, bool (*each)(const QJsonValue &))
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [&](const QJsonValue &e) { return each(e); });
}

// The first member of a result that is missing or of the wrong type, with what it should be; empty when the
// object has the shape toJson() writes (as far as join and the readers rely on it).
QString shapeProblem(const QJsonObject &o)
{
    struct Member
    {
        const char *name;
        bool (*ok)(const QJsonValue &);
        const char *expected;
    };
    static const Member members[] = {
        {"valid", [](const QJsonValue &v) { return v.isBool(); },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "true or false")},
        {"events_checked", isCount, QT_TRANSLATE_NOOP("ab::VerificationResult", "a whole number")},
        {"errors",
         [](const QJsonValue &v) { return isArrayOf(v, [](const QJsonValue &e) { return e.isString(); }); },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an array of strings")},
        {"error_count", isCount, QT_TRANSLATE_NOOP("ab::VerificationResult", "a whole number")},
        {"macs_verified", [](const QJsonValue &v) { return v.isBool(); },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "true or false")},
        {"period", [](const QJsonValue &v) { return v.isNull() || v.isObject(); },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an object or null")},
        {"first_event", isEventOrNull,
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an event {\"id\", \"timestamp\"} or null")},
        {"last_event", isEventOrNull,
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an event {\"id\", \"timestamp\"} or null")},
        {"anchor", isStringOrNull, QT_TRANSLATE_NOOP("ab::VerificationResult", "an hmac or null")},
        {"head_hmac", isStringOrNull, QT_TRANSLATE_NOOP("ab::VerificationResult", "an hmac or null")},
        {"keys",
         [](const QJsonValue &v) {
             return isArrayOf(v, [](const QJsonValue &k) {
                 return k.isObject() && k[QLatin1String("id")].isString() &&
                        isCount(k[QLatin1String("records")]);
             });
         },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an array of keys {\"id\", \"records\"}")},
        {"duplicates_merged", isCount, QT_TRANSLATE_NOOP("ab::VerificationResult", "a whole number")},
        {"sources",
         [](const QJsonValue &v) { return isArrayOf(v, [](const QJsonValue &s) { return s.isObject(); }); },
         QT_TRANSLATE_NOOP("ab::VerificationResult", "an array of sources")},
        {"coverage",
         [](const QJsonValue &v) {
             return v.isObject() && isCount(v[QLatin1String("max_gap_hours")]) &&
                    isArrayOf(v[QLatin1String("gaps")], [](const QJsonValue &g) { return g.isObject(); }) &&
                    isCount(v[QLatin1String("gap_count")]);
         },
         QT_TRANSLATE_NOOP("ab::VerificationResult",
                           "a coverage object with max_gap_hours, gaps and gap_count")},
    };
    for (const Member &m : members)
        if (!m.ok(o.value(QLatin1String(m.name))))
            return VerificationResultTr::tr("expected \"%1\" to be %2")
                .arg(QLatin1String(m.name), VerificationResultTr::tr(m.expected));
    return QString();
}

} // namespace

void VerificationResult::writeKeys(JsonWriter &w) const
{
    w.beginArray();
    for (const KeyUse &k : keys) {
        w.beginObject().key("id").value(k.id).key("fingerprint");
        if (k.fingerprint.isEmpty())
            w.null();
        else
            w.value(k.fingerprint);
        w.key("records").value(k.records);
        if (k.notBefore)
            w.key("not_before").value(*k.notBefore);
        if (k.notAfter)
            w.key("not_after").value(*k.notAfter);
        w.endObject();
    }
    w.endArray();
}

void VerificationResult::writeSources(JsonWriter &w) const
{
    w.beginArray();
    for (const Source &s : sources)
        w.beginObject()
            .key("file")
            .value(s.file)
            .key("sha256")
            .value(s.sha256)
            .key("records")
            .value(s.records)
            .endObject();
    w.endArray();
}

QByteArray VerificationResult::toJson(bool pretty) const
{
    JsonWriter w(pretty);
    const auto optString = [&](const std::optional<QString> &s) {
        if (s)
            w.value(*s);
        else
            w.null();
    };
    const auto event = [&](const std::optional<EventRef> &e) {
        if (!e) {
            w.null();
            return;
        }
        w.beginObject().key("id").value(e->id).key("timestamp").value(e->timestamp);
        if (e->sequence)
            w.key("sequence").value(*e->sequence);
        w.endObject();
    };
    w.beginObject();
    w.key("valid").value(valid);
    w.key("events_checked").value(eventsChecked);
    w.key("errors").beginArray();
    for (const QString &e : errors)
        w.value(e);
    w.endArray();
    w.key("error_count").value(errorCount);
    w.key("macs_verified").value(macsVerified);
    w.key("period");
    if (periodStart || periodEnd) {
        w.beginObject().key("start");
        optString(periodStart);
        w.key("end");
        optString(periodEnd);
        w.endObject();
    } else {
        w.null();
    }
    w.key("first_event");
    event(firstEvent);
    w.key("last_event");
    event(lastEvent);
    w.key("anchor");
    optString(anchor);
    w.key("head_hmac");
    optString(headHmac);
    w.key("keys");
    writeKeys(w);
    w.key("duplicates_merged").value(duplicatesMerged);
    w.key("sources");
    writeSources(w);
    w.key("coverage").beginObject().key("requested");
    if (coverage.requested) {
        w.beginObject().key("start");
        optString(coverage.requestedStart);
        w.key("end");
        optString(coverage.requestedEnd);
        w.endObject();
    } else {
        w.null();
    }
    w.key("first");
    optString(coverage.first);
    w.key("last");
    optString(coverage.last);
    w.key("max_gap_hours").value(coverage.maxGapHours);
    w.key("gaps").beginArray();
    for (const Gap &g : coverage.gaps)
        w.beginObject()
            .key("after")
            .value(g.after)
            .key("before")
            .value(g.before)
            .key("from")
            .value(g.from)
            .key("to")
            .value(g.to)
            .key("seconds")
            .value(g.seconds)
            .endObject();
    w.endArray();
    w.key("gap_count").value(coverage.gapCount);
    w.key("starts_late").value(coverage.startsLate);
    w.key("ends_early").value(coverage.endsEarly);
    w.key("complete").value(coverage.complete);
    w.endObject();
    w.endObject();
    QByteArray out = w.toByteArray();
    if (pretty)
        out.append('\n');
    return out;
}

std::optional<VerificationResult> VerificationResult::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("valid")).isBool() || !o.value(QLatin1String("errors")).isArray())
        return std::nullopt;
    VerificationResult r;
    const auto optString = [](const QJsonValue &v) -> std::optional<QString> {
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const auto event = [](const QJsonValue &v) -> std::optional<EventRef> {
        if (!v.isObject())
            return std::nullopt;
        EventRef e{v[QLatin1String("id")].toString(), v[QLatin1String("timestamp")].toString(), std::nullopt};
        if (v[QLatin1String("sequence")].isDouble())
            e.sequence = v[QLatin1String("sequence")].toInteger();
        return e;
    };
    r.valid = o.value(QLatin1String("valid")).toBool();
    r.eventsChecked = o.value(QLatin1String("events_checked")).toInteger();
    for (const QJsonValue &e : o.value(QLatin1String("errors")).toArray())
        r.errors << e.toString();
    r.errorCount = o.value(QLatin1String("error_count")).toInteger(r.errors.size());
    r.macsVerified = o.value(QLatin1String("macs_verified")).toBool();
    const QJsonValue period = o.value(QLatin1String("period"));
    if (period.isObject()) {
        r.periodStart = optString(period[QLatin1String("start")]);
        r.periodEnd = optString(period[QLatin1String("end")]);
    }
    r.firstEvent = event(o.value(QLatin1String("first_event")));
    r.lastEvent = event(o.value(QLatin1String("last_event")));
    r.anchor = optString(o.value(QLatin1String("anchor")));
    r.headHmac = optString(o.value(QLatin1String("head_hmac")));
    for (const QJsonValue &k : o.value(QLatin1String("keys")).toArray())
        r.keys << KeyUse{k[QLatin1String("id")].toString(), k[QLatin1String("fingerprint")].toString(),
                         k[QLatin1String("records")].toInteger(), optString(k[QLatin1String("not_before")]),
                         optString(k[QLatin1String("not_after")])};
    r.duplicatesMerged = o.value(QLatin1String("duplicates_merged")).toInteger();
    for (const QJsonValue &s : o.value(QLatin1String("sources")).toArray())
        r.sources << Source{s[QLatin1String("file")].toString(), s[QLatin1String("sha256")].toString(),
                            s[QLatin1String("records")].toInteger()};
    const QJsonObject c = o.value(QLatin1String("coverage")).toObject();
    const QJsonValue requested = c.value(QLatin1String("requested"));
    r.coverage.requested = requested.isObject();
    if (requested.isObject()) {
        r.coverage.requestedStart = optString(requested[QLatin1String("start")]);
        r.coverage.requestedEnd = optString(requested[QLatin1String("end")]);
    }
    r.coverage.first = optString(c.value(QLatin1String("first")));
    r.coverage.last = optString(c.value(QLatin1String("last")));
    r.coverage.maxGapHours = c.value(QLatin1String("max_gap_hours")).toInteger(24);
    for (const QJsonValue &g : c.value(QLatin1String("gaps")).toArray())
        r.coverage.gaps << Gap{g[QLatin1String("after")].toString(), g[QLatin1String("before")].toString(),
                               g[QLatin1String("from")].toString(), g[QLatin1String("to")].toString(),
                               g[QLatin1String("seconds")].toInteger()};
    r.coverage.gapCount = c.value(QLatin1String("gap_count")).toInteger(r.coverage.gaps.size());
    r.coverage.startsLate = c.value(QLatin1String("starts_late")).toBool();
    r.coverage.endsEarly = c.value(QLatin1String("ends_early")).toBool();
    r.coverage.complete = c.value(QLatin1String("complete")).toBool();
    return r;
}

VerificationResult VerificationResult::parse(const QByteArray &json, const QString &fileName)
{
    // What a verify that found the input unusable leaves behind (it prints nothing on stdout).
    if (json.trimmed().isEmpty())
        throw InputError(fileName, VerificationResultTr::tr("empty: expected a verification result (what "
                                                            "auditbench-cli verify prints)"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError::atOffset(
            fileName, std::string_view(json.constData(), size_t(json.size())), size_t(error.offset),
            VerificationResultTr::tr("expected a verification result (JSON): %1").arg(error.errorString()));
    if (!doc.isObject())
        throw InputError(fileName, VerificationResultTr::tr("expected a verification result object (what "
                                                            "auditbench-cli verify prints)"));
    const QString problem = shapeProblem(doc.object());
    if (!problem.isEmpty())
        throw InputError(fileName, VerificationResultTr::tr("not a verification result: %1").arg(problem));
    std::optional<VerificationResult> result = fromJson(json);
    if (!result) // unreachable after the checks above, but fromJson() stays the one reader
        throw InputError(fileName, VerificationResultTr::tr("not a verification result"));
    return *result;
}

} // namespace ab
