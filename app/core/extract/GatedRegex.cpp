#include "extract/GatedRegex.h"

#include "extract/GatedRegexStarts.h"
#include "extract/RegexProbe.h"

#include "extract/TrustedText.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <QtCore/qalgorithms.h>

#include <atomic>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {

namespace {
constexpr int kStart = 128;       // "previous character" of the subject's first position
// The lossy caches are kept small on purpose: some fifty gated patterns each
// had 96 KB of them (8,192 slots each), so the slots a scan touched were
// mostly outside the L1 and L2 caches; at 2,048 slots the same text costs about
// 1% more instructions (more collisions recomputed) but runs faster (22 Nov
// 2026: interleaved runs, means 6-8% higher; see docs/PERFORMANCE.md).
constexpr int kDeeperSlots = 2048; // cache of two- and three-character prefixes (lossy)
constexpr int kWideSlots = 2048;   // the same where a character outside ASCII is involved (lossy)
constexpr int kLongSlots = 2048;   // seven-character ASCII prefixes that passed the three-character test (lossy)
constexpr int kLongPrefix = 7;

// True when every lookbehind of the pattern looks at one character only (a
// literal, an escape such as \w, or a bracket class), and the pattern has no
// \G or \K: then whether a match can start depends on the one character
// before it and what follows, which is what the cache is keyed on. The
// lookbehinds' bodies are appended to *bodies.
bool dependsOnOneCharacterBefore(const QString &p, QStringList *bodies)
{
    if (p.contains(QLatin1String("\\G")) || p.contains(QLatin1String("\\K")))
        return false;
    for (int i = 0; (i = int(p.indexOf(QLatin1String("(?<"), i))) >= 0; i += 3) {
        if (i + 3 >= p.size())
            return false;
        const QChar kind = p.at(i + 3);
        if (kind != QLatin1Char('=') && kind != QLatin1Char('!'))
            continue; // a named group "(?<name>"
        int k = i + 4;
        if (k < p.size() && p.at(k) == QLatin1Char('[')) {
            ++k;
            if (k < p.size() && p.at(k) == QLatin1Char('^'))
                ++k;
            if (k < p.size() && p.at(k) == QLatin1Char(']'))
                ++k; // a literal ']' first in the class
            while (k < p.size() && p.at(k) != QLatin1Char(']')) {
                if (p.at(k) == QLatin1Char('['))
                    return false; // POSIX classes and the like: not worth reading
                k += p.at(k) == QLatin1Char('\\') ? 2 : 1;
            }
            ++k;
        } else if (k < p.size() && p.at(k) == QLatin1Char('\\')) {
            k += 2;
        } else if (k < p.size() && !QStringLiteral("()[]|.*+?{}^$").contains(p.at(k))) {
            ++k;
        } else {
            return false;
        }
        if (k >= p.size() || p.at(k) != QLatin1Char(')'))
            return false;
        bodies->append(p.mid(i + 4, k - (i + 4)));
    }
    return true;
}

quint32 mix(quint32 k)
{
    k ^= k >> 16;
    k *= 0x7feb352d;
    k ^= k >> 15;
    return k;
}

quint32 mix64(quint64 k)
{
    k ^= k >> 29;
    k *= 0xbf58476d1ce4e5b9ULL;
    k ^= k >> 32;
    return quint32(k);
}
} // namespace

// Two bits per (previous, first) pair: 0 not yet known, 1 cannot start, 2 can.
// Deeper prefixes: key | viable << 31, 0 for an empty slot; a collision only
// costs a recomputation. The answers are a pure function of the key, so
// concurrent writers store the same thing.
namespace {
struct Tables {
    std::atomic<quint32> first[(kStart + 1) * 128 / 16];
    // Two ASCII characters after each kind of character before them: two bits
    // each, as `first` (dense, so no hashing: the most asked question).
    std::unique_ptr<std::atomic<quint32>[]> pairs;
    std::atomic<quint32> deeper[kDeeperSlots];
    std::atomic<quint64> wide[kWideSlots]; // key | 1 << 62 | viable << 63, 0 for an empty slot
    std::atomic<quint64> longer[kLongSlots]; // the same for seven ASCII characters
    explicit Tables(int standIns) : pairs(new std::atomic<quint32>[standIns * 128 * 128 / 16])
    {
        for (int i = 0; i < standIns * 128 * 128 / 16; ++i)
            pairs[i].store(0, std::memory_order_relaxed);
        for (auto &w : longer)
            w.store(0, std::memory_order_relaxed);
        for (auto &w : wide)
            w.store(0, std::memory_order_relaxed);
        for (auto &w : first)
            w.store(0, std::memory_order_relaxed);
        for (auto &w : deeper)
            w.store(0, std::memory_order_relaxed);
    }
};
} // namespace

