#include "core/workspace/BlockCodec.h"

#include <lz4.h>

#include <limits>

namespace ab::block_codec {

namespace {

std::optional<QByteArray> inflateZlib(QByteArrayView block, qsizetype maxBytes)
{
    // qUncompress allocates what the header claims: refuse a claim over the bound before it can.
    if (block.size() < 4)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(block.data());
    const quint32 claimed = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    if (qsizetype(claimed) > maxBytes)
        return std::nullopt;
    QByteArray out = qUncompress(p, block.size());
    if (out.size() != qsizetype(claimed)) // qUncompress returns an empty array on a broken stream
        return std::nullopt;
    return out;
}

std::optional<QByteArray> decompressLz4(QByteArrayView block, qsizetype maxBytes)
{
    if (block.size() > std::numeric_limits<int>::max() || maxBytes > std::numeric_limits<int>::max())
        return std::nullopt;
    QByteArray out(maxBytes, Qt::Uninitialized);
    // LZ4_decompress_safe never writes past the capacity and returns < 0 for a malformed block.
    const int n = LZ4_decompress_safe(block.data(), out.data(), int(block.size()), int(maxBytes));
    if (n < 0)
        return std::nullopt;
    out.truncate(n);
    return out;
}

} // namespace

QByteArray compress(QByteArrayView bytes)
{
    const int capacity = LZ4_compressBound(int(bytes.size()));
    QByteArray out(capacity, Qt::Uninitialized);
    const int n = LZ4_compress_default(bytes.data(), out.data(), int(bytes.size()), capacity);
    out.truncate(n); // 0 only when the capacity is too small, which LZ4_compressBound rules out
    return out;
}

std::optional<QByteArray> decompress(QByteArrayView codec, QByteArrayView block, qsizetype maxBytes)
{
    if (codec == QByteArrayView(Lz4))
        return decompressLz4(block, maxBytes);
    if (codec == QByteArrayView(Zlib))
        return inflateZlib(block, maxBytes);
    return std::nullopt;
}

} // namespace ab::block_codec
