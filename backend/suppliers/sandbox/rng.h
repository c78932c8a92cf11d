#pragma once
// Deterministic pseudo-random numbers for the sandbox world. The schedule must be identical for a
// seed on every platform, so this uses its own generators (splitmix64, xoshiro256**) and its own
// mapping to ranges instead of <random>'s distributions, whose output differs between standard
// libraries.

#include <QtGlobal>

#include <initializer_list>

namespace tripdesk::sandbox {

constexpr quint64 splitMix64(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A stateless mix of several values: the same inputs give the same 64 bits. Used to derive
// per-flight, per-day quantities (load factors, fare jitter) without storing them.
constexpr quint64 mixHash(std::initializer_list<quint64> values)
{
    quint64 state = 0x243F6A8885A308D3ULL;
    quint64 out = 0;
    for (quint64 v : values) {
        state ^= v + 0x9E3779B97F4A7C15ULL + (state << 6) + (state >> 2);
        out = splitMix64(state);
    }
    return out;
}

// A uniform double in [0, 1) from 64 random bits.
constexpr double unitFromBits(quint64 bits)
{
    return double(bits >> 11) * (1.0 / 9007199254740992.0);
}

class Rng
{
public:
    explicit constexpr Rng(quint64 seed)
    {
        quint64 sm = seed;
        for (quint64 &s : m_s)
            s = splitMix64(sm);
    }

    constexpr quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, bound); the modulo bias is below 2^-40 for the small bounds used here.
    constexpr int below(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }
    // Uniform in [low, high].
    constexpr int between(int low, int high) { return low + below(high - low + 1); }
    constexpr double unit() { return unitFromBits(next()); }
    constexpr bool chance(double p) { return unit() < p; }

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4] = {};
};

} // namespace tripdesk::sandbox
