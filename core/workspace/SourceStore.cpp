#include "core/workspace/SourceStore.h"

#include "core/crypto/Crypto.h"
#include "core/workspace/BlockCodec.h"
#include "core/workspace/RawSpan.h"

#include <QSqlQuery>

#include <algorithm>

namespace ab {

namespace {

// Originals are stored in independently compressed blocks of this many bytes (zlib chunks of 8 MiB before
// schema version 7): small enough that a gateway record's raw JSON is served by decompressing one
// (RawSpan.h), with the codec of BlockCodec.h.
constexpr qint64 ChunkBytes = raw_span::BlockBytes;
// The largest chunk any version wrote: the bound of what one chunk may decompress to.
constexpr qint64 LargestChunkBytes = 8 << 20;

const QString SourceColumns =
    QStringLiteral("id, file_name, format, sha256, size, record_count, imported_at, imported_by");

SourceInfo sourceFrom(const QSqlQuery &q)
{
    SourceInfo s;
    s.id = q.value(0).toLongLong();
    s.fileName = q.value(1).toString();
    s.format = q.value(2).toString();
    s.sha256 = q.value(3).toString();
    s.size = q.value(4).toLongLong();
    s.records = q.value(5).toLongLong();
    s.importedAt = q.value(6).toString();
    s.importedBy = q.value(7).toString();
    return s;
}

} // namespace

QList<SourceInfo> SourceStore::sources() const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT %1 FROM sources ORDER BY id").arg(SourceColumns));
    m_sql.exec(q);
    QList<SourceInfo> out;
    while (m_sql.next(q))
        out << sourceFrom(q);
    return out;
}

std::optional<SourceInfo> SourceStore::source(qint64 id) const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(SourceColumns));
    q.bindValue(0, id);
    m_sql.exec(q);
    if (!m_sql.next(q))
        return std::nullopt;
    return sourceFrom(q);
}

std::optional<SourceInfo> SourceStore::sourceWithSha256(const QString &sha256) const
{
    QSqlQuery q = m_sql.prepare(QStringLiteral("SELECT %1 FROM sources WHERE sha256 = ?").arg(SourceColumns));
    q.bindValue(0, sha256);
    m_sql.exec(q);
    if (!m_sql.next(q))
        return std::nullopt;
    return sourceFrom(q);
}

QByteArray SourceStore::bytes(qint64 id) const
{
    const auto info = source(id);
    if (!info)
        throw WorkspaceError(WorkspaceTr::tr("%1: no source %2 in the workspace").arg(m_sql.path()).arg(id));
    QSqlQuery q = m_sql.prepare(
        QStringLiteral("SELECT codec, data FROM source_chunks WHERE source_id = ? ORDER BY ordinal"));
    q.bindValue(0, id);
    m_sql.exec(q);
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(info->size, LargestChunkBytes))); // the row's size: a hint only
    bool decoded = true;
    while (decoded && m_sql.next(q)) {
        // A chunk that does not decompress (damaged, unknown codec) leaves the bytes short: the SHA-256
        // below then reports the original as changed, as for any other change.
        const auto chunk =
            block_codec::decompress(q.value(0).toByteArray(), q.value(1).toByteArray(), LargestChunkBytes);
        decoded = chunk.has_value();
        if (decoded)
            bytes += *chunk;
    }
    if (!decoded || crypto::sha256Hex(bytes) != info->sha256)
        throw WorkspaceError(WorkspaceTr::tr("%1: the stored original of %2 does not match its SHA-256 %3")
                                 .arg(m_sql.path(), info->fileName, info->sha256));
    return bytes;
}

qint64 SourceStore::nextId() const
{
    return m_sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM sources")).toLongLong();
}

std::future<QList<QByteArray>> SourceStore::compressOriginal(QByteArrayView bytes)
{
    return std::async(std::launch::async, [bytes] {
        QList<QByteArray> chunks;
        for (qint64 at = 0; at < bytes.size() || chunks.isEmpty(); at += ChunkBytes) {
            const qint64 n = std::min<qint64>(ChunkBytes, bytes.size() - at);
            chunks << block_codec::compress(QByteArrayView(bytes.constData() + at, qsizetype(n)));
        }
        return chunks;
    });
}

void SourceStore::storeOriginal(qint64 sourceId, const QString &fileName, const QList<QByteArray> &chunks,
                                Progress *progress) const
{
    if (progress)
        progress->beginStage(WorkspaceTr::tr("Storing the original of %1").arg(fileName), chunks.size());
    PreparedInsert chunk(m_sql, "source_chunks", {"source_id", "ordinal", "codec", "data"});
    const QString codec = QString::fromLatin1(block_codec::Current);
    for (qint64 ordinal = 0; ordinal < chunks.size(); ++ordinal) {
        throwIfCancelled(progress);
        chunk.insert({sourceId, ordinal, codec, chunks[ordinal]});
        if (progress)
            progress->report(ordinal + 1);
    }
}

} // namespace ab
