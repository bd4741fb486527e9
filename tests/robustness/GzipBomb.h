#pragma once
// gzip "bombs" made by the tests themselves (nothing large is checked in): a stream of N bytes of one
// repeated pattern compresses about a thousandfold, so 200 MB of zeros is a ~200 kB file.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <zlib.h>

namespace ab::test {

// gzip of `head`, then `count` bytes of `fill`, then `tail` (one member, default compression).
inline QByteArray gzipBomb(const QByteArray &head, qint64 count, char fill, const QByteArray &tail)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray chunk(1 << 20, fill);
    char buffer[1 << 16];
    const auto feed = [&](const QByteArray &in, int flush) {
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        zs.avail_in = uInt(in.size());
        do {
            zs.next_out = reinterpret_cast<Bytef *>(buffer);
            zs.avail_out = sizeof buffer;
            deflate(&zs, flush);
            out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
        } while (zs.avail_out == 0);
    };
    feed(head, Z_NO_FLUSH);
    for (qint64 left = count; left > 0; left -= chunk.size()) {
        if (left < chunk.size())
            chunk.truncate(left);
        feed(chunk, Z_NO_FLUSH);
    }
    feed(tail, Z_FINISH);
    deflateEnd(&zs);
    return out;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace ab::test
