#include "core/workspace/GatewayRowWriter.h"

#include "core/workspace/SqliteApi.h"

#include <QSqlError>

#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace ab {

namespace {

using namespace sqlvalue;

constexpr qint64 NoTimestampSortKey = std::numeric_limits<qint64>::max();
constexpr size_t RowsPerBatch = 4096;
constexpr size_t BatchesInFlight = 4; // bounds the memory the parser can run ahead by

const char *const InsertSql =
    "INSERT INTO gateway_records (source_id, ordinal, record_id, sequence, ts_text, ts_ms, sort_ms, category,"
    " action, framework, entity_type, user_id, user_email, policy_name, raw, raw_offset, raw_length)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

constexpr int TextFields = 9; // record_id, ts_text, category, action, framework, entity_type, user_*, policy

// One row as bound: NULL text is a null data pointer (as EvidenceReader hands absent members over).
struct Row
{
    qint64 sourceId = 0, ordinal = 0;
    std::optional<int64_t> sequence, tsMs;
    std::string_view text[TextFields];
    std::string_view raw;             // empty (not null) when the row is served from the original
    std::optional<int64_t> rawOffset; // the span in the original, or none
    int64_t rawLength = 0;
};

Row rowOf(qint64 sourceId, qint64 ordinal, std::string_view raw, const GatewayFields &f, const char *original)
{
    Row r;
    r.sourceId = sourceId;
    r.ordinal = ordinal;
    r.sequence = f.sequence;
    r.tsMs = f.timestampMs;
    r.text[0] = f.id ? std::string_view(*f.id) : std::string_view();
    r.text[1] = f.timestamp;
    r.text[2] = f.category;
    r.text[3] = f.action;
    r.text[4] = f.framework;
    r.text[5] = f.entityType;
    r.text[6] = f.userId;
    r.text[7] = f.userEmail;
    r.text[8] = f.policyName;
    if (original) {
        r.rawOffset = int64_t(raw.data() - original);
        r.rawLength = int64_t(raw.size());
        r.raw = std::string_view("", 0);
    } else {
        r.raw = raw;
    }
    return r;
}

// Rows whose short texts (parsed, so gone after the sink call) are copied into one arena per batch.
struct Batch
{
    std::vector<Row> rows;
    std::vector<std::pair<size_t, size_t>> spans; // TextFields per row: offset, size (npos: NULL)
    std::string arena;

    void add(const Row &r)
    {
        rows.push_back(r);
        for (const std::string_view t : r.text) {
            if (!t.data()) {
                spans.emplace_back(std::string::npos, 0);
            } else {
                spans.emplace_back(arena.size(), t.size());
                arena.append(t);
            }
        }
    }
    // Emptied for the next rows, keeping its storage: batches go round between the two threads, so the
    // parser does not allocate (and fault in) fresh memory for every 4,096 rows.
    void clear()
    {
        rows.clear();
        spans.clear();
        arena.clear();
    }
    // Points the rows' texts into the arena (once it no longer grows).
    void seal()
    {
        for (size_t i = 0; i < rows.size(); ++i)
            for (int k = 0; k < TextFields; ++k) {
                const auto [at, n] = spans[i * TextFields + size_t(k)];
                rows[i].text[k] =
                    at == std::string::npos ? std::string_view() : std::string_view(arena.data() + at, n);
            }
    }
};

QSqlError sqliteError(const SqliteApi &api, sqlite3 *db)
{
    return QSqlError(QString(), QString::fromUtf8(api.errmsg(db)), QSqlError::StatementError,
                     QString::number(api.extendedErrcode(db)));
}

} // namespace

struct GatewayRowWriter::Impl
{
    const SqlSession &sql;
    const char *original = nullptr;
    const SqliteApi *api = nullptr;
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    std::optional<PreparedInsert> qtInsert;

    // Background writing.
    std::thread writer;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    std::vector<Batch> spare; // written batches, cleared, for the parser to fill again
    Batch filling;
    bool closing = false;
    std::optional<QSqlError> failure; // the first row that could not be written

    explicit Impl(const SqlSession &s) : sql(s) {}

    // Binds and steps one row; returns false (and leaves the error on the connection) when SQLite refuses.
    bool write(const Row &r)
    {
        const auto text = [&](int i, std::string_view t) {
            return t.data() ? api->bindText(stmt, i, t.data(), int(t.size()), nullptr)
                            : api->bindNull(stmt, i);
        };
        const auto integer = [&](int i, const std::optional<int64_t> &v) {
            return v ? api->bindInt64(stmt, i, *v) : api->bindNull(stmt, i);
        };
        int rc = api->bindInt64(stmt, 1, r.sourceId) | api->bindInt64(stmt, 2, r.ordinal) |
                 text(3, r.text[0]) | integer(4, r.sequence) | text(5, r.text[1]) | integer(6, r.tsMs) |
                 api->bindInt64(stmt, 7, r.tsMs ? qint64(*r.tsMs) : NoTimestampSortKey);
        for (int k = 2; k < TextFields; ++k)
            rc |= text(6 + k, r.text[k]);
        rc |= text(15, r.raw) | integer(16, r.rawOffset) |
              integer(17, r.rawOffset ? std::optional<int64_t>(r.rawLength) : std::nullopt);
        if (rc != SqliteApi::Ok)
            return false;
        const int stepped = api->step(stmt);
        api->reset(stmt);
        return stepped == SqliteApi::Done;
    }

