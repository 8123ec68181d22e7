#include "extract/reaction/StanceWordTables.h"

#include <QByteArray>
#include <algorithm>
#include <cstring>

namespace atlas::reaction {

namespace stancewords {

namespace {

// Up to four lowercase ASCII characters packed into a word, first in the low byte.
quint32 packKey(const char *stem)
{
    quint32 key = 0;
    for (int i = 0; stem[i] && i < 4; ++i)
        key |= quint32(uchar(stem[i])) << (8 * i);
    return key;
}

} // namespace

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
        add(kGateCondemn, "cond deno crit slam depl decr cens rebu lamb tole into acce");
        add(kGateCalled, "call desc labe bran term char");
        add(kGateViolation, "viol brea prov unac outr reck");
        add(kGateSaid, "said says stat adde note told");
        add(kGateProtest, "prot summ");
        add(kGateConcern, "conc alar worr dism unea regr trou");
        add(kGateUrge, "urge urgi call appe exho pres dema hope hopi");
        add(kGateSupport, "supp symp unde back soli defe just endo citi blam sove righ stan forc pred inev legi natu logi cons root");
        add(kGateAck, "conf dete corr ackn veri trac repo spot iden awar said says say anno stat told");
        add(kGateCoopVerb, "affi reaf reit unde emph stre pled vow vowe vows high rene agre iron clos shou work comm");
        add(kGateCoopObject, "coop co-o coor alli comm part soli unif unit coll tril bila iron clos shou");
        add(kGateDialogue, "talk dial nego dipl summ will read open inte hope hopi enga door love like happ glad deli sit sett solu");
        add(kGateBy, "by");
        add(kGateFrom, "from");
        return t;
    }();
    return table;
}

namespace {

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
    // (and "follows with concern", "noted with deep concern")
    {4, {{false, "express voic rais reiterat conve flag register"}, {false, "follow view watch observ not monitor"}},
     "concern concerns alarm worry worries dismay unease regret"},
    // 8: is concerned, deeply concerned
    {4, {{true, "is are was were been said deeply gravely seriously extremely very"}, {false, "remain"}},
     "concerned alarmed worried troubled"},
    // 9: serious concern
    {4, {{true, "serious grave deep profound"}, {}}, "concern concerns"},
    // 10: urged, exhorted
    // (and "hopes all parties will exercise restraint")
    {5, {{false, "urg exhort"}, {true, "hope hopes hoped hoping"}}, nullptr},
    // 11: called on, called for restraint
    {5, {{false, "call"}, {}}, "on upon for"},
    // 12: appealed to
    {5, {{false, "appeal"}, {}}, "to"},
    // 13: pressed ... to
    {5, {{true, "pressed pressing demanded demanding"}, {}}, "to that"},
    // 14: expressed support
    {6, {{false, "express voic offer extend show declar pledg reaffirm"}, {}},
     "support sympathy understanding backing solidarity"},
    // 15: defended, blamed Washington; stands with, stands in solidarity with; a
    // forced response, a (direct) consequence of, the root cause
    {6, {{false, "defend justif endors blam"},
         {true, "backed stand stands standing forced predictable inevitable legitimate natural logical understandable "
                "consequence consequences root"}},
     nullptr},
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
    // 22: reaffirmed ... cooperation; committed to further strengthen ... cooperation
    {8, {{false, "reaffirm affirm reiterat underscor emphasi stress pledg vow highlight renew agree"},
         {true, "commit commits committed committing"}},
     "cooperation co coordination coordinate alliance alliances commitment partnership solidarity unified united "
     "collaboration trilateral bilateral"},
    // 23: ironclad; shoulder to shoulder; committed to the defence of
    {8, {{true, "ironclad committed"}, {true, "shoulder"}}, nullptr},
    // 24: called for talks (or a political settlement)
    {9, {{false, "offer propos call push seek sought urg express signal reiterat stress renew extend favo reaffirm hope hoping ready"}, {}},
     "talks dialogue negotiations negotiating diplomacy summit sit talk settlement solution"},
    // 25: willingness to meet; the door to dialogue
    {9, {{false, "willing readiness openness open interest"}, {true, "door"}}, nullptr},
    // 26: cannot be tolerated, will not tolerate, can't be condoned; can never accept
    {0, {{true, "cannot can won will must should would not could"}, {}}, "tolerated tolerate condoned condone accept accepted"},
    // 27: consulting closely with
    // (and "work with like-minded partners", "working with its allies")
    {8, {{false, "consult coordinat work cooperat collaborat"}, {}}, "closely partners allies"},
    // 28: deeply regrets the launch; deeply regrettable
    {4, {{true, "regrets regretted regrettable"}, {}}, nullptr},
    // 29: would not give up on dialogue; would love to meet; committed to diplomacy
    {9, {{true, "will would shall committed"}, {}}, "dialogue talks diplomacy negotiations engagement meet talk sit"},
    // 30: closely coordinate with; in close cooperation (with); keep close coordination with;
    // (share information) closely with
    {8, {{true, "closely close closer"}, {}}, "with cooperation co coordination consultation collaboration"},
    // 31: understands the concerns
    {6, {{false, "underst"}, {}}, "concern concerns reason reasons position motive motives worries logic rationale"},
};

} // namespace

