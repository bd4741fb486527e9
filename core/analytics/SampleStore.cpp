#include "core/analytics/SampleStore.h"

#include "core/analytics/SampleDrawer.h"
#include "core/crypto/Crypto.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/ActivityLog.h"
#include "core/workspace/AuditQuery.h"
#include "core/workspace/RecordQueries.h"
#include "core/workspace/RunStore.h"
#include "core/workspace/SqlSession.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ab::analytics {

namespace {

struct SampleTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::analytics::SampleStore)
};

void writeList(JsonWriter &w, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    w.key(key).beginArray();
    for (const QString &v : values)
        w.value(v);
    w.endArray();
}

// The SHA-256 of the gateway sources holding any record of the population.
QSet<QString> populationSources(const SqlSession &sql, const AuditFilter &filter)
{
    const SqlWhere where = auditWhere(filter);
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT DISTINCT s.sha256 FROM gateway_records g"
                                             " JOIN sources s ON s.id = g.source_id%1")
                                  .arg(where.sql));
    for (int i = 0; i < where.binds.size(); ++i)
        q.bindValue(i, where.binds[i]);
    sql.exec(q);
    QSet<QString> out;
    while (sql.next(q))
        out.insert(q.value(0).toString());
    return out;
}

// The newest gateway run that verified every source of the population and, when it verified a period,
// whose period holds the filter's whole period.
std::optional<VerificationRun> coveringRun(const SqlSession &sql, const AuditorIdentity &identity,
                                           const AuditFilter &filter)
{
    const QSet<QString> needed = populationSources(sql, filter);
    for (const VerificationRun &run : RunStore(sql, identity).runs()) {
        if (run.scope != QLatin1String("gateway"))
            continue;
        QSet<QString> verified;
        for (const VerificationResult::Source &s : run.result.sources)
            verified.insert(s.sha256);
        if (!verified.contains(needed))
            continue;
        const auto periodHolds = [](const std::optional<QString> &bound, const std::optional<Instant> &asked,
                                    bool isStart) {
            if (!bound)
                return true;
            const auto limit = Instant::parse(*bound);
            if (!limit || !asked)
                return false;
            return isStart ? *asked >= *limit : *asked <= *limit;
        };
        if (periodHolds(run.result.periodStart, filter.start, true) &&
            periodHolds(run.result.periodEnd, filter.end, false))
            return run;
    }
    return std::nullopt;
}

QByteArray recordsJson(const QList<SampledRecord> &records)
{
    JsonWriter w(false);
    w.beginArray();
    for (const SampledRecord &r : records)
        w.value(r.recordId);
    w.endArray();
    return w.toByteArray();
}

Sample sampleFrom(const QSqlQuery &q)
{
    Sample s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.filtersJson = q.value(2).toString().toUtf8();
    s.populationCount = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        s.runId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        s.headHmac = q.value(5).toString();
    s.seed = q.value(6).toULongLong();
    s.algorithm = q.value(7).toString();
    s.size = q.value(8).toLongLong();
    s.createdAt = q.value(9).toString();
    s.createdBy = q.value(10).toString();
    return s;
}

const QString SampleColumns = QStringLiteral("id, name, filters, population_count, run_id, head_hmac, seed, "
                                             "algorithm, size, created_at, created_by");

