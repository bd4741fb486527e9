#include "core/workspace/PackageStore.h"

#include "core/common/InputError.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"

#include <QSqlQuery>

namespace ab {

namespace {

// Hands the one package EvidenceReader::readPackage finds to PackageStore::insert.
class PackageOnlySink : public EvidenceSink
{
public:
    PackageOnlySink(const PackageStore &store, const QString &name, const QString &origin)
        : m_store(store), m_name(name), m_origin(origin)
    {
    }
    void gatewayRecord(qint64, std::string_view, const GatewayFields &) override {}
    void agent(std::string_view, std::string_view, std::string_view) override {}
    void agentEntry(qint64, std::string_view, const AgentEntryFields &) override {}
    void bundle(qint64, std::string_view, const BundleFields &) override {}
    void ocsfEvent(qint64, std::string_view, const OcsfFields &) override {}
    void package(std::string_view raw, const PackageFields &f) override
    {
        stored = m_store.insert(m_name, raw, f, m_origin, 0);
    }

    PackageStore::Stored stored;

private:
    const PackageStore &m_store;
    QString m_name, m_origin;
};

QList<VsqVerdict> verdictsFrom(const SqlSession &sql, QSqlQuery &q)
{
    QList<VsqVerdict> out;
    while (sql.next(q))
        out << VsqVerdict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

} // namespace

PackageStore::Stored PackageStore::insert(const QString &name, std::string_view raw, const PackageFields &f,
                                          const QString &origin, qint64 sourceId) const
{
    Stored stored;
    stored.packageId = sqlvalue::text(f.packageId);
    stored.agentId = sqlvalue::text(f.agentId);
    stored.contentSha256 = sqlvalue::text(f.contentSha256);
    QSqlQuery existing = m_sql.prepare(QStringLiteral("SELECT id, json FROM packages WHERE package_id = ?"));
    existing.bindValue(0, stored.packageId);
    m_sql.exec(existing);
    if (m_sql.next(existing)) {
        if (existing.value(1).toString() != sqlvalue::text(raw))
            throw InputError(
                name, WorkspaceTr::tr("compliance package %1 is already in the workspace with different "
                                      "content: packages are immutable")
                          .arg(stored.packageId));
        stored.alreadyStored = true;
        stored.rowId = existing.value(0).toLongLong();
        return stored;
    }
    PreparedInsert(m_sql, "packages",
                   {"package_id", "agent_id", "agent_name", "generated_at", "generated_by", "origin",
                    "content_sha256", "source_id", "stored_at", "stored_by", "json"})
        .insert({stored.packageId, stored.agentId, sqlvalue::textOrNull(f.agentName),
                 sqlvalue::textOrNull(f.generatedAt), sqlvalue::textOrNull(f.generatedBy), origin,
                 sqlvalue::textOrNull(f.contentSha256),
                 sourceId > 0 ? QVariant(sourceId) : QVariant(QMetaType(QMetaType::LongLong)),
                 sqlvalue::nowUtc(), sqlvalue::userText(m_identity), sqlvalue::text(raw)});
    stored.rowId = m_sql.lastInsertRowId();
    return stored;
}

qint64 PackageStore::store(const QByteArray &packageJson, const QString &origin) const
{
    if (origin != QLatin1String("workbench") && origin != QLatin1String("platform"))
        throw WorkspaceError(
            WorkspaceTr::tr("package origin '%1': expected workbench or platform").arg(origin));
    return m_sql.transaction([&]() -> qint64 {
        const QString name =
            WorkspaceTr::tr("compliance package"); // names the package in error messages only
        PackageOnlySink sink(*this, name, origin);
        try {
            EvidenceReader::readPackage(name, packageJson, sink);
        } catch (const InputError &e) {
            throw WorkspaceError(e.toString());
        }
        if (sink.stored.alreadyStored)
            return sink.stored.rowId;
        JsonWriter w(false);
        w.beginObject();
        w.key("package_id").value(sink.stored.packageId);
        w.key("agent_id").value(sink.stored.agentId);
        w.key("origin").value(origin);
        w.key("content_sha256").value(sink.stored.contentSha256);
        w.endObject();
        ActivityLog(m_sql, m_identity)
            .append(origin == QLatin1String("workbench") ? QStringLiteral("compliance.generated")
                                                         : QStringLiteral("package.stored"),
                    w.toByteArray());
        return sink.stored.rowId;
    });
}

QList<PackageInfo> PackageStore::packages(const QString &agentId) const
{
    const QString columns =
        QStringLiteral("id, package_id, agent_id, agent_name, generated_at, generated_by, origin,"
                       " content_sha256, COALESCE(source_id, 0), stored_at, stored_by");
    QSqlQuery q = m_sql.prepare(
        agentId.isEmpty()
            ? QStringLiteral("SELECT %1 FROM packages ORDER BY generated_at DESC, id DESC").arg(columns)
            : QStringLiteral("SELECT %1 FROM packages WHERE agent_id = ? ORDER BY generated_at DESC, id DESC")
                  .arg(columns));
    if (!agentId.isEmpty())
        q.bindValue(0, agentId);
    m_sql.exec(q);
    QList<PackageInfo> out;
    while (m_sql.next(q)) {
        PackageInfo p;
        p.id = q.value(0).toLongLong();
        p.packageId = q.value(1).toString();
        p.agentId = q.value(2).toString();
        p.agentName = q.value(3).toString();
        p.generatedAt = q.value(4).toString();
        p.generatedBy = q.value(5).toString();
        p.origin = q.value(6).toString();
        p.contentSha256 = q.value(7).toString();
        p.sourceId = q.value(8).toLongLong();
        p.storedAt = q.value(9).toString();
        p.storedBy = q.value(10).toString();
        out << p;
    }
    return out;
}

QByteArray PackageStore::packageJson(const QString &packageId) const
{
    return m_sql.scalar(QStringLiteral("SELECT json FROM packages WHERE package_id = ?"), {packageId})
        .toString()
        .toUtf8();
}

void PackageStore::addVerdict(const QString &packageId, const QString &answerKey, const QString &verdict,
                              const QString &comment) const
{
    if (verdict != QLatin1String("agree") && verdict != QLatin1String("exception") &&
        verdict != QLatin1String("not_applicable"))
        throw WorkspaceError(
            WorkspaceTr::tr("verdict '%1': expected agree, exception or not_applicable").arg(verdict));
    m_sql.transaction([&] {
        PreparedInsert(m_sql, "vsq_verdicts",
                       {"package_id", "answer_key", "verdict", "comment", "user", "at"})
            .insert({sqlvalue::notNull(packageId), sqlvalue::notNull(answerKey), verdict,
                     sqlvalue::notNull(comment), sqlvalue::userText(m_identity), sqlvalue::nowUtc()});
        JsonWriter w(false);
        w.beginObject();
        w.key("package_id").value(packageId);
        w.key("answer_key").value(answerKey);
        w.key("verdict").value(verdict);
        w.key("comment").value(comment);
        w.endObject();
        ActivityLog(m_sql, m_identity).append(QStringLiteral("vsq.verdict"), w.toByteArray());
    });
}

QMap<QString, VsqVerdict> PackageStore::latestVerdicts(const QString &packageId) const
{
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT package_id, answer_key, verdict, comment, user, at FROM vsq_verdicts"
                       " WHERE package_id = ? ORDER BY id"));
    q.bindValue(0, packageId);
    m_sql.exec(q);
    QMap<QString, VsqVerdict> out;
    for (const VsqVerdict &v : verdictsFrom(m_sql, q))
        out.insert(v.answerKey, v); // later rows replace earlier ones: the latest wins
    return out;
}

QList<VsqVerdict> PackageStore::verdictHistory(const QString &packageId, const QString &answerKey) const
{
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT package_id, answer_key, verdict, comment, user, at FROM vsq_verdicts"
                       " WHERE package_id = ? AND answer_key = ? ORDER BY id"));
    q.bindValue(0, packageId);
    q.bindValue(1, answerKey);
    m_sql.exec(q);
    return verdictsFrom(m_sql, q);
}

} // namespace ab
