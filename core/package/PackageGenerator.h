#pragma once

#include "core/chain/VerificationResult.h"
#include "core/common/Progress.h"
#include "core/package/ComplianceData.h"
#include "core/package/DfdRenderer.h"
#include "core/package/RuntimeExport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ab {

// The auditor's own verification of the agent's audit chain, cited by the Monitoring answer (written and
// read back by core/package/ChainCitation.h).
struct ChainVerificationCitation
{
    QString runId;      // e.g. the workspace's verification run id
    QString verifiedAt; // RFC 3339
    QString source;     // what was verified (file or workspace export name)
    VerificationResult result;
    QString scope;        // the stored run's scope ("runtime", or "runtime:<source id>" of earlier versions)
    QString resultSha256; // SHA-256 of the stored result JSON: what a report cross-checks the citation with
};

struct PackageOptions
{
    QString generatedBy; // identity of the auditor who generated the package
    // RFC 3339; empty: now (UTC, seconds), or AUDITBENCH_FIXED_TIME when set (for reproducible tests only)
    QString generatedAt;
    // Empty: a new random UUID, or AUDITBENCH_FIXED_PACKAGE_ID when set (for reproducible tests only)
    QString packageId;
    std::optional<ChainVerificationCitation> chainVerification;
    std::optional<SubProcessorRegistry> registry; // empty: the shipped registry
    std::optional<Soc2Mappings> soc2;             // empty: the seed's table as shipped
};

struct GeneratedPackage
{
    QByteArray json; // the package (docs/spec/formats.md §3), pretty-printed, members in contract order
    QString packageId, agentId, agentName, generatedAt, contentSha256;
    qint64 auditEntries = 0; // entries of this agent the package was built from (no cap)
    QString dot;
    QByteArray svg;
    DfdModel dfd;
};

// Generates a compliance package (docs/spec/formats.md §3) for one agent from an agent runtime export,
// offline and without the seed's 10,000-entry cap. The same export and options (id, time, identity) give the
// same bytes.
class PackageGenerator
{
public:
    // Throws InputError (no such agent), GraphvizError and CancelledError.
    static GeneratedPackage generate(const RuntimeExport &runtimeExport, const QString &agentId,
                                     const PackageOptions &options, Progress *progress = nullptr);

    // SHA-256 (hex) of the JCS form of a package without its content_sha256 member. Throws std::runtime_error
    // on bad JSON.
    static QString computeContentSha256(const QByteArray &packageJson);
    // True when the package's content_sha256 member matches its content.
    static bool contentSha256Matches(const QByteArray &packageJson);

    // The response the seed's hierarchy requires for a drift severity: low -> alert, medium -> throttle,
    // high/critical -> suspend; empty for an unknown severity.
    static QString requiredResponse(const QString &severity);
    // generated_by when no auditor identity is known. Evidence text (hashed into the package): not
    // translated.
    static QString unknownAuditor() { return QStringLiteral("(unknown auditor)"); }

    // True when `response` is at least as strong as what `severity` requires.
    static bool responseMeetsHierarchy(const QString &severity, const QString &response);
};

} // namespace ab
