#include "extract/LaunchFields.h"
#include "extract/TrustedText.h"

#include "extract/LaunchPhrases.h"
#include "extract/QuantityParser.h"

#include <algorithm>
#include <string_view>

namespace atlas {

namespace {
// ASCII classes (\\w, \\s) on purpose: the words matched are English, and Unicode
// property lookups made every scan several times slower.
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

// Tried only where a match can start (see GatedRegex.h).
GatedRegex ci(const QString &pattern)
{
    return GatedRegex(pattern, kCi);
}

QStringView window(const QString &text, int from, int to)
{
    from = std::max(0, from);
    to = std::min(int(text.size()), to);
    return QStringView(text).mid(from, std::max(0, to - from));
}

// Words that are capitalised in a "from ..." phrase without being a place.
bool isNotAPlaceWord(const QString &w)
{
    static const QStringList words{
        QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("Korea"), QStringLiteral("Korean"),
        QStringLiteral("Koreas"), QStringLiteral("Japan"), QStringLiteral("Japanese"), QStringLiteral("China"),
        QStringLiteral("Chinese"), QStringLiteral("Russia"), QStringLiteral("Russian"), QStringLiteral("U.S."),
        QStringLiteral("US"), QStringLiteral("United"), QStringLiteral("States"), QStringLiteral("The"),
        QStringLiteral("It"), QStringLiteral("Its"), QStringLiteral("KCNA"), QStringLiteral("JCS"),
        QStringLiteral("Joint"), QStringLiteral("Chiefs"), QStringLiteral("Staff"), QStringLiteral("Kim"),
        QStringLiteral("Jong"), QStringLiteral("Un"), QStringLiteral("Sea"), QStringLiteral("East"),
        QStringLiteral("West"), QStringLiteral("Yellow"), QStringLiteral("Pacific"), QStringLiteral("Ocean"),
        QStringLiteral("Peninsula"), QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"), QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"),
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"),
        QStringLiteral("May"), QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"),
        QStringLiteral("September"), QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December"),
        QStringLiteral("Pyongyang")};
    return words.contains(w);
}
// A gazetteer place as the site read from text[start, end).
SiteHit siteHit(const Place &p, const QString &text, int start, int end)
{
    SiteHit hit;
    hit.start = start;
    hit.end = end;
    hit.site.name = p.name;
    hit.site.kind = p.kind;
    hit.site.lat = p.lat;
    hit.site.lon = p.lon;
    hit.site.text = text.mid(start, end - start);
    hit.site.uncertaintyKm = p.uncertaintyKm;
    return hit;
}

} // namespace

