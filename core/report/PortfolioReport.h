#pragma once
// portfolio.pdf (issue 14): a one-page summary (agents included, agents left out with the reason, the
// inherited criteria), the SOC 2 matrix (criteria x agents, the inherited column, the criteria without
// evidence), then each agent's package report exactly as `pdf --package` prints it, in agent id order.
// Wide matrices are split into several tables of at most MatrixAgentsPerTable agent columns, each repeating
// the criterion, inherited and total columns, so they stay readable on portrait paper.

#include "core/portfolio/Portfolio.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportWriter.h"

#include <optional>

namespace ab {

class PortfolioReport
{
public:
    static constexpr int MatrixAgentsPerTable = 5;

    static ReportDocument build(const portfolio::Portfolio &portfolio, const ReportBranding &branding,
                                const QString &printedBy);
    // Renders into memory (needs a QGuiApplication); nullopt with `error` when rendering is impossible.
    // Throws CancelledError.
    static std::optional<ReportWriter::Output> render(const portfolio::Portfolio &portfolio,
                                                      const ReportBranding &branding,
                                                      const QString &printedBy, Progress *progress,
                                                      QString *error = nullptr);
};

} // namespace ab
