// The demo generator's source of chance: std::mt19937_64, whose output sequence the C++
// standard fixes, with bounded draws done here rather than by std::uniform_int_distribution
// (whose algorithm differs between standard libraries), so a seed gives the same data on any
// platform.
#pragma once

#include <QList>

#include <cstdint>
#include <random>

namespace exitdesk {

class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t raw() { return m_engine(); }
    // Uniform in [0, n); n > 0.
    int below(int n) { return int(raw() % std::uint64_t(n)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // True with the given probability (0..1).
    bool chance(double p) { return unit() < p; }
    // Uniform in [0, 1).
    double unit() { return double(raw() >> 11) * (1.0 / 9007199254740992.0); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    // An index drawn with the given weights.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace exitdesk
