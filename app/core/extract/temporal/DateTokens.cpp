#include "extract/temporal/DateTokens.h"

#include "extract/CharScan.h"
#include "extract/temporal/BlockMasks.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace atlas::temporal {
namespace {

struct Entry {
    const char *word; // lowercase, sorted
    Lex lex;
    int value;
};

constexpr int zone(int offsetMinutes) { return offsetMinutes + 1000; }

// Alphabetical for reading; looked up through a hash table (LexTable).
const Entry kLexicon[] = {
    {"a", Lex::A, 1},
    {"about", Lex::About, 0},
    {"after", Lex::After, 0},
    {"afternoon", Lex::Afternoon, 0},
    {"ago", Lex::Ago, 0},
    {"an", Lex::A, 1},
    {"and", Lex::And, 0},
    {"approximately", Lex::Approximately, 0},
    {"aedt", Lex::Zone, zone(660)},
    {"aest", Lex::Zone, zone(600)},
    {"apr", Lex::Month, 4},
    {"april", Lex::Month, 4},
    {"around", Lex::Around, 0},
    {"at", Lex::At, 0},
    {"aug", Lex::Month, 8},
    {"august", Lex::Month, 8},
    {"bst", Lex::Zone, zone(60)},
    {"before", Lex::Before, 0},
    {"beginning", Lex::Beginning, 0},
    {"by", Lex::By, 0},
    {"cdt", Lex::Zone, zone(-300)},
    {"cet", Lex::Zone, zone(60)},
    {"cest", Lex::Zone, zone(120)},
    {"couple", Lex::NumberWord, 2},
    {"cst", Lex::Zone, zone(-360)},
    {"msk", Lex::Zone, zone(180)},
    {"dawn", Lex::Dawn, 0},
    {"day", Lex::Day, 0},
    {"days", Lex::Day, 0},
    {"dec", Lex::Month, 12},
    {"december", Lex::Month, 12},
    {"during", Lex::During, 0},
    {"early", Lex::Early, 0},
    {"earlier", Lex::Earlier, 0},
    {"edt", Lex::Zone, zone(-240)},
    {"eight", Lex::NumberWord, 8},
    {"eleven", Lex::NumberWord, 11},
    {"end", Lex::End, 0},
    {"est", Lex::Zone, zone(-300)},
    {"et", Lex::Zone, zone(-300)},
    {"evening", Lex::Evening, 0},
    {"feb", Lex::Month, 2},
    {"february", Lex::Month, 2},
    {"few", Lex::NumberWord, 3},
    {"five", Lex::NumberWord, 5},
    {"following", Lex::Following, 0},
    {"four", Lex::NumberWord, 4},
    {"fri", Lex::Weekday, 5},
    {"friday", Lex::Weekday, 5},
    {"from", Lex::From, 0},
    {"gmt", Lex::Zone, zone(0)},
    {"hours", Lex::Hours, 0},
    {"hkt", Lex::Zone, zone(480)},
    {"hst", Lex::Zone, zone(-600)},
    {"ist", Lex::Zone, zone(330)}, // India: the common reading in English-language news
    {"in", Lex::In, 0},
    {"jan", Lex::Month, 1},
    {"january", Lex::Month, 1},
    {"jst", Lex::Zone, zone(540)},
    {"jul", Lex::Month, 7},
    {"july", Lex::Month, 7},
    {"jun", Lex::Month, 6},
    {"june", Lex::Month, 6},
    {"kst", Lex::Zone, zone(540)},
    {"last", Lex::Last, 0},
    {"late", Lex::Late, 0},
    {"later", Lex::Later, 0},
    {"local", Lex::Local, 0},
    {"mar", Lex::Month, 3},
    {"march", Lex::Month, 3},
    {"may", Lex::Month, 5},
    {"mdt", Lex::Zone, zone(-360)},
    {"mid", Lex::Mid, 0},
    {"midday", Lex::Midday, 0},
    {"middle", Lex::Middle, 0},
    {"midnight", Lex::Midnight, 0},
    {"mon", Lex::Weekday, 1},
    {"monday", Lex::Weekday, 1},
    {"month", Lex::Month_, 0},
    {"months", Lex::Month_, 0},
    {"morning", Lex::Morning, 0},
    {"mst", Lex::Zone, zone(-420)},
    {"next", Lex::Next, 0},
    {"night", Lex::Night, 0},
    {"nine", Lex::NumberWord, 9},
    {"noon", Lex::Noon, 0},
    {"nov", Lex::Month, 11},
    {"november", Lex::Month, 11},
    {"oct", Lex::Month, 10},
    {"october", Lex::Month, 10},
    {"of", Lex::Of, 0},
    {"on", Lex::On, 0},
    {"one", Lex::NumberWord, 1},
    {"overnight", Lex::Overnight, 0},
    {"past", Lex::Past, 0},
    {"pdt", Lex::Zone, zone(-420)},
    {"previous", Lex::Previous, 0},
    {"prior", Lex::Prior, 0},
    {"pst", Lex::Zone, zone(-480)},
    {"pt", Lex::Zone, zone(-480)},
    {"same", Lex::Same, 0},
    {"sat", Lex::Weekday, 6},
    {"saturday", Lex::Weekday, 6},
    {"sep", Lex::Month, 9},
    {"sept", Lex::Month, 9},
    {"september", Lex::Month, 9},
    {"seven", Lex::NumberWord, 7},
    {"sgt", Lex::Zone, zone(480)},
    {"since", Lex::Since, 0},
    {"six", Lex::NumberWord, 6},
    {"start", Lex::Start, 0},
    {"sun", Lex::Weekday, 7},
    {"sunday", Lex::Weekday, 7},
    {"ten", Lex::NumberWord, 10},
    {"the", Lex::The, 0},
    {"this", Lex::This, 0},
    {"three", Lex::NumberWord, 3},
    {"through", Lex::Through, 0},
    {"thu", Lex::Weekday, 4},
    {"thur", Lex::Weekday, 4},
    {"thurs", Lex::Weekday, 4},
    {"thursday", Lex::Weekday, 4},
    {"time", Lex::Time, 0},
    {"today", Lex::Today, 0},
    {"tomorrow", Lex::Tomorrow, 0},
    {"tonight", Lex::Tonight, 0},
    {"tue", Lex::Weekday, 2},
    {"tues", Lex::Weekday, 2},
    {"tuesday", Lex::Weekday, 2},
    {"twelve", Lex::NumberWord, 12},
    {"two", Lex::NumberWord, 2},
    {"until", Lex::Until, 0},
    {"utc", Lex::Zone, zone(0)},
    {"wed", Lex::Weekday, 3},
    {"wednesday", Lex::Weekday, 3},
    {"week", Lex::Week, 0},
    {"weekend", Lex::Weekend, 0},
    {"weeks", Lex::Week, 0},
    {"year", Lex::Year, 0},
    {"years", Lex::Year, 0},
    {"yesterday", Lex::Yesterday, 0},
};

// Open-addressing hash table over the lexicon, built once: a word is
// classified with one hash over its letters and usually one comparison.
constexpr int kSlots = 1024;
constexpr std::uint32_t kMaxWord = 13;

std::uint32_t hashStep(std::uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }

// The words that name a unit or a point of time. Every date pattern of the
// matcher (DateMatcher.cpp, RelativeDates.cpp) holds one of them or a figure:
// a month or a weekday, "yesterday", "today", "tonight", "this morning", "last
// week", "the previous day", "two days later", "early 2024", "the 25th". So a
// text without either holds no date, and is not tokenised at all (mayHoldDate).
// The words around them ("last", "early", "the", "ago") are not listed: alone
// they date nothing.
bool isTimeWord(Lex l)
{
    switch (l) {
    case Lex::Month: case Lex::Weekday:
    case Lex::Yesterday: case Lex::Today: case Lex::Tonight: case Lex::Tomorrow:
    case Lex::Day: case Lex::Week: case Lex::Month_: case Lex::Year: case Lex::Weekend:
    case Lex::Morning: case Lex::Afternoon: case Lex::Evening: case Lex::Night: case Lex::Overnight:
    case Lex::Dawn: case Lex::Noon: case Lex::Midday: case Lex::Midnight:
        return true;
    default:
        return false;
    }
}

// The words a clock time or a time of day needs besides a figure (see
// matchTime and matchDayPeriod in ClockTimes.cpp): "noon", "morning", "early
// hours" ... ("early" alone times nothing).
bool isClockWord(Lex l)
{
    switch (l) {
    case Lex::Noon: case Lex::Midday: case Lex::Midnight:
    case Lex::Morning: case Lex::Afternoon: case Lex::Evening: case Lex::Night: case Lex::Overnight:
    case Lex::Dawn: case Lex::Hours:
        return true;
    default:
        return false;
    }
}

// For each first letter, a bit per second letter some word of a list has (bit
// 26: the letter is a word by itself); then a bit per first three letters some
// word of three or more has, or per whole word of two. Most words of a text
// start with a pair or a triple no date word starts with ("the", "for",
// "mis..."), and are ruled out before hashing.
struct PrefixTests {
    std::uint32_t prefix[26] = {};
    static constexpr int kTriples = 26 * 26 * 27;
    std::uint64_t triple[(kTriples + 63) / 64] = {};
    static int tripleIndex(int a, int b, int c) { return (a * 26 + b) * 27 + c; } // c: third letter + 1, or 0