// The tables (about 50 KB) are allocated on first use: a pattern that is built
// but never matched (a part of a larger alternation) costs nothing.
struct GatedRegex::Cache {
    quint8 previous[kStart + 1];   // the character that stands for this one before a match
    quint8 dense[kStart + 1] = {}; // each stand-in's number, 0 .. standIns - 1
    int standIns = 0;
    // Punctuation outside ASCII common in news text (curly quotes, dashes), each
    // with the ASCII character that stands for it before a match, where one does.
    static constexpr int kWideKnown = 8;
    char16_t wideChars[kWideKnown] = {};
    quint8 wideStandIns[kWideKnown] = {};
    int wideCount = 0;
    // The ASCII character standing for `previous` (outside ASCII), or previous itself.
    int asciiStandIn(int previous) const
    {
        for (int i = 0; i < wideCount; ++i) {
            if (wideChars[i] == previous)
                return wideStandIns[i];
        }
        return previous;
    }
    // StartsAfterWord::pack(): the head (0 while not known) is stored last, with
    // release, so that whoever reads it set reads the rest too.
    std::atomic<quint64> startsAfterWord{0};
    std::atomic<quint64> startsAfterWordRest{0};
    std::atomic<Tables *> tables{nullptr};
    ~Cache() { delete tables.load(); }
    Tables &get()
    {
        Tables *t = tables.load(std::memory_order_acquire);
        if (Q_LIKELY(t))
            return *t;
        return create();
    }
    Q_NEVER_INLINE Tables &create()
    {
        Tables *t = nullptr;
        Tables *mine = new Tables(standIns);
        if (tables.compare_exchange_strong(t, mine, std::memory_order_acq_rel))
            return *mine;
        delete mine; // another thread was first
        return *t;
    }
};

GatedRegex::GatedRegex(const QString &pattern, QRegularExpression::PatternOptions options)
    : m_plain(pattern, options), m_anchored(QStringLiteral("\\G(?:%1)").arg(pattern), options), m_plainDirect(m_plain),
      m_anchoredDirect(m_anchored)
{
    QStringList bodies;
    // A pattern PCRE2 runs anchored ("^\s*class") is tried at one position only:
    // a plain match asks PCRE2 once, where the gated scan would judge every
    // position of the subject and find each one unable to start it.
    m_gated = m_anchored.isValid() && !m_plainDirect.isAnchored() && dependsOnOneCharacterBefore(pattern, &bodies);
    if (!m_gated)
        return;
    m_cache = std::make_shared<Cache>();
    // Characters before a match that no construct of the pattern tells apart
    // share one cache key: what \b and \w see, what each one-character
    // lookbehind accepts, and (multi-line) line ends. Fewer keys, fewer
    // partial matches to compute.
    QVector<QRegularExpression> accepts;
    for (const QString &body : bodies) {
        QRegularExpression re(QStringLiteral("\\A(?:%1)\\z").arg(body), options);
        if (!re.isValid()) {
            m_gated = false;
            return;
        }
        accepts << re;
    }
    QHash<quint64, int> representative;
    for (int c = 0; c < 128; ++c) {
        const QChar ch = QChar(ushort(c));
        quint64 signature = (ch.isLetterOrNumber() || c == '_') ? 1 : 0;
        if (options & QRegularExpression::MultilineOption && (c == '\n' || c == '\r' || c == '\v' || c == '\f'))
            signature |= quint64(c) << 1;
        for (int k = 0; k < accepts.size() && k < 48; ++k) {
            if (accepts.at(k).match(QString(ch)).hasMatch())
                signature |= quint64(1) << (k + 16);
        }
        if (accepts.size() > 48)
            signature = quint64(c) << 56 | signature; // too many to tell: every character its own key
        m_cache->previous[c] = quint8(representative.value(signature, c));
        representative.insert(signature, m_cache->previous[c]);
    }
    m_cache->previous[kStart] = kStart;
    // The same for a few characters outside ASCII: PCRE's \w (without Unicode
    // properties) and line ends see them as neither, so only the lookbehinds tell
    // them apart. Where an ASCII character has the same signature it stands for
    // them, and the ASCII tables answer after them too.
    if (!(options & QRegularExpression::UseUnicodePropertiesOption) && accepts.size() <= 48) {
        static const char16_t common[Cache::kWideKnown] = {0x2019, 0x2018, 0x201C, 0x201D, 0x2014, 0x2013, 0x00A0, 0x2026};
        for (const char16_t x : common) {
            quint64 signature = 0;
            for (int k = 0; k < accepts.size(); ++k) {
                if (accepts.at(k).match(QString(QChar(x))).hasMatch())
                    signature |= quint64(1) << (k + 16);
            }
            const auto it = representative.constFind(signature);
            if (it == representative.constEnd())
                continue;
            m_cache->wideChars[m_cache->wideCount] = x;
            m_cache->wideStandIns[m_cache->wideCount++] = quint8(it.value());
        }
    }
    bool numbered[kStart + 1] = {};
    for (int c = 0; c <= kStart; ++c) {
        const int standIn = m_cache->previous[c];
        if (!numbered[standIn]) {
            numbered[standIn] = true;
            m_cache->dense[standIn] = quint8(m_cache->standIns++);
        }
    }
}

