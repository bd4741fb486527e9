#include "core/workspace/RawSpan.h"

#include "core/workspace/BlockCodec.h"
#include "core/workspace/SqliteApi.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>

namespace ab::raw_span {

namespace {

// SQLITE_TRANSIENT: SQLite copies the text before the call returns (the block may be evicted next call).
const auto SqliteTransient = reinterpret_cast<void (*)(void *)>(intptr_t(-1));

const char *const BlockSql = "SELECT codec, data FROM source_chunks WHERE source_id = ?1 AND ordinal = ?2";
const char *const FileNameSql = "SELECT file_name FROM sources WHERE id = ?1";

// The blocks a connection decompressed last: readers go through rows in file order (or nearly, by time), and
// a page of rows may alternate between a few sources, so a handful of entries keeps each decompressed once.
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

// One statement of its own on the same connection (allowed while the calling statement runs), prepared per
// use so nothing outlives the call: a block is read once per scan, a file name only for an error.
class Statement
{
public:
    Statement(const SqliteApi &api, sqlite3 *db, const char *sql) : m_api(api)
    {
        if (api.prepareV2(db, sql, -1, &m_stmt, nullptr) != SqliteApi::Ok) {
            api.finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~Statement() { m_api.finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    const SqliteApi &m_api;
    sqlite3_stmt *m_stmt = nullptr;
};

// The name the source was imported from, for an error message (its id when even that cannot be read).
QByteArray fileNameOf(const SqliteApi &api, sqlite3 *db, qint64 sourceId)
{
    const Statement q(api, db, FileNameSql);
    if (q.get()) {
        api.bindInt64(q.get(), 1, sourceId);
        if (api.step(q.get()) == SqliteApi::Row)
            return QByteArray(reinterpret_cast<const char *>(api.columnText(q.get(), 0)),
                              api.columnBytes(q.get(), 0));
    }
    return "source " + QByteArray::number(sourceId);
}

// A damaged original: the query fails as on a damaged database file (SQLITE_CORRUPT), so the user reads
// that the workspace is damaged and that `check` tells what is affected, with this text naming the file.
void damaged(const SqliteApi &api, sqlite3_context *ctx, sqlite3 *db, qint64 sourceId, QByteArray what)
{
    const QByteArray text = what.replace("%file", fileNameOf(api, db, sourceId));
    api.resultError(ctx, text.constData(), int(text.size()));
    api.resultErrorCode(ctx, SqliteApi::Corrupt);
}

enum class BlockRead
{
    Ok,
    Missing,
    Undecodable,
    SqlError
};

// The decompressed block, through the cache.
BlockRead blockOf(const SqliteApi &api, sqlite3 *db, BlockCache &cache, qint64 sourceId, qint64 block,
                  const QByteArray **out)
{
    BlockCache::Entry *oldest = &cache.entries[0];
    for (BlockCache::Entry &e : cache.entries) {
        if (e.sourceId == sourceId && e.block == block) {
            e.used = ++cache.clock;
            *out = &e.bytes;
            return BlockRead::Ok;
        }
        if (e.used < oldest->used)
            oldest = &e;
    }
    const Statement q(api, db, BlockSql);
    if (!q.get())
        return BlockRead::SqlError;
    api.bindInt64(q.get(), 1, sourceId);
    api.bindInt64(q.get(), 2, block);
    const int rc = api.step(q.get());
    if (rc != SqliteApi::Row)
        return rc == SqliteApi::Done ? BlockRead::Missing : BlockRead::SqlError;
    const QByteArrayView codec(reinterpret_cast<const char *>(api.columnText(q.get(), 0)),
                               api.columnBytes(q.get(), 0));
    const QByteArrayView data(static_cast<const char *>(api.columnBlob(q.get(), 1)),
                              api.columnBytes(q.get(), 1));
    // Never more than one block's bytes, whatever the stored block claims; into the evicted entry's buffer.
    oldest->sourceId = -1;
    if (!block_codec::decompressInto(codec, data, BlockBytes, oldest->bytes))
        return BlockRead::Undecodable;
    oldest->sourceId = sourceId;
    oldest->block = block;
    oldest->used = ++cache.clock;
    *out = &oldest->bytes;
    return BlockRead::Ok;
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
    const auto outside = [&] {
        damaged(api, ctx, db, sourceId,
                QByteArray("ab_raw: the stored original of %file has no bytes %2..%3")
                    .replace("%2", QByteArray::number(offset))
                    .replace("%3", QByteArray::number(offset + length)));
    };
    if (offset < 0 || length < 0 || length > std::numeric_limits<int>::max() ||
        offset > std::numeric_limits<qint64>::max() - length)
        return outside();
    QByteArray joined;
    const qint64 first = offset / BlockBytes, last = length ? (offset + length - 1) / BlockBytes : first;
    for (qint64 block = first; block <= last; ++block) {
        const QByteArray *bytes = nullptr;
        switch (blockOf(api, db, cache, sourceId, block, &bytes)) {
        case BlockRead::Ok:
            break;
        case BlockRead::Missing:
            // Past the last block: the span points outside the original.
            return outside();
        case BlockRead::Undecodable:
            return damaged(
                api, ctx, db, sourceId,
                QByteArray("ab_raw: block %2 of the stored original of %file cannot be decompressed")
                    .replace("%2", QByteArray::number(block)));
        case BlockRead::SqlError: {
            const QByteArray error = QByteArray("ab_raw: ") + api.errmsg(db);
            return api.resultError(ctx, error.constData(), int(error.size()));
        }
        }
        const qint64 from = block == first ? offset - block * BlockBytes : 0;
        const qint64 to = block == last ? offset + length - block * BlockBytes : BlockBytes;
        // Every block but the last is whole; a shorter one (damaged, or not the block size) cannot serve.
        if (to > bytes->size() || (block < last && bytes->size() != BlockBytes))
            return outside();
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
