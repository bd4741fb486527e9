#include "core/analytics/Workpaper.h"

#include "core/analytics/SampleSize.h"
#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"

#include <QRegularExpression>

#include <cmath>

namespace ab::analytics {

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

// A percentage given in basis points as the number printed: 9500 -> 95, 25 -> 0.25.
double bpPercent(int bp)
{
    return bp / 100.0;
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

void writeSample(JsonWriter &w, const Sample &s)
{
    w.key("sample").beginObject();
    w.key("algorithm").value(s.algorithm);
    w.key("filters").raw(view(s.filtersJson));
    w.key("head_hmac");
    s.headHmac ? w.value(*s.headHmac) : w.null();
    w.key("population_count").value(s.populationCount);
    w.key("run");
    s.runId ? w.value(*s.runId) : w.null();
    w.key("sample_id").value(s.id);
    w.key("seed").value(qint64(s.seed));
    w.key("size").value(s.size);
    w.endObject();
}

void writeEvaluation(JsonWriter &w, const WorkpaperEvaluation &e)
{
    w.key("evaluation").beginObject();
    w.key("conclusion").value(e.conclusionCode());
    w.key("deviation_rate_pct").value(ratePercent(e.deviationRate));
    w.key("deviations").value(e.deviations);
    w.key("not_applicable").value(e.notApplicable);
    w.key("pending").value(e.pending);
    w.key("tested").value(e.tested);
    w.key("upper_deviation_limit_pct").value(ratePercent(e.upperDeviationLimit));
    w.endObject();
}

} // namespace

QString itemResultName(ItemResult result)
{
    switch (result) {
    case ItemResult::NoException:
        return QStringLiteral("no_exception");
    case ItemResult::Exception:
        return QStringLiteral("exception");
    case ItemResult::NotApplicable:
        return QStringLiteral("not_applicable");
    case ItemResult::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<ItemResult> itemResultFromName(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (ItemResult r : {ItemResult::NoException, ItemResult::Exception, ItemResult::NotApplicable})
        if (n == itemResultName(r))
            return r;
    return std::nullopt;
}

double ratePercent(double rate)
{
    return std::round(rate * 10000.0) / 100.0;
}

QString WorkpaperEvaluation::conclusionCode() const
{
    switch (conclusion) {
    case Conclusion::SupportsReliance:
        return QStringLiteral("supports_reliance");
    case Conclusion::DoesNotSupportReliance:
        return QStringLiteral("does_not_support_reliance");
    case Conclusion::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

QString WorkpaperEvaluation::conclusionText(int tolerableBp, int confidenceBp) const
{
    if (conclusion == Conclusion::Incomplete)
        return pending > 0
                   ? QStringLiteral("Incomplete: %1 of %2 items have no result yet.").arg(pending).arg(size)
                   : QStringLiteral("Incomplete: no item was tested.");
    const QString comparison =
        QStringLiteral(
            "%1 deviation(s) in %2 tested items: deviation rate %3 %, upper deviation limit %4 % at "
            "%5 % confidence")
            .arg(deviations)
            .arg(tested)
            .arg(percentText(ratePercent(deviationRate)), percentText(ratePercent(upperDeviationLimit)),
                 percentText(bpPercent(confidenceBp)));
    if (conclusion == Conclusion::SupportsReliance)
        return QStringLiteral(
                   "%1, within the tolerable rate of %2 %: the sample supports reliance on the control.")
            .arg(comparison, percentText(bpPercent(tolerableBp)));
    return QStringLiteral("%1, above the tolerable rate of %2 %: the sample does not support reliance on the "
                          "control.")
        .arg(comparison, percentText(bpPercent(tolerableBp)));
}

WorkpaperEvaluation evaluateItems(const QList<WorkpaperItem> &items, int confidenceBp, int tolerableBp)
{
    WorkpaperEvaluation e;
    e.size = items.size();
    for (const WorkpaperItem &item : items) {
        switch (item.result) {
        case ItemResult::Pending:
            ++e.pending;
            break;
        case ItemResult::NotApplicable:
            ++e.notApplicable;
            break;
        case ItemResult::Exception:
            ++e.deviations;
            ++e.tested;
            break;
        case ItemResult::NoException:
            ++e.tested;
            break;
        }
    }
    if (e.tested > 0) {
        e.deviationRate = double(e.deviations) / double(e.tested);
        e.upperDeviationLimit = upperDeviationLimit(e.tested, e.deviations, confidenceBp / 10000.0);
    }
    if (e.pending == 0 && e.tested > 0) {
        // The exact limit against the exact rate: rounding for print never changes the conclusion.
        e.conclusion = e.upperDeviationLimit <= tolerableBp / 10000.0
                           ? WorkpaperEvaluation::Conclusion::SupportsReliance
                           : WorkpaperEvaluation::Conclusion::DoesNotSupportReliance;
    }
    return e;
}

const WorkpaperSignOff *Workpaper::signOff(const QString &role) const
{
    for (const WorkpaperSignOff &s : signOffs)
        if (s.role == role)
            return &s;
    return nullptr;
}

QByteArray Workpaper::content() const
{
    JsonWriter w(false);
    w.beginObject();
    w.key("confidence_pct").value(bpPercent(confidenceBp));
    writeEvaluation(w, evaluation());
    w.key("items").beginArray();
    for (const WorkpaperItem &item : items) {
        w.beginObject();
        w.key("note").value(item.note);
        w.key("position").value(item.position + 1);
        w.key("record_id").value(item.recordId);
        w.key("record_sha256").value(item.recordSha256);
        w.key("result").value(itemResultName(item.result));
        w.endObject();
    }
    w.endArray();
    w.key("name").value(name);
    writeSample(w, sample);
    w.key("tolerable_pct").value(bpPercent(tolerableBp));
    w.key("version").value(version);
    w.key("workpaper_id").value(id);
    w.endObject();
    // JsonWriter escapes and orders as JCS does; canonicalize settles the filters' raw JSON and numbers.
    const std::string canonical = jcs::canonicalize(w.str());
    return QByteArray(canonical.data(), qsizetype(canonical.size()));
}

QString Workpaper::contentSha256() const
{
    return crypto::sha256Hex(content());
}

QByteArray Workpaper::toJson(const QList<GatewayRecordRow> &records, bool pretty) const
{
    const WorkpaperEvaluation e = evaluation();
    const QString sha = contentSha256();
    JsonWriter w(pretty);
    w.beginObject();
    w.key("workpaper_id").value(id);
    w.key("name").value(name);
    w.key("version").value(version);
    w.key("latest_version").value(latestVersion);
    w.key("content_sha256").value(sha);
    w.key("signed").value(isSigned());
    w.key("confidence_pct").value(bpPercent(confidenceBp));
    w.key("tolerable_pct").value(bpPercent(tolerableBp));
    w.key("created_at").value(createdAt);
    w.key("created_by").value(createdBy);
    writeSample(w, sample);
    writeEvaluation(w, e);
    w.key("conclusion_text").value(e.conclusionText(tolerableBp, confidenceBp));
    w.key("items").beginArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const WorkpaperItem &item = items[i];
        w.beginObject();
        w.key("position").value(item.position + 1);
        w.key("record_id").value(item.recordId);
        w.key("record_sha256").value(item.recordSha256);
        w.key("result").value(itemResultName(item.result));
        w.key("note").value(item.note);
        w.key("recorded_at").value(item.recordedAt);
        w.key("recorded_by").value(item.recordedBy);
        if (i < records.size()) {
            const GatewayRecordRow &r = records[i];
            w.key("record").beginObject();
            w.key("timestamp").value(r.timestamp);
            w.key("sequence");
            r.sequence ? w.value(*r.sequence) : w.null();
            w.key("category").value(r.category);
            w.key("action").value(r.action);
            w.key("framework").value(r.framework);
            w.key("entity_type").value(r.entityType);
            w.key("user_id").value(r.userId);
            w.key("user_email").value(r.userEmail);
            w.key("policy_name").value(r.policyName);
            w.key("source_file").value(r.sourceFile);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    w.key("review_notes").beginArray();
    for (const WorkpaperReviewNote &n : reviewNotes) {
        w.beginObject();
        w.key("version").value(n.version);
        w.key("note").value(n.note);
        w.key("written_at").value(n.writtenAt);
        w.key("written_by").value(n.writtenBy);
        w.endObject();
    }
    w.endArray();
    w.key("sign_offs").beginArray();
    for (const WorkpaperSignOff &s : signOffs) {
        w.beginObject();
        w.key("role").value(s.role);
        w.key("name").value(s.name);
        w.key("signed_at").value(s.signedAt);
        w.key("signed_by").value(s.signedBy);
        w.key("content_sha256").value(s.contentSha256);
        w.key("hash_matches").value(s.contentSha256 == sha);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

} // namespace ab::analytics