bool GatedRegex::viable(int previous, const ushort *chars, int n) const
{
    QString subject;
    subject.reserve(n + 1);
    if (previous != kStart)
        subject += QChar(ushort(previous));
    const int offset = int(subject.size());
    for (int i = 0; i < n; ++i)
        subject += QChar(chars[i]);
    const QRegularExpressionMatch m = m_anchored.match(subject, offset, QRegularExpression::PartialPreferFirstMatch);
    return m.hasMatch() || m.hasPartialMatch();
}

bool GatedRegex::viableAfter(bool atStart, ushort previous, const ushort *chars, int n) const
{
    quint64 key = quint64(n) << 30 | quint64(chars[0]);
    if (n > 1)
        key |= quint64(chars[1]) << 16;
    if (n > 2)
        key |= quint64(chars[2]) << 23;
    key |= atStart ? quint64(1) << 48 : quint64(previous) << 32;
    std::atomic<quint64> &slot = m_cache->get().wide[mix(quint32(key ^ (key >> 32))) & (kWideSlots - 1)];
    const quint64 entry = slot.load(std::memory_order_relaxed);
    if ((entry & ~(quint64(3) << 62)) == key && (entry >> 62 & 1))
        return entry >> 63;
    QString subject;
    if (!atStart)
        subject += QChar(previous);
    const int offset = int(subject.size());
    for (int i = 0; i < n; ++i)
        subject += QChar(chars[i]);
    const QRegularExpressionMatch m = m_anchored.match(subject, offset, QRegularExpression::PartialPreferFirstMatch);
    const bool ok = m.hasMatch() || m.hasPartialMatch();
    slot.store(key | quint64(1) << 62 | (ok ? quint64(1) << 63 : 0), std::memory_order_relaxed);
    return ok;
}

bool GatedRegex::mayStartAt(const QChar *text, int at, int to) const
{
    if (!m_gated)
        return true;
    Tables &tables = m_cache->get();
    // A character outside ASCII before the position or at it (curly quotes and
    // apostrophes, dashes, accented letters): judged by exact characters, in
    // their own cache; surrogates are left to PCRE.
    if ((at > 0 && text[at - 1].unicode() >= 128) || text[at].unicode() >= 128) {
        const bool atStart = at == 0;
        const ushort before = atStart ? 0 : text[at - 1].unicode();
        ushort c[3] = {text[at].unicode(), 0, 0};
        if ((!atStart && QChar::isSurrogate(before)) || QChar::isSurrogate(c[0]))
            return true;
        if (!viableAfter(atStart, before, c, 1))
            return false;
        for (int n = 2; n <= 3 && c[0] < 128; ++n) {
            if (at + n > to)
                return true;
            c[n - 1] = text[at + n - 1].unicode();
            if (c[n - 1] >= 128)
                return true;
            if (!viableAfter(atStart, before, c, n))
                return false;
        }
        return true;
    }
    int previous = kStart;
    if (at > 0)
        previous = m_cache->previous[text[at - 1].unicode()];
    ushort c[3];
    c[0] = text[at].unicode();
    if (c[0] >= 128)
        return true;
    {
        const int index = previous * 128 + c[0];
        std::atomic<quint32> &word = tables.first[index >> 4];
        const int shift = (index & 15) * 2;
        quint32 state = (word.load(std::memory_order_relaxed) >> shift) & 3;
        if (!state) {
            state = viable(previous, c, 1) ? 2 : 1;
            word.fetch_or(state << shift, std::memory_order_relaxed);
        }
        if (state == 1)
            return false;
    }
    return mayContinueAt(text, at, to, previous);
}