LaunchFieldFinder::LaunchFieldFinder(const GazetteerMatcher &places, const MissileLexicon &lexicon)
    : m_places(places), m_lexicon(lexicon)
{
    m_from = ci(QStringLiteral("(?<![\\w-])from\\s+"));
    m_near = ci(QStringLiteral("(?<![\\w-])(?:near|nearby|around|vicinity|area|areas|outskirts|region|close to|not far from)(?![\\w-])"));
    m_classGenericAfter = ci(QStringLiteral("^\\s*(?:systems?|programs?|programmes?|arsenals?|technolog(?:y|ies)|"
                                            "capabilit(?:y|ies)|development|forces?|units?|stockpiles?|threats?|"
                                            "launchers?|bases?|sites?|production|designs?|category|class\\s+of)(?![\\w-])"));
    // "a missile of ICBM class": the of-form, whose class is the missile fired's only
    // with a firing verb before it (m_classOfMissile); "likely ICBM class" is said of
    // the missile itself.
    m_classAfter = ci(QStringLiteral("^\\s*class(?![\\w-])"));
    m_ofBefore = ci(QStringLiteral("(?<![\\w-])of\\s+(?:an?\\s+|the\\s+)?$"));
    // ("not ICBM class", "below ICBM class", "its last ICBM class launch": another class
    // or another launch's.)
    m_notClassBefore = ci(QStringLiteral("(?<![\\w-])(?:not|never|below|under|short\\s+of|rather\\s+than|instead\\s+of|"
                                         "last|previous|prior|earlier)\\s+(?:an?\\s+|the\\s+|its\\s+)?$"));
    // (The missile the verb fired: "launched one ballistic missile of ICBM class", not
    // "not a missile of ICBM class as Japan had first reported".)
    m_classOfMissile = ci(QStringLiteral("(?<![\\w-])(?:launch(?:ed|es)?|fir(?:ed|es)|test-fir(?:ed|es)|test-launch(?:ed|es)?)\\s+"
                                         "(?:[\\w-]+\\s+){0,4}?(?:missiles?|projectiles?)\\s+of\\s+(?:an?\\s+|the\\s+)?$"));
    m_classTestBefore = ci(QStringLiteral("(?<![\\w-])(?:tests?|test-fir(?:ed|ing)|launch(?:es|ed)?|fir(?:ed|ing))\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}$"));
    // ("topping out at about 31 miles": the apogee, in a flight's words.)
    m_apogeeBefore = ci(QStringLiteral("(?<![\\w-])(?:altitudes?|apogee|height|peak(?:ed)?(?: at)?|soared|rose|climbed|high|"
                                       "top(?:s|ped|ping)?\\s+out)(?![\\w-])[^.;]{0,40}$"));
    // ("flew 420 km at an altitude of around 50 km": an altitude "of" a figure after
    // this one is that figure's, not this one's.)
    m_apogeeAfter = ci(QStringLiteral("^[^.;,]{0,12}?(?:high|in altitude|altitude(?!\\s+of(?![\\w-]))|into (?:the )?(?:air|sky|space))(?![\\w-])"));
    m_offsetAfter = ci(QStringLiteral("^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:ward)?\\s+(?:of|from)|"
                                      "(?:away )?from|off (?:the )?(?:coast|shore)|inland|short of|outside|inside|"
                                      "of (?:the )?(?:coast|border|capital|city))(?![\\w-])"
                                      // ("some 250 kilometres off the Oga Peninsula", "200 km off
                                      // Okushiri Island": from a place named.)
                                      "|^\\s*(?:\\([^)]*\\)\\s*)?off\\s+(?:the\\s+)?(?-i:[A-Z])"));
    m_nominalBefore = ci(QStringLiteral("(?<![\\w-])(?:ranges?|reach(?:es|ing)?|capable of|capability|could|can|would|might|"
                                        "designed to|able to|target(?:s|ing)?|distance (?:between|from)|within|radius)(?![\\w-])[^.;]{0,30}$"));
    // (Or a chronology's note of whose figure it is: "JCS: approx. 400 km, apogee ...".)
    m_flightBefore = ci(QStringLiteral("(?<![\\w-])(?:fl(?:y|ew|own|ying|ies|ight)|travel(?:l)?(?:ed|ing|s)?|covered|covering|"
                                       "distance|over|for|arc(?:ed|ing)|sailed|glided|trajectory|journey|after)(?![\\w-])[^.;]{0,45}$|"
                                       "(?<![\\w-])(?-i:JCS|J?MOD|MND)\\s*:\\s*$"));
    m_flightAfter = ci(QStringLiteral("^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*)?(?:into|toward|towards|before|and (?:landed|fell|splashed)|eastward|westward|"
                                      "northeast|out to sea|over the sea|off)(?![\\w-])"));
    m_adjectivalFlight = ci(QStringLiteral("^\\s*(?:flight|trajectory|journey|lofted|arc)"));
    const QString coastOwner = QStringLiteral("(?:the |its |North Korea['’]s |the North['’]s |the country['’]s |the nation['’]s |"
                                              "the North Korean |the peninsula['’]s |the Korean Peninsula['’]s )?");
    m_eastSea = ci(QStringLiteral("(?<![\\w-])(?:East Sea|Sea of Japan|Japan Sea|Sea of Japan \\(East Sea\\)|"
                                  "waters? between (?:the Korean Peninsula|Korea|the Korean peninsula|the peninsula) and Japan|"
                                  "(?:waters? )?(?:off|along) %1east(?:ern)? (?:coast|shore)|"
                                  "eastern waters|waters east of|the sea east of|east coast waters)(?![\\w-])").arg(coastOwner));
    m_westSea = ci(QStringLiteral("(?<![\\w-])(?:Yellow Sea|West Sea|(?:waters? )?(?:off|along) %1west(?:ern)? (?:coast|shore)|"
                                  "western waters|waters west of|the sea west of|west coast waters)(?![\\w-])").arg(coastOwner));
    m_unnamedSea = ci(QStringLiteral("(?<![\\w-])(?:land(?:ed|ing|s)?|f(?:e|a)ll(?:ing|s)?|fell|splash(?:ed|ing)? down|crash(?:ed|ing)|"
                                     "plung(?:ed|ing)|impact(?:ed|ing)|dropp(?:ed|ing))\\s+(?:in|into)\\s+(?:the )?(?:sea|ocean|waters)(?![\\w-])"
                                     "(?!\\s+(?:between|off|of|along|near|east|west))"));
    // "entered Japan's EEZ" is inside, "did not enter" (turned by the negation below) outside;
    // terse notes drop the possessive ("inside Japan EEZ", "outside Japanese EEZ", "outside JP EEZ").
    // "had reached its EEZ" is inside; "came near Japan's EEZ" outside, and so is
    // "no missile came near" (near the zone, or far from it, never in it).
    m_eez = ci(QStringLiteral("(?<![\\w-])(?<side>outside|beyond|inside|within|into|in|enter(?:ed|ing|s)?|reach(?:ed|es|ing)?|"
                              "(?:came|come|comes|coming)\\s+(?:near|close\\s+to))\\s+(?:of\\s+)?(?:the\\s+)?(?:Japan(?:['’]s|ese)?\\s+|JP\\s+|its\\s+)?(?:(?:country|nation)['’]s\\s+)?(?:own\\s+)?"
                              "(?:exclusive economic zone|EEZ)(?![\\w-])"));
    m_land = ci(QStringLiteral("(?<![\\w-])(?:hit|struck|strik(?:e|ing)|destroy(?:ed|ing))\\s+(?:a |an |the |its )?(?:[\\w-]+\\s+){0,2}targets?|"
                               "(?:landed|impacted|fell) (?:on|over) (?:land|an island|the island)|inland target"));
    m_sameSea = ci(QStringLiteral("(?<![\\w-])(?:the )?same (?:waters?|sea|stretch of (?:water|sea))(?![\\w-])"));
    m_splash = ci(QStringLiteral("(?<east>%1)|(?<west>%2)|(?<unnamed>%3)|(?<eez>%4)|(?<land>%5)|(?<same>%6)")
                      .arg(m_eastSea.pattern(), m_westSea.pattern(), m_unnamedSea.pattern(), m_eez.pattern(), m_land.pattern(),
                           m_sameSea.pattern()));
    m_splashGroups = {m_splash.groupNumber(QStringLiteral("east")), m_splash.groupNumber(QStringLiteral("west")),
                      m_splash.groupNumber(QStringLiteral("unnamed")), m_splash.groupNumber(QStringLiteral("eez")),
                      m_splash.groupNumber(QStringLiteral("side")), m_splash.groupNumber(QStringLiteral("same"))};
    m_modalBefore = ci(QStringLiteral("(?<![\\w-])(?:could|would|can|might|(?-i:may)|capable of|able to|designed to)\\s+(?:[\\w-]+\\s+){0,2}$"));
    m_claimant = ci(QStringLiteral(
        "(?<jcs>Joint Chiefs of Staff|\\bJCS\\b|South Korea['’]s military|South Korean military|Seoul['’]s military)|"
        "(?<jmod>Japan['’]s (?:Ministry of Defen[cs]e|Defen[cs]e Ministry)|Japanese Defen[cs]e Ministry|Japan['’]s defen[cs]e ministry|"
        "Japanese (?:government|officials|military)|Japan Coast Guard|Japan['’]s Coast Guard)|"
        "(?<kcna>\\bKCNA\\b|Korean Central News Agency|(?:North Korean |Pyongyang['’]s |the North['’]s |North Korea['’]s )?state media|Rodong Sinmun)|"
        "(?<us>U\\.?S\\.? Indo-Pacific Command|INDOPACOM|U\\.?S\\.? military|Pentagon)"));
    m_claimantGroups = {m_claimant.groupNumber(QStringLiteral("jcs")), m_claimant.groupNumber(QStringLiteral("jmod")),
                        m_claimant.groupNumber(QStringLiteral("kcna"))};
}

