// LaunchCueFinder's word pass: the stems whose words tell which finders can
// match in a sentence, walked in one trie over every sentence (see StemTrie.h
// and LaunchCueFinder::WordClass).
#include "extract/LaunchCues.h"

#include "extract/StemTrie.h"

#include <algorithm>

namespace atlas {

const StemTrie &LaunchCueFinder::wordTrie()
{
    // Hand-written on purpose: every sentence of every article goes through this
    // one pass, and most say nothing of a launch. Word starts are compared,
    // lower-cased, against stems (walked in a trie); each stem sets the
    // bit of what it may signal, so the extractor skips the regular expressions
    // a sentence cannot match.
    struct Stem { const char *stem; quint32 bits; };
    static const Stem stems[] = {
        {"fire", Cue}, {"firing", Cue}, {"launch", Cue}, {"salvo", Cue}, {"volley", Cue}, {"attempt", Cue}, {"fired", PastVerb | Exact}, {"launched", PastVerb | Exact}, {"test", Cue}, {"lobbed", Cue}, {"splash", Cue | Sea | Landing},
        {"missile", Missile | MissileNoun}, {"projectile", Missile | MissileNoun}, {"rocket", Missile | MissileNoun}, {"hypersonic", Missile | MissileNoun},
        {"cruise", Missile}, {"ballistic", Missile}, {"icbm", Missile | MissileNoun | ClassAbbreviation}, {"srbm", Missile | MissileNoun | ClassAbbreviation}, {"irbm", Missile | MissileNoun | ClassAbbreviation},
        {"mrbm", Missile | MissileNoun | ClassAbbreviation}, {"slbm", Missile | MissileNoun | ClassAbbreviation}, {"crbm", Missile | MissileNoun | ClassAbbreviation}, {"air", Missile | MissileNoun | Exact}, {"anti", Missile},
        {"sam", Missile}, {"hgv", Missile}, {"weapon", Missile}, {"surface", Missile},
        {"hwas", Missile | Designation | MissileNoun}, {"kn", Missile | Designation | MissileNoun | Exact}, {"pukguk", Missile | Designation | MissileNoun},
        {"haeil", Missile | Designation | MissileNoun}, {"pulhwa", Missile | Designation | MissileNoun}, {"scud", Missile | Designation},
        {"nodong", Missile | Designation}, {"rodong", Missile | Designation | Claim}, {"musudan", Missile | Designation},
        {"taepo", Missile | Designation}, {"chollima", Missile | Designation}, {"unha", Missile | Designation},
        {"padasuri", Missile | Designation | MissileNoun}, {"pyoljji", Missile | Designation | MissileNoun}, {"bukgeuk", Missile | Designation},
        {"km", Length}, {"kilomet", Length}, {"mile", Length}, {"nautical", Length}, {"nmi", Length},
        {"sea", Sea}, {"coast", Sea}, {"water", Sea}, {"eez", Sea | Landing}, {"exclusive", Sea}, {"target", Sea},
        {"land", Sea}, {"landed", Sea | Landing}, {"landing", Sea | Landing}, {"falling", Sea | Landing}, {"fell", Sea | Landing}, {"fallen", Sea | Landing}, {"fall", Sea}, {"shore", Sea}, {"ocean", Sea}, {"hit", Sea}, {"struck", Sea},
        {"impact", Sea}, {"plung", Sea}, {"crash", Sea}, {"drop", Sea}, {"inland", Sea}, {"eastern", Sea}, {"western", Sea},
        {"from", From},
        {"chiefs", Claim}, {"jcs", Claim}, {"mod", Claim | Exact}, {"jmod", Claim | Exact}, {"mnd", Claim | Exact}, {"military", Claim}, {"ministry", Claim}, {"defen", Claim},
        {"kcna", Claim}, {"central", Claim}, {"state", Claim}, {"officials", Claim}, {"government", Claim},
        {"guard", Claim}, {"indo", Claim}, {"pentagon", Claim},
        {"altitude", Flight | Landing}, {"apogee", Flight | Landing}, {"height", Flight}, {"peak", Flight}, {"soar", Flight},
        {"high", Flight}, {"climb", Flight}, {"rose", Flight}, {"flew", Flight | Landing | Cue}, {"flown", Flight | Landing | Cue}, {"fly", Flight},
        {"crossed", Cue | Exact}, {"overflew", Cue | Exact}, {"sent", Cue | Exact},
        {"flight", Flight | Cue}, {"travel", Flight | Landing}, {"cover", Flight}, {"arc", Flight}, {"glid", Flight},
        {"the", Definite}, {"this", Definite}, {"these", Definite}, {"those", Definite | Cue | Exact}, {"both", Definite},
        {"artillery", ExArtillery}, {"howitzer", ExArtillery}, {"shells", ExArtillery}, {"rounds", ExArtillery},
        {"mortar", ExArtillery}, {"guns", ExArtillery}, {"gun", ExArtillery},
        {"parade", ExParade}, {"display", ExParade}, {"unveil", ExParade}, {"showcas", ExParade},
        {"exhibit", ExParade}, {"showed", ExParade}, {"rolled", ExParade},
        {"destroyer", Ship}, {"warship", Ship}, {"frigate", Ship}, {"corvette", Ship}, {"vessel", Ship},
        {"submarine", Ship}, {"cruiser", Ship}, {"boat", Ship}, {"carrier", Ship},
        {"suppl", ExSupply}, {"export", ExSupply}, {"ship", ExSupply | Ship}, {"transfer", ExSupply}, {"sold", ExSupply},
        {"sell", ExSupply}, {"provid", ExSupply}, {"deliver", ExSupply}, {"arms", ExSupply},
        {"years", ExGeneric}, {"year", ExGeneric}, {"decade", ExGeneric}, {"decades", ExGeneric}, {"history", ExGeneric | ExBackground},
        {"numerous", ExGeneric}, {"countless", ExGeneric}, {"dozens", ExGeneric}, {"hundreds", ExGeneric},
        {"many", ExGeneric}, {"record", ExBackground}, {"since", ExBackground}, {"far", ExGeneric | Exact}, {"alone", ExGeneric | Exact}, {"every", ExGeneric | Exact}, {"whenever", ExGeneric | Exact}, {"satellite", ExSatellite}, {"spacecraft", ExSatellite}, {"space", ExSatellite | Exact}, {"astronaut", ExSatellite},
        {"cosmonaut", ExSatellite}, {"taikonaut", ExSatellite}, {"crew", ExSatellite},
        // The first words of m_relevant's phrases (prefixes: a superset is safe).
        {"missile", RelevantWord}, {"projectile", RelevantWord}, {"rocket", RelevantWord}, {"weapon", RelevantWord},
        {"flew", RelevantWord}, {"flown", RelevantWord}, {"flying", RelevantWord}, {"flight", RelevantWord},
        {"travel", RelevantWord}, {"splash", RelevantWord}, {"land", RelevantWord}, {"fell", RelevantWord},
        {"fall", RelevantWord}, {"altitude", RelevantWord}, {"apogee", RelevantWord}, {"exclusive", RelevantWord},
        {"eez", RelevantWord},
        {"assess", Assess}, {"identif", Assess}, {"classif", Assess}, {"judg", Assess}, {"believ", Assess}, {"estimat", Assess},
        {"said", Assess | Exact}, {"says", Assess | Exact}, {"claim", Assess}, {"report", Assess}, {"insist", Assess},
        // Words the claimant and splashdown patterns cannot do without.
        {"chiefs", ClaimWord}, {"jcs", ClaimWord}, {"military", ClaimWord}, {"ministry", ClaimWord}, {"defen", ClaimWord},
        {"government", ClaimWord}, {"officials", ClaimWord}, {"guard", ClaimWord}, {"kcna", ClaimWord},
        {"central", ClaimWord}, {"media", ClaimWord}, {"sinmun", ClaimWord}, {"pacific", ClaimWord},
        {"the", RelevantDeterminer | Exact}, {"this", RelevantDeterminer | Exact}, {"that", RelevantDeterminer | Exact},
        {"these", RelevantDeterminer | Exact}, {"those", RelevantDeterminer | Exact}, {"both", RelevantDeterminer | Exact},
        {"each", RelevantDeterminer | Exact}, {"all", RelevantDeterminer | Exact},
        {"involv", RelevantEvent}, {"includ", RelevantEvent}, {"featur", RelevantEvent}, {"used", RelevantEvent | Exact}, {"employ", RelevantEvent},
        {"missile", RelevantNoun}, {"projectile", RelevantNoun}, {"rocket", RelevantNoun}, {"weapon", RelevantNoun},
        {"flying", RelevantOther}, {"flight", RelevantOther}, {"exclusive", RelevantOther}, {"distance", DistanceWord},
        {"sea", SeaPhrase}, {"water", SeaPhrase}, {"coast", SeaPhrase}, {"shore", SeaPhrase}, {"ocean", SeaPhrase},
        {"exclusive", SeaPhrase}, {"eez", SeaPhrase}, {"target", SeaPhrase}, {"land", SeaPhrase}, {"island", SeaPhrase},
        // A word every missile class phrase of the lexicon holds (see LaunchFieldFinder::mayNameClass).
        {"submarine", ClassWord}, {"ballistic", ClassWord}, {"inter", ClassWord}, {"medium", ClassWord}, {"mid", ClassWord},
        {"close", ClassWord}, {"short", ClassWord}, {"hypersonic", ClassWord}, {"cruise", ClassWord}, {"anti", ClassWord},
        {"air", ClassWord | Exact}, {"surface", ClassWord}, {"slbm", ClassWord}, {"icbm", ClassWord}, {"irbm", ClassWord},
        {"mrbm", ClassWord}, {"crbm", ClassWord}, {"srbm", ClassWord}, {"hgv", ClassWord}, {"sams", ClassWord | Exact}};
    // One trie of all stems, built once (see StemTrie.h).
    static const StemTrie trie = [] {
        StemTrie t;
        for (const Stem &st : stems)
            t.add(st.stem, st.bits & ~Exact, (st.bits & (Definite | Exact)) != 0);
        t.setNonAsciiLetterBits(NonAsciiLetter);
        return t;
    }();
    return trie;
}

quint32 LaunchCueFinder::wordClasses(const QString &text, int start, int end)
{
    start = std::max(0, start);
    end = std::min(end, int(text.size()));
    return start < end ? wordTrie().scan(text.constData(), start, end) : 0;
}

quint32 LaunchCueFinder::wordClasses(const QString &text, int start, int end, StemTrie::Starts *cueWords)
{
    start = std::max(0, start);
    end = std::min(end, int(text.size()));
    return start < end ? wordTrie().scan(text.constData(), start, end, Cue, cueWords) : 0;
}

quint32 LaunchCueFinder::wordClassesAndAnchors(const QString &text, int start, int end, StemTrie::Starts *anchors)
{
    start = std::max(0, start);
    end = std::min(end, int(text.size()));
    return start < end ? wordTrie().scan(text.constData(), start, end, Cue | ClassWord | SeaPhrase | NonAsciiLetter, anchors) : 0;
}

quint32 LaunchCueFinder::wordClassesAndAnchors(const QString &text, int start, int end, StemTrie::Starts *anchors,
                                               StemTrie::Starts *cueWords)
{
    start = std::max(0, start);
    end = std::min(end, int(text.size()));
    return start < end ? wordTrie().scan(text.constData(), start, end, Cue | ClassWord | SeaPhrase | NonAsciiLetter, anchors,
                                         Cue, cueWords)
                       : 0;
}

bool LaunchCueFinder::mayConcernLaunch(const QString &text, int start, int end) const
{
    const quint32 m = wordClasses(text, start, end);
    return m & (Cue | Missile | Flight | Sea);
}

} // namespace atlas
