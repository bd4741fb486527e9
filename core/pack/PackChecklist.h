#pragma once
// checklist.json (docs/spec/formats.md 6): seed 004's pre-examination checklist, computed. Six items with the
// seed's ids, then `overrides-justified` (the seed's override question). Statuses and details are evidence:
// built without tr(), so the file's bytes do not depend on the user's language.

#include "core/chain/VerificationResult.h"
#include "core/pack/OverrideCheck.h"
#include "core/pack/RetentionRules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab::pack {

namespace Status {
inline constexpr const char *Done = "done";
inline constexpr const char *Open = "open";
inline constexpr const char *Failed = "failed";
} // namespace Status

struct ChecklistItem
{
    QString id, status, detail;
};

struct BundleSummary
{
    QString name, framework;
    bool enabled = false;
};

// What the checklist is computed from.
struct ChecklistInputs
{
    std::optional<VerificationResult> chain; // none: not verified for the period (yet)
    QList<BundleSummary> bundles;
    QStringList frameworks; // in scope
    QStringList frameworksWithoutRecipes;
    int queryFiles = 0, recipesInScope = 0;
    QList<RetentionCheck> retention;
    std::optional<qint64> ocsfEvents; // none: not exported
    QString policyChainFile;          // empty: not attached
    OverrideCheckResult overrides;
};

class PackChecklist
{
public:
    static QList<ChecklistItem> compute(const ChecklistInputs &in);
    // {"items": [{"id", "status", "detail"}, ...]}
    static QByteArray toJson(const QList<ChecklistItem> &items);
    // Reads the bundle definitions the workspace holds (raw JSON of each bundle object).
    static QList<BundleSummary> bundles(const QList<QByteArray> &rawBundles);
};

} // namespace ab::pack
