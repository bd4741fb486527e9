#pragma once
// Deterministic randomness for the demo generator: the same seed and stream give the same values on every
// platform.
#include <QtGlobal>

#include <array>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ab::demo {

// Randomness: std::mt19937_64 is specified bit for bit by the standard; the std distributions are not, so
// every distribution used here is written out.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream)
        : m_engine(seed * 0x9E3779B97F4A7C15ULL ^ (stream + 0x632BE59BD9B4E019ULL))
    {
    }

    quint64 next() { return m_engine(); }
    // Uniform in [0, n) without modulo bias (rejection of the short last bucket).
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n;
        quint64 x;
        do {
            x = m_engine();
        } while (x < threshold);
        return x % n;
    }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); } // inclusive
    bool chance(unsigned perMille) { return below(1000) < perMille; }
    template <typename T, size_t N> const T &pick(const std::array<T, N> &items) { return items[below(N)]; }
    template <typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }
    // Index chosen with integer weights.
    template <size_t N> size_t weighted(const std::array<unsigned, N> &weights)
    {
        unsigned total = 0;
        for (unsigned w : weights)
            total += w;
        quint64 r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }
    std::string hex(size_t chars)
    {
        static const char digits[] = "0123456789abcdef";
        std::string s(chars, '0');
        quint64 bits = 0;
        for (size_t i = 0; i < chars; ++i) {
            if (i % 16 == 0)
                bits = next();
            s[i] = digits[bits & 15];
            bits >>= 4;
        }
        return s;
    }
    std::string uuid()
    {
        std::string h = hex(32);
        h[12] = '4';                                                          // version 4
        h[16] = "89ab"[std::string_view("0123456789abcdef").find(h[16]) & 3]; // RFC 4122 variant
        return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' +
               h.substr(20);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace ab::demo