SiteHit LaunchFieldFinder::site(const QString &text, int from, int to) const
{
    static const GatedRegex stop(QStringLiteral("[,;.()]|\\s(?:to|toward|towards|into|before|and|while|as|at|on)\\s"), kCi);
    static const GatedRegex unitBefore(QStringLiteral("(?:km|kilomet(?:er|re)s?|miles?)\\s+(?:[\\w-]+\\s+){0,2}$"), kCi);
    for (int pos = from;;) {
        // As globalMatch: the next "from" after the previous one.
        const auto m = m_from.firstMatch(text, pos, to);
        if (!m.hasMatch())
            break;
        pos = std::max(int(m.capturedEnd()), pos + 1);
        const int fromWord = int(m.capturedStart());
        if (unitBefore.firstMatch(window(text, fromWord - 30, fromWord)).hasMatch())
            continue; // "150 km from the coast": a distance, not where it left from
        // The phrase: "from" up to the first clause stop, at most 80 characters;
        // "near X" may follow a comma-free coast ("from its eastern coast near Wonsan").
        int end = std::min(to, int(m.capturedEnd()) + 80);
        const auto s = stop.firstMatch(window(text, m.capturedEnd(), end));
        if (s.hasMatch())
            end = int(m.capturedEnd()) + int(s.capturedStart());
        for (const PlaceMatch &pm : m_places.find(text, int(m.capturedEnd()), end)) {
            const Place &p = *pm.place;
            if (p.country != QLatin1String("KP") || p.kind == QLatin1String("sea"))
                continue;
            SiteHit hit = siteHit(p, text, fromWord, pm.end);
            // "near Wonsan", "an area near Pyongyang", "the Wonsan area": not a pin.
            static const GatedRegex areaAfter(QStringLiteral("^\\s+(?:area|areas|region|vicinity|outskirts)(?![\\w-])"), kCi);
            if (m_near.firstMatch(window(text, m.capturedEnd(), pm.start)).hasMatch()
                || areaAfter.firstMatch(window(text, pm.end, pm.end + 14)).hasMatch())
                hit.site.uncertaintyKm += kNearExtraKm;
            // "from a site 50 km north of Pyongyang": the place is a reference, not the pin.
            for (const LengthMatch &offset : QuantityParser::lengths(text, int(m.capturedEnd()), pm.start))
                hit.site.uncertaintyKm = std::max(hit.site.uncertaintyKm, offset.km + p.uncertaintyKm);
            return hit;
        }
        // An unknown place: capitalised words after "from" that are not a country or a date.
        static const GatedRegex capitalised(
            QStringLiteral("^(?:(?:the|an|a|its)\\s+)?(?:(?:area|areas|vicinity|region|town|city|county|district|province|village)\\s+(?:of|near|around)\\s+|near\\s+)?"
                           "((?:[A-Z][\\w'’-]+)(?:\\s+[A-Z][\\w'’-]+){0,3})"));
        const auto c = capitalised.firstMatch(window(text, m.capturedEnd(), end));
        if (c.hasMatch()) {
            const QStringList words = c.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool allCommon = std::all_of(words.begin(), words.end(), [](const QString &w) {
                QString bare = w;
                if (bare.endsWith(QLatin1String("'s")) || bare.endsWith(QStringLiteral("’s")))
                    bare.chop(2);
                return isNotAPlaceWord(bare);
            });
            if (!allCommon) {
                SiteHit hit;
                hit.start = fromWord;
                hit.end = int(m.capturedEnd()) + int(c.capturedEnd(1));
                hit.site.text = text.mid(hit.start, hit.end - hit.start);
                return hit;
            }
        }
    }
    return {};
}

