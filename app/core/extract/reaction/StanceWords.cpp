#include "extract/reaction/StanceWords.h"

#include "extract/reaction/WordChecks.h"

#include <QChar>
#include <QVector>
#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>

namespace atlas::reaction {

namespace {

// Up to four lowercase ASCII characters packed into a word, first in the low byte.
quint32 packKey(const char *stem)
{
    quint32 key = 0;
    for (int i = 0; stem[i] && i < 4; ++i)
        key |= quint32(uchar(stem[i])) << (8 * i);
    return key;
}

// Open addressing over packed keys (never 0: a key has at least two letters).
class GateTable {
public:
    void add(quint32 key, quint32 bits)
    {
        quint32 i = slot(key);
        while (m_keys[i] && m_keys[i] != key)
            i = (i + 1) & kMask;
        m_keys[i] = key;
        m_bits[i] |= bits;
        // A key that starts with three letters marks them as a possible beginning.
        const int c0 = int(key & 0xFF) - 'a', c1 = int((key >> 8) & 0xFF) - 'a', c2 = int((key >> 16) & 0xFF) - 'a';
        if (c0 >= 0 && c0 < 26 && c1 >= 0 && c1 < 26 && c2 >= 0 && c2 < 26)
            m_threeLetters[size_t(threeLetterIndex(c0, c1, c2))] = true;
    }
    // False when no key begins with these three lower-case ASCII letters: a word
    // that begins with them opens no gate, whatever follows.
    bool mayBeginKey(int index) const { return m_threeLetters[size_t(index)]; }
    // The index of a word's first three letters (0 to 25 each) in the tables
    // of both passes: (c0 * 26 + c1) * 27 + c2 + 1; 0 in the last place is a
    // word of two letters.
    static int threeLetterIndex(int c0, int c1, int c2) { return (c0 * 26 + c1) * 27 + c2 + 1; }
    quint32 find(quint32 key) const
    {
        for (quint32 i = slot(key);; i = (i + 1) & kMask) {
            if (m_keys[i] == key)
                return m_bits[i];
            if (!m_keys[i])
                return 0;
        }
    }

private:
    static constexpr quint32 kSize = 512; // about 140 keys: mostly empty slots, short probes
    static constexpr quint32 kMask = kSize - 1;
    static quint32 slot(quint32 key) { return (key * 2654435761u) >> 23; }
    std::array<quint32, kSize> m_keys{};
    std::array<quint32, kSize> m_bits{};
    std::bitset<26 * 26 * 27> m_threeLetters; // a bit each: the table stays small in the cache
};

const GateTable &gateTable()
{
    static const GateTable table = [] {
        GateTable t;
        auto add = [&t](quint32 gate, const char *stems) {
            for (const QByteArray &stem : QByteArray(stems).split(' '))
                t.add(packKey(stem.constData()), gate);
        };
        // The first four letters (or the whole word when shorter) of the words
        // each pattern needs; "said ... a violation" needs kGateSaid and kGateViolation.
        add(kGateCondemn, "cond deno crit slam depl decr cens rebu lamb tole into");
        add(kGateCalled, "call desc labe bran term char");
        add(kGateViolation, "viol brea prov unac outr reck");
        add(kGateSaid, "said says stat adde note told");
        add(kGateProtest, "prot summ");
        add(kGateConcern, "conc alar worr dism unea regr trou");
        add(kGateUrge, "urge urgi call appe exho pres dema");
        add(kGateSupport, "supp symp unde back soli defe just endo citi blam sove righ stan");
        add(kGateAck, "conf dete corr ackn veri trac repo spot iden awar said says say anno stat told");
        add(kGateCoopVerb, "affi reaf reit unde emph stre pled vow vowe vows high rene agre iron clos shou work");
        add(kGateCoopObject, "coop co-o coor alli comm part soli unif unit coll tril bila iron clos shou");
        add(kGateDialogue, "talk dial nego dipl summ will read open inte hope hopi enga door love like happ glad deli sit");
        add(kGateBy, "by");
        add(kGateFrom, "from");
        return t;
    }();
    return table;
}

// The stems a pattern's match can begin with. "exact": the pattern wants a
// space or a word boundary right after, so the word must be the stem itself.
struct Stem {
    char text[16];
    int len;
    bool exact;
    quint32 bits;     // the start groups this stem begins
    quint32 needBits; // the start groups that need this (exact) word further on
};

struct GroupStems {
    bool exact;
    const char *words;
};
struct Group {
    int pattern;
    GroupStems stems[2];
    const char *needs; // words the alternative needs later on, or nullptr
};

// Read with the patterns of StanceTriggers.cpp beside it: each group is the
// stems one alternative of a pattern starts with, and the whole words (runs of
// ASCII letters) that alternative needs further on in the sentence.
const Group kGroups[kStartGroupCount] = {
    // 0: "was condemned by"
    {kPassivePattern, {{true, "was were been being is are"}, {}},
     "condemned denounced criticised criticized slammed deplored rebuked confirmed detected corroborated tracked "
     "acknowledged protested verified"},
    // 1: "condemnation from"
    {kNominalPattern, {{true, "condemnation criticism rebuke protest protests concern concerns"}, {}}, nullptr},
    // 2: condemned, intolerable
    {0, {{false, "condemn denounc critici slam deplor decr censur rebuk lambast intoler"}, {}}, nullptr},
    // 3: called ... a violation
    {1, {{false, "call describ label brand term characteri"}, {}},
     "violation violations breach breaches provocation provocations unacceptable outrageous reckless"},
    // 4: said the launch was a violation
    {2, {{true, "said says stated added noted told"}, {}},
     "unacceptable outrageous reckless violation violations breach breaches provocation provocations provocative"},
    // 5: lodged a protest
    {3, {{false, "lodg fil issu register deliver send sent launch mad mak voic conve"}, {}}, "protest protests"},
    // 6: protested, summoned the ambassador
    {3, {{true, "protested"}, {false, "summon"}}, nullptr},
    // 7: expressed concern
    {4, {{false, "express voic rais reiterat conve flag register"}, {}},
     "concern concerns alarm worry worries dismay unease regret"},
    // 8: is concerned, deeply concerned
    {4, {{true, "is are was were been said deeply gravely seriously extremely very"}, {false, "remain"}},
     "concerned alarmed worried troubled"},
    // 9: serious concern
    {4, {{true, "serious grave deep profound"}, {}}, "concern concerns"},
    // 10: urged, exhorted
    {5, {{false, "urg exhort"}, {}}, nullptr},
    // 11: called on, called for restraint
    {5, {{false, "call"}, {}}, "on upon for"},
    // 12: appealed to
    {5, {{false, "appeal"}, {}}, "to"},
    // 13: pressed ... to
    {5, {{true, "pressed pressing demanded demanding"}, {}}, "to that"},
    // 14: expressed support
    {6, {{false, "express voic offer extend show declar pledg reaffirm"}, {}},
     "support sympathy understanding backing solidarity"},
    // 15: defended, blamed Washington; stands with, stands in solidarity with
    {6, {{false, "defend justif endors blam"}, {true, "backed stand stands standing"}}, nullptr},
    // 16: as justification
    {6, {{true, "as"}, {}}, "justification"},
    // 17: citing self-defence
    {6, {{true, "citing"}, {}}, "self"},
    // 18: said ... its sovereign right
    {6, {{true, "said says"}, {}}, "right"},
    // 19: confirmed, detected; "INDOPACOM: aware of the launch"
    {7, {{false, "confirm detect corroborat acknowledg verif track report spott identifi"}, {true, "aware"}}, nullptr},
    // 20: was aware of
    {7, {{true, "is was are were"}, {}}, "aware"},
    // 21: said the missiles
    {7, {{true, "said says say announced stated told"}, {}},
     "missile missiles launch launches projectile projectiles icbm srbm srbms"},
    // 22: reaffirmed ... cooperation
    {8, {{false, "reaffirm affirm reiterat underscor emphasi stress pledg vow highlight renew agree"}, {}},
     "cooperation co coordination coordinate alliance alliances commitment partnership solidarity unified united "
     "collaboration trilateral bilateral"},
    // 23: ironclad
    {8, {{true, "ironclad"}, {}}, nullptr},
    // 24: called for talks
    {9, {{false, "offer propos call push seek sought urg express signal reiterat stress renew extend favo reaffirm hope hoping ready"}, {}},
     "talks dialogue negotiations negotiating diplomacy summit sit talk"},
    // 25: willingness to meet; the door to dialogue
    {9, {{false, "willing readiness openness open interest"}, {true, "door"}}, nullptr},
    // 26: cannot be tolerated, will not tolerate, can't be condoned
    {0, {{true, "cannot can won will must should would not"}, {}}, "tolerated tolerate condoned condone"},
    // 27: consulting closely with
    // (and "work with like-minded partners", "working with its allies")
    {8, {{false, "consult coordinat work cooperat collaborat"}, {}}, "closely partners allies"},
    // 28: shoulder to shoulder
    {8, {{true, "shoulder"}, {}}, nullptr},
    // 29: would not give up on dialogue; would love to meet
    {9, {{true, "will would shall"}, {}}, "dialogue talks diplomacy negotiations engagement meet talk sit"},
    // 30: closely coordinate with; (in) close cooperation with
    {8, {{true, "closely close closer"}, {}}, "with"},
    // 31: understands the concerns
    {6, {{false, "underst"}, {}}, "concern concerns reason reasons position motive motives worries"},
};

class StartTable {
public:
    StartTable()
    {
        for (int g = 0; g < kStartGroupCount; ++g) {
            for (const GroupStems &stems : kGroups[g].stems) {
                if (stems.words)
                    add(1u << g, stems.exact, stems.words);
            }
            // The words an alternative needs are whole words (runs of letters).
            if (kGroups[g].needs)
                add(0, true, kGroups[g].needs, 1u << g);
            else
                m_needNothing |= 1u << g;
        }
        // Buckets by the first three letters of a word, or its two for a word of
        // two: a bucket lists every stem such a word may begin with, so most words
        // find an empty bucket and the rest one or two stems to compare.
        m_first.fill(0);
        QVector<Stem> laidOut;
        for (int b = 0; b < kBuckets; ++b) {
            const int pair = b / 27;
            const int third = b % 27; // 0: a word of two letters
            m_first[b] = quint16(laidOut.size());
            for (const Stem &st : std::as_const(m_stems)) {
                if ((st.text[0] - 'a') * 26 + (st.text[1] - 'a') != pair)
                    continue;
                const bool fits = third == 0 ? st.len == 2
                                             : (st.len == 2 ? !st.exact : st.text[2] - 'a' == third - 1);
                if (fits)
                    laidOut << st;
            }
            m_first[size_t(b) + 1] = quint16(laidOut.size());
        }
        m_stems = laidOut;
    }