void loadRecords(const SqlSession &sql, Sample &s)
{
    QSqlQuery q = sql.prepare(
        QStringLiteral("SELECT row_id, record_id FROM sample_items WHERE sample_id = ? ORDER BY position"));
    q.bindValue(0, s.id);
    sql.exec(q);
    while (sql.next(q))
        s.records << SampledRecord{q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace

QByteArray Sample::toJson(bool pretty) const
{
    JsonWriter w(pretty);
    w.beginObject();
    w.key("sample_id").value(id);
    w.key("name").value(name);
    w.key("population").beginObject();
    w.key("filters").raw(std::string_view(filtersJson.constData(), size_t(filtersJson.size())));
    w.key("count").value(populationCount);
    w.key("run");
    runId ? w.value(*runId) : w.null();
    w.key("head_hmac");
    headHmac ? w.value(*headHmac) : w.null();
    w.endObject();
    w.key("seed").value(qint64(seed));
    w.key("algorithm").value(algorithm);
    w.key("size").value(size);
    w.key("created_at").value(createdAt);
    w.key("created_by").value(createdBy);
    w.key("records").beginArray();
    for (const SampledRecord &r : records)
        w.value(r.recordId);
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

QByteArray auditFilterJson(const AuditFilter &filter)
{
    JsonWriter w(false);
    w.beginObject();
    writeList(w, "action", filter.actions);
    writeList(w, "category", filter.categories);
    if (filter.end)
        w.key("end").value(filter.end->toString());
    writeList(w, "entity_type", filter.entityTypes);
    writeList(w, "framework", filter.frameworks);
    if (filter.sourceId)
        w.key("source_id").value(*filter.sourceId);
    if (filter.start)
        w.key("start").value(filter.start->toString());
    if (!filter.text.isEmpty())
        w.key("text").value(filter.text);
    if (!filter.user.isEmpty())
        w.key("user").value(filter.user);
    w.endObject();
    return w.toByteArray();
}

Sample drawSample(WorkspaceStore &store, const AuditFilter &filter, qint64 size, quint64 seed,
                  const QString &name)
{
    if (filter.limit >= 0 || filter.offset > 0)
        throw SampleError(SampleTr::tr("a sample is drawn from every record the filters select: a limit "
                                       "or offset does not apply"));
    if (seed > MaxSeed)
        throw SampleError(
            SampleTr::tr("the seed %1 is above the largest allowed, %2").arg(seed).arg(MaxSeed));
    if (size < 1)
        throw SampleError(SampleTr::tr("the sample size must be 1 or more (got %1)").arg(size));
    const SqlSession &sql = store.sqlSession();
    return sql.transaction([&] {
        // The population in the order `query` lists it (time, then import order), so an examiner can re-draw
        // the sample from a query listing with nothing but the documented generator (docs/analytics.md,
        // scripts/redraw-sample.py); the order depends only on the evidence, never on the machine.
        const std::vector<qint64> population = RecordQueries(sql).rowIds(filter);
        const qint64 count = qint64(population.size());
        if (size > count)
            throw SampleError(
                SampleTr::tr(
                    "%1: the sample size %2 is larger than the population: the filters select %3 records")
                    .arg(sql.path())
                    .arg(size)
                    .arg(count));
        std::vector<qint64> chosen;
        for (const qint64 position : drawPositions(count, size, seed))
            chosen.push_back(population[size_t(position)]);

        Sample s;
        s.id = sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM samples")).toLongLong();
        s.name = name.isEmpty() ? QStringLiteral("sample %1").arg(s.id) : name;
        s.filtersJson = auditFilterJson(filter);
        s.populationCount = count;
        if (const auto run = coveringRun(sql, store.identity(), filter)) {
            s.runId = run->id;
            s.headHmac = run->result.headHmac;
        }
        s.seed = seed;
        s.algorithm = QString::fromLatin1(SampleAlgorithm);
        s.size = size;
        s.createdAt = sqlvalue::nowUtc();
        s.createdBy = sqlvalue::userText(store.identity());
        for (const GatewayRecordRow &row : RecordQueries(sql).rowsByRowIds(chosen))
            s.records << SampledRecord{row.rowId, row.recordId};

        PreparedInsert(sql, "samples",
                       {"id", "name", "filters", "population_count", "run_id", "head_hmac", "seed",
                        "algorithm", "size", "created_at", "created_by"})
            .insert({s.id, s.name, QString::fromUtf8(s.filtersJson), count,
                     s.runId ? QVariant(*s.runId) : QVariant(QMetaType(QMetaType::LongLong)),
                     s.headHmac ? QVariant(*s.headHmac) : QVariant(QMetaType(QMetaType::QString)),
                     qint64(seed), s.algorithm, size, s.createdAt, s.createdBy});
        PreparedInsert items(sql, "sample_items", {"sample_id", "position", "row_id", "record_id"});
        for (qsizetype i = 0; i < s.records.size(); ++i)
            items.insert({s.id, qint64(i), s.records[i].rowId, sqlvalue::notNull(s.records[i].recordId)});

        // The log names the sample and binds its draw: the SHA-256 of the ids in draw order.
        JsonWriter details(false);
        details.beginObject();
        details.key("sample_id").value(s.id);
        details.key("name").value(s.name);
        details.key("filters").raw(std::string_view(s.filtersJson.constData(), size_t(s.filtersJson.size())));
        details.key("population_count").value(count);
        details.key("run");
        s.runId ? details.value(*s.runId) : details.null();
        details.key("seed").value(qint64(seed));
        details.key("algorithm").value(s.algorithm);
        details.key("size").value(size);
        details.key("records_sha256").value(crypto::sha256Hex(recordsJson(s.records)));
        details.endObject();
        ActivityLog(sql, store.identity()).append(QStringLiteral("sample"), details.toByteArray());
        return s;
    });
}

QList<Sample> storedSamples(const WorkspaceStore &store, bool withRecords)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT %1 FROM samples ORDER BY id").arg(SampleColumns));
    sql.exec(q);
    QList<Sample> out;
    while (sql.next(q))
        out << sampleFrom(q);
    if (withRecords)
        for (Sample &s : out)
            loadRecords(sql, s);
    return out;
}

std::optional<Sample> storedSample(const WorkspaceStore &store, qint64 id)
{
    const SqlSession &sql = store.sqlSession();
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT %1 FROM samples WHERE id = ?").arg(SampleColumns));
    q.bindValue(0, id);
    sql.exec(q);
    if (!sql.next(q))
        return std::nullopt;
    Sample s = sampleFrom(q);
    loadRecords(sql, s);
    return s;
}

} // namespace ab::analytics
