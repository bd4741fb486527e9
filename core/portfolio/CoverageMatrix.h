#pragma once
// The portfolio's SOC 2 matrix: criteria x agents with the evidence count each agent's package gives a
// criterion (its soc2.controls[] count), beside the criteria inherited from the hosting platform. A criterion
// is in the matrix when a package maps it or it is inherited; coverage splits them into criteria with
// evidence in some package, inherited ones, and those with neither (mapped but without evidence anywhere).

#include "core/portfolio/InheritedControls.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ab::portfolio {

struct CoverageMatrix
{
    QStringList agentIds; // column order: as the packages were given
    QStringList criteria; // row order: TSC order (CC1.1 < CC6.10 < A1.1)
    QMap<QString, QMap<QString, qint64>>
        counts;            // criterion -> agent id -> evidence count (0 when mapped only)
    QStringList inherited; // criteria order

    qint64 count(const QString &criterion, const QString &agentId) const
    {
        return counts.value(criterion).value(agentId);
    }
    qint64 total(const QString &criterion) const;
    bool isInherited(const QString &criterion) const { return inherited.contains(criterion); }

    QStringList withEvidence() const;    // total > 0
    QStringList withoutEvidence() const; // total 0 and not inherited: the gaps

    // From each agent's package JSON (agent id, bytes) in the given order. Unreadable soc2 members count as
    // nothing mapped.
    static CoverageMatrix build(const QList<QPair<QString, QByteArray>> &packages,
                                const InheritedControls &inheritedControls);
};

} // namespace ab::portfolio
