#pragma once
// Portfolios kept in the workspace (table portfolios, schema version 5): immutable like packages, stored
// together with their packages and logged as "portfolio.generated", all in one transaction.

#include "core/portfolio/Portfolio.h"

#include <QList>
#include <QString>

namespace ab {
class WorkspaceStore;
}

namespace ab::portfolio {

struct StoredPortfolio
{
    qint64 id = 0;
    QString portfolioId, generatedAt, generatedBy, periodStart, periodEnd, contentSha256, storedAt, storedBy;
    qint64 agentCount = 0, excludedCount = 0;
    QByteArray json;
};

// A file written beside portfolio.json, named in the activity log with its SHA-256.
struct WrittenFile
{
    QString name; // relative to the output folder
    QString sha256;
    qint64 size = 0;
};

// Stores the portfolio's packages through WorkspaceStore::storePackage (each "workbench" package its own
// immutable row, logged compliance.generated; the same package_id with the same bytes is kept once), then the
// portfolio row and its "portfolio.generated" log entry {portfolio_id, content_sha256, packages, excluded,
// run_id, out_dir, files} in one transaction. The same portfolio_id with the same bytes is a no-op; other
// bytes: WorkspaceError (portfolios are immutable). Callers check for Cancel before calling: nothing here
// is cancellable, so a cancelled portfolio stores nothing.
void storePortfolio(WorkspaceStore &store, const Portfolio &portfolio, const QString &outDir,
                    const QList<WrittenFile> &files);

QList<StoredPortfolio> storedPortfolios(const WorkspaceStore &store); // newest first

} // namespace ab::portfolio