    void add(const char *w)
    {
        const std::size_t length = std::strlen(w);
        prefix[w[0] - 'a'] |= length == 1 ? 1u << 26 : 1u << (w[1] - 'a');
        auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
        if (length >= 2 && letter(w[0]) && letter(w[1]) && (length == 2 || letter(w[2]))) {
            const int t = tripleIndex(w[0] - 'a', w[1] - 'a', length == 2 ? 0 : w[2] - 'a' + 1);
            triple[t / 64] |= std::uint64_t(1) << (t % 64);
        }
    }

    // False when no listed word is `word` (len letters or other code units).
    Q_ALWAYS_INLINE bool mayList(const char16_t *word, std::uint32_t len) const
    {
        if (len < 1 || len > kMaxWord)
            return false;
        const char16_t first = word[0] | 0x20;
        if (first < u'a' || first > u'z')
            return false;
        const std::uint32_t seconds = prefix[first - u'a'];
        if (len == 1)
            return seconds & (1u << 26);
        const char16_t second = word[1] | 0x20;
        if (second < u'a' || second > u'z' || !(seconds & (1u << (second - u'a'))))
            return false;
        int third = 0;
        if (len > 2) {
            const char16_t u = word[2];
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
                return false; // no lexicon word holds anything but letters
            third = (u | 0x20) - u'a' + 1;
        }
        const int t = tripleIndex(first - u'a', second - u'a', third);
        return (triple[t / 64] >> (t % 64)) & 1;
    }
};

// A word of up to eight letters as one number: its lower-case letters, the
// first in the low byte (a letter is never 0, so the length is in the key).
constexpr std::uint32_t kMaxPacked = 8;
constexpr int kPackedSlots = 512;
int packedSlotOf(std::uint64_t key) { return int((key * 0x9E3779B97F4A7C15ull) >> 55); } // 9 bits

struct LexTable {
    std::int16_t slot[kSlots];
    unsigned char length[sizeof(kLexicon) / sizeof(kLexicon[0])];
    std::int16_t packedSlot[kPackedSlots]; // words of up to kMaxPacked letters, by packed key
    std::uint64_t packedKey[sizeof(kLexicon) / sizeof(kLexicon[0])];
    PrefixTests words;     // every word of the lexicon
    PrefixTests timeWords; // those that name a unit or point of time (isTimeWord)
    PrefixTests clockWords; // those a clock time or a time of day needs (isClockWord)