bool GatedRegex::mayContinueAt(const QChar *text, int at, int to, int previous) const
{
    if (at + 2 > to)
        return true;
    ushort c[2] = {text[at].unicode(), text[at + 1].unicode()};
    if (c[1] >= 128)
        return true;
    const int index = (m_cache->dense[previous] * 128 + c[0]) * 128 + c[1];
    std::atomic<quint32> &word = m_cache->get().pairs[index >> 4];
    const int shift = (index & 15) * 2;
    quint32 state = (word.load(std::memory_order_relaxed) >> shift) & 3;
    if (!state) {
        state = viable(previous, c, 2) ? 2 : 1;
        word.fetch_or(state << shift, std::memory_order_relaxed);
    }
    return state == 2 && mayContinueAfterPair(text, at, to, previous);
}

bool GatedRegex::mayContinueAfterPair(const QChar *text, int at, int to, int previous) const
{
    Tables &tables = m_cache->get();
    if (at + 3 > to)
        return true;
    const ushort c[3] = {text[at].unicode(), text[at + 1].unicode(), text[at + 2].unicode()};
    if (c[2] >= 128)
        return true;
    {
        const quint32 key = (quint32(3) << 29) | (quint32(previous) << 21) | (quint32(c[0]) << 14) | (quint32(c[1]) << 7) | c[2];
        std::atomic<quint32> &slot = tables.deeper[mix(key) & (kDeeperSlots - 1)];
        const quint32 entry = slot.load(std::memory_order_relaxed);
        bool ok;
        if ((entry & 0x7fffffffu) == key) {
            ok = entry >> 31;
        } else {
            ok = viable(previous, c, 3);
            slot.store(key | (ok ? 0x80000000u : 0u), std::memory_order_relaxed);
        }
        if (!ok)
            return false;
    }
    // Three characters fit. Seven tell far more ("int" may begin "intercontinental",
    // "into th" cannot; "lan" may be "land-attack", "landsca" cannot), and an
    // anchored try that fails costs a good thousand instructions, this look-up a
    // few dozen. (Seven 7-bit characters and the stand-in before them fill a key.)
    if (at + kLongPrefix > to)
        return true;
    quint64 key = quint64(previous) << (7 * kLongPrefix);
    for (int k = 0; k < kLongPrefix; ++k) {
        const ushort ch = text[at + k].unicode();
        if (ch >= 128)
            return true;
        key |= quint64(ch) << (7 * (kLongPrefix - 1 - k));
    }
    std::atomic<quint64> &slot = tables.longer[mix64(key) & (kLongSlots - 1)];
    const quint64 entry = slot.load(std::memory_order_relaxed);
    if ((entry & ~(quint64(3) << 62)) == key && (entry >> 62 & 1))
        return entry >> 63;
    ushort chars[kLongPrefix];
    for (int k = 0; k < kLongPrefix; ++k)
        chars[k] = text[at + k].unicode();
    const bool ok = viable(previous, chars, kLongPrefix);
    slot.store(key | quint64(1) << 62 | (ok ? quint64(1) << 63 : 0), std::memory_order_relaxed);
    return ok;
}

RegexMatch GatedRegex::matchAt(QStringView subject, int at, Subject kind) const
{
    ATLAS_REGEX_PROBE_SCOPE(m_plain.pattern());
    if (kind == Subject::Checked && !isValidUtf16(subject))
        return RegexMatch();
    return m_anchoredDirect.match(subject, at);
}

// Worked out on first use: for each kind of word character the pattern tells
// apart, which ASCII characters may start a match right after it (the answers
// also fill the first-character table).
StartsAfterWord::Packed GatedRegex::startsAfterWord() const
{
    Cache &cache = *m_cache;
    Tables &tables = cache.get();
    StartsAfterWord s;
    s.kind = StartsAfterWord::Nothing;
    bool tried[kStart + 1] = {};
    for (int w = 0; w < 128; ++w) {
        const int standIn = cache.previous[w];
        if (!isAsciiWordUnit(char16_t(w)) || tried[standIn])
            continue;
        tried[standIn] = true; // one per kind of word character the pattern tells apart
        for (ushort c = 0; c < 128; ++c) {
            const bool ok = viable(standIn, &c, 1);
            const int index = standIn * 128 + c;
            tables.first[index >> 4].fetch_or(quint32(ok ? 2 : 1) << ((index & 15) * 2), std::memory_order_relaxed);
            if (!ok || s.kind == StartsAfterWord::Anything)
                continue;
            const char16_t folded = char16_t(c | 0x20);
            if (std::find(s.folded, s.folded + s.count, folded) != s.folded + s.count)
                continue;
            if (s.count == StartsAfterWord::kMaxFolded) {
                s = StartsAfterWord(); // too many to test side by side: every position is judged
                continue;
            }
            s.kind = StartsAfterWord::Some;
            s.folded[s.count++] = folded;
        }
    }
    const StartsAfterWord::Packed packed = s.pack();
    cache.startsAfterWordRest.store(packed.rest, std::memory_order_relaxed);
    cache.startsAfterWord.store(packed.head, std::memory_order_release);
    return packed;
}

