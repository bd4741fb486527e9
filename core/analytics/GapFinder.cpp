#include "core/analytics/GapFinder.h"

#include "core/crypto/Crypto.h"
#include "core/json/Jcs.h"
#include "core/json/JsonWriter.h"
#include "core/workspace/RawSpan.h"
#include "core/workspace/SqlSession.h"

#include <QSet>
#include <QSqlQuery>

namespace ab::analytics {

namespace {

// Sequence gaps over rows ordered by (group, sequence); `group` is the source id, or 0 for all sources.
void sequenceGaps(const SqlSession &sql, bool perSource, GapReport &report, int maxListed)
{
    QSqlQuery q = sql.prepare(
        perSource
            ? QStringLiteral("SELECT g.source_id, s.file_name, g.sequence, g.record_id FROM gateway_records g"
                             " JOIN sources s ON s.id = g.source_id WHERE g.sequence IS NOT NULL"
                             " ORDER BY g.source_id, g.sequence, g.id")
            : QStringLiteral("SELECT 0, '', sequence, record_id FROM gateway_records"
                             " WHERE sequence IS NOT NULL ORDER BY sequence, id"));
    sql.exec(q);
    bool first = true;
    qint64 group = 0, previous = 0;
    QString previousId;
    while (sql.next(q)) {
        const qint64 g = q.value(0).toLongLong();
        const qint64 sequence = q.value(2).toLongLong();
        const QString id = q.value(3).toString();
        if (!first && g == group && sequence > previous + 1) {
            if (++report.gapCount <= maxListed) {
                SequenceGap gap;
                if (perSource) {
                    gap.sourceId = g;
                    gap.sourceFile = q.value(1).toString();
                }
                gap.afterId = previousId;
                gap.beforeId = id;
                gap.firstMissing = previous + 1;
                gap.lastMissing = sequence - 1;
                report.sequenceGaps << gap;
            }
        }
        first = false;
        group = g;
        previous = sequence;
        previousId = id;
    }
}

void timeGaps(const SqlSession &sql, GapReport &report, int maxListed)
{
    QSqlQuery q = sql.prepare(QStringLiteral("SELECT ts_ms, ts_text, record_id FROM gateway_records"
                                             " WHERE ts_ms IS NOT NULL ORDER BY ts_ms, id"));
    sql.exec(q);
    const qint64 thresholdMs = report.maxGapHours * 3600 * 1000;
    bool first = true;
    qint64 previousMs = 0;
    QString previousText, previousId;
    while (sql.next(q)) {
        const qint64 ms = q.value(0).toLongLong();
        const QString text = q.value(1).toString();
        const QString id = q.value(2).toString();
        if (!first && ms - previousMs > thresholdMs && ++report.gapCount <= maxListed)
            report.timeGaps << TimeGap{previousId, id, previousText, text, (ms - previousMs) / 1000};
        first = false;
        previousMs = ms;
        previousText = text;
        previousId = id;
    }
}

QString contentHash(const QString &raw)
{
    const QByteArray bytes = raw.toUtf8();
    try {
        return crypto::sha256Hex(
            jcs::canonicalize(std::string_view(bytes.constData(), size_t(bytes.size()))));
    } catch (const std::exception &) {
        return crypto::sha256Hex(bytes); // stored records are valid JSON; never expected
    }
}

QList<Duplicate> duplicates(const SqlSession &sql)
{
    QSqlQuery q = sql.prepare(
        QStringLiteral(
            "SELECT g.record_id, g.source_id, s.file_name, g.ordinal, g.ts_text, %1 FROM gateway_records g"
            " JOIN sources s ON s.id = g.source_id"
            " WHERE g.record_id IN (SELECT record_id FROM gateway_records WHERE record_id IS NOT NULL"
            " GROUP BY record_id HAVING COUNT(*) > 1)"
            " ORDER BY g.record_id, g.id")
            .arg(raw_span::expression(QStringLiteral("g"))));
    sql.exec(q);
    QList<Duplicate> out;
    const auto flush = [&](Duplicate &d) {
        // Only ids whose copies differ: identical copies are the same record (merged at import).
        QSet<QString> contents;
        for (const DuplicateRecord &r : std::as_const(d.records))
            contents.insert(r.contentSha256);
        if (contents.size() > 1)
            out << d;
        d = Duplicate();
    };
    Duplicate current;
    while (sql.next(q)) {
        const QString id = q.value(0).toString();
        if (!current.records.isEmpty() && id != current.id)
            flush(current);
        current.id = id;
        current.records << DuplicateRecord{q.value(2).toString(), q.value(1).toLongLong(),
                                           q.value(3).toLongLong(), q.value(4).toString(),
                                           contentHash(q.value(5).toString())};
    }
    if (!current.records.isEmpty())
        flush(current);
    return out;
}

} // namespace

GapReport findGaps(const WorkspaceStore &store, qint64 maxGapHours, int maxListed)
{
    const SqlSession &sql = store.sqlSession();
    GapReport report;
    report.maxGapHours = maxGapHours;
    // One read transaction: the three passes see the same records even while another process imports.
    sql.exec(QStringLiteral("BEGIN"));
    try {
        sequenceGaps(sql, true, report, maxListed);
        sequenceGaps(sql, false, report, maxListed);
        timeGaps(sql, report, maxListed);
        report.duplicates = duplicates(sql);
        sql.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(sql.db()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return report;
}

QByteArray GapReport::toJson(bool pretty) const
{
    JsonWriter w(pretty);
    w.beginObject();
    w.key("gaps").beginArray();
    for (const SequenceGap &g : sequenceGaps) {
        w.beginObject();
        w.key("kind").value("sequence");
        w.key("source");
        g.sourceId ? w.value(g.sourceFile) : w.null();
        w.key("after").value(g.afterId);
        w.key("before").value(g.beforeId);
        w.key("first_missing").value(g.firstMissing);
        w.key("last_missing").value(g.lastMissing);
        w.key("missing").value(g.lastMissing - g.firstMissing + 1);
        w.endObject();
    }
    for (const TimeGap &g : timeGaps) {
        w.beginObject();
        w.key("kind").value("time");
        w.key("source").null();
        w.key("after").value(g.afterId);
        w.key("before").value(g.beforeId);
        w.key("from").value(g.from);
        w.key("to").value(g.to);
        w.key("seconds").value(g.seconds);
        w.endObject();
    }
    w.endArray();
    w.key("gap_count").value(gapCount);
    w.key("max_gap_hours").value(maxGapHours);
    w.key("duplicates").beginArray();
    for (const Duplicate &d : duplicates) {
        w.beginObject();
        w.key("id").value(d.id);
        w.key("records").beginArray();
        for (const DuplicateRecord &r : d.records) {
            w.beginObject();
            w.key("source").value(r.sourceFile);
            w.key("ordinal").value(r.ordinal);
            w.key("timestamp").value(r.timestamp);
            w.key("sha256").value(r.contentSha256);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toByteArray();
}

} // namespace ab::analytics