    LexTable()
    {
        std::fill(std::begin(slot), std::end(slot), std::int16_t(-1));
        std::fill(std::begin(packedSlot), std::end(packedSlot), std::int16_t(-1));
        for (std::size_t e = 0; e < std::size(kLexicon); ++e) {
            std::uint32_t h = 2166136261u;
            const char *w = kLexicon[e].word;
            length[e] = static_cast<unsigned char>(std::strlen(w));
            packedKey[e] = 0;
            if (length[e] <= kMaxPacked) {
                for (std::uint32_t k = 0; k < length[e]; ++k)
                    packedKey[e] |= std::uint64_t(static_cast<unsigned char>(w[k])) << (8 * k);
                int p = packedSlotOf(packedKey[e]);
                while (packedSlot[p] >= 0)
                    p = (p + 1) & (kPackedSlots - 1);
                packedSlot[p] = static_cast<std::int16_t>(e);
            }
            words.add(w);
            if (isTimeWord(kLexicon[e].lex))
                timeWords.add(w);
            if (isClockWord(kLexicon[e].lex))
                clockWords.add(w);
            for (const char *c = w; *c; ++c)
                h = hashStep(h, *c);
            std::uint32_t i = h & (kSlots - 1);
            while (slot[i] >= 0)
                i = (i + 1) & (kSlots - 1);
            slot[i] = static_cast<std::int16_t>(e);
        }
    }
};

const LexTable &lexTable()
{
    static const LexTable table; // thread-safe static initialisation
    return table;
}

// The number of ASCII digits from text[k] on.
int digitsAt(QStringView text, int k)
{
    int d = 0;
    while (k + d < text.size() && text[k + d].unicode() >= u'0' && text[k + d].unicode() <= u'9')
        ++d;
    return d;
}

// After a number ending at j, ".m." with one or two digits m: where what
// follows the second dot starts; -1 when the text goes on otherwise.
int afterDottedMiddle(QStringView text, int j)
{
    if (j >= text.size() || text[j] != u'.')
        return -1;
    const int m = digitsAt(text, j + 1);
    if (m < 1 || m > 2 || j + 1 + m >= text.size() || text[j + 1 + m] != u'.')
        return -1;
    return j + 2 + m;
}

// ".01.06" / ".1.6" after a four-digit year, not followed by more digits.
bool looksLikeDottedDate(QStringView text, int j)
{
    const int at = afterDottedMiddle(text, j);
    const int d = at < 0 ? 0 : digitsAt(text, at);
    return d >= 1 && d <= 2;
}

// ".12.2025" / ".1.2025" after a one- or two-digit day: "04.12.2025", the
// European way, not followed by more digits or another dotted group.
bool looksLikeDayFirstDottedDate(QStringView text, int j)
{
    const int yearAt = afterDottedMiddle(text, j);
    if (yearAt < 0 || digitsAt(text, yearAt) != 4)
        return false;
    const int after = yearAt + 4;
    return !(after + 1 < text.size() && text[after] == u'.' && text[after + 1].isDigit());
}

} // namespace

