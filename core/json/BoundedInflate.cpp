#include "core/json/BoundedInflate.h"

#include "core/common/InputError.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <new>

namespace ab {

namespace {

// The gzip messages keep SourceText's translation context (they were SourceText's before they moved here).
struct SourceTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::SourceText)
};

std::atomic<qint64> defaultMaxSize{InflateLimits::DefaultMaxSize};
std::atomic<qint64> defaultMaxRatio{InflateLimits::DefaultMaxRatio};

struct Inflater
{
    z_stream zs{};
    bool started = false;
    ~Inflater()
    {
        if (started)
            inflateEnd(&zs);
    }
};

// The output size beyond which inflation stops: the smaller of the two caps.
qint64 outputCap(const InflateLimits &limits, size_t compressed)
{
    qint64 cap = limits.maxSize;
    if (limits.maxRatio > 0) {
        const qint64 ratioCap = qint64(compressed) > std::numeric_limits<qint64>::max() / limits.maxRatio
                                    ? std::numeric_limits<qint64>::max()
                                    : qint64(compressed) * limits.maxRatio;
        cap = std::min(cap, std::max(ratioCap, InflateLimits::RatioFloor));
    }
    return cap;
}

} // namespace

InflateLimits InflateLimits::processDefault()
{
    InflateLimits l;
    l.maxSize = defaultMaxSize.load();
    l.maxRatio = defaultMaxRatio.load();
    return l;
}

void InflateLimits::setProcessDefault(const InflateLimits &limits)
{
    defaultMaxSize.store(limits.maxSize);
    defaultMaxRatio.store(limits.maxRatio);
}

std::optional<qint64> InflateLimits::parseSize(const QString &text)
{
    QString digits = text.trimmed();
    int shift = 0;
    if (!digits.isEmpty()) {
        switch (digits.back().toUpper().toLatin1()) {
        case 'K':
            shift = 10;
            break;
        case 'M':
            shift = 20;
            break;
        case 'G':
            shift = 30;
            break;
        case 'T':
            shift = 40;
            break;
        default:
            break;
        }
        if (shift)
            digits.chop(1);
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n <= 0 || n > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    return n << shift;
}

InflatedBytes inflateBounded(const QString &name, const char *bytes, size_t size, const InflateLimits &limits,
                             size_t padding, Progress *progress)
{
    Inflater z;
    if (inflateInit2(&z.zs, 16 + MAX_WBITS) != Z_OK)
        throw InputError(name, SourceTextTr::tr("cannot start gzip decompression"));
    z.started = true;

    const qint64 cap = outputCap(limits, size);
    // One byte beyond the cap is inflated: output that reaches it is over the limit.
    const size_t hardEnd = size_t(std::min<qint64>(cap, std::numeric_limits<qint64>::max() - 1) + 1);
    size_t capacity = std::min(hardEnd, std::max<size_t>(size * 4, size_t(1) << 16));
    InflatedBytes out;
    out.data.reset(static_cast<char *>(std::malloc(capacity + padding)));
    if (!out.data)
        throw std::bad_alloc();

    z.zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes));
    size_t inRemaining = size;
    size_t produced = 0;
    for (;;) {
        if (produced == capacity) {
            if (capacity == hardEnd)
                break; // over the cap: reported below
            // realloc of a large block remaps pages instead of copying them: memory stays ~ the output.
            const size_t grown = std::min(hardEnd, capacity * 2);
            char *p = static_cast<char *>(std::realloc(out.data.get(), grown + padding));
            if (!p)
                throw std::bad_alloc();
            out.data.release();
            out.data.reset(p);
            capacity = grown;
        }
        const uInt inChunk = uInt(std::min<size_t>(inRemaining, 1u << 30));
        const uInt outChunk = uInt(std::min<size_t>(capacity - produced, 1u << 30));
        z.zs.avail_in = inChunk;
        z.zs.next_out = reinterpret_cast<Bytef *>(out.data.get() + produced);
        z.zs.avail_out = outChunk;
        const int rc = inflate(&z.zs, Z_NO_FLUSH);
        inRemaining -= inChunk - z.zs.avail_in;
        produced += outChunk - z.zs.avail_out;
        if (rc == Z_STREAM_END)
            break;
        const bool needMoreInput =
            (rc == Z_OK || rc == Z_BUF_ERROR) && z.zs.avail_out != 0 && inRemaining == 0;
        if (needMoreInput)
            throw InputError(name,
                             SourceTextTr::tr("byte %1: truncated gzip data: expected more compressed input")
                                 .arg(z.zs.total_in));
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString why = z.zs.msg ? QString::fromUtf8(z.zs.msg) : QString::number(rc);
            throw InputError(name,
                             SourceTextTr::tr("byte %1: corrupt gzip data (%2)").arg(z.zs.total_in).arg(why));
        }
        throwIfCancelled(progress);
    }
    if (qint64(produced) > cap) {
        if (cap == limits.maxSize)
            throw InputError(name,
                             SourceTextTr::tr("gzip data of %1 bytes inflates to more than %2 bytes, the "
                                              "limit for one file (a larger limit: --max-inflated-size)")
                                 .arg(size)
                                 .arg(cap));
        throw InputError(name,
                         SourceTextTr::tr("gzip data of %1 bytes inflates to more than %2 bytes, over %3 "
                                          "times its size (a higher limit: --max-inflated-ratio)")
                             .arg(size)
                             .arg(cap)
                             .arg(limits.maxRatio));
    }
    // A second gzip member (or any trailing bytes) is data the first member does not vouch for: reject.
    const uLong consumed = z.zs.total_in;
    if (consumed < size)
        throw InputError(
            name,
            SourceTextTr::tr("byte %1: expected end of file after the first gzip member, found %2 more bytes")
                .arg(consumed)
                .arg(size - consumed));
    std::memset(out.data.get() + produced, 0, padding);
    out.size = produced;
    return out;
}

} // namespace ab
