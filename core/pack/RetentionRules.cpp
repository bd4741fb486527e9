#include "core/pack/RetentionRules.h"

#include "core/common/InputError.h"
#include "core/pack/PackData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ab::pack {

namespace {

struct RetentionTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::RetentionRules)
};

template <typename Entry, typename Read>
QList<Entry> readEntries(const QString &fileName, const QJsonObject &root, const char *member, Read read)
{
    QList<Entry> out;
    const QJsonValue value = root.value(QLatin1String(member));
    if (value.isUndefined())
        return out;
    if (!value.isArray())
        throw InputError(fileName,
                         RetentionTr::tr("expected \"%1\" to be an array").arg(QLatin1String(member)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const auto bad = [&](const char *what) {
            throw InputError(fileName, RetentionTr::tr("%1[%2]: expected %3")
                                           .arg(QLatin1String(member))
                                           .arg(i)
                                           .arg(QLatin1String(what)));
        };
        for (const char *text : {"id", "title", "source"})
            if (o.value(QLatin1String(text)).toString().isEmpty())
                bad(text == std::string_view("source") ? "a non-empty \"source\" (every entry cites one)"
                                                       : "non-empty \"id\" and \"title\"");
        const QJsonValue months = o.value(QLatin1String("months"));
        if (!months.isDouble() || months.toDouble() < 0 || months.toDouble() != double(months.toInt()))
            bad("\"months\" as a whole number of 0 or more");
        out << read(o, bad);
    }
    return out;
}

template <typename Entry> void upsert(QList<Entry> &list, const Entry &entry)
{
    for (Entry &existing : list)
        if (existing.id == entry.id) {
            existing = entry;
            return;
        }
    list << entry;
}

Instant monthsBefore(const Instant &end, int months)
{
    const QDateTime at = end.toDateTime().addMonths(-months);
    return Instant::fromMSecsSinceEpoch(at.toMSecsSinceEpoch());
}

} // namespace

RetentionRules RetentionRules::builtIn()
{
    static const RetentionRules rules =
        fromJson(QStringLiteral(":/auditbench/retention.json"),
                 readShippedData(QStringLiteral(":/auditbench/retention.json")));
    return rules;
}

RetentionRules RetentionRules::fromJson(const QString &fileName, const QByteArray &json)
{
    const QJsonObject root = parseDataObject(fileName, json);
    RetentionRules rules;
    const auto tiers =
        readEntries<RetentionTier>(fileName, root, "platform_tiers", [](const QJsonObject &o, auto) {
            return RetentionTier{
                o.value(QLatin1String("id")).toString(), o.value(QLatin1String("title")).toString(),
                o.value(QLatin1String("source")).toString(), o.value(QLatin1String("months")).toInt()};
        });
    const auto minimums =
        readEntries<RetentionMinimum>(fileName, root, "minimums", [](const QJsonObject &o, const auto &bad) {
            RetentionMinimum m{o.value(QLatin1String("id")).toString(),
                               o.value(QLatin1String("framework")).toString(),
                               o.value(QLatin1String("title")).toString(),
                               o.value(QLatin1String("source")).toString(),
                               o.value(QLatin1String("months")).toInt(),
                               o.value(QLatin1String("immediate_months")).toInt()};
            if (m.framework.isEmpty())
                bad("a non-empty \"framework\"");
            return m;
        });
    for (const RetentionTier &t : tiers)
        upsert(rules.m_tiers, t);
    for (const RetentionMinimum &m : minimums)
        upsert(rules.m_minimums, m);
    return rules;
}

RetentionRules RetentionRules::fromFile(const QString &path)
{
    return fromJson(path, readDataFile(path, RetentionTr::tr("cannot read the retention rules")));
}

void RetentionRules::merge(const RetentionRules &overrides)
{
    for (const RetentionTier &t : overrides.m_tiers)
        upsert(m_tiers, t);
    for (const RetentionMinimum &m : overrides.m_minimums)
        upsert(m_minimums, m);
}

const RetentionMinimum *RetentionRules::minimumFor(const QString &framework) const
{
    for (const RetentionMinimum &m : m_minimums)
        if (m.framework == framework)
            return &m;
    return nullptr;
}

QString RetentionCheck::detail() const
{
    if (!minimum)
        return QStringLiteral("%1: no retention rule for this framework").arg(framework);
    const QString held = earliest ? QStringLiteral("held from %1").arg(earliest->toString())
                                  : QStringLiteral("no gateway records held");
    return QStringLiteral("%1: %2 (needs evidence from %3; %4): %5")
        .arg(framework, minimum->title, requiredFrom.toString(), held,
             covered ? QStringLiteral("covered") : QStringLiteral("not covered"));
}

QList<RetentionCheck> checkRetention(const RetentionRules &rules, const QStringList &frameworks,
                                     const Instant &start, const Instant &end,
                                     const std::optional<Instant> &earliest, int toleranceHours)
{
    QList<RetentionCheck> out;
    for (const QString &framework : frameworks) {
        RetentionCheck c;
        c.framework = framework;
        c.earliest = earliest;
        c.requiredFrom = start;
        if (const RetentionMinimum *m = rules.minimumFor(framework)) {
            c.minimum = *m;
            c.requiredFrom = std::min(start, monthsBefore(end, m->months));
            Instant allowed = c.requiredFrom;
            allowed.seconds += qint64(toleranceHours) * 3600;
            c.covered = earliest && *earliest <= allowed;
        }
        out << c;
    }
    return out;
}

} // namespace ab::pack