namespace {
// What the tokenizer makes of a character: the QChar tests it used to ask one
// by one (isSpace, isDigit for ASCII digits, isLetter, isUpper), answered for
// ASCII from a table built from those very tests.
enum class CharKind : unsigned char { Space, AsciiDigit, Upper, Lower, Other };

CharKind kindOf(QChar c)
{
    if (c.isSpace())
        return CharKind::Space;
    if (c.isDigit() && c.unicode() < 128)
        return CharKind::AsciiDigit;
    if (c.isLetter())
        return c.isUpper() ? CharKind::Upper : CharKind::Lower;
    return CharKind::Other;
}

struct AsciiKinds {
    CharKind kind[128];
    AsciiKinds()
    {
        for (int c = 0; c < 128; ++c)
            kind[c] = kindOf(QChar(c));
    }
};
const AsciiKinds kAsciiKinds;
} // namespace

namespace {
// What lookUpWord answers for a word of up to kMaxPacked ASCII letters, from
// its packed key: the lexicon word with that key, or none (mayList only ever
// rules out words that are not in the lexicon, so it need not be asked).
Q_ALWAYS_INLINE Lex lookUpPackedWord(const LexTable &table, std::uint64_t key, int &value)
{
    for (int p = packedSlotOf(key);; p = (p + 1) & (kPackedSlots - 1)) {
        const int e = table.packedSlot[p];
        if (e < 0)
            return Lex::None;
        if (table.packedKey[e] == key) {
            value = kLexicon[e].value;
            return kLexicon[e].lex;
        }
    }
}

// The hash look-up of a word that passed the prefix tests below.
Q_NEVER_INLINE Lex lookUpWord(const char16_t *word, std::uint32_t len, int &value)
{
    const LexTable &table = lexTable();
    if (len <= kMaxPacked) {
        // Most words that pass the prefix tests are short ("the", "of", "on",
        // "and", "May"): one multiplication and a key comparison instead of a
        // hash step and a byte comparison per letter.
        std::uint64_t key = 0;
        for (std::uint32_t i = 0; i < len; ++i) {
            const char16_t u = word[i];
            if (unsigned((u | 0x20) - u'a') >= 26)
                return Lex::None; // no lexicon word holds anything but ASCII letters
            key |= std::uint64_t(u | 0x20) << (8 * i);
        }
        return lookUpPackedWord(table, key, value);
    }
    char buf[16];
    std::uint32_t h = 2166136261u;
    for (std::uint32_t i = 0; i < len; ++i) {
        const char16_t u = word[i];
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
            return Lex::None;
        buf[i] = static_cast<char>(u | 0x20);
        h = hashStep(h, buf[i]);
    }
    for (std::uint32_t i = h & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
        const int e = table.slot[i];
        if (e < 0)
            return Lex::None;
        if (table.length[e] != len)
            continue;
        const char *w = kLexicon[e].word;
        std::uint32_t k = 0;
        while (k < len && w[k] == buf[k])
            ++k;
        if (k == len) {
            value = kLexicon[e].value;
            return kLexicon[e].lex;
        }
    }
}

// The packed key of a word of up to eight ASCII letters (see LexTable), read
// with one load of the eight units from word (all inside the text): the
// letters packed into bytes, lower-cased, the bytes past the word cleared.
#if defined(__SSE2__)
Q_ALWAYS_INLINE std::uint64_t packedKeyAt(const char16_t *word, int len)
{
    const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(word));
    std::uint64_t bytes;
    _mm_storel_epi64(reinterpret_cast<__m128i *>(&bytes), _mm_packus_epi16(units, units));
    return (bytes | 0x2020202020202020ull) & (~std::uint64_t(0) >> (64 - 8 * len));
}
#endif


