#pragma once
// A stored original read block by block in file order, for a reader that walks a source's gateway rows by
// ordinal (RunStore's verification of the workspace's chain): each row's span is cut from the blocks
// decompressed so far, so every block is decompressed once and no record goes through ab_raw and a QString
// (RawSpan.h). Only the blocks that the current span needs are kept.

#include "core/workspace/SqlSession.h"

#include <QSqlQuery>

#include <string_view>

namespace ab {

class OriginalBlocks
{
public:
    OriginalBlocks(const SqlSession &sql, qint64 sourceId, const QString &fileName);

    // The bytes [offset, offset + length) of the original, valid until the next call. Spans are expected in
    // file order; one before the blocks kept starts the reading again from the first block. Throws a
    // WorkspaceError naming the file when the span is outside the original or a block does not decompress.
    std::string_view span(qint64 offset, qint64 length);

private:
    void restart();
    [[noreturn]] void damaged(const QString &what) const;

    const SqlSession &m_sql;
    qint64 m_sourceId;
    QString m_fileName;
    QSqlQuery m_blocks;
    QByteArray m_window, m_block; // the blocks kept (m_window starts at m_windowStart), one decompressed
    qint64 m_windowStart = 0, m_nextBlock = 0;
};

} // namespace ab
