#pragma once
// An organisation portfolio (issue 14, seed 000 "Evidence Bundles"): one package per active agent, the agents
// left out with their status as the reason, the criteria inherited from the hosting platform and the SOC 2
// matrix across agents, as portfolio.json ("auditbench-portfolio" version 1, docs/portfolio.md). Everything
// here is evidence: plain English, never tr().

#include "core/portfolio/CoverageMatrix.h"
#include "core/portfolio/InheritedControls.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ab::portfolio {

struct PortfolioAgent
{
    QString agentId, name, status, packageId, contentSha256;
    qint64 entries = 0;
    QByteArray packageJson; // the package as generated (stored and written beside portfolio.json)
    QString packageFile() const { return QStringLiteral("packages/%1.json").arg(packageId); }
};

struct ExcludedAgent
{
    QString agentId, name, status, reason;
};

struct Portfolio
{
    QString portfolioId, generatedAt, generatedBy;
    QString periodStart, periodEnd; // as given; empty: no bound
    QList<PortfolioAgent> agents;   // sorted by agent id
    QList<ExcludedAgent> excluded;  // sorted by agent id
    InheritedControls inherited;
    CoverageMatrix matrix;
    std::optional<VerificationRun> chainRun; // the runtime chain verified first (with a keyring), if any

    QByteArray json; // portfolio.json, pretty-printed, members in contract order, ending with content_sha256
    QString contentSha256;

    // Writes `json` and `contentSha256` from the members above: the SHA-256 of the JCS form of the document
    // without its content_sha256 member, as packages compute theirs.
    void seal();
};

} // namespace ab::portfolio