// classifyWord, with the tests that rule out nearly every word of a text (no
// lexicon word starts with its first two or three letters) inlined into the
// tokenizer's loop: the call and the hash are paid only by the few that pass.
Q_ALWAYS_INLINE Lex classify(const LexTable &table, const char16_t *word, std::uint32_t len, int &value)
{
    if (!table.words.mayList(word, len))
        return Lex::None;
    return lookUpWord(word, len, value);
}
} // namespace

Lex classifyWord(QStringView word, int &value)
{
    return classify(lexTable(), word.utf16(), static_cast<std::uint32_t>(word.size()), value);
}

Lex classifyWordByDefinition(QStringView word, int &value)
{
    for (const Entry &e : kLexicon) {
        if (word.compare(QLatin1String(e.word), Qt::CaseInsensitive) == 0
            && std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 128; })) {
            value = e.value;
            return e.lex;
        }
    }
    return Lex::None;
}

namespace {
// The end of the word starting at i (a letter): ASCII letters eight at a time,
// other letters one by one.
Q_ALWAYS_INLINE int wordEnd(const char16_t *d, int i, int n)
{
    int j = i;
    while (true) {
        j = int(asciiLetterRunEnd(d, j, n));
        if (j < n && d[j] >= 0x80 && QChar(d[j]).isLetter())
            ++j;
        else
            return j;
    }
}
} // namespace

