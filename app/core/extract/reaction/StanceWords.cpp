#include "extract/reaction/StanceWords.h"

#include "extract/CharScan.h"
#include "extract/reaction/LetterMasks.h"
#include "extract/reaction/StanceWordTables.h"

#include <QChar>

namespace atlas::reaction {

namespace {

using namespace stancewords;

inline bool isAsciiWordChar(char16_t u) // PCRE's \w without Unicode properties
{
    return isAsciiLetter(u) || (u >= '0' && u <= '9') || u == '_';
}
inline bool isLetter(char16_t u) { return u < 128 ? isAsciiLetter(u) : QChar(u).isLetter(); }

} // namespace

quint32 stanceGates(QStringView text)
{
    // Words: runs of letters and hyphens starting at a letter; the key is their
    // first four characters lower-cased, or the whole word when it has two or
    // three; a word with a non-ASCII character among those counts for nothing.
    const GateTable &table = gateTable();
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    quint32 gates = 0;
    qsizetype i = 0;
    while (i < n) {
        if (!isLetter(d[i])) {
            ++i;
            continue;
        }
        quint32 key = 0;
        int len = 0;
        bool ascii = true;
        qsizetype j = i;
        for (; j < n && (isLetter(d[j]) || d[j] == u'-'); ++j) {
            if (len < 4) {
                char16_t u = d[j];
                if (u >= 128) {
                    ascii = false;
                } else {
                    if (u >= 'A' && u <= 'Z')
                        u = char16_t(u + 32);
                    key |= quint32(u) << (8 * len);
                    ++len;
                }
            }
        }
        if (ascii && len >= 2)
            gates |= table.find(key);
        i = j;
    }
    return gates;
}

void scanStanceWords(QStringView text, StanceScan *out)
{
#if defined(__SSE2__)
    if (scanPlainStanceWords(text, out))
        return;
#endif
    scanStanceWordsByCharacter(text, out);
}

void scanStanceWordsByCharacter(QStringView text, StanceScan *out)
{
    // One pass for both: the gates' words (runs of letters and hyphens from a
    // letter, as stanceGates reads them) and the ASCII word starts. Letters come
    // in runs, read by a tight inner loop; the gate key is made of a word's first
    // four characters.
    out->gates = 0;
    out->anyStart = 0;
    out->valid = true;
    out->foldsToAscii = false;
    out->starts.clear();
    const StartTable &starts = startTable();
    out->needsMet = starts.m_needNothing;
    out->needsNothing = starts.m_needNothing;
    // A needed word at i: the groups needing it have one there (the scan reads left
    // to right, so the last place stays).
    auto noteNeeds = [out](quint32 needBits, qsizetype i) {
        out->needsMet |= needBits;
        for (; needBits; needBits &= needBits - 1)
            out->lastNeedAt[size_t(__builtin_ctz(needBits))] = int(i);
    };
    const GateTable &gates = gateTable();
    const auto &buckets = wordBuckets();
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    bool prevWord = false; // d[i - 1] is a \w character
    bool inGateWord = false;
    bool gateAscii = true;
    quint32 gateKey = 0;
    int gateLen = 0;
    auto closeGateWord = [&] {
        if (inGateWord && gateAscii && gateLen >= 2)
            out->gates |= gates.find(gateKey);
        inGateWord = false;
    };
    auto openGateWord = [&] {
        if (!inGateWord) {
            inGateWord = true;
            gateAscii = true;
            gateKey = 0;
            gateLen = 0;
        }
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t u = d[i];
        if (isAsciiLetter(u)) {
            const qsizetype j = asciiLetterRunEnd(d, i + 1, n);
            const int len = int(j - i);
            if (!inGateWord && len >= 3) {
                // A new word of three letters or more (most words): its first three
                // letters say, from one index, whether it may begin a stem, and
                // whether it may begin a gate key at all.
                const int b = GateTable::threeLetterIndex((d[i] | 0x20) - 'a', (d[i + 1] | 0x20) - 'a', (d[i + 2] | 0x20) - 'a');
                const quint8 bucket = buckets[size_t(b)];
                if (!prevWord && (bucket & kMayStart)) {
                    quint32 needBits = 0;
                    const quint32 bits = starts.lookupIn(b, d + i, len, &needBits);
                    if (needBits)
                        noteNeeds(needBits, i);
                    if (bits) {
                        out->starts.append({int(i), bits});
                        out->anyStart |= bits;
                    }
                }
                inGateWord = true;
                if (!(bucket & kMayBeginKey)) {
                    // It counts for nothing, and its key need not be made.
                    gateAscii = false;
                    gateLen = 4;
                } else {
                    gateAscii = true;
                    const int m = len < 4 ? len : 4;
                    gateKey = quint32(uchar(d[i] | 0x20)) | quint32(uchar(d[i + 1] | 0x20)) << 8
                              | quint32(uchar(d[i + 2] | 0x20)) << 16;
                    if (m > 3)
                        gateKey |= quint32(uchar(d[i + 3] | 0x20)) << 24;
                    gateLen = m;
                }
                prevWord = true;
                i = j;
                continue;
            }
            if (!prevWord) {
                quint32 needBits = 0;
                const quint32 bits = starts.lookup(d + i, len, &needBits);
                if (needBits)
                    noteNeeds(needBits, i);
                if (bits) {
                    out->starts.append({int(i), bits});
                    out->anyStart |= bits;
                }
            }
            if (!inGateWord) {
                // A new word: its key is its first four letters, lower-cased.
                inGateWord = true;
                gateAscii = true;
                const int m = len < 4 ? len : 4;
                gateKey = quint32(uchar(d[i] | 0x20));
                if (m > 1)
                    gateKey |= quint32(uchar(d[i + 1] | 0x20)) << 8;
                if (m > 2)
                    gateKey |= quint32(uchar(d[i + 2] | 0x20)) << 16;
                if (m > 3)
                    gateKey |= quint32(uchar(d[i + 3] | 0x20)) << 24;
                gateLen = m;
            } else {
                for (int k = 0; gateLen < 4 && k < len; ++k)
                    gateKey |= quint32(uchar(d[i + k] | 0x20)) << (8 * gateLen++);
            }
            prevWord = true;
            i = j;
            continue;
        }
        if (u == u'-') {
            if (inGateWord && gateLen < 4)
                gateKey |= quint32('-') << (8 * gateLen++);
            prevWord = false;
            ++i;
            continue;
        }
        if (u < 128) {
            closeGateWord();
            prevWord = (u >= '0' && u <= '9') || u == '_';
            ++i;
            continue;
        }
        prevWord = false;
        if (u >= 0xD800 && u <= 0xDFFF) {
            // A high surrogate needs a low one after it; a low one, a high one before.
            // (Neither half is a letter: a pair ends a gate word.)
            closeGateWord();
            if (u <= 0xDBFF && i + 1 < n && d[i + 1] >= 0xDC00 && d[i + 1] <= 0xDFFF) {
                i += 2;
                continue;
            }
            out->valid = false;
            ++i;
            continue;
        }
        if (u == 0x017F || u == 0x212A)
            out->foldsToAscii = true;
        if (QChar(u).isLetter()) {
            // A letter beyond ASCII among a word's first four: the word counts for nothing.
            openGateWord();
            if (gateLen < 4)
                gateAscii = false;
        } else {
            closeGateWord();
        }
        ++i;
    }
    closeGateWord();
    // No pattern's gates open: no start is reported (the plain walk does not
    // look its words up), and none would be read.
    if (!openPatternStarts(out->gates)) {
        out->starts.clear();
        out->anyStart = 0;
        out->needsMet = out->needsNothing;
    }
}


#if defined(__SSE2__)
// What the character walk above does to a sentence of plain text (ASCII and
// general punctuation, U+2000 to U+206F: nearly every sentence), reading only
// the runs of ASCII letters, from a sixteen-unit letter mask. In such text
// every other character either ends a gate word (a space, a digit, any
// punctuation but '-') or, a hyphen, continues one; and the only \w characters
// before a run of letters are digits and '_'.
bool scanPlainStanceWords(QStringView text, StanceScan *out)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    if (n < 16)
        return false; // (the mask reads sixteen units)
    const StartTable &startWords = startTable();
    const GateTable &gateWords = gateTable();
    const auto &bucketsByLowBits = wordBucketsByLowBits();
    out->valid = true;
    out->foldsToAscii = false;
    out->starts.clear();
    quint32 gates = 0, anyStart = 0, needsMet = startWords.m_needNothing;
    out->needsNothing = startWords.m_needNothing;
    // The gate word being read (every run of letters opens one, or goes on with
    // the one before over hyphens): whether its key counts, the key, its length.
    bool gateAscii = false;
    quint32 gateKey = 0;
    int gateLen = 0;
    qsizetype gateEnd = 0; // where its last run ends, when its key is shorter than four
    // The gate word ends: hyphens after its last letters are in its key too.
    auto closeGate = [&] {
        if (!gateAscii)
            return;
        // (A hyphen first: rare, so the branch is foretold; whether the key is
        // short, asked first, was not.)
        if (gateEnd < n && d[gateEnd] == u'-') {
            for (qsizetype k = gateEnd; gateLen < 4 && k < n && d[k] == u'-'; ++k)
                gateKey |= quint32('-') << (8 * gateLen++);
        }
        if (gateLen >= 2)
            gates |= gateWords.find(gateKey);
    };
    auto noteStart = [&](quint32 bits, quint32 needBits, qsizetype s) {
        needsMet |= needBits;
        for (; needBits; needBits &= needBits - 1)
            out->lastNeedAt[size_t(__builtin_ctz(needBits))] = int(s);
        if (bits) {
            out->starts.append({int(s), bits});
            anyStart |= bits;
        }
    };
    // Words to look up once the gates are known: where each begins, and its
    // length (a run of letters; after hyphens, the run alone).
    struct PendingWord {
        int pos;
        int len;
    };
    QVarLengthArray<PendingWord, 48> pending;
    // Thirty-two units a block (two sixteen-unit masks): the block's own
    // bookkeeping, paid once where it was paid twice.
    auto masks32 = [d, n](qsizetype at) {
        const LetterMasks lo = letterMasksUpTo16(d, at, n), hi = letterMasksUpTo16(d, at + 16, n);
        return LetterMasks{lo.letters | hi.letters << 16, lo.wide | hi.wide << 16};
    };
    LetterMasks masks = masks32(0);
    unsigned carry = 0; // the unit before the block is a letter
    for (qsizetype base = 0; base < n; base += 32) {
        // Beyond ASCII, only general punctuation (no letter, no \w, no surrogate).
        for (unsigned wideBits = masks.wide; wideBits; wideBits &= wideBits - 1) {
            const char16_t c = d[base + __builtin_ctz(wideBits)];
            if (c < 0x2000 || c >= 0x2070)
                return false;
        }
        // This block's letters and the next one's: a word's first four letters,
        // and most words' ends, are read from the mask.
        const LetterMasks next = masks32(base + 32);
        const unsigned letterBits = masks.letters;
        const quint64 window = letterBits | quint64(next.letters) << 32;
        unsigned runStarts = letterBits & ~((letterBits << 1) | carry);
        carry = (letterBits >> 31) & 1;
        for (; runStarts; runStarts &= runStarts - 1) {
            const unsigned bit = unsigned(__builtin_ctz(runStarts));
            const qsizetype s = base + bit;
            const quint64 ahead = window >> bit; // bit k: d[s + k] is a letter
            // Where the run ends: from the mask, or read on past it.
            auto runEnd = [&] {
                // (64 letters from bit 0 leave no zero at all, and ctz of 0 is undefined.)
                const quint64 gaps = ~ahead;
                const int inWindow = gaps ? __builtin_ctzll(gaps) : 64; // at most 64 - bit (the bits shifted in)
                return inWindow < int(64 - bit) ? s + inWindow : asciiLetterRunEnd(d, base + 64, n);
            };
            const char16_t before = s > 0 ? d[s - 1] : u' ';
            if (before == u'-') {
                // After hyphens that follow a letter, the run goes on with the gate word.
                qsizetype k = s - 1;
                while (k > 0 && d[k - 1] == u'-')
                    --k;
                if (k > 0 && isAsciiLetter(d[k - 1])) {
                    const qsizetype e = runEnd();
                    for (; gateLen < 4 && k < e; ++k)
                        gateKey |= quint32(uchar(d[k] == u'-' ? u'-' : (d[k] | 0x20))) << (8 * gateLen++);
                    gateEnd = e;
                    pending.append({int(s), int(e - s)});
                    continue;
                }
            }
            closeGate();
            // (A run of letters follows no letter: \w before it is a digit or '_'.)
            auto afterWordChar = [before] { return (before >= u'0' && before <= u'9') || before == u'_'; };
            if ((ahead & 6) == 6) {
                const quint8 bucket = bucketsByLowBits[size_t(lowBitsIndex(d + s))];
                if ((bucket & kMayStart) && !afterWordChar())
                    pending.append({int(s), int(runEnd() - s)});
                if (!(bucket & kMayBeginKey)) {
                    gateAscii = false; // no key begins with these three letters
                    gateLen = 4;
                    continue;
                }
                gateAscii = true;
                gateKey = quint32(uchar(d[s] | 0x20)) | quint32(uchar(d[s + 1] | 0x20)) << 8 | quint32(uchar(d[s + 2] | 0x20)) << 16;
                gateLen = 3;
                gateEnd = s + 3;
                if (ahead & 8) {
                    gateKey |= quint32(uchar(d[s + 3] | 0x20)) << 24;
                    gateLen = 4;
                }
                continue;
            }
            const int len = (ahead & 2) ? 2 : 1;
            if (len == 2 && !afterWordChar()) // (lookup() finds nothing in one letter)
                pending.append({int(s), 2});
            gateAscii = true;
            gateKey = quint32(uchar(d[s] | 0x20));
            gateLen = 1;
            if (len > 1) {
                gateKey |= quint32(uchar(d[s + 1] | 0x20)) << 8;
                gateLen = 2;
            }
            gateEnd = s + len;
        }
        masks = next;
    }
    closeGate();
    out->gates = gates;
    // The words that may start a pattern or be needed by one, looked up only
    // now, and only when the gates open a pattern (a quarter of the sentences
    // open none): in order, as the walk met them.
    if (openPatternStarts(gates)) {
        for (const PendingWord &p : pending) {
            const qsizetype s = p.pos;
            quint32 needBits = 0, bits = 0;
            if (p.len == 2) {
                bits = startWords.lookupTwo((d[s] | 0x20) - 'a', (d[s + 1] | 0x20) - 'a', &needBits);
            } else if (p.len > 2) {
                const int b = GateTable::threeLetterIndex((d[s] | 0x20) - 'a', (d[s + 1] | 0x20) - 'a', (d[s + 2] | 0x20) - 'a');
                // The word's first sixteen letters as bytes, compared with each
                // stem of its bucket in two masked steps (from a copy near the end).
                quint64 w[2];
                if (s + 16 <= n) {
                    packLower16(d + s, w);
                } else {
                    char16_t tail[16] = {};
                    for (qsizetype k = s; k < n; ++k)
                        tail[k - s] = d[k];
                    packLower16(tail, w);
                }
                bits = startWords.lookupPacked(b, w, p.len, &needBits);
            }
            noteStart(bits, needBits, s);
        }
    }
    out->anyStart = anyStart;
    out->needsMet = needsMet;
    return true;
}
#else
bool scanPlainStanceWords(QStringView, StanceScan *) { return false; }
#endif

} // namespace atlas::reaction
