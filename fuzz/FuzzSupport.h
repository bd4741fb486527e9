#pragma once
// Shared by the libFuzzer targets (one reader of outside input each; scripts/fuzz.sh builds and runs them).
// A target returns normally when the reader accepts the input or refuses it the documented way (an
// ab::Error: what a user is shown); anything else (a crash, a sanitizer report, another exception, a
// violated invariant checked with FUZZ_CHECK) is a finding.
#include "core/common/Error.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)

namespace ab::fuzz {

// The input as bytes, without a copy.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Runs `read`; an ab::Error is the reader refusing the input (fine).
template <typename F> void refusedOrRead(F &&read)
{
    try {
        read();
    } catch (const Error &) {
    }
}

} // namespace ab::fuzz
