#include "core/portfolio/CoverageMatrix.h"

#include "core/package/ComplianceData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ab::portfolio {

qint64 CoverageMatrix::total(const QString &criterion) const
{
    qint64 sum = 0;
    for (qint64 n : counts.value(criterion))
        sum += n;
    return sum;
}

QStringList CoverageMatrix::withEvidence() const
{
    QStringList out;
    for (const QString &c : criteria)
        if (total(c) > 0)
            out << c;
    return out;
}

QStringList CoverageMatrix::withoutEvidence() const
{
    QStringList out;
    for (const QString &c : criteria)
        if (total(c) == 0 && !isInherited(c))
            out << c;
    return out;
}

CoverageMatrix CoverageMatrix::build(const QList<QPair<QString, QByteArray>> &packages,
                                     const InheritedControls &inheritedControls)
{
    CoverageMatrix m;
    for (const auto &[agentId, json] : packages) {
        m.agentIds << agentId;
        const QJsonObject soc2 =
            QJsonDocument::fromJson(json).object().value(QLatin1String("soc2")).toObject();
        for (const QJsonValue &v : soc2.value(QLatin1String("controls")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                continue;
            if (!m.criteria.contains(id))
                m.criteria << id;
            m.counts[id][agentId] += qint64(o.value(QLatin1String("count")).toDouble());
        }
    }
    for (const InheritedControl &c : inheritedControls.controls()) {
        m.inherited << c.id;
        if (!m.criteria.contains(c.id))
            m.criteria << c.id;
    }
    // Every agent has a cell in every row, so the matrix reads as a full grid.
    for (const QString &c : m.criteria)
        for (const QString &a : m.agentIds)
            m.counts[c][a] += 0;
    std::sort(m.criteria.begin(), m.criteria.end(), &Soc2Mappings::controlLess);
    std::sort(m.inherited.begin(), m.inherited.end(), &Soc2Mappings::controlLess);
    return m;
}

} // namespace ab::portfolio
