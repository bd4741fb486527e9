#pragma once
// gzip inflated as a stream into one buffer, with bounds, so a small "gzip bomb" (4 MB of gzip holding 4 GiB
// of zeros) is refused after a bounded amount of work and memory instead of filling memory.

#include "core/common/Progress.h"

#include <QString>

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <optional>

namespace ab {

// Inflation stops with an InputError naming the file and both sizes as soon as the output passes maxSize,
// or passes both RatioFloor and maxRatio times the compressed size. Real exports compress 3-20 times
// (docs/robustness.md); the floor keeps small files with a high ratio (a page of repetitive JSON) readable.
struct InflateLimits
{
    static constexpr qint64 DefaultMaxSize = qint64(2) << 30; // 2 GiB: docs/scale.md's largest segment
    static constexpr qint64 DefaultMaxRatio = 100;
    static constexpr qint64 RatioFloor = qint64(16) << 20;

    qint64 maxSize = DefaultMaxSize;   // bytes of inflated text
    qint64 maxRatio = DefaultMaxRatio; // inflated size / compressed size; 0: no ratio cap

    // What SourceText uses when not told otherwise. The command line sets it once from --max-inflated-size /
    // --max-inflated-ratio before any file is read (workers on other threads read it).
    static InflateLimits processDefault();
    static void setProcessDefault(const InflateLimits &limits);
    // Parses a size such as "1048576", "512M", "4G" (K, M, G, T: powers of 1024); nullopt when malformed.
    static std::optional<qint64> parseSize(const QString &text);
};

struct InflatedBytes
{
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char[], Free> data; // `size` bytes, then `padding` zero bytes
    size_t size = 0;
};

// Inflates one gzip member of `size` bytes into a malloc'ed buffer followed by `padding` zero bytes. The
// buffer grows as output arrives (never more than twice the output, never beyond the limits), so memory is
// the output once, not a scratch copy plus the result. Throws InputError (corrupt or truncated gzip, bytes
// after the first member, over the limits) and CancelledError.
InflatedBytes inflateBounded(const QString &name, const char *bytes, size_t size, const InflateLimits &limits,
                             size_t padding, Progress *progress);

} // namespace ab
