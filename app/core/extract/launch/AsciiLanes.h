#pragma once
// Four UTF-16 code units in one 64-bit word (SWAR): ASCII letters told, and
// capitals lower-cased, by a few integer operations for the four instead of a
// test each. Lanes of ASCII units are below 0x80, so adding a constant below
// 0x8000 to every lane carries into no other lane; its top bit then tells
// whether the unit reached the threshold.
#include <QtGlobal>

#include <cstring>

namespace atlas::launch::lanes {

constexpr quint64 kNonAscii = 0xFF80FF80FF80FF80ULL; // bits a lane holds only when it is no ASCII
constexpr quint64 kTopBits = 0x8000800080008000ULL;
constexpr quint64 kLowerCase = 0x0020002000200020ULL;
constexpr quint64 kAtLeastA = 0x7F9F7F9F7F9F7F9FULL;      // 0x8000 - 'a'
constexpr quint64 kAfterZ = 0x7F857F857F857F85ULL;        // 0x8000 - 'z' - 1
constexpr quint64 kAtLeastCapitalA = 0x7FBF7FBF7FBF7FBFULL; // 0x8000 - 'A'
constexpr quint64 kAfterCapitalZ = 0x7FA57FA57FA57FA5ULL;   // 0x8000 - 'Z' - 1

// d[0..3], d[0] in the low lane.
inline quint64 load4(const char16_t *d)
{
    quint64 v;
    std::memcpy(&v, d, sizeof v);
    return v;
}

inline bool allAscii(quint64 v) { return !(v & kNonAscii); }

// For ASCII lanes: the top bit of each lane holding a letter of either case.
inline quint64 letterLanes(quint64 v)
{
    const quint64 lower = v | kLowerCase;
    return (lower + kAtLeastA) & ~(lower + kAfterZ) & kTopBits;
}

// For ASCII lanes: v with 'A'..'Z' made 'a'..'z', every other unit as it was.
inline quint64 toLower(quint64 v)
{
    const quint64 capitals = (v + kAtLeastCapitalA) & ~(v + kAfterCapitalZ) & kTopBits;
    return v | (capitals >> 10); // 0x8000 >> 10: 0x20
}

} // namespace atlas::launch::lanes