    void writeQt(const Row &r)
    {
        const auto t = [](std::string_view s) { return textOrNull(s); };
        qtInsert->insert({r.sourceId, r.ordinal, t(r.text[0]), intOrNull(r.sequence), t(r.text[1]),
                          intOrNull(r.tsMs), r.tsMs ? qint64(*r.tsMs) : NoTimestampSortKey, t(r.text[2]),
                          t(r.text[3]), t(r.text[4]), t(r.text[5]), t(r.text[6]), t(r.text[7]), t(r.text[8]),
                          notNull(text(r.raw)), intOrNull(r.rawOffset),
                          intOrNull(r.rawOffset ? std::optional<int64_t>(r.rawLength) : std::nullopt)});
    }

    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || closing; });
                if (queue.empty())
                    return;
                batch = std::move(queue.front());
                queue.pop_front();
            }
            changed.notify_all();
            bool ok = true;
            for (const Row &r : batch.rows)
                if (!(ok = write(r)))
                    break;
            if (ok) {
                batch.clear();
                std::lock_guard lock(mutex);
                spare.push_back(std::move(batch));
                continue;
            }
            {
                std::lock_guard lock(mutex);
                failure = sqliteError(*api, db);
                queue.clear();
                closing = true;
                changed.notify_all();
                return;
            }
        }
    }

    // A batch to fill: one the writer is done with, else a new one.
    Batch nextBatch()
    {
        std::lock_guard lock(mutex);
        if (spare.empty())
            return Batch();
        Batch b = std::move(spare.back());
        spare.pop_back();
        return b;
    }

    void hand(Batch &&batch)
    {
        batch.seal();
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return queue.size() < BatchesInFlight || closing; });
        if (failure)
            sql.fail(*failure);
        queue.push_back(std::move(batch));
        changed.notify_all();
    }

    // `drain`: write what is queued first (finish); otherwise drop it (the import failed and rolls back).
    void stop(bool drain)
    {
        if (!writer.joinable())
            return;
        {
            std::lock_guard lock(mutex);
            closing = true;
            if (!drain)
                queue.clear();
        }
        changed.notify_all();
        writer.join();
    }
};

GatewayRowWriter::GatewayRowWriter(const SqlSession &sql, bool background, const char *original)
    : d(std::make_unique<Impl>(sql))
{
    d->original = original;
    d->api = SqliteApi::loaded();
    d->db = d->api ? SqliteApi::connection(sql) : nullptr;
    if (d->db && d->api->prepareV2(d->db, InsertSql, -1, &d->stmt, nullptr) != SqliteApi::Ok) {
        const QSqlError e = sqliteError(*d->api, d->db);
        d->api->finalize(d->stmt);
        d->stmt = nullptr;
        sql.fail(e);
    }
    if (!d->stmt) {
        d->qtInsert.emplace(sql, "gateway_records",
                            std::initializer_list<const char *>{
                                "source_id", "ordinal", "record_id", "sequence", "ts_text", "ts_ms",
                                "sort_ms", "category", "action", "framework", "entity_type", "user_id",
                                "user_email", "policy_name", "raw", "raw_offset", "raw_length"});
        return; // Qt Sql binding: on this thread only
    }
    if (background)
        d->writer = std::thread([this] { d->run(); });
}

GatewayRowWriter::~GatewayRowWriter()
{
    d->stop(false);
    if (d->stmt)
        d->api->finalize(d->stmt);
}

bool GatewayRowWriter::usesSqliteApi() const
{
    return d->stmt != nullptr;
}

void GatewayRowWriter::add(qint64 sourceId, qint64 ordinal, std::string_view raw, const GatewayFields &f)
{
    const Row row = rowOf(sourceId, ordinal, raw, f, d->original);
    if (!d->stmt) {
        d->writeQt(row);
    } else if (!d->writer.joinable()) {
        if (!d->write(row))
            d->sql.fail(sqliteError(*d->api, d->db));
    } else {
        d->filling.add(row);
        if (d->filling.rows.size() >= RowsPerBatch)
            d->hand(std::exchange(d->filling, d->nextBatch()));
    }
}

void GatewayRowWriter::finish()
{
    if (!d->writer.joinable())
        return;
    if (!d->filling.rows.empty())
        d->hand(std::exchange(d->filling, Batch()));
    d->stop(true);
    if (d->failure)
        d->sql.fail(*d->failure);
}

} // namespace ab
