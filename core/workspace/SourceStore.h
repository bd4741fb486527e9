#pragma once
// The imported files themselves: one `sources` row per file (SHA-256, size, name, format, who and when) and
// its bytes exactly as on disk in zlib-compressed chunks (`source_chunks`), read back checked against the
// SHA-256.

#include "core/common/Progress.h"
#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArrayView>

#include <future>
#include <optional>

namespace ab {

class SourceStore
{
public:
    explicit SourceStore(const SqlSession &sql) : m_sql(sql) {}

    QList<SourceInfo> sources() const;
    std::optional<SourceInfo> source(qint64 id) const;
    std::optional<SourceInfo> sourceWithSha256(const QString &sha256) const;
    QByteArray bytes(qint64 id) const;
    // Inside the import's transaction: the id the next source gets, and the original's chunks.
    qint64 nextId() const;
    // The original's chunks, compressed on another core while the records are parsed (no SQL: `bytes` must
    // outlive the future).
    static std::future<QList<QByteArray>> compressOriginal(QByteArrayView bytes);
    void storeOriginal(qint64 sourceId, const QString &fileName, const QList<QByteArray> &chunks,
                       Progress *progress) const;

private:
    const SqlSession &m_sql;
};

} // namespace ab
