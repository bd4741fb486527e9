#include "core/json/SourceText.h"

#include "core/common/InputError.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <simdjson.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <future>

namespace ab {

static_assert(SourceText::Padding == simdjson::SIMDJSON_PADDING, "padding must match simdjson");

struct SourceTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::SourceText)
};

void SourceText::FreeBuffer::operator()(char *p) const
{
    std::free(p);
}

void SourceText::allocate(size_t size)
{
    // Not zero-filled: every byte is written next (a zero-filled 1 GB buffer costs a second pass over it).
    // Huge pages were tried and measured slower on the 2-core VM (see docs/performance.md).
    char *p = static_cast<char *>(std::malloc(size + Padding));
    if (!p)
        throw std::bad_alloc();
    m_data.reset(p);
    std::memset(m_data.get() + size, 0, Padding);
    m_size = size;
}

QString SourceText::fileName() const
{
    return QFileInfo(m_name).fileName();
}

size_t firstInvalidUtf8(std::string_view s)
{
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + size_t(len) > n)
            return i;
        char32_t cp = c & (0x7F >> len);
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += size_t(len);
    }
    return std::string_view::npos;
}

SourceText SourceText::build(const QString &name, const char *bytes, size_t size, Progress *progress)
{
    SourceText st;
    st.m_name = name;
    st.m_originalSize = qint64(size);
    // The hash of the bytes on disk runs on another core while the text is copied or inflated and validated.
    auto sha256 = std::async(std::launch::async,
                             [bytes, size] { return crypto::sha256Hex(std::string_view(bytes, size)); });

    const bool gzip = size >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
                      static_cast<unsigned char>(bytes[1]) == 0x8b;
    st.m_gzip = gzip;
    if (!gzip) {
        st.allocate(size);
        std::memcpy(st.m_data.get(), bytes, size);
    } else {
        z_stream zs{};
        if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
            throw InputError(name, SourceTextTr::tr("cannot start gzip decompression"));
        std::string out;
        out.resize(std::max<size_t>(size * 4, 1 << 16));
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes));
        size_t inRemaining = size;
        size_t produced = 0;
        for (;;) {
            if (produced == out.size())
                out.resize(out.size() * 2);
            const uInt inChunk = uInt(std::min<size_t>(inRemaining, 1u << 30));
            const uInt outChunk = uInt(std::min<size_t>(out.size() - produced, 1u << 30));
            zs.avail_in = inChunk;
            zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
            zs.avail_out = outChunk;
            const int rc = inflate(&zs, Z_NO_FLUSH);
            inRemaining -= inChunk - zs.avail_in;
            produced += outChunk - zs.avail_out;
            if (rc == Z_STREAM_END)
                break;
            const bool needMoreInput =
                (rc == Z_OK || rc == Z_BUF_ERROR) && zs.avail_out != 0 && inRemaining == 0;
            if (needMoreInput) {
                const auto at = zs.total_in;
                inflateEnd(&zs);
                throw InputError(
                    name,
                    SourceTextTr::tr("byte %1: truncated gzip data: expected more compressed input").arg(at));
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                const QString why = zs.msg ? QString::fromUtf8(zs.msg) : QString::number(rc);
                const auto at = zs.total_in;
                inflateEnd(&zs);
                throw InputError(name, SourceTextTr::tr("byte %1: corrupt gzip data (%2)").arg(at).arg(why));
            }
            throwIfCancelled(progress);
        }
        const uLong consumed = zs.total_in;
        inflateEnd(&zs);
        // A second gzip member (or any trailing bytes) is data the first member does not vouch for: reject.
        if (consumed < size)
            throw InputError(
                name, SourceTextTr::tr(
                          "byte %1: expected end of file after the first gzip member, found %2 more bytes")
                          .arg(consumed)
                          .arg(size - consumed));
        st.allocate(produced);
        std::memcpy(st.m_data.get(), out.data(), produced);
    }

    st.validateUtf8();
    st.m_sha256 = sha256.share();
    st.m_sha256.wait(); // `bytes` belong to the caller
    return st;
}

SourceText &SourceText::operator=(SourceText &&other) noexcept
{
    if (m_sha256.valid())
        m_sha256.wait(); // a running hash still reads the buffer about to be released
    m_name = std::move(other.m_name);
    m_sha256 = std::move(other.m_sha256);
    m_data = std::move(other.m_data);
    m_size = other.m_size;
    m_originalSize = other.m_originalSize;
    m_gzip = other.m_gzip;
    return *this;
}

SourceText::~SourceText()
{
    if (m_sha256.valid())
        m_sha256.wait();
}

const QString &SourceText::sha256() const
{
    static const QString none;
    return m_sha256.valid() ? m_sha256.get() : none;
}

void SourceText::validateUtf8() const
{
    if (!simdjson::validate_utf8(m_data.get(), m_size)) {
        const size_t bad = firstInvalidUtf8(text());
        throw InputError::atOffset(
            m_name, text(), bad == std::string_view::npos ? 0 : bad,
            SourceTextTr::tr("invalid UTF-8 byte 0x%1: expected UTF-8 text")
                .arg(static_cast<unsigned char>(m_data[bad == std::string_view::npos ? 0 : bad]), 2, 16,
                     QLatin1Char('0')));
    }
}

SourceText SourceText::fromFile(const QString &path, Progress *progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, SourceTextTr::tr("cannot open file: %1").arg(file.errorString()));
    // map() avoids a second copy of large inputs; fall back to reading for pipes and special files.
    const qint64 size = file.size();
    if (size == 0)
        return build(path, "", 0, progress);
    char magic[2] = {};
    const bool gzip = file.peek(magic, 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
                      static_cast<unsigned char>(magic[1]) == 0x8b;
    if (!gzip && !file.isSequential()) {
        // Plain text is read straight into the padded buffer (one copy, no mapping), hashed on another core.
        SourceText st;
        st.m_name = path;
        st.m_originalSize = size;
        st.allocate(size_t(size));
        qint64 got = 0;
        while (got < size) {
            const qint64 n = file.read(st.m_data.get() + got, std::min<qint64>(size - got, qint64(64) << 20));
            if (n <= 0)
                break;
            got += n;
            throwIfCancelled(progress);
        }
        if (got != size)
            throw InputError(path, SourceTextTr::tr("cannot read file: %1").arg(file.errorString()));
        st.m_sha256 =
            std::async(std::launch::async, [text = st.text()] { return crypto::sha256Hex(text); }).share();
        st.validateUtf8();
        return st;
    }
    if (uchar *mapped = file.map(0, size)) {
        SourceText st = build(path, reinterpret_cast<const char *>(mapped), size_t(size), progress);
        file.unmap(mapped);
        return st;
    }
    const QByteArray bytes = file.readAll();
    return build(path, bytes.constData(), size_t(bytes.size()), progress);
}

SourceText SourceText::fromBytes(const QString &name, const QByteArray &bytes)
{
    return build(name, bytes.constData(), size_t(bytes.size()), nullptr);
}

SourceText SourceText::fromTrustedText(const QString &name, std::string_view text)
{
    SourceText st;
    st.m_name = name;
    st.allocate(text.size());
    std::memcpy(st.m_data.get(), text.data(), text.size());
    st.m_originalSize = qint64(text.size());
    return st;
}

} // namespace ab
