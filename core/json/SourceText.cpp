#include "core/json/SourceText.h"

#include "core/common/ComputePool.h"
#include "core/common/HugePages.h"
#include "core/common/InputError.h"
#include "core/common/InputFile.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <cstdlib>
#include <cstring>
#include <limits>
#include <utility>

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
    // Huge pages: on a quiet machine they halve the time to read a 576 MB file (docs/performance.md).
    m_data.reset(static_cast<char *>(allocateLarge(size + Padding)));
    std::memset(m_data.get() + size, 0, Padding);
    m_size = size;
}

void SourceText::hashOnComputePool(std::string_view bytes)
{
    waitForHash();
    m_sha256 = QtConcurrent::run(computePool(), [bytes] { return crypto::sha256Hex(bytes); });
}

void SourceText::waitForHash()
{
    m_sha256.waitForFinished(); // immediate for a default (no hash) or finished future
}

void SourceText::setOrigin(const QString &sha256, qint64 originalSize)
{
    QPromise<QString> known;
    known.start();
    known.addResult(sha256);
    known.finish();
    waitForHash();
    m_sha256 = known.future();
    m_originalSize = originalSize;
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

SourceText SourceText::build(const QString &name, const char *bytes, size_t size, const InflateLimits &limits,
                             Progress *progress)
{
    SourceText st;
    st.m_name = name;
    st.m_originalSize = qint64(size);
    // The hash of the bytes on disk runs on another core while the text is copied or inflated and validated.
    st.hashOnComputePool(std::string_view(bytes, size));

    const bool gzip = size >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
                      static_cast<unsigned char>(bytes[1]) == 0x8b;
    st.m_gzip = gzip;
    if (!gzip) {
        st.allocate(size);
        std::memcpy(st.m_data.get(), bytes, size);
    } else {
        // Inflated straight into the padded buffer, within the limits (a bomb stops early).
        InflatedBytes inflated = inflateBounded(name, bytes, size, limits, Padding, progress);
        st.m_data.reset(inflated.data.release());
        st.m_size = inflated.size;
    }

    st.validateUtf8();
    st.waitForHash(); // `bytes` belong to the caller (when something above throws, ~SourceText waits)
    return st;
}

SourceText::SourceText(SourceText &&other) noexcept
{
    *this = std::move(other);
}

SourceText &SourceText::operator=(SourceText &&other) noexcept
{
    waitForHash(); // a running hash still reads the buffer about to be released
    m_name = std::move(other.m_name);
    // Not a plain move: `other` still waits for its hash when destroyed, and a moved-from QFuture cannot be
    // waited for (it crashes); a default QFuture is finished.
    m_sha256 = std::exchange(other.m_sha256, QFuture<QString>());
    m_data = std::move(other.m_data);
    m_mapping = std::move(other.m_mapping);
    m_size = other.m_size;
    m_originalSize = other.m_originalSize;
    m_gzip = other.m_gzip;
    m_utf8Pending = other.m_utf8Pending;
    return *this;
}

SourceText::~SourceText()
{
    waitForHash();
}

const QString &SourceText::sha256() const
{
    static const QString none;
    // The iterator waits for the result (QFuture runs a hash no pool thread has started yet right here) and
    // refers to the future's copy, which lives as long as m_sha256.
    return m_sha256.isValid() ? *m_sha256.constBegin() : none;
}

namespace {

// simdjson's validation, a large text in two halves on two cores (a 576 MB file took 0.25 s on one). The cut
// is moved past continuation bytes, so it falls between characters: the whole is valid exactly when both
// halves are.
bool validUtf8(const char *p, size_t n)
{
    if (n < (size_t(16) << 20))
        return simdjson::validate_utf8(p, n);
    size_t cut = n / 2;
    while (cut < n && (static_cast<unsigned char>(p[cut]) & 0xC0) == 0x80)
        ++cut;
    QFuture<bool> back =
        QtConcurrent::run(computePool(), [p, n, cut] { return simdjson::validate_utf8(p + cut, n - cut); });
    const bool front = simdjson::validate_utf8(p, cut);
    return back.result() && front; // runs the back half here if the pool is busy
}

} // namespace

void SourceText::validateUtf8() const
{
    if (!validUtf8(data(), m_size)) {
        const size_t bad = firstInvalidUtf8(text());
        throw InputError::atOffset(
            m_name, text(), bad == std::string_view::npos ? 0 : bad,
            SourceTextTr::tr("invalid UTF-8 byte 0x%1: expected UTF-8 text")
                .arg(static_cast<unsigned char>(data()[bad == std::string_view::npos ? 0 : bad]), 2, 16,
                     QLatin1Char('0')));
    }
}

SourceText SourceText::fromFile(const QString &path, Progress *progress)
{
    return fromFile(path, InflateLimits::processDefault(), progress);
}

namespace {

// Reads the first two bytes of a file that is at its start.
bool startsWithGzipMagic(QFile &file)
{
    char magic[2] = {};
    return file.read(magic, 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
           static_cast<unsigned char>(magic[1]) == 0x8b;
}

} // namespace

SourceText SourceText::fromFile(const QString &path, const InflateLimits &limits, Progress *progress)
{
    // A regular file only: a device (/dev/zero) or a FIFO is refused before a byte is read.
    InputFile input(path, SourceTextTr::tr("file"));
    const bool gzip = input.size() > 0 && startsWithGzipMagic(input.file());
    return readOpenFile(input, gzip, limits, progress);
}

SourceText SourceText::readOpenFile(InputFile &input, bool gzip, const InflateLimits &limits,
                                    Progress *progress)
{
    const QString &path = input.path();
    QFile &file = input.file();
    const qint64 size = input.size();
    if (size == 0)
        return build(path, "", 0, limits, progress);
    if (!file.seek(0)) // back before the magic bytes
        throw InputError(path, SourceTextTr::tr("cannot read file: %1").arg(file.errorString()));
    if (!gzip) {
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
        st.hashOnComputePool(st.text());
        st.validateUtf8();
        return st;
    }
    // map() avoids a copy of the compressed bytes.
    if (uchar *mapped = file.map(0, size)) {
        SourceText st = build(path, reinterpret_cast<const char *>(mapped), size_t(size), limits, progress);
        file.unmap(mapped);
        return st;
    }
    const QByteArray bytes = input.readAll(size);
    return build(path, bytes.constData(), size_t(bytes.size()), limits, progress);
}

void SourceText::checkUtf8() const
{
    if (!m_utf8Pending)
        return;
    validateUtf8();
    m_utf8Pending = false;
}

SourceText SourceText::mapFile(const QString &path, Progress *progress, QByteArray *gzipBytes, Utf8Check utf8)
{
    InputFile input(path, SourceTextTr::tr("file"));
    const bool gzip = input.size() > 0 && startsWithGzipMagic(input.file());
    if (gzip && gzipBytes) {
        if (!input.file().seek(0)) // back before the magic bytes
            throw InputError(path, SourceTextTr::tr("cannot read file: %1").arg(input.file().errorString()));
        *gzipBytes = input.readAll(std::numeric_limits<qint64>::max()); // its own size bounds it
        return build(path, gzipBytes->constData(), size_t(gzipBytes->size()), InflateLimits::processDefault(),
                     progress);
    }
    if (!gzip && input.size() > 0) {
        if (auto mapping = MappedFile::map(input.file().handle(), size_t(input.size()), Padding)) {
            SourceText st;
            st.m_name = path;
            st.m_originalSize = input.size();
            st.m_size = mapping->size();
            st.m_mapping = std::move(mapping);
            st.hashOnComputePool(st.text());
            st.m_utf8Pending = true;
            if (utf8 == Utf8Check::Now)
                st.checkUtf8();
            throwIfCancelled(progress);
            return st;
        }
    }
    // Gzip, empty, or not mappable here: read as fromFile() reads, from the file already open.
    return readOpenFile(input, gzip, InflateLimits::processDefault(), progress);
}

SourceText SourceText::fromBytes(const QString &name, const QByteArray &bytes)
{
    return fromBytes(name, bytes, InflateLimits::processDefault());
}

SourceText SourceText::fromBytes(const QString &name, const QByteArray &bytes, const InflateLimits &limits)
{
    return build(name, bytes.constData(), size_t(bytes.size()), limits, nullptr);
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
