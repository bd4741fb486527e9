#include "core/pack/PackChecklist.h"

#include "core/json/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ab::pack {

namespace {

QString n(qint64 v)
{
    return QLocale::c().toString(v);
}

ChecklistItem chainItem(const std::optional<VerificationResult> &r)
{
    const QString id = QStringLiteral("chain-verified");
    if (!r)
        return {id, Status::Open, QStringLiteral("the chain has not been verified for the period")};
    if (!r->valid)
        return {id, Status::Failed,
                QStringLiteral("%1 error(s) in %2 events checked; first: %3")
                    .arg(n(r->errorCount), n(r->eventsChecked), r->errors.value(0))};
    QStringList shortfalls;
    if (!r->macsVerified)
        shortfalls << QStringLiteral("MACs not verified (no keyring)");
    if (!r->coverage.complete) {
        const qsizetype before = shortfalls.size();
        if (r->eventsChecked == 0)
            shortfalls << QStringLiteral("no records in the period");
        if (r->coverage.startsLate)
            shortfalls
                << QStringLiteral("records start late (first %1)").arg(r->coverage.first.value_or(QString()));
        if (r->coverage.endsEarly)
            shortfalls
                << QStringLiteral("records end early (last %1)").arg(r->coverage.last.value_or(QString()));
        if (r->coverage.gapCount > 0)
            shortfalls << QStringLiteral("%1 gap(s) longer than %2 h")
                              .arg(n(r->coverage.gapCount))
                              .arg(r->coverage.maxGapHours);
        if (shortfalls.size() == before)
            shortfalls << QStringLiteral("coverage incomplete");
    }
    const QString head = r->headHmac.value_or(QString());
    const QString facts =
        QStringLiteral("valid, %1 events checked, head %2").arg(n(r->eventsChecked), head.left(16));
    if (shortfalls.isEmpty())
        return {id, Status::Done, facts + QStringLiteral(", MACs verified, coverage complete")};
    return {id, Status::Open, facts + QStringLiteral("; open: ") + shortfalls.join(QStringLiteral("; "))};
}

ChecklistItem bundlesItem(const QList<BundleSummary> &bundles)
{
    const QString id = QStringLiteral("bundles-exported");
    if (bundles.isEmpty())
        return {id, Status::Open, QStringLiteral("no compliance bundle export imported")};
    QStringList enabled, disabled;
    for (const BundleSummary &b : bundles)
        (b.enabled ? enabled : disabled)
            << (b.framework.isEmpty() ? b.name : QStringLiteral("%1 (%2)").arg(b.name, b.framework));
    QString detail =
        QStringLiteral("%1 bundle(s); enabled: %2")
            .arg(bundles.size())
            .arg(enabled.isEmpty() ? QStringLiteral("none") : enabled.join(QStringLiteral(", ")));
    if (!disabled.isEmpty())
        detail += QStringLiteral("; not enabled: ") + disabled.join(QStringLiteral(", "));
    return {id, Status::Done, detail};
}

ChecklistItem queriesItem(const ChecklistInputs &in)
{
    const QString id = QStringLiteral("framework-queries");
    if (in.frameworks.isEmpty())
        return {id, Status::Open, QStringLiteral("no framework in scope")};
    QString detail = QStringLiteral("%1 of %2 file(s) for %3")
                         .arg(in.queryFiles)
                         .arg(in.recipesInScope)
                         .arg(in.frameworks.join(QStringLiteral(", ")));
    if (!in.frameworksWithoutRecipes.isEmpty())
        return {id, Status::Open,
                detail + QStringLiteral("; no recipe for: ") +
                    in.frameworksWithoutRecipes.join(QStringLiteral(", "))};
    return {id, in.queryFiles == in.recipesInScope ? Status::Done : Status::Open, detail};
}

ChecklistItem retentionItem(const QList<RetentionCheck> &checks)
{
    const QString id = QStringLiteral("retention-covered");
    if (checks.isEmpty())
        return {id, Status::Open, QStringLiteral("no framework in scope")};
    QStringList details;
    bool all = true;
    for (const RetentionCheck &c : checks) {
        details << c.detail();
        all = all && c.covered;
    }
    return {id, all ? Status::Done : Status::Open, details.join(QStringLiteral("; "))};
}

} // namespace

QList<ChecklistItem> PackChecklist::compute(const ChecklistInputs &in)
{
    QList<ChecklistItem> items;
    items << chainItem(in.chain) << bundlesItem(in.bundles) << queriesItem(in) << retentionItem(in.retention);
    items
        << (in.ocsfEvents
                ? ChecklistItem{QStringLiteral("ocsf-exported"), Status::Done,
                                QStringLiteral("%1 OCSF 1.1 event(s) for the period").arg(n(*in.ocsfEvents))}
                : ChecklistItem{QStringLiteral("ocsf-exported"), Status::Open,
                                QStringLiteral("not exported (ask for OCSF when the examiner needs it)")});
    items << (in.policyChainFile.isEmpty()
                  ? ChecklistItem{QStringLiteral("policy-chain-documented"), Status::Open,
                                  QStringLiteral("attach the policy chain export (Admin, Policy Engine, "
                                                 "Policy Chain export)")}
                  : ChecklistItem{
                        QStringLiteral("policy-chain-documented"), Status::Done,
                        QStringLiteral("policy chain export attached as %1").arg(in.policyChainFile)});
    const OverrideCheckResult &o = in.overrides;
    if (o.violations.isEmpty()) {
        items << ChecklistItem{
            QStringLiteral("overrides-justified"), Status::Done,
            QStringLiteral("%1 override(s), each with an override_reason and a user").arg(n(o.overrides))};
    } else {
        QStringList listed;
        for (const OverrideViolation &v : o.violations)
            listed << v.text();
        items << ChecklistItem{
            QStringLiteral("overrides-justified"), Status::Failed,
            QStringLiteral("%1 of %2 override(s) without justification or user: %3")
                .arg(n(o.violations.size()), n(o.overrides), listed.join(QStringLiteral("; ")))};
    }
    return items;
}

QByteArray PackChecklist::toJson(const QList<ChecklistItem> &items)
{
    JsonWriter w(true);
    w.beginObject().key("items").beginArray();
    for (const ChecklistItem &i : items)
        w.beginObject()
            .key("id")
            .value(i.id)
            .key("status")
            .value(i.status)
            .key("detail")
            .value(i.detail)
            .endObject();
    w.endArray().endObject();
    return w.toByteArray() + '\n';
}

QList<BundleSummary> PackChecklist::bundles(const QList<QByteArray> &rawBundles)
{
    QList<BundleSummary> out;
    for (const QByteArray &raw : rawBundles) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        out << BundleSummary{o.value(QLatin1String("name")).toString(),
                             o.value(QLatin1String("regulatory_framework")).toString(),
                             o.value(QLatin1String("enabled")).toBool()};
    }
    return out;
}

} // namespace ab::pack
