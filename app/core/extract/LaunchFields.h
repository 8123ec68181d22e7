#pragma once
// The facts of a launch in one stretch of a sentence: where from, which class
// and designation, how far and how high, where it came down, who said so.
// Each finder reads only text[from, to) and returns spans that index the text,
// so every value carries its evidence. Which launch a fact belongs to is decided
// by LaunchExtractor; here only "is this a fact about a launch's flight?".
#include "extract/GatedRegex.h"
#include "extract/GazetteerMatcher.h"
#include "extract/LaunchCues.h"
#include "extract/MissileLexicon.h"
#include "model/Launch.h"

#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace atlas {

struct SiteHit {
    int start = -1;
    int end = -1;
    Site site;
    bool isValid() const { return start >= 0; }
};

struct QuantityHit {
    int start = 0;
    int end = 0;
    Quantity quantity;
    bool apogee = false; // else the distance flown
};

struct SplashHit {
    int start = 0;
    int end = 0;
    QString sea;          // "East Sea", "Yellow Sea", or empty
    QString eez;          // "inside", "outside", or empty
    bool land = false;
    bool unnamedSea = false; // "before landing in the sea": which sea depends on the coast it left from
    bool sameSea = false;    // "over the same waters": the sea of the launch told before
};

struct ClaimantHit {
    int start = -1;
    int end = -1;
    QString who; // "JCS", "Japan MoD", "KCNA", "US military"
};

class LaunchFieldFinder {
public:
    LaunchFieldFinder(const GazetteerMatcher &places, const MissileLexicon &lexicon);

    // "from its eastern coast near Wonsan", "from the western county of Taekwan",
    // "from an area near Pyongyang": a North Korean place of the gazetteer, its
    // uncertainty enlarged for "near"/"area"; an unknown capitalised place is kept
    // as text only. Distances from a place ("50 km north of X") are not sites.
    SiteHit site(const QString &text, int from, int to) const;
    // Right after a launch noun or verb: "(the May 8 firing) near Wonsan", "(the launch) at
    // Sohae", "(the salvo) off Sinpo": a North Korean place of the gazetteer, its
    // uncertainty enlarged for "near"; nothing when another word comes first.
    SiteHit siteAfterNoun(const QString &text, int from, int to) const;
    // A few words after a launch verb, in its clause: "(fired two missiles) near Nampo",
    // "(test-fired an SLBM) off the east coast port of Sinpo", "(was fired at 6:10am)
    // near Sinpo": a North Korean place, its radius enlarged unless "at".
    SiteHit siteNearAfterVerb(const QString &text, int verbEnd, int to) const;
    // A list item in note form opening with its place ("(a) Kanggye, 14 January: ..."):
    // a North Korean place of the gazetteer right at `from`, before a comma or colon.
    SiteHit siteOpeningItem(const QString &text, int from, int to) const;
    // "2027. 1. 5. (Tue.) Several SRBMs, Hamhung area, about 420 km": a note
    // item's field (between commas, semicolons or brackets) that is a North
    // Korean place and "area", "region" or "vicinity", somewhere in text[from, to):
    // around the place, not at it.
    SiteHit siteAreaInItem(const QString &text, int from, int to) const;
    // A table cell under a "site"/"location" header: the first North Korean place of
    // the gazetteer in it, else its capitalised words as text; nothing for "Unknown".
    SiteHit siteInCell(const QString &text, int from, int to) const;
    // Missile classes, leaving out generic mentions ("short-range missile systems",
    // "its ICBM programme") and comparisons.
    // classAnchors (optional): LaunchCueFinder::wordClasses' anchors of a stretch holding text[from, to).
    QVector<LexiconHit> classes(const QString &text, int from, int to, const StemTrie::Starts *classAnchors = nullptr) const;
    QVector<LexiconHit> names(const QString &text, int from, int to) const;
    // Flight distance and apogee. Not: a class's nominal range ("a range of up to
    // 5,500 km"), a calibre, a distance from a place ("50 km north of Pyongyang"),
    // hypotheticals ("could travel 1,000 km").
    // noteForm: a list item with no verb ("several SRBMs, ~250 km"), where a length that
    // is no apogee, reach, offset or hypothetical is the distance flown.
    QVector<QuantityHit> flight(const QString &text, int from, int to, bool launchVerbInSentence, bool noteForm = false) const;
    // anchors (optional): LaunchCueFinder::wordClassesAndAnchors' anchors of a stretch holding text[from, to).
    QVector<SplashHit> splashdowns(const QString &text, int from, int to, const StemTrie::Starts *anchors = nullptr) const;
    ClaimantHit claimant(const QString &text, int from, int to) const;

    // Cheap necessary conditions, from the sentence's word pass (LaunchCueFinder::
    // wordClasses of text[from, to)): false only when claimant() or splashdowns()
    // certainly finds nothing there, so that the regular expression need not run.
    static bool mayNameClaimant(const QString &text, int from, int to, quint32 words);
    static bool mayNameSplashdown(quint32 words);
    // The same for classes() (and MissileLexicon::classes).
    static bool mayNameClass(quint32 words);

    // "near", "area", "vicinity" before a place add this to its radius (km).
    static constexpr double kNearExtraKm = 25;

private:
    // The first place m_places finds in text[at, to) when it starts right at `at` and is
    // a North Korean place on land (`places` keeps the matches it points into); else null.
    const PlaceMatch *northKoreanPlaceAt(const QString &text, int at, int to, QVector<PlaceMatch> *places) const;
    const GazetteerMatcher &m_places;
    const MissileLexicon &m_lexicon;
    GatedRegex m_from;
    GatedRegex m_near;
    GatedRegex m_classGenericAfter;
    GatedRegex m_classAfter;
    GatedRegex m_ofBefore;
    GatedRegex m_notClassBefore;
    GatedRegex m_classTestBefore;
    GatedRegex m_classOfMissile; // "a ballistic missile of ICBM class"
    GatedRegex m_apogeeBefore;
    GatedRegex m_apogeeAfter;
    GatedRegex m_offsetAfter;
    GatedRegex m_nominalBefore;
    GatedRegex m_flightBefore;
    GatedRegex m_flightAfter;
    GatedRegex m_adjectivalFlight;
    GatedRegex m_eastSea;
    GatedRegex m_westSea;
    GatedRegex m_unnamedSea;
    GatedRegex m_sameSea;
    GatedRegex m_eez;
    GatedRegex m_land;
    GatedRegex m_splash; // the five above in one scan, named groups
    struct SplashGroups { int east, west, unnamed, eez, side, same; } m_splashGroups{};
    struct ClaimantGroups { int jcs, jmod, kcna; } m_claimantGroups{};
    GatedRegex m_modalBefore;
    GatedRegex m_claimant;
};

} // namespace atlas