SiteHit LaunchFieldFinder::siteInCell(const QString &text, int from, int to) const
{
    // The cell is the site by its column: no "from" is needed, the first North
    // Korean place ("Ryokpo, Pyongyang": Ryokpo, the finer one, comes first).
    for (const PlaceMatch &pm : m_places.find(text, from, to)) {
        const Place &p = *pm.place;
        if (p.country != QLatin1String("KP") || p.kind == QLatin1String("sea"))
            continue;
        SiteHit hit = siteHit(p, text, pm.start, pm.end);
        if (m_near.firstMatch(window(text, from, pm.start)).hasMatch())
            hit.site.uncertaintyKm += kNearExtraKm;
        return hit;
    }
    // An unknown place name: kept as words, unless the cell says it is unknown.
    const QString cell = text.mid(from, to - from).trimmed();
    static const QRegularExpression unknown(QStringLiteral("^(?:unknown|undisclosed|n/?a|[-\\x{2013}\\x{2014}?]+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (cell.isEmpty() || !cell.front().isUpper() || unknown.match(cell).hasMatch())
        return {};
    SiteHit hit;
    hit.start = int(text.indexOf(cell, from));
    hit.end = hit.start + int(cell.size());
    hit.site.text = cell;
    return hit;
}

SiteHit LaunchFieldFinder::siteNearAfterVerb(const QString &text, int verbEnd, int to) const
{
    // "test-fired what appears to be an SLBM off the east coast port of Sinpo",
    // "launched two cruise missiles near Nampo", "was fired shortly after 6:10am
    // near Sinpo": where it was fired, a few words after the verb in the same clause.
    static const GatedRegex prep(
        QStringLiteral("(?<![\\w-])(?<prep>near|off|at|in)\\s+(?:the\\s+)?"
                       "(?:(?:(?:north|south)?-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central)\\s+)?"
                       "(?:coast(?:al)?\\s+|seaside\\s+)?"
                       "(?:(?:port|port city|city|town|county|district|area|region|village|naval base|shipyard)\\s+(?:of\\s+)?)?"),
        kCi);
    static const GatedRegex stop(QStringLiteral(";|:\\s|\\s(?:and|but|while|after|before|when|as)\\s+(?:it|the|a|an)\\s"), kCi);
    static const GatedRegex unitBefore(QStringLiteral("(?:km|kilomet(?:er|re)s?|miles?)\\s*$"), kCi);
    int end = std::min(to, verbEnd + 140);
    const auto s = stop.firstMatch(window(text, verbEnd, end));
    if (s.hasMatch())
        end = verbEnd + int(s.capturedStart());
    for (int pos = verbEnd; pos < end;) {
        const auto m = prep.firstMatch(text, pos, end);
        if (!m.hasMatch())
            break;
        pos = std::max(int(m.capturedEnd()), int(m.capturedStart()) + 1);
        const int prepStart = int(m.capturedStart(QStringLiteral("prep")));
        if (unitBefore.firstMatch(window(text, prepStart - 20, prepStart)).hasMatch())
            continue; // "50 km off Wonsan": a distance from the place
        const int nameStart = int(m.capturedEnd());
        const QVector<PlaceMatch> places = m_places.find(text, nameStart, std::min(end, nameStart + 40));
        if (places.isEmpty() || places.first().start != nameStart)
            continue;
        const Place &p = *places.first().place;
        if (p.country != QLatin1String("KP") || p.kind == QLatin1String("sea"))
            continue;
        SiteHit hit = siteHit(p, text, prepStart, places.first().end);
        if (m.captured(QStringLiteral("prep")).compare(QLatin1String("at"), Qt::CaseInsensitive) != 0)
            hit.site.uncertaintyKm += kNearExtraKm;
        return hit;
    }
    return {};
}

const PlaceMatch *LaunchFieldFinder::northKoreanPlaceAt(const QString &text, int at, int to,
                                                         QVector<PlaceMatch> *places) const
{
    *places = m_places.find(text, at, to);
    if (places->isEmpty() || places->first().start != at)
        return nullptr;
    const Place &p = *places->first().place;
    if (p.country != QLatin1String("KP") || p.kind == QLatin1String("sea"))
        return nullptr;
    return &places->first();
}

SiteHit LaunchFieldFinder::siteOpeningItem(const QString &text, int from, int to) const
{
    int end = from;
    while (end < to && text.at(end) != QLatin1Char(',') && text.at(end) != QLatin1Char(':') && end - from < 40)
        ++end;
    if (end >= to || end - from >= 40)
        return {};
    QVector<PlaceMatch> places;
    const PlaceMatch *place = northKoreanPlaceAt(text, from, end, &places);
    return place ? siteHit(*place->place, text, from, place->end) : SiteHit();
}

SiteHit LaunchFieldFinder::siteAreaInItem(const QString &text, int from, int to) const
{
    auto isFieldEnd = [&](int i) {
        const QChar c = text.at(i);
        return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')');
    };
    for (int fieldStart = from; fieldStart < to;) {
        int fieldEnd = fieldStart;
        while (fieldEnd < to && !isFieldEnd(fieldEnd))
            ++fieldEnd;
        int s = fieldStart, e = fieldEnd;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && (text.at(e - 1).isSpace() || text.at(e - 1) == QLatin1Char('.')))
            --e;
        const QStringView field = QStringView(text).mid(s, e - s);
        if (field.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
            s += 4;
        for (const QLatin1String word : {QLatin1String(" area"), QLatin1String(" region"), QLatin1String(" vicinity")}) {
            if (e - s > word.size() && field.endsWith(word, Qt::CaseInsensitive)) {
                const int nameEnd = e - int(word.size());
                QVector<PlaceMatch> places;
                const PlaceMatch *place = northKoreanPlaceAt(text, s, nameEnd, &places);
                if (place && place->end == nameEnd) {
                    SiteHit hit = siteHit(*place->place, text, s, e);
                    hit.site.uncertaintyKm += kNearExtraKm;
                    return hit;
                }
            }
        }
        fieldStart = fieldEnd + 1;
    }
    return {};
}

SiteHit LaunchFieldFinder::siteAfterNoun(const QString &text, int from, int to) const
{
    // ^\s+(?<prep>near|at|off|in)\s+(?:the\s+)?, read by hand (this runs after every
    // launch cue; see LaunchPhrases).
    int prepStart = 0, prepEnd = 0;
    const QStringView lead = window(text, from, to);
    const int leadEnd = LaunchPhrases::placePrepositionLead(lead, &prepStart, &prepEnd);
    if (leadEnd < 0)
        return {};
    const int nameStart = from + leadEnd;
    QVector<PlaceMatch> places;
    const PlaceMatch *place = northKoreanPlaceAt(text, nameStart, to, &places);
    if (!place)
        return {};
    SiteHit hit = siteHit(*place->place, text, from + prepStart, place->end);
    if (lead.mid(prepStart, prepEnd - prepStart).compare(QLatin1String("at"), Qt::CaseInsensitive) != 0)
        hit.site.uncertaintyKm += kNearExtraKm; // near, off, in: around the place, not at it
    return hit;
}

QVector<LexiconHit> LaunchFieldFinder::classes(const QString &text, int from, int to, const StemTrie::Starts *classAnchors) const
{
    QVector<LexiconHit> out;
    for (const LexiconHit &h : m_lexicon.classes(text, from, to, classAnchors)) {
        // ("one ballistic missile of ICBM class", as Japan's defence ministry writes: a
        // class said of the missile fired, not of weapons in general.)
        const bool classWord = m_classAfter.firstMatch(window(text, h.end, h.end + 8)).hasMatch();
        if (classWord && m_notClassBefore.firstMatch(window(text, h.start - 24, h.start)).hasMatch())
            continue;
        const bool ofClass = classWord && m_ofBefore.firstMatch(window(text, h.start - 12, h.start)).hasMatch();
        if ((ofClass || m_classGenericAfter.firstMatch(window(text, h.end, h.end + 24)).hasMatch())
            && !m_classTestBefore.firstMatch(window(text, h.start - 40, h.start)).hasMatch()
            && !m_classOfMissile.firstMatch(window(text, h.start - 80, h.start)).hasMatch())
            continue;
        if (m_lexicon.isComparisonBefore(text, h.start))
            continue;
        out << h;
    }
    return out;
}

QVector<LexiconHit> LaunchFieldFinder::names(const QString &text, int from, int to) const
{
    return m_lexicon.designations(text, from, to);
}

QVector<QuantityHit> LaunchFieldFinder::flight(const QString &text, int from, int to, bool launchVerbInSentence, bool noteForm) const
{
    QVector<QuantityHit> out;
    int previousEnd = from; // "an altitude of 100 km and flew 400 km": each number reads only its own words
    for (const LengthMatch &lm : QuantityParser::lengths(text, from, to)) {
        const int floor = std::max(from, previousEnd);
        previousEnd = lm.end;
        const QStringView pre = window(text, std::max(floor, lm.start - 60), lm.start);
        const QStringView post = window(text, lm.end, std::min(to, lm.end + 40));
        if (m_offsetAfter.firstMatch(post).hasMatch())
            continue; // a distance from a place or a border
        if (m_modalBefore.firstMatch(window(text, std::max(from, lm.start - 30), lm.start)).hasMatch())
            continue;
        // "JCS: 1,500 km range", "a 1,500 km radius": a reach, not a flight.
        {
            qsizetype k = 0;
            while (k < post.size() && post.at(k).isSpace())
                ++k;
            const QStringView next = post.mid(k);
            if (next.startsWith(QLatin1String("range"), Qt::CaseInsensitive) || next.startsWith(QLatin1String("radius"), Qt::CaseInsensitive))
                continue;
        }
        QuantityHit hit;
        hit.start = lm.start;
        hit.end = lm.end;
        hit.quantity.value = lm.km;
        hit.quantity.qualifier = lm.qualifier;
        hit.quantity.text = text.mid(lm.start, lm.end - lm.start);
        if (m_apogeeBefore.firstMatch(window(text, std::max(floor, lm.start - 50), lm.start)).hasMatch()
            || m_apogeeAfter.firstMatch(post).hasMatch()) {
            hit.apogee = true;
            out << hit;
            continue;
        }
        // "claiming they struck targets 1,500 kilometers away": how far the targets
        // were is how far the missiles flew (not "could target ...", a reach).
        static const GatedRegex struckTargets(
            QStringLiteral("(?<![\\w-])(?:struck|hit|hitting|striking)\\s+(?:their\\s+|its\\s+|the\\s+)?(?:designated\\s+|intended\\s+)?targets?\\s+$"), kCi);
        static const GatedRegex away(QStringLiteral("^\\s*away(?![\\w-])"), kCi);
        if (!lm.adjectival && away.firstMatch(post).hasMatch() && struckTargets.firstMatch(pre).hasMatch()) {
            out << hit;
            continue;
        }
        if (m_nominalBefore.firstMatch(pre).hasMatch())
            continue;
        if (lm.adjectival) {
            if (m_adjectivalFlight.firstMatch(post).hasMatch())
                out << hit;
            continue;
        }
        if (noteForm || m_flightBefore.firstMatch(pre).hasMatch() || (launchVerbInSentence && m_flightAfter.firstMatch(post).hasMatch()))
            out << hit;
    }
    return out;
}

QVector<SplashHit> LaunchFieldFinder::splashdowns(const QString &text, int from, int to, const StemTrie::Starts *anchors) const
{
    QVector<SplashHit> out;
    // Every phrase holds, at the start of a word after a space (or at its own start,
    // which no word character or hyphen precedes), one of the SeaPhrase words (see
    // mayNameSplashdown), and starts no later than that word: none starts after the
    // last anchor before `to`, or after the end of its run of letters (a letter
    // outside ASCII may glue such a word to the end of another).
    int lastStart = to;
    if (anchors) {
        const int *next = std::lower_bound(anchors->begin(), anchors->end(), to);
        if (next == anchors->begin())
            return out;
        lastStart = next[-1];
        while (lastStart < to && StemTrie::isLetter(text.at(lastStart).unicode()))
            ++lastStart;
    }
    for (int pos = from; pos <= lastStart;) {
        // As globalMatch: the next phrase after the previous one.
        const auto m = m_splash.firstMatchStartingBy(text, pos, to, lastStart);
        if (!m.hasMatch())
            break;
        pos = std::max(int(m.capturedEnd()), pos + 1);
        SplashHit h;
        h.start = int(m.capturedStart());
        h.end = int(m.capturedEnd());
        if (m.capturedStart(m_splashGroups.east) >= 0) {
            h.sea = QStringLiteral("East Sea");
        } else if (m.capturedStart(m_splashGroups.west) >= 0) {
            h.sea = QStringLiteral("Yellow Sea");
        } else if (m.capturedStart(m_splashGroups.unnamed) >= 0) {
            h.unnamedSea = true;
        } else if (m.capturedStart(m_splashGroups.same) >= 0) {
            h.sameSea = true;
        } else if (m.capturedStart(m_splashGroups.eez) >= 0) {
            const QString side = m.captured(m_splashGroups.side).toLower();
            const bool near = side.startsWith(QLatin1String("com")) || side.startsWith(QLatin1String("cam"));
            h.eez = (near || side == QLatin1String("outside") || side == QLatin1String("beyond")) ? QStringLiteral("outside")
                                                                                                  : QStringLiteral("inside");
            // "did not land in Japan's EEZ", "none of the missiles had reached it": the
            // negation turns the side around.
            // ("no missiles had landed in": "no" before the subject's noun.)
            static const GatedRegex negated(QStringLiteral("(?:(?:\\bnot|n't|\\bnever)\\s+(?:\\w+\\s+){0,2}|\\bnone\\s+of\\s+(?:\\w+\\s+){1,3}"
                                                           "|\\bno\\s+(?:\\w+\\s+){1,3})$"), kCi);
            if (!near && negated.firstMatch(window(text, h.start - 30, h.start)).hasMatch())
                h.eez = h.eez == QLatin1String("inside") ? QStringLiteral("outside") : QStringLiteral("inside");
        } else {
            if (m_modalBefore.firstMatch(window(text, h.start - 30, h.start)).hasMatch())
                continue; // "could hit targets"
            h.land = true;
        }
        out << h;
    }
    return out;
}

namespace {
// Does text[from, to) contain the lower-case ASCII word x, ignoring ASCII case?
// (Only asked of text without letters outside ASCII.)
bool containsAsciiCi(const QString &text, int from, int to, std::string_view x)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.constData());
    const int n = int(x.size());
    for (int i = from; i + n <= to; ++i) {
        if ((d[i] | 0x20) != x[0])
            continue;
        int k = 1;
        while (k < n && d[i + k] < 128 && char16_t(d[i + k] | 0x20) == char16_t(uchar(x[k])))
            ++k;
        if (k == n)
            return true;
    }
    return false;
}
} // namespace

