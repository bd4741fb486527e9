#include "core/package/ChainCitation.h"

#include "core/json/JsonWriter.h"

#include <QJsonArray>

namespace ab {

namespace {

void optionalString(JsonWriter &w, std::string_view key, const std::optional<QString> &value)
{
    w.key(key);
    value ? w.value(*value) : w.null();
}

std::optional<QString> optionalString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

} // namespace

VerificationResult CitedVerification::verdict() const
{
    VerificationResult r;
    r.valid = valid;
    r.macsVerified = macsVerified;
    r.eventsChecked = eventsChecked;
    r.errorCount = errorCount;
    r.coverage.first = first;
    r.coverage.last = last;
    r.coverage.gapCount = gapCount;
    r.coverage.complete = complete;
    return r;
}

namespace ChainCitation {

QString noVerificationText()
{
    return QStringLiteral(
        "No verification of the agent runtime chain was stored when this package was generated.");
}

QString sentence(const std::optional<ChainVerificationCitation> &citation)
{
    if (!citation)
        return noVerificationText();
    const VerificationResult &r = citation->result;
    const QString verdict =
        !r.valid ? QStringLiteral("%1 error(s) found over %2 entries.").arg(r.errorCount).arg(r.eventsChecked)
        : r.macsVerified ? QStringLiteral("valid over %1 entries, every MAC verified.").arg(r.eventsChecked)
                         : QStringLiteral("linkage valid over %1 entries; MACs not verified (no keyring).")
                               .arg(r.eventsChecked);
    const VerificationResult::Coverage &c = r.coverage;
    const QString coverage = (c.first && c.last ? QStringLiteral("%1 to %2").arg(*c.first, *c.last)
                                                : QStringLiteral("no entries")) +
                             QStringLiteral(", %1 gap(s) longer than %2 hour(s), %3")
                                 .arg(c.gapCount)
                                 .arg(c.maxGapHours)
                                 .arg(c.complete ? QStringLiteral("complete") : QStringLiteral("incomplete"));
    return QStringLiteral(
               "The auditor verified the agent runtime chain offline (run %1, result SHA-256 %2): %3 "
               "Coverage: %4.")
        .arg(citation->runId, citation->resultSha256, verdict, coverage);
}

void write(JsonWriter &w, const std::optional<ChainVerificationCitation> &citation)
{
    if (!citation) {
        w.null();
        return;
    }
    const VerificationResult &r = citation->result;
    w.beginObject();
    w.key("run_id").value(citation->runId);
    w.key("scope").value(citation->scope);
    w.key("verified_at").value(citation->verifiedAt);
    w.key("source").value(citation->source);
    w.key("result_sha256").value(citation->resultSha256);
    w.key("valid").value(r.valid);
    w.key("macs_verified").value(r.macsVerified);
    w.key("events_checked").value(r.eventsChecked);
    w.key("error_count").value(r.errorCount);
    optionalString(w, "head_hmac", r.headHmac);
    w.key("period");
    if (r.periodStart || r.periodEnd) {
        w.beginObject();
        optionalString(w, "start", r.periodStart);
        optionalString(w, "end", r.periodEnd);
        w.endObject();
    } else {
        w.null();
    }
    w.key("coverage").beginObject();
    optionalString(w, "first", r.coverage.first);
    optionalString(w, "last", r.coverage.last);
    w.key("gap_count").value(r.coverage.gapCount);
    w.key("complete").value(r.coverage.complete);
    w.endObject();
    w.endObject();
}

std::optional<CitedVerification> read(const QJsonObject &package)
{
    const QJsonArray answers =
        package.value(QLatin1String("vsq")).toObject().value(QLatin1String("answers")).toArray();
    for (const QJsonValue &a : answers) {
        const QJsonObject answer = a.toObject();
        if (answer.value(QLatin1String("category")).toString() != QLatin1String("Monitoring"))
            continue;
        const QJsonValue cited =
            answer.value(QLatin1String("evidence")).toObject().value(QLatin1String("chain_verification"));
        if (!cited.isObject())
            return std::nullopt;
        const QJsonObject o = cited.toObject();
        CitedVerification c;
        c.runId = o.value(QLatin1String("run_id")).toString();
        c.scope = o.value(QLatin1String("scope")).toString();
        c.verifiedAt = o.value(QLatin1String("verified_at")).toString();
        c.source = o.value(QLatin1String("source")).toString();
        c.resultSha256 = o.value(QLatin1String("result_sha256")).toString();
        c.valid = o.value(QLatin1String("valid")).toBool();
        c.macsVerified = o.value(QLatin1String("macs_verified")).toBool();
        c.eventsChecked = o.value(QLatin1String("events_checked")).toInteger();
        c.errorCount = o.value(QLatin1String("error_count")).toInteger();
        const QJsonObject coverage = o.value(QLatin1String("coverage")).toObject();
        c.first = optionalString(coverage, "first");
        c.last = optionalString(coverage, "last");
        c.gapCount = coverage.value(QLatin1String("gap_count")).toInteger();
        // A citation written before coverage was cited has none: it cannot vouch for a complete coverage.
        c.complete = coverage.value(QLatin1String("complete")).toBool(false);
        return c;
    }
    return std::nullopt;
}

} // namespace ChainCitation

} // namespace ab