RegexMatch GatedRegex::firstMatch(QStringView subject, int from, Subject kind) const
{
    ATLAS_REGEX_PROBE_SCOPE(m_plain.pattern());
    return firstMatchStartingBy(subject, from, int(subject.size()), kind);
}

RegexMatch GatedRegex::firstMatchStartingBy(QStringView subject, int from, int lastStart, Subject kind) const
{
    ATLAS_REGEX_PROBE_SCOPE(m_plain.pattern());
    // One match object for every try, returned as it is (never copied).
    RegexMatch out;
    if (kind == Subject::Checked && !isValidUtf16(subject))
        return out;
    from = std::max(from, 0);
    // A match found by a plain scan may start after lastStart: then there is none.
    auto plainStartingBy = [&](int at) {
        m_plainDirect.matchInto(subject, at, false, &out);
        if (out.hasMatch() && out.capturedStart() > lastStart)
            out.reset();
    };
    if (!m_gated) {
        plainStartingBy(from);
        return out;
    }
    const QChar *data = subject.data();
    const int to = int(subject.size());
    // Candidates are visited up to lastStart only (the subject still ends at `to`).
    const int stop = int(std::min<qint64>(to, qint64(lastStart) + 1));
    Cache &cache = *m_cache;
    const Tables &tables = cache.get();
    StartsAfterWord::Packed afterWord{cache.startsAfterWord.load(std::memory_order_acquire), 0};
    if (Q_LIKELY(afterWord.head))
        afterWord.rest = cache.startsAfterWordRest.load(std::memory_order_relaxed);
    else
        afterWord = startsAfterWord();
    // The positions to judge, sixteen at a time (see CandidateStarts): most
    // patterns start at a word start, so the inside of words is never visited.
    const CandidateStarts candidates(afterWord);
    int misses = 0;
    unsigned carry = from > 0 && isAsciiWordUnit(data[from - 1].unicode()); // the code unit before the block is \w
    for (int base = from; base < stop; base += 16) {
        unsigned starts = candidates.in(reinterpret_cast<const char16_t *>(data), base, to, &carry);
        if (stop - base < 16)
            starts &= (1u << (stop - base)) - 1;
        while (starts) {
            const int p = base + int(qCountTrailingZeroBits(starts));
            starts &= starts - 1;
            int previous = p > 0 ? data[p - 1].unicode() : kStart;
            // The usual case, inline: the character before and the first one say "no".
            const int c = data[p].unicode();
            if (Q_UNLIKELY(previous > kStart) && c < 128)
                previous = cache.asciiStandIn(previous);
            // (U+0080 before p has kStart's value but is a character: the exact path.)
            if ((previous < kStart || p == 0) && c < 128) {
                const int standIn = cache.previous[previous];
                const int index = standIn * 128 + c;
                const quint32 state = (tables.first[index >> 4].load(std::memory_order_relaxed) >> ((index & 15) * 2)) & 3;
                if (state == 1)
                    continue;
                if (state == 0) {
                    if (!mayStartAt(data, p, to))
                        continue;
                } else if (p + 2 <= to && data[p + 1].unicode() < 128) {
                    // Known to fit as a first character: the pair table (mayContinueAt's
                    // first step, inline, since it says "no" to most) and then the rest.
                    const int pair = (cache.dense[standIn] * 128 + c) * 128 + data[p + 1].unicode();
                    const quint32 pairState = (tables.pairs[pair >> 4].load(std::memory_order_relaxed) >> ((pair & 15) * 2)) & 3;
                    if (pairState == 1 || (pairState == 2 ? !mayContinueAfterPair(data, p, to, standIn) : !mayContinueAt(data, p, to, standIn)))
                        continue;
                }
            } else if (!mayStartAt(data, p, to)) {
                continue;
            }
            // Each anchored try pays Qt's per-match set-up; where candidates are many
            // ("a", "in" ...), one plain scan from here is cheaper. No match starts
            // before p, so the plain scan finds the same leftmost match.
            if (misses == 6) {
                plainStartingBy(p);
                return out;
            }
            m_anchoredDirect.matchInto(subject, p, false, &out); // (matchAt, the subject known valid)
            if (out.hasMatch())
                return out;
            ++misses;
        }
    }
    return out;
}

} // namespace atlas
