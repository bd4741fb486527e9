#pragma once
// The sample generator (issue 17): which positions of a population of `count` items a seeded sample
// takes, in draw order, identical on every platform and compiler (no std:: distributions, whose results
// are implementation-defined; only 64-bit unsigned arithmetic, which C++ defines exactly).
//
//   generator   SplitMix64 (Steele, Lea, Flood 2014; the seeding generator of xoshiro): state +=
//   0x9E3779B97F4A7C15,
//               z = state; z = (z ^ z>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>27) * 0x94D049BB133111EB;
//               output z ^ z>>31. The state starts at the seed.
//   bounded     an unbiased integer in [0, bound): draw x, reject while x < (2^64 - bound) mod bound (those
//               few low values would make some remainders one more likely), return x mod bound.
//   selection   partial Fisher-Yates over positions 0..count-1: draw i (0-based) swaps position i with
//               i + bounded(count - i) and takes what lands at i. Draw i never depends on the sample size,
//               so a larger sample with the same seed starts with the smaller one (the prefix property).
//
// The algorithm name stored with every sample is SampleAlgorithm; a change to any step above needs a new
// name.

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace ab::analytics {

inline constexpr const char *SampleAlgorithm = "splitmix64+rejection+partial-fisher-yates/v1";

class SplitMix64
{
public:
    explicit SplitMix64(uint64_t seed) : m_state(seed) {}
    uint64_t next();
    // Uniform in [0, bound), bound >= 1, by rejection (see above).
    uint64_t bounded(uint64_t bound);

private:
    uint64_t m_state;
};

// The positions (0-based, < count) of a sample of `size` distinct items, in draw order. size <= count.
std::vector<qint64> drawPositions(qint64 count, qint64 size, uint64_t seed);

} // namespace ab::analytics
