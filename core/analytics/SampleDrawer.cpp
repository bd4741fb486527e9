#include "core/analytics/SampleDrawer.h"

#include <unordered_map>

namespace ab::analytics {

uint64_t SplitMix64::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t SplitMix64::bounded(uint64_t bound)
{
    // (2^64 - bound) mod bound, computed in 64 bits as (-bound) mod bound: the count of low values to
    // reject so that the accepted range is a whole multiple of bound.
    const uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const uint64_t x = next();
        if (x >= threshold)
            return x % bound;
    }
}

std::vector<qint64> drawPositions(qint64 count, qint64 size, uint64_t seed)
{
    std::vector<qint64> drawn;
    if (size <= 0 || count <= 0)
        return drawn;
    if (size > count)
        size = count;
    drawn.reserve(size_t(size));
    SplitMix64 rng(seed);
    // The permutation is kept sparse: only positions that were swapped are stored (a position not in the
    // map still holds itself), so a sample of 50 from 10 million records costs 50 entries.
    std::unordered_map<qint64, qint64> moved;
    const auto at = [&](qint64 i) {
        const auto it = moved.find(i);
        return it == moved.end() ? i : it->second;
    };
    for (qint64 i = 0; i < size; ++i) {
        const qint64 j = i + qint64(rng.bounded(uint64_t(count - i)));
        const qint64 taken = at(j);
        moved[j] = at(i);
        drawn.push_back(taken);
    }
    return drawn;
}

} // namespace ab::analytics
