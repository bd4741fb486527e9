#pragma once
// How long audit evidence must be kept (resources/retention.json): the gateway platform's tiers as seed 004
// states them and each framework's minimum, every entry citing its source. Users extend or override entries
// (matched by id) with their own file of the same form. RetentionCheck says, for a pack's period, whether the
// workspace's evidence reaches back over the period and the framework's minimum.

#include "core/common/Instant.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab::pack {

struct RetentionTier
{
    QString id, title, source;
    int months = 0;
};

struct RetentionMinimum
{
    QString id, framework, title, source;
    int months = 0;          // calendar months back from the period's end; 0: the period itself
    int immediateMonths = 0; // of which immediately available (PCI DSS: 3); 0 when the rule says nothing
};

class RetentionRules
{
public:
    static RetentionRules builtIn(); // :/auditbench/retention.json
    // Throws InputError naming the file (line and column for syntax errors; the entry otherwise).
    static RetentionRules fromJson(const QString &fileName, const QByteArray &json);
    static RetentionRules fromFile(const QString &path);
    void merge(const RetentionRules &overrides); // same id replaces, new ids are appended

    const QList<RetentionTier> &tiers() const { return m_tiers; }
    const QList<RetentionMinimum> &minimums() const { return m_minimums; }
    const RetentionMinimum *minimumFor(const QString &framework) const;

private:
    QList<RetentionTier> m_tiers;
    QList<RetentionMinimum> m_minimums;
};

// One framework's retention for a pack's period.
struct RetentionCheck
{
    QString framework;
    std::optional<RetentionMinimum> minimum; // none: no rule for the framework (not covered)
    Instant requiredFrom;                    // the earlier of the period's start and end minus the minimum
    std::optional<Instant> earliest;         // the workspace's earliest gateway record
    bool covered = false;

    // "pci_dss: PCI DSS: 12 months ... — evidence from 2024-12-31T23:59:59Z needed, held from ...: covered".
    // Evidence text (checklist.json): built without tr().
    QString detail() const;
};

// `earliest`: the workspace's earliest gateway record. A record within `toleranceHours` after the required
// instant still counts (the same allowance the chain's coverage gives a silence: --max-gap).
QList<RetentionCheck> checkRetention(const RetentionRules &rules, const QStringList &frameworks,
                                     const Instant &start, const Instant &end,
                                     const std::optional<Instant> &earliest, int toleranceHours);

} // namespace ab::pack
