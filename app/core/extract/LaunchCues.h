#pragma once
// Which words of a sentence report a missile launch, and which sentences only
// look like they do. A cue is a launch verb ("fired", "launched", "test-fired",
// "splashed down") or a launch noun ("the launch", "a missile test", "a salvo of"), judged:
// - definite ("the launch", "this latest test", "North Korea's recent test")
//   refers back to a launch already reported; indefinite ("a hypersonic missile
//   test", "tests of a new air defence system") can introduce another;
// - not a cue at all when hypothetical ("could launch", "a test ... could be
//   imminent"), generic ("numerous tests over the years"), a nuclear or engine
//   test, another country's firing ("Russia fired"), or in a sentence about
//   artillery, a parade display or arms supplies with no missile fired in it.
#include "extract/GatedRegex.h"
#include "extract/StemTrie.h"

#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <utility>

namespace atlas {

struct LaunchCue {
    int start = 0;
    int end = 0;          // exclusive
    bool verb = false;    // "fired", "launched"; else a noun ("launch", "test")
    bool definite = false; // refers back ("the launch", "the missiles were fired")
    bool connective = false; // introduced by "since", "following", "after": an earlier launch
    // "described by KCNA the next day as a test of ...": a noun after "as a" says what
    // the launch just told was; it introduces none, and a date near it is the report's.
    bool predicate = false;
    // A list item in note form ("(a) Kanggye, 14 January: several SRBMs, ~250 km"): the
    // class abbreviation is the cue; itemStart is where the item's words begin.
    bool note = false;
    int itemStart = -1;
    // The year the list's heading or lead-in names ("North Korea's missile launches
    // in 2025"), for the days its items give without one; 0 when none or several.
    int listYear = 0;
    // "They were fired from the Sunan area": no missile named, so only a retelling
    // of a missile launch already told; it introduces none.
    bool anaphoric = false;
    // A flight verb's missile subject before it, set off by a comma or not ("Its
    // predecessor, the Hwasong-19, flew on Feb. 3"): where that subject's clause
    // begins, so its name is the flight's; -1 otherwise (and after "which").
    int subjectStart = -1;
};

struct SentenceCues {
    QVector<LaunchCue> cues;
    QString exclusion;     // why the whole sentence reports no launch ("artillery", "parade", ...)
    bool missileTerm = false;  // names a missile, projectile, class or designation
    bool relevant = false;     // says something of a launch: cue, "the missile(s)", a flight verb
    // Where a ship (not a missile) is launched: from that cue to the end of its
    // clause ("launched three days earlier at Nampo"); its dates and places are
    // the ship's. Empty in most sentences.
    QVector<std::pair<int, int>> shipLaunches;
    // A satellite's launch is told here (a cue or the whole sentence dropped as
    // one): "the rocket" of the next sentences is its rocket.
    bool satelliteLaunch = false;
};

class LaunchCueFinder {
public:
    LaunchCueFinder();
    // text[start, end) is one sentence of text.
    SentenceCues analyse(const QString &text, int start, int end) const;
    // The same, with wordClasses(text, start, end) already known.
    SentenceCues analyse(const QString &text, int start, int end, quint32 words) const;
    // The same, with the cue candidates of that pass too (wordClasses' last argument).
    SentenceCues analyse(const QString &text, int start, int end, quint32 words, const StemTrie::Starts &cueWords) const;
    // Cheap test: could text[start, end) concern a launch at all? (prefilter)
    bool mayConcernLaunch(const QString &text, int start, int end) const;
    // What kinds of words text[start, end) has, as WordClass bits: one pass, no
    // regular expression; a finder whose words are absent need not run.
    enum WordClass : quint32 {
        Cue = 1, Missile = 2, Length = 4, Sea = 8, From = 16, Claim = 32, Flight = 64, Definite = 128,
        Designation = 256, PastVerb = 512,
        ExArtillery = 1024, ExParade = 1u << 13, ExSupply = 1u << 14, ExGeneric = 1u << 15, ExSatellite = 1u << 16,
        MissileNoun = 2048, // missile, projectile, rocket, a class abbreviation or a designation
        Landing = 4096,     // flew, travelled, landed, fell, splashed, altitude, apogee, EEZ
        // A word the "relevant" test can match at all (missile, rocket, flight,
        // landed ...); with a non-ASCII letter in the sentence the test is run anyway.
        RelevantWord = 1u << 17,
        NonAsciiLetter = 1u << 18,
        Ship = 1u << 19,    // destroyer, warship, vessel ...: a launch cue may be a ship's launch
        // ExGeneric: a word every "generic history" phrase needs (years, decades,
        // history, many, far ...); ExBackground: one the background phrases need
        // (since, history, record).
        ExBackground = 1u << 20,
        // A word that every claimant phrase has after a space or a hyphen ("Chiefs",
        // "military", "Ministry", "media", "Pacific" ...), bar the glued
        // "INDOPACOM" and "Pentagon" (see LaunchFieldFinder::mayNameClaimant).
        ClaimWord = 1u << 21,
        // A word that every splashdown phrase has (sea, waters, coast, EEZ,
        // target, land, island ...; see LaunchFieldFinder::mayNameSplashdown).
        SeaPhrase = 1u << 22,
        // What the "relevant" test needs when no Landing word is there: a
        // determiner (the, this, that, these, those, both, each, all) and a missile
        // noun (missile, projectile, rocket, weapon), or flying / flight / exclusive.
        RelevantDeterminer = 1u << 23,
        RelevantNoun = 1u << 24,
        RelevantOther = 1u << 25,
        // assess, identify, classify, judge, believe: "now assessing it as an IRBM".
        Assess = 1u << 26,
        // involved, included, featured, used, employed: "the drill involved Hwasong-11 missiles".
        RelevantEvent = 1u << 27,
        // distance: "the distance covered at 1,587 km".
        DistanceWord = 1u << 28,
        // SRBM, ICBM ...: a class by its abbreviation (a list item in note form names one).
        ClassAbbreviation = 1u << 29,
        // submarine, ballistic, inter-, medium, mid-, close, short, hypersonic,
        // cruise, anti-, air, surface and the abbreviations: a word every missile
        // class phrase holds (see LaunchFieldFinder::mayNameClass).
        ClassWord = 1u << 30,
        Exact = 1u << 31    // (stem table only) the whole word, not a prefix
    };
    static quint32 wordClasses(const QString &text, int start, int end);
    // The same, and where each word that starts with a launch cue stem starts.
    static quint32 wordClasses(const QString &text, int start, int end, StemTrie::Starts *cueWords);
    // The same, and where every word starts that may hold a missile class word
    // (ClassWord, or a letter outside ASCII that may hide one), a cue (Cue) or a
    // splashdown phrase's word (SeaPhrase): the anchors a class phrase cannot
    // start far before (MissileLexicon::classes), and no splashdown phrase after
    // the last of (LaunchFieldFinder::splashdowns).
    static quint32 wordClassesAndAnchors(const QString &text, int start, int end, StemTrie::Starts *anchors);
    // The same, and the cue candidates among those anchors (the list
    // wordClasses(..., cueWords) makes), from the same pass.
    static quint32 wordClassesAndAnchors(const QString &text, int start, int end, StemTrie::Starts *anchors,
                                         StemTrie::Starts *cueWords);
    // Position where the clause holding `pos` starts (after , ; : — ( or at a
    // connective such as "since", "following", "when"), not before `floor`.
    static int clauseStart(const QString &text, int pos, int floor);
    // Whether the nearest determiner before pos makes a definite reference ("the",
    // "its", "North Korea's"), as analyse judges a launch noun: walking back
    // (fromWordsBefore false) or from the words before pos read for the cue (true).
    // The two must agree (tst_launchcuewords).
    static bool definiteReferenceBefore(const QString &text, int pos, int floor, bool fromWordsBefore);

private:
    static const StemTrie &wordTrie();
    GatedRegex m_cue;
    int m_cueNoun = -1; // m_cue's group "noun"
    GatedRegex m_relevant;
    GatedRegex m_relevantDistance; // "the distance covered": the flight told before
    GatedRegex m_claimNote;        // "JCS: approx. 300 km.": a chronology's note of whose figure it is
    GatedRegex m_relevantEvent; // "the drill involved ... missiles": what the event told was made of
    GatedRegex m_assessed; // "assessing it as an IRBM": what the launch told was
    GatedRegex m_artillery;
    GatedRegex m_parade;
    GatedRegex m_supply;
    GatedRegex m_generic;
    GatedRegex m_background;
    GatedRegex m_satellite;
};

} // namespace atlas
