#pragma once
// How one block of a stored original is compressed (`source_chunks.codec`, schema version 7). The codec is
// recorded per block so the stored format says what it is and another codec can be added later without
// rewriting what is stored:
//   "zlib": qCompress (a 4-byte big-endian length, then a zlib stream): every chunk stored before version 7
//           (8 MiB chunks), and what a reader of an older build expects.
//   "lz4":  one LZ4 block (LZ4_compress_default), at most raw_span::BlockBytes bytes when decompressed: what
//           an import writes since version 7. A gateway record is served by decompressing the block(s) of
//           its span (RawSpan.h), and LZ4 decompresses ~9x faster than zlib inflates (4.3 vs 0.49 GB/s on
//           the demo export's 64 KiB blocks here) for originals ~1.3x larger (0.275 vs 0.208 of the input).
// Decompression is always bounded by the caller's limit: a damaged block or a lying length header never
// makes it allocate more, and it reports failure instead of crashing.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ab::block_codec {

inline constexpr char Zlib[] = "zlib";
inline constexpr char Lz4[] = "lz4";

// The codec new blocks are written with.
inline constexpr const char *Current = Lz4;

// `bytes` compressed with the current codec.
QByteArray compress(QByteArrayView bytes);

// The block decompressed, or nothing when the codec is unknown, the block does not decode, or it would
// decode to more than `maxBytes` bytes.
std::optional<QByteArray> decompress(QByteArrayView codec, QByteArrayView block, qsizetype maxBytes);

// The same into `out`, reusing its allocation (a scan decompresses thousands of blocks: a fresh 64 KiB
// buffer for each cost more in page faults than LZ4 itself). False as above; `out` is then empty.
bool decompressInto(QByteArrayView codec, QByteArrayView block, qsizetype maxBytes, QByteArray &out);

} // namespace ab::block_codec
