#include "core/chain/VerificationResult.h"

#include "core/json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab {

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
        w.beginObject().key("id").value(e->id).key("timestamp").value(e->timestamp).endObject();
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
    w.key("keys").beginArray();
    for (const KeyUse &k : keys) {
        w.beginObject().key("id").value(k.id).key("fingerprint");
        if (k.fingerprint.isEmpty())
            w.null();
        else
            w.value(k.fingerprint);
        w.key("records").value(k.records).endObject();
    }
    w.endArray();
    w.key("duplicates_merged").value(duplicatesMerged);
    w.key("sources").beginArray();
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
        return EventRef{v[QLatin1String("id")].toString(), v[QLatin1String("timestamp")].toString()};
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
                         k[QLatin1String("records")].toInteger()};
    r.duplicatesMerged = o.value(QLatin1String("duplicates_merged")).toInteger();
    for (const QJsonValue &s : o.value(QLatin1String("sources")).toArray())
        r.sources << Source{s[QLatin1String("file")].toString(), s[QLatin1String("sha256")].toString(),
                            s[QLatin1String("records")].toInteger()};
    return r;
}

} // namespace ab
