#include "core/workspace/RawSpan.h"

#include "core/workspace/SqliteApi.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>

namespace ab::raw_span {

namespace {

// SQLITE_TRANSIENT: SQLite copies the text before the call returns (the block may be evicted next call).
const auto SqliteTransient = reinterpret_cast<void (*)(void *)>(intptr_t(-1));

const char *const BlockSql = "SELECT data FROM source_chunks WHERE source_id = ?1 AND ordinal = ?2";

// The blocks a connection inflated last: readers go through rows in file order (or nearly, by time), and a
// page of rows may alternate between a few sources, so a handful of entries keeps each inflated once.
struct BlockCache
{
    struct Entry
    {
        qint64 sourceId = -1, block = -1;
        QByteArray bytes;
        quint64 used = 0;
    };
    std::array<Entry, 8> entries;
    quint64 clock = 0;

    // A rolled-back import frees its source id for the next one, with other bytes: forget every block.
    void clear()
    {
        for (Entry &e : entries)
            e = Entry();
    }
};

// The inflated block, or null with `error` set. Read with a statement of its own on the same connection
// (allowed while the calling statement runs); prepared per miss, so nothing outlives the call.
const QByteArray *blockOf(const SqliteApi &api, sqlite3 *db, BlockCache &cache, qint64 sourceId, qint64 block,
                          QByteArray &error)
{
    BlockCache::Entry *oldest = &cache.entries[0];
    for (BlockCache::Entry &e : cache.entries) {
        if (e.sourceId == sourceId && e.block == block) {
            e.used = ++cache.clock;
            return &e.bytes;
        }
        if (e.used < oldest->used)
            oldest = &e;
    }
    sqlite3_stmt *stmt = nullptr;
    if (api.prepareV2(db, BlockSql, -1, &stmt, nullptr) != SqliteApi::Ok) {
        error = QByteArray("ab_raw: ") + api.errmsg(db);
        api.finalize(stmt);
        return nullptr;
    }
    api.bindInt64(stmt, 1, sourceId);
    api.bindInt64(stmt, 2, block);
    const int rc = api.step(stmt);
    if (rc != SqliteApi::Row) {
        error = rc == SqliteApi::Done ? QByteArray("ab_raw: block %2 of the original of source %1 is missing")
                                            .replace("%1", QByteArray::number(sourceId))
                                            .replace("%2", QByteArray::number(block))
                                      : QByteArray("ab_raw: ") + api.errmsg(db);
        api.finalize(stmt);
        return nullptr;
    }
    const auto *data = static_cast<const uchar *>(api.columnBlob(stmt, 0));
    const int size = api.columnBytes(stmt, 0);
    QByteArray bytes = size > 4 ? qUncompress(data, size) : QByteArray();
    api.finalize(stmt);
    oldest->sourceId = sourceId;
    oldest->block = block;
    oldest->bytes = std::move(bytes);
    oldest->used = ++cache.clock;
    return &oldest->bytes;
}

void rawFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const SqliteApi &api = *SqliteApi::loaded(); // registered only when loaded
    for (int i = 0; i < argc; ++i)
        if (api.valueType(argv[i]) == SqliteApi::NullType)
            return api.resultNull(ctx);
    auto &cache = *static_cast<BlockCache *>(api.userData(ctx));
    sqlite3 *db = api.contextDbHandle(ctx);
    const qint64 sourceId = api.valueInt64(argv[0]), offset = api.valueInt64(argv[1]),
                 length = api.valueInt64(argv[2]);
    if (offset < 0 || length < 0 || length > std::numeric_limits<int>::max())
        return api.resultError(ctx, "ab_raw: a span outside the original", -1);
    QByteArray error, joined;
    const qint64 first = offset / BlockBytes, last = length ? (offset + length - 1) / BlockBytes : first;
    for (qint64 block = first; block <= last; ++block) {
        const QByteArray *bytes = blockOf(api, db, cache, sourceId, block, error);
        if (!bytes)
            return api.resultError(ctx, error.constData(), int(error.size()));
        const qint64 from = block == first ? offset - block * BlockBytes : 0;
        const qint64 to = block == last ? offset + length - block * BlockBytes : BlockBytes;
        // Every block but the last is whole; a shorter one (damaged, or not the block size) cannot serve.
        if (to > bytes->size() || (block < last && bytes->size() != BlockBytes)) {
            error = QByteArray("ab_raw: the original of source %1 has no bytes %2..%3")
                        .replace("%1", QByteArray::number(sourceId))
                        .replace("%2", QByteArray::number(offset))
                        .replace("%3", QByteArray::number(offset + length));
            return api.resultError(ctx, error.constData(), int(error.size()));
        }
        if (first == last) // the common case: one block, copied once by SQLite
            return api.resultText(ctx, bytes->constData() + from, int(to - from), SqliteTransient);
        joined.append(bytes->constData() + from, to - from);
    }
    api.resultText(ctx, joined.constData(), int(joined.size()), SqliteTransient);
}

void destroyCache(void *cache)
{
    delete static_cast<BlockCache *>(cache);
}

void clearCache(void *cache)
{
    static_cast<BlockCache *>(cache)->clear();
}

} // namespace

QString expression(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("COALESCE(NULLIF(%1raw, ''), ab_raw(%1source_id, %1raw_offset, %1raw_length))")
        .arg(p);
}

bool registerFunction(const SqlSession &sql)
{
    const SqliteApi *api = SqliteApi::loaded();
    sqlite3 *db = api ? SqliteApi::connection(sql) : nullptr;
    if (!db)
        return false;
    auto *cache = new BlockCache;
    // On failure SQLite calls the destructor itself. The cache lives until the connection closes, which rolls
    // back (calling the hook) before it destroys the function.
    if (api->createFunctionV2(db, "ab_raw", 3, SqliteApi::Utf8 | SqliteApi::Deterministic, cache, rawFunction,
                              nullptr, nullptr, destroyCache) != SqliteApi::Ok)
        return false;
    api->rollbackHook(db, clearCache, cache);
    return true;
}

bool servesFromOriginal(const SqlSession &sql)
{
    return SqliteApi::loaded() && SqliteApi::connection(sql);
}

} // namespace ab::raw_span
