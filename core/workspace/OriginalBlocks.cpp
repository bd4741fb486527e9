#include "core/workspace/OriginalBlocks.h"

#include "core/workspace/BlockCodec.h"
#include "core/workspace/RawSpan.h"

#include <algorithm>
#include <limits>

namespace ab {

using raw_span::BlockBytes;

OriginalBlocks::OriginalBlocks(const SqlSession &sql, qint64 sourceId, const QString &fileName)
    : m_sql(sql), m_sourceId(sourceId), m_fileName(fileName),
      m_blocks(sql.prepare(QStringLiteral(
          "SELECT ordinal, codec, data FROM source_chunks WHERE source_id = ? ORDER BY ordinal")))
{
    restart();
}

void OriginalBlocks::restart()
{
    m_blocks.bindValue(0, m_sourceId);
    m_sql.exec(m_blocks);
    m_window.clear();
    m_windowStart = 0;
    m_nextBlock = 0;
}

void OriginalBlocks::damaged(const QString &what) const
{
    throw WorkspaceError(WorkspaceTr::tr("%1: the workspace file is damaged and cannot be read (%2); "
                                         "'auditbench-cli check' tells what is affected")
                             .arg(m_sql.path(), what));
}

std::string_view OriginalBlocks::span(qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0 || offset > std::numeric_limits<qint64>::max() - length)
        damaged(WorkspaceTr::tr("the stored original of %1 has no bytes %2..%3")
                    .arg(m_fileName)
                    .arg(offset)
                    .arg(offset + length));
    if (length == 0)
        return {};
    if (offset < m_windowStart)
        restart();
    // Whole blocks before the span are not needed again.
    const qint64 drop = std::min<qint64>((offset - m_windowStart) / BlockBytes * BlockBytes, m_window.size());
    m_window.remove(0, qsizetype(drop));
    m_windowStart += drop;
    while (m_windowStart + m_window.size() < offset + length) {
        // Every block but the last is whole: a short one before the span's end cannot serve it.
        const bool whole = m_window.size() % BlockBytes == 0;
        if (!whole || !m_sql.next(m_blocks) || m_blocks.value(0).toLongLong() != m_nextBlock)
            damaged(WorkspaceTr::tr("the stored original of %1 has no bytes %2..%3")
                        .arg(m_fileName)
                        .arg(offset)
                        .arg(offset + length));
        if (!block_codec::decompressInto(m_blocks.value(1).toByteArray(), m_blocks.value(2).toByteArray(),
                                         BlockBytes, m_block))
            damaged(WorkspaceTr::tr("block %1 of the stored original of %2 cannot be decompressed")
                        .arg(m_nextBlock)
                        .arg(m_fileName));
        if (m_window.isEmpty())
            m_windowStart = m_nextBlock * BlockBytes;
        m_window += m_block;
        ++m_nextBlock;
    }
    return {m_window.constData() + (offset - m_windowStart), size_t(length)};
}

} // namespace ab