namespace {
// Whether text holds an ASCII digit or a word (cut where tokenize() cuts it)
// that `listed` admits and `named` confirms from the lexicon: the definition,
// one code unit at a time.
template <typename Named>
bool holdsFigureOrWordByUnit(const char16_t *d, int n, const PrefixTests &listed, Named named)
{
    for (int i = 0; i < n;) {
        const CharKind kind = d[i] < 128 ? kAsciiKinds.kind[d[i]] : kindOf(QChar(d[i]));
        if (kind == CharKind::AsciiDigit)
            return true; // a number token
        if (kind != CharKind::Upper && kind != CharKind::Lower) {
            ++i;
            continue;
        }
        // A word, cut where tokenize() cuts it.
        const int j = wordEnd(d, i, n);
        const std::uint32_t len = static_cast<std::uint32_t>(j - i);
        int value = 0;
        if (listed.mayList(d + i, len) && named(lookUpWord(d + i, len, value)))
            return true;
        i = j;
    }
    return false;
}

#if defined(__SSE2__)
// Whether a code unit beyond ASCII is general punctuation (U+2000-U+206F: curly
// quotes, dashes, special spaces), which is neither a letter nor a digit: then
// the words around it are runs of ASCII letters, as the masks read them.
inline bool isGeneralPunctuation(char16_t u) { return char16_t(u - 0x2000) < 0x70; }
#endif

// holdsFigureOrWordByUnit, in one pass of sixteen units a step over nearly
// every sentence (ASCII and general punctuation): a digit answers at once,
// words are visited at their starts from the letter mask, and the first unit
// beyond ASCII that is not general punctuation (a letter such as "é" may join
// a word) hands the whole text to the definition.
template <typename Named>
Q_ALWAYS_INLINE bool holdsFigureOrWord(QStringView text, const PrefixTests &listed, Named named)
{
    const char16_t *d = text.utf16();
    const int n = int(text.size());
#if defined(__SSE2__)
    char16_t padded[16];
    if (n < 16) {
        // A short text is read from a copy padded with zeros (neither letters
        // nor digits), so that the block loads stay inside it.
        std::fill(std::copy(d, d + n, padded), padded + 16, char16_t(0));
        d = padded;
    }
    const qsizetype loadable = std::max(n, 16);
    unsigned carry = 0; // the unit before the block is a letter
    for (qsizetype base = 0; base < n; base += 16) {
        const BlockMasks m = blockMasksUpTo16(d, base, loadable);
        if (m.digits)
            return true; // a number token
        for (unsigned w = m.wide; w; w &= w - 1) {
            if (!isGeneralPunctuation(d[base + qCountTrailingZeroBits(w)]))
                return holdsFigureOrWordByUnit(text.utf16(), n, listed, named);
        }
        const unsigned letters = m.letters;
        unsigned starts = letters & ~((letters << 1) | carry);
        carry = (letters >> 15) & 1;
        for (; starts; starts &= starts - 1) {
            const unsigned bit = qCountTrailingZeroBits(starts);
            const qsizetype i = base + bit;
            // Most words are ruled out by their first two letters, before their
            // length is worked out: a second letter (an ASCII letter, which
            // (u | 0x20) - 'a' < 26 says of any code unit) that no listed word
            // has after this first one is what mayList() would refuse.
            if (i + 1 < n) {
                const unsigned second = unsigned((d[i + 1] | 0x20) - u'a');
                if (second < 26 && !(listed.prefix[(d[i] | 0x20) - u'a'] & (1u << second)))
                    continue;
            }
            // The word's end: within the block from the mask, else found further on.
            const unsigned after = ~letters >> bit; // bits 16 and up are set
            const qsizetype len = qCountTrailingZeroBits(after);
            qsizetype end = i + len;
            if (bit + len >= 16 && base + 16 < n) {
                end = asciiLetterRunEnd(d, base + 16, n);
                // The unit after the word lies in a block not read yet: a
                // letter beyond ASCII there would lengthen the word.
                if (end < n && d[end] >= 0x80 && !isGeneralPunctuation(d[end]))
                    return holdsFigureOrWordByUnit(text.utf16(), n, listed, named);
            }
            const std::uint32_t full = static_cast<std::uint32_t>(end - i);
            int value = 0;
            if (listed.mayList(d + i, full) && named(lookUpWord(d + i, full, value)))
                return true;
        }
    }
    return false;
#else
    return holdsFigureOrWordByUnit(d, n, listed, named);
#endif
}

} // namespace