    // bits of every stem the ASCII letters d[0, len) begin with, ignoring case
    // (the word is exactly `len` letters long); *needs gets the groups that need it.
    quint32 lookup(const char16_t *d, int len, quint32 *needs) const
    {
        if (len < 2)
            return 0;
        const int b = (((d[0] | 0x20) - 'a') * 26 + ((d[1] | 0x20) - 'a')) * 27 + (len > 2 ? ((d[2] | 0x20) - 'a') + 1 : 0);
        return lookupIn(b, d, len, needs);
    }
    // Whether bucket b (GateTable::threeLetterIndex) holds any stem at all.
    bool anyIn(int b) const { return m_first[size_t(b) + 1] != m_first[size_t(b)]; }
    // The same as lookup(), b being the bucket of the word's first letters.
    quint32 lookupIn(int b, const char16_t *d, int len, quint32 *needs) const
    {
        const int count = m_first[size_t(b) + 1] - m_first[size_t(b)];
        if (!count)
            return 0;
        quint32 bits = 0;
        const Stem *s = m_stems.constData() + m_first[b];
        for (int k = 0; k < count; ++k, ++s) {
            if (s->exact ? len != s->len : len < s->len)
                continue;
            int c = 2; // the bucket says the first two letters agree (and the third, if any)
            while (c < s->len && char(d[c] | 0x20) == s->text[c])
                ++c;
            if (c == s->len) {
                bits |= s->bits;
                *needs |= s->needBits;
            }
        }
        return bits;
    }

private:
    static constexpr int kBuckets = 26 * 26 * 27;
    void add(quint32 bits, bool exact, const char *stems, quint32 needBits = 0)
    {
        for (const QByteArray &w : QByteArray(stems).split(' ')) {
            auto same = std::find_if(m_stems.begin(), m_stems.end(), [&](const Stem &s) {
                return s.exact == exact && w == QByteArray(s.text);
            });
            if (same != m_stems.end()) {
                same->bits |= bits;
                same->needBits |= needBits;
                continue;
            }
            Stem s{};
            std::memcpy(s.text, w.constData(), size_t(std::min<qsizetype>(w.size(), 15)));
            s.len = int(w.size());
            s.exact = exact;
            s.bits = bits;
            s.needBits = needBits;
            m_stems << s;
        }
    }

public:
    quint32 m_needNothing = 0; // groups with no needed words
private:
    QVector<Stem> m_stems;
    std::array<quint16, kBuckets + 1> m_first; // bucket b: stems [m_first[b], m_first[b + 1])
};

const StartTable &startTable()
{
    static const StartTable table;
    return table;
}

// What the first three letters of a word (GateTable::threeLetterIndex) say, one
// byte per bucket: whether a stem may start the word (StartTable::anyIn), and
// whether a gate key may begin with them (GateTable::mayBeginKey). The scan asks
// both of every word of three letters or more; one load answers.
enum WordBucket : quint8 { kMayStart = 1, kMayBeginKey = 2 };
const std::array<quint8, 26 * 26 * 27> &wordBuckets()
{
    static const std::array<quint8, 26 * 26 * 27> buckets = [] {
        std::array<quint8, 26 * 26 * 27> out{};
        for (int b = 0; b < int(out.size()); ++b)
            out[size_t(b)] = quint8((startTable().anyIn(b) ? kMayStart : 0) | (gateTable().mayBeginKey(b) ? kMayBeginKey : 0));
        return out;
    }();
    return buckets;
}

inline bool isAsciiLetter(char16_t u) { return char16_t((u | 0x20) - 'a') < 26; }
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

quint32 patternStarts(int pattern)
{
    static const std::array<quint32, kActivePatternCount + 2> masks = [] {
        std::array<quint32, kActivePatternCount + 2> m{};
        for (int g = 0; g < kStartGroupCount; ++g)
            m[size_t(kGroups[g].pattern + 2)] |= 1u << g;
        return m;
    }();
    return pattern >= kPassivePattern && pattern < kActivePatternCount ? masks[size_t(pattern + 2)] : 0;
}

const char *startGroupNeeds(int bit) { return bit >= 0 && bit < kStartGroupCount ? kGroups[bit].needs : nullptr; }

void scanStanceWords(QStringView text, StanceScan *out)
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
}

} // namespace atlas::reaction