// Every alternative of m_claimant has a word of LaunchCueFinder::ClaimWord after a
// space or a hyphen, or \bJCS\b / \bKCNA\b (also ClaimWord: a word start,
// unless a letter outside ASCII stands before it), except "INDOPACOM" and
// "Pentagon", which may be glued to other letters and are looked for as such.
bool LaunchFieldFinder::mayNameClaimant(const QString &text, int from, int to, quint32 words)
{
    if (words & (LaunchCueFinder::ClaimWord | LaunchCueFinder::NonAsciiLetter))
        return true;
    from = std::max(0, from);
    to = std::min(to, int(text.size()));
    return containsAsciiCi(text, from, to, "indopacom") || containsAsciiCi(text, from, to, "pentagon");
}

// Every alternative of m_splash has sea, water(s), coast, shore, ocean,
// exclusive, EEZ, target(s), land or island as a word after a space (or at a
// start no word character precedes): with no letter outside ASCII to hide one,
// their absence means no splashdown phrase.
bool LaunchFieldFinder::mayNameSplashdown(quint32 words)
{
    return words & (LaunchCueFinder::SeaPhrase | LaunchCueFinder::NonAsciiLetter);
}

// Every class phrase of the lexicon (resources/data/lexicon.json) holds, at the
// start of a word after a space or a hyphen (or at the phrase's start, which
// no ASCII word character or hyphen precedes), one of the ClassWord stems:
// submarine, ballistic, inter(continental|mediate), medium, mid, close, short,
// hypersonic, cruise, anti, the word air, surface, or an abbreviation (SLBM,
// ICBM, IRBM, MRBM, CRBM, SRBM, HGV, the word SAMs). A letter outside ASCII
// may hide one (PCRE folds LONG S to s, KELVIN SIGN to k), so it says "maybe".
// The Missile word stays required, as before this test: the sentences whose
// classes were read are only narrowed.
// Most launch sentences name a missile without a class ("fired a missile").
// A new class pattern in the lexicon needs such a word among the stems
// (tst_launchgates tries the words of every class pattern).
bool LaunchFieldFinder::mayNameClass(quint32 words)
{
    return (words & LaunchCueFinder::Missile) && (words & (LaunchCueFinder::ClassWord | LaunchCueFinder::NonAsciiLetter));
}

ClaimantHit LaunchFieldFinder::claimant(const QString &text, int from, int to) const
{
    const auto m = m_claimant.firstMatch(text, from, to);
    if (!m.hasMatch())
        return {};
    ClaimantHit h;
    h.start = int(m.capturedStart());
    h.end = int(m.capturedEnd());
    if (m.capturedStart(m_claimantGroups.jcs) >= 0)
        h.who = QStringLiteral("JCS");
    else if (m.capturedStart(m_claimantGroups.jmod) >= 0)
        h.who = QStringLiteral("Japan MoD");
    else if (m.capturedStart(m_claimantGroups.kcna) >= 0)
        h.who = QStringLiteral("KCNA");
    else
        h.who = QStringLiteral("US military");
    return h;
}

} // namespace atlas
