#include "core/workspace/BlockCodec.h"

#include <lz4.h>
#include <zlib.h>

#include <limits>

namespace ab::block_codec {

namespace {

bool inflateZlib(QByteArrayView block, qsizetype maxBytes, QByteArray &out)
{
    // qCompress's format: the length (4 bytes, big-endian), then a zlib stream. Inflated by zlib itself into
    // exactly that many bytes (qUncompress would trust the header and grow its buffer past it): a claim over
    // the bound is refused before anything is allocated, a stream longer than its claim is an error.
    if (block.size() < 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(block.data());
    const quint32 claimed = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    if (qsizetype(claimed) > maxBytes)
        return false;
    if (claimed == 0) { // qCompress writes the header alone for no bytes (an empty original)
        out.clear();
        return true;
    }
    out.resize(qsizetype(claimed));
    uLongf written = claimed;
    const int rc =
        uncompress(reinterpret_cast<Bytef *>(out.data()), &written, p + 4, uLong(block.size() - 4));
    return rc == Z_OK && written == claimed;
}

bool decompressLz4(QByteArrayView block, qsizetype maxBytes, QByteArray &out)
{
    if (block.size() > std::numeric_limits<int>::max() || maxBytes > std::numeric_limits<int>::max())
        return false;
    out.resize(maxBytes); // keeps the allocation when it is large enough (a shrink below does not free it)
    // LZ4_decompress_safe never writes past the capacity and returns < 0 for a malformed block.
    const int n = LZ4_decompress_safe(block.data(), out.data(), int(block.size()), int(maxBytes));
    if (n < 0)
        return false;
    out.resize(n);
    return true;
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

bool decompressInto(QByteArrayView codec, QByteArrayView block, qsizetype maxBytes, QByteArray &out)
{
    bool ok = false;
    if (codec == QByteArrayView(Lz4))
        ok = decompressLz4(block, maxBytes, out);
    else if (codec == QByteArrayView(Zlib))
        ok = inflateZlib(block, maxBytes, out);
    if (!ok)
        out.clear();
    return ok;
}

std::optional<QByteArray> decompress(QByteArrayView codec, QByteArrayView block, qsizetype maxBytes)
{
    QByteArray out;
    if (!decompressInto(codec, block, maxBytes, out))
        return std::nullopt;
    return out;
}

} // namespace ab::block_codec