StartTable::StartTable()
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
    for (Stem &st : m_stems) {
        st.packed[0] = st.packed[1] = st.mask[0] = st.mask[1] = 0;
        for (int k = 0; k < 16; ++k)
            st.packed[k / 8] |= quint64(uchar(st.text[k])) << (8 * (k % 8));
        for (int k = 0; k < std::min(st.len, 16); ++k)
            st.mask[k / 8] |= quint64(0xFF) << (8 * (k % 8));
    }
    // Words of two letters, through lookupIn itself.
    for (int c0 = 0; c0 < 26; ++c0) {
        for (int c1 = 0; c1 < 26; ++c1) {
            const char16_t word[2] = {char16_t('a' + c0), char16_t('a' + c1)};
            TwoLetters &t = m_two[size_t(c0 * 26 + c1)];
            t.bits = lookup(word, 2, &t.needBits);
        }
    }
}


void StartTable::add(quint32 bits, bool exact, const char *stems, quint32 needBits)
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
        s.longerBy = exact ? 0 : ~0u;
        s.bits = bits;
        s.needBits = needBits;
        m_stems << s;
    }
}


const StartTable &startTable()
{
    static const StartTable table;
    return table;
}

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

const std::array<quint8, 32 * 32 * 32> &wordBucketsByLowBits()
{
    static const std::array<quint8, 32 * 32 * 32> bytes = [] {
        std::array<quint8, 32 * 32 * 32> out{};
        const auto &buckets = wordBuckets();
        for (int c0 = 0; c0 < 26; ++c0) {
            for (int c1 = 0; c1 < 26; ++c1) {
                for (int c2 = 0; c2 < 26; ++c2)
                    out[size_t((c0 + 1) << 10 | (c1 + 1) << 5 | (c2 + 1))] = buckets[size_t(GateTable::threeLetterIndex(c0, c1, c2))];
            }
        }
        return out;
    }();
    return bytes;
}

} // namespace stancewords

quint32 patternStarts(int pattern)
{
    static const std::array<quint32, kActivePatternCount + 2> masks = [] {
        std::array<quint32, kActivePatternCount + 2> m{};
        for (int g = 0; g < kStartGroupCount; ++g)
            m[size_t(stancewords::kGroups[g].pattern + 2)] |= 1u << g;
        return m;
    }();
    return pattern >= kPassivePattern && pattern < kActivePatternCount ? masks[size_t(pattern + 2)] : 0;
}

const char *startGroupNeeds(int bit) { return bit >= 0 && bit < kStartGroupCount ? stancewords::kGroups[bit].needs : nullptr; }

} // namespace atlas::reaction
