#pragma once
// A small set of lower-case ASCII words fixed at compile time, asked "is this
// word of the text one of them?" about the words around every launch cue (about
// fifteen times per cue: auxiliaries, modals, determiners, foreign subjects ...).
// The plain loop compared each word's length with every member's; here a 64-bit
// filter keyed on (length, first code unit), made by the compiler, turns most
// words away after one shift, and only members of the same length are compared.
// Exact: a word of the set always has its filter bit set (same key), so the
// filter only says "maybe"; the comparison decides as the loop did.
#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <string_view>

namespace atlas::launch {

template <std::size_t N>
class NearWordSet {
public:
    template <typename... W>
    constexpr explicit NearWordSet(W... w) : m_words{std::string_view(w)...}
    {
        for (const std::string_view x : m_words)
            m_filter |= quint64(1) << key(x.size(), char16_t(static_cast<unsigned char>(x[0])));
    }

    bool contains(QStringView w) const
    {
        const qsizetype n = w.size();
        if (n == 0)
            return false;
        const char16_t *d = w.utf16();
        if (!((m_filter >> key(std::size_t(n), d[0])) & 1))
            return false;
        for (const std::string_view x : m_words) {
            if (qsizetype(x.size()) != n)
                continue;
            qsizetype k = 0;
            while (k < n && d[k] == char16_t(static_cast<unsigned char>(x[k])))
                ++k;
            if (k == n)
                return true;
        }
        return false;
    }

private:
    static constexpr unsigned key(std::size_t n, char16_t first) { return unsigned(first + 11 * n) & 63; }
    std::string_view m_words[N];
    quint64 m_filter = 0;
};

template <typename... W>
constexpr NearWordSet<sizeof...(W)> nearWordSet(W... w)
{
    return NearWordSet<sizeof...(W)>(w...);
}

} // namespace atlas::launch

// The set of the words given, made once at compile time where it is written:
// in(word, NEAR_WORDS("the", "this", "its")).
#define NEAR_WORDS(...)                                                                                                \
    ([]() -> const auto & {                                                                                            \
        static constexpr auto kSet = ::atlas::launch::nearWordSet(__VA_ARGS__);                                       \
        return kSet;                                                                                                   \
    }())
