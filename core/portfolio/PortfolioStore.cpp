#include "core/portfolio/PortfolioStore.h"

#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QSqlQuery>

namespace ab::portfolio {

namespace {

struct PortfolioStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::portfolio::PortfolioStore)
};

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QByteArray logDetails(const Portfolio &p, const QString &outDir, const QList<WrittenFile> &files)
{
    JsonWriter w(false);
    w.beginObject();
    w.key("portfolio_id").value(p.portfolioId);
    w.key("content_sha256").value(p.contentSha256);
    w.key("packages").beginArray();
    for (const PortfolioAgent &a : p.agents)
        w.value(a.packageId);
    w.endArray();
    w.key("excluded").beginArray();
    for (const ExcludedAgent &e : p.excluded)
        w.value(e.agentId);
    w.endArray();
    w.key("run_id");
    p.chainRun ? w.value(p.chainRun->id) : w.null();
    w.key("out_dir").value(outDir);
    w.key("files").beginArray();
    for (const WrittenFile &f : files)
        w.beginObject()
            .key("name")
            .value(f.name)
            .key("sha256")
            .value(f.sha256)
            .key("size")
            .value(f.size)
            .endObject();
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

} // namespace

void storePortfolio(WorkspaceStore &store, const Portfolio &p, const QString &outDir,
                    const QList<WrittenFile> &files)
{
    for (const PortfolioAgent &a : p.agents)
        store.storePackage(a.packageJson, QStringLiteral("workbench"));
    const SqlSession &sql = store.sqlSession();
    sql.transaction([&] {
        const QVariant existing =
            sql.scalar(QStringLiteral("SELECT json FROM portfolios WHERE portfolio_id = ?"), {p.portfolioId});
        if (existing.isValid()) {
            if (existing.toString().toUtf8() != p.json)
                throw WorkspaceError(PortfolioStoreTr::tr("%1: portfolio %2 is already in the workspace with "
                                                          "different content: portfolios are immutable")
                                         .arg(store.path(), p.portfolioId));
            return;
        }
        PreparedInsert(sql, "portfolios",
                       {"portfolio_id", "generated_at", "generated_by", "period_start", "period_end",
                        "agent_count", "excluded_count", "run_id", "content_sha256", "stored_at", "stored_by",
                        "json"})
            .insert({p.portfolioId, p.generatedAt, p.generatedBy, textOrNull(p.periodStart),
                     textOrNull(p.periodEnd), qint64(p.agents.size()), qint64(p.excluded.size()),
                     p.chainRun ? QVariant(p.chainRun->id) : QVariant(QMetaType(QMetaType::LongLong)),
                     p.contentSha256, sqlvalue::nowUtc(), sqlvalue::userText(store.identity()),
                     QString::fromUtf8(p.json)});
        ActivityLog(sql, store.identity())
            .append(QStringLiteral("portfolio.generated"), logDetails(p, outDir, files));
    });
}

QList<StoredPortfolio> storedPortfolios(const WorkspaceStore &store)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery q = sql.prepare(QStringLiteral(
        "SELECT id, portfolio_id, generated_at, generated_by, COALESCE(period_start, ''),"
        " COALESCE(period_end, ''), content_sha256, stored_at, stored_by, agent_count, excluded_count, json"
        " FROM portfolios ORDER BY generated_at DESC, id DESC"));
    sql.exec(q);
    QList<StoredPortfolio> out;
    while (q.next()) {
        StoredPortfolio s;
        s.id = q.value(0).toLongLong();
        s.portfolioId = q.value(1).toString();
        s.generatedAt = q.value(2).toString();
        s.generatedBy = q.value(3).toString();
        s.periodStart = q.value(4).toString();
        s.periodEnd = q.value(5).toString();
        s.contentSha256 = q.value(6).toString();
        s.storedAt = q.value(7).toString();
        s.storedBy = q.value(8).toString();
        s.agentCount = q.value(9).toLongLong();
        s.excludedCount = q.value(10).toLongLong();
        s.json = q.value(11).toString().toUtf8();
        out << s;
    }
    return out;
}

} // namespace ab::portfolio
