#pragma once
// A gateway record's raw JSON served from the stored original instead of a second copy in its row
// (issue 15: the workspace was 2x its input). A source imported since schema version 7 keeps its original in
// `source_chunks` as independently compressed blocks (BlockCodec.h) of exactly BlockBytes bytes (the last
// shorter), and each of its gateway rows stores `raw = ''` with the record's byte span (`raw_offset`,
// `raw_length`).
// `raw` is NOT NULL since version 1 and SQLite cannot drop that constraint without rebuilding the table, so
// '' (never a JSON record) marks a row served from the original; rows imported before keep their `raw`.
//
// Readers use RawSpan::Expression: SQL that yields the same TEXT either way, through the application function
// ab_raw(source_id, offset, length), which every workspace connection registers when it opens
// (WorkspaceStore::open). It decompresses the block(s) covering the span, caching the last few blocks per
// connection, so a scan in file order decompresses each block once. A span outside the original or a block
// that does not decompress fails the query as a damaged workspace (SQLITE_CORRUPT), naming the file.

#include "core/workspace/SqlSession.h"

#include <QString>

namespace ab::raw_span {

inline constexpr qint64 BlockBytes = 64 << 10;

// The raw JSON of the gateway row aliased `alias` (e.g. "g"; empty: the table's own columns).
QString expression(const QString &alias);

// Registers ab_raw on the session's connection. False when the SQLite C API is not reachable (a Qt with its
// own SQLite inside the plugin): then imports keep the raw JSON in every row (servesFromOriginal).
bool registerFunction(const SqlSession &sql);

// Whether an import on this connection may store spans instead of raw JSON.
bool servesFromOriginal(const SqlSession &sql);

} // namespace ab::raw_span