bool mayHoldDate(QStringView text)
{
    // A number token is a day, a year, "3 days ago".
    return holdsFigureOrWord(text, lexTable().timeWords, isTimeWord);
}

bool mayHoldTime(QStringView text)
{
    return holdsFigureOrWord(text, lexTable().clockWords, isClockWord);
}

void tokenize(QStringView text, TokenList &out)
{
    out.clear();
    const LexTable &table = lexTable();
    const int n = text.size();
    bool space = true;
    int ungroupedNumbers = 0; // numbers of a dotted date that must not read as decimals
    int i = 0;
    const char16_t *d = text.utf16();
    while (i < n) {
        const QChar c = text[i];
        // ASCII (nearly every character) is classified by one table look-up.
        const CharKind kind = d[i] < 128 ? kAsciiKinds.kind[d[i]] : kindOf(c);
        if (kind == CharKind::Space) {
            space = true;
            ++i;
            continue;
        }
        Token &t = out.emplace_back(); // built in place, not copied in
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (kind == CharKind::AsciiDigit) {
            t.kind = TokKind::Number;
            qint64 v = 0;
            int j = i;
            while (j < n && text[j].unicode() >= u'0' && text[j].unicode() <= u'9') {
                if (v < 100000000)
                    v = v * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            t.digits = static_cast<unsigned char>(std::min(j - i, 255));
            // Thousands groups and decimals make a quantity, never a day or year;
            // but "2025.01.06" is a date written the Korean way, left to the matcher.
            const bool dottedDate = (j - i == 4 && looksLikeDottedDate(text, j))
                || (j - i <= 2 && looksLikeDayFirstDottedDate(text, j));
            if (dottedDate)
                ungroupedNumbers = 2; // the month and the day after it
            const bool mayGroup = !dottedDate && ungroupedNumbers-- <= 0;
            while (mayGroup && j + 1 < n && (text[j] == u',' || text[j] == u'.') && text[j + 1].isDigit()) {
                // A comma before four figures or more separates no thousands:
                // "Nov.8,2025" is a day and a year written without spaces.
                int g = j + 1;
                while (g < n && text[g].isDigit())
                    ++g;
                if (text[j] == u',' && g - (j + 1) >= 4)
                    break;
                t.grouped = true;
                j = g;
            }
            t.value = static_cast<int>(v);
            // Ordinal suffix: 1st 2nd 3rd 25th.
            if (j + 2 <= n) {
                const QStringView suf = text.mid(j, 2);
                if ((suf.compare(QLatin1String("st"), Qt::CaseInsensitive) == 0
                     || suf.compare(QLatin1String("nd"), Qt::CaseInsensitive) == 0
                     || suf.compare(QLatin1String("rd"), Qt::CaseInsensitive) == 0
                     || suf.compare(QLatin1String("th"), Qt::CaseInsensitive) == 0)
                    && (j + 2 == n || !text[j + 2].isLetterOrNumber())) {
                    t.ordinal = true;
                    j += 2;
                }
            }
            t.end = j;
        } else if (kind == CharKind::Upper || kind == CharKind::Lower) {
            t.kind = TokKind::Word;
            // The ASCII letters eight at a time; other letters one by one.
            const int ascii = int(asciiLetterRunEnd(d, i, n));
            const int j = ascii < n && d[ascii] >= 0x80 ? wordEnd(d, ascii, n) : ascii;
            t.end = j;
            t.capitalised = kind == CharKind::Upper;
#if defined(__SSE2__)
            if (j == ascii && j - i <= int(kMaxPacked) && i + 8 <= n)
                t.lex = lookUpPackedWord(table, packedKeyAt(d + i, j - i), t.value); // nearly every word
            else
#endif
                t.lex = classify(table, text.utf16() + i, static_cast<std::uint32_t>(j - i), t.value);
        } else {
            t.kind = TokKind::Punct;
            t.punct = c;
            t.end = i + 1;
        }
        i = t.end;
    }
}

} // namespace atlas::temporal
