#pragma once
// `auditbench-cli evidence-pack` and the Examination page's Build pack…: the examination folder of
// docs/spec/formats.md 6 made from a workspace in one action. The chain is verified for the period as
// `verify --workspace --start --end` does (the run is stored), the bundle definitions are copied as imported,
// each recipe's records are exported as imported (RecordExport), OCSF when asked (OcsfExport), then
// checklist.json, report.pdf, MANIFEST.json, SHA256SUMS and, with a key, the Ed25519 signature. Everything is
// written into a temporary folder renamed at the end (a failure or a cancel leaves nothing), and the pack is
// recorded in the activity log with the manifest's SHA-256.

#include "core/chain/Keyring.h"
#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/pack/EvidenceRecipes.h"
#include "core/pack/PackChecklist.h"
#include "core/pack/PackManifest.h"
#include "core/pack/RetentionRules.h"
#include "core/report/ReportBranding.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ab {
class WorkspaceStore;
namespace crypto {
class Ed25519PrivateKey;
}
} // namespace ab

namespace ab::pack {

struct EvidencePackOptions
{
    QString outDir; // must not exist, or be an empty folder
    Instant start, end;
    QStringList frameworks;           // in scope, e.g. pci_dss, hipaa, sox, soc2; each must have recipes
    const Keyring *keyring = nullptr; // null: MACs not verified (chain-verified stays open)
    int maxGapHours = 24;             // coverage gap, as verify --max-gap
    bool ocsf = false;                // write ocsf/ (the period's records as OCSF 1.1)
    const crypto::Ed25519PrivateKey *signingKey = nullptr; // null: unsigned pack
    QString policyChainFile;                               // the policy chain export to attach, if any
    RecipeBook recipes = RecipeBook::builtIn();
    RetentionRules retention = RetentionRules::builtIn();
    ReportBranding branding = ReportBranding::defaults();
};

struct EvidencePackResult
{
    QString dir;
    PackManifest manifest;
    QByteArray manifestJson;
    QString manifestSha256;
    QList<ChecklistItem> checklist;
    OverrideCheckResult overrides;
    VerificationRun run;
};

class EvidencePackBuilder
{
public:
    // Throws PackError / WorkspaceError / InputError / KeyError with the user's one line, CancelledError when
    // `progress` is cancelled; in every such case no folder is left behind.
    static EvidencePackResult build(WorkspaceStore &store, const EvidencePackOptions &options,
                                    Progress *progress = nullptr);

    // chain-verification-2025-01-01--2025-12-31.json
    static QString chainFileName(const Instant &start, const Instant &end);
    // The inputs a live checklist needs besides the chain and the files (bundles, retention, overrides), for
    // the Examination page before a pack is built.
    static ChecklistInputs checklistInputs(const WorkspaceStore &store, const EvidencePackOptions &options);
};

} // namespace ab::pack
