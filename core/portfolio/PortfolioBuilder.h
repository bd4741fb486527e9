#pragma once
// Builds an organisation portfolio from a workspace (issue 14): verifies the agent runtime chain first when
// a keyring is given (a stored run, which every package then cites), generates a package for every active
// agent (every agent with includeInactive), lists the others with their status as the reason, and computes
// the SOC 2 matrix with the inherited criteria. Nothing is stored until every package is generated, so a
// Cancel (CancelledError) before that leaves the workspace without any package or portfolio; only the
// verification run, complete before the packages began, stays (a verification that did happen).

#include "core/chain/Keyring.h"
#include "core/common/Instant.h"
#include "core/common/Progress.h"
#include "core/package/ComplianceData.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/PortfolioStore.h"
#include "core/report/ReportBranding.h"

#include <optional>

namespace ab {
class WorkspaceStore;
}

namespace ab::portfolio {

struct PortfolioOptions
{
    const Keyring *keyring = nullptr;  // set: verify the runtime chain first and store the run
    std::optional<Instant> start, end; // the period (verified and stated); both inclusive
    QString startText, endText;        // as given, stated in portfolio.json
    bool includeInactive = false;
    QString generatedBy; // empty: the workspace's auditor identity, else "(unknown auditor)"
    // Empty: now (UTC, seconds) / a new UUID, or AUDITBENCH_FIXED_TIME / AUDITBENCH_FIXED_PORTFOLIO_ID when
    // set (reproducible tests only). Package ids are derived from the portfolio id and the agent id
    // (UUIDv5), so the same portfolio id and time over the same evidence give the same bytes.
    QString generatedAt, portfolioId;
    std::optional<InheritedControls> inherited;   // empty: the shipped list
    std::optional<SubProcessorRegistry> registry; // empty: the shipped registry
    ReportBranding branding = ReportBranding::defaults();
};

// Generates the portfolio in memory. Throws WorkspaceError (no runtime export), InputError, GraphvizError,
// CancelledError.
Portfolio buildPortfolio(WorkspaceStore &store, const PortfolioOptions &options,
                         Progress *progress = nullptr);

// What generatePortfolio wrote into the folder and stored.
struct PortfolioResult
{
    Portfolio portfolio;
    QString outDir;
    QList<WrittenFile> files; // portfolio.json, oscal-assessment-results.json, oscal-assessment-plan.json,
                              // portfolio.pdf, packages/<package id>.json
    int pdfPages = 0;
};

// buildPortfolio, then the OSCAL documents and portfolio.pdf (needs a QGuiApplication), then writes every
// file into `outDir` (created when missing; each file atomically), then stores and logs (storePortfolio).
// Cancel is honoured until the files are written; after that nothing is cancellable. Throws as above and
// WorkspaceError when a file cannot be written or the PDF cannot be rendered.
PortfolioResult generatePortfolio(WorkspaceStore &store, const PortfolioOptions &options,
                                  const QString &outDir, Progress *progress = nullptr);

} // namespace ab::portfolio
