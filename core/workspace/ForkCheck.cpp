#include "core/workspace/ForkCheck.h"

#include "core/chain/ChainErrorText.h"
#include "core/common/Instant.h"
#include "core/workspace/RawSpan.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace ab {

namespace {

const QString GatewayScope = QStringLiteral("gateway");

// A stored run that can take part: its mark and its period (a bound not given is open).
struct MarkedRun
{
    qint64 id = 0, mark = 0;
    bool hasStart = false, hasEnd = false;
    Instant start, end;

    // Whether the run verified a record stored at `row` with timestamp text `ts`: the verifier checks only
    // the records a period places inside it (a record without a valid timestamp is then an error, not
    // verified).
    bool verified(qint64 row, const QString &ts) const
    {
        if (row > mark)
            return false;
        if (!hasStart && !hasEnd)
            return true;
        const std::optional<Instant> at = Instant::parse(ts);
        return at && (!hasStart || *at >= start) && (!hasEnd || *at <= end);
    }
};

struct RowInfo
{
    QString recordId, ts, hmac, file;
};

QString hmacOf(const QString &raw)
{
    const QJsonValue v = QJsonDocument::fromJson(raw.toUtf8()).object().value(QLatin1String("hmac"));
    return v.isString() ? v.toString() : QString();
}

} // namespace

QString ChainFork::errorText() const
{
    return chaintext::chainFork(recordId, runId, verifiedHmac.left(8), laterFile, laterHmac.left(8));
}

qint64 ForkCheck::gatewayMark() const
{
    return m_sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM gateway_records")).toLongLong();
}

QList<ChainFork> ForkCheck::gatewayForks() const
{
    QList<MarkedRun> runs;
    {
        QSqlQuery q = m_sql.prepare(
            QStringLiteral("SELECT id, record_mark, period_start, period_end FROM verification_runs"
                           " WHERE scope = ? AND record_mark IS NOT NULL ORDER BY id"));
        q.bindValue(0, GatewayScope);
        m_sql.exec(q);
        while (m_sql.next(q)) {
            MarkedRun run{q.value(0).toLongLong(), q.value(1).toLongLong()};
            bool usable = true;
            for (int column : {2, 3}) {
                if (q.value(column).isNull())
                    continue;
                const std::optional<Instant> bound = Instant::parse(q.value(column).toString());
                usable = usable && bound.has_value(); // never claim a run verified what it may not have
                if (bound)
                    (column == 2 ? run.start : run.end) = *bound;
                (column == 2 ? run.hasStart : run.hasEnd) = true;
            }
            if (usable)
                runs << run;
        }
    }
    if (runs.isEmpty())
        return {}; // never verified: nothing to be consistent with
    qint64 lowest = runs.front().mark, highest = runs.front().mark;
    for (const MarkedRun &run : std::as_const(runs)) {
        lowest = std::min(lowest, run.mark);
        highest = std::max(highest, run.mark);
    }

    // Candidate pairs (earlier row e, later row l) sharing an id or a sequence, e at or below some mark and l
    // above some mark. Import merges a record with the same id and content, so a stored pair with one id
    // always differs in content; whether the hmac differs and which run separates them is decided below.
    QList<QPair<qint64, qint64>> pairs;
    {
        // The loop runs over the smaller side, the other is an index lookup (CROSS JOIN fixes SQLite's join
        // order): usually the few rows imported since the runs (l), but with a first run long ago and much
        // imported since, the rows verified (e). Rowids are dense, so the sizes are their ranges.
        const bool laterOuter = gatewayMark() - lowest <= highest;
        const QString join = laterOuter
                                 ? QStringLiteral("gateway_records AS l CROSS JOIN gateway_records AS e")
                                 : QStringLiteral("gateway_records AS e CROSS JOIN gateway_records AS l");
        const QString part = QStringLiteral("SELECT e.id, l.id FROM %1 ON e.%2 = l.%2"
                                            " WHERE l.id > ? AND e.id <= ? AND e.id < l.id");
        QSqlQuery q =
            m_sql.prepare(part.arg(join, QStringLiteral("record_id")) + QStringLiteral(" UNION ") +
                          part.arg(join, QStringLiteral("sequence")) + QStringLiteral(" ORDER BY 1, 2"));
        for (int i : {0, 2}) {
            q.bindValue(i, lowest);
            q.bindValue(i + 1, highest);
        }
        m_sql.exec(q);
        while (m_sql.next(q))
            pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    if (pairs.isEmpty())
        return {};

    QHash<qint64, RowInfo> rows;
    QSqlQuery rowQuery = m_sql.prepare(
        QStringLiteral("SELECT g.record_id, g.ts_text, %1, s.file_name FROM gateway_records AS g"
                       " JOIN sources AS s ON s.id = g.source_id WHERE g.id = ?")
            .arg(raw_span::expression(QStringLiteral("g"))));
    auto row = [&](qint64 id) -> const RowInfo & {
        auto it = rows.find(id);
        if (it == rows.end()) {
            rowQuery.bindValue(0, id);
            m_sql.exec(rowQuery);
            RowInfo info;
            if (m_sql.next(rowQuery))
                info = {rowQuery.value(0).toString(), rowQuery.value(1).toString(),
                        hmacOf(rowQuery.value(2).toString()), rowQuery.value(3).toString()};
            rowQuery.finish();
            it = rows.insert(id, info);
        }
        return *it;
    };

    QList<ChainFork> forks;
    for (const auto &[earlier, later] : std::as_const(pairs)) {
        const RowInfo &e = row(earlier);
        // The earliest run that verified e and ran before l was imported.
        const auto run = std::find_if(runs.cbegin(), runs.cend(), [&](const MarkedRun &r) {
            return later > r.mark && r.verified(earlier, e.ts);
        });
        if (run == runs.cend())
            continue;
        const RowInfo &l = row(later);
        // A record without a string hmac is malformed: the verifier reports that on its own.
        if (e.hmac.isEmpty() || l.hmac.isEmpty() || e.hmac == l.hmac)
            continue;
        forks << ChainFork{earlier, later, e.recordId, run->id, e.hmac, l.hmac, l.file};
    }
    return forks;
}

void ForkCheck::checkGateway(VerificationResult &result, int maxErrors) const
{
    addForks(result, gatewayForks(), maxErrors);
}

void ForkCheck::addForks(VerificationResult &result, const QList<ChainFork> &forks, int maxErrors)
{
    if (forks.isEmpty())
        return;
    QStringList errors;
    QList<VerificationResult::ErrorLocation> locations;
    for (const ChainFork &fork : forks) {
        if (errors.size() >= maxErrors)
            break;
        errors << fork.errorText();
        locations << VerificationResult::ErrorLocation{0, fork.recordId}; // not numbered: jump by id
    }
    // The verifier's errors keep their order after the forks; the location list stays parallel to them.
    while (result.errorLocations.size() < result.errors.size())
        result.errorLocations << VerificationResult::ErrorLocation{};
    for (int i = 0; i < result.errors.size() && errors.size() < maxErrors; ++i) {
        errors << result.errors.at(i);
        locations << result.errorLocations.at(i);
    }
    result.errors = errors;
    result.errorLocations = locations;
    result.errorCount += forks.size();
    result.valid = false;
}

} // namespace ab
