// Bounded gzip inflation alone: output within the cap, padding zeroed, errors the documented way.
#include "FuzzSupport.h"

#include "core/json/BoundedInflate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ab;
    InflateLimits limits;
    limits.maxSize = qint64(256) << 10;
    limits.maxRatio = 50;
    fuzz::refusedOrRead([&] {
        const InflatedBytes out = inflateBounded(
            QStringLiteral("fuzz.gz"), reinterpret_cast<const char *>(data), size, limits, 64, nullptr);
        FUZZ_CHECK(qint64(out.size) <= limits.maxSize);
        for (size_t i = 0; i < 64; ++i)
            FUZZ_CHECK(out.data[out.size + i] == 0);
    });
    return 0;
}
