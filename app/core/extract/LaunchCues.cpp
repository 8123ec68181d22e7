#include "extract/LaunchCues.h"
#include "extract/AsciiClasses.h"
#include "extract/CharScan.h"
#include "extract/LaunchNoteItems.h"
#include "extract/LaunchPhrases.h"
#include "extract/MissileLexicon.h"
#include "extract/StemTrie.h"
#include "extract/TrustedText.h"
#include "extract/launch/AsciiLanes.h"
#include "extract/launch/NearWordSet.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
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

QStringView before(const QString &text, int pos, int floor, int width)
{
    const int from = std::max(floor, pos - width);
    return QStringView(text).mid(from, pos - from);
}

QStringView after(const QString &text, int pos, int ceiling, int width)
{
    const int to = std::min(ceiling, pos + width);
    return QStringView(text).mid(pos, std::max(0, to - pos));
}
// A word near a cue: lower-cased (as QString::toLower), and whether it was
// capitalised ("May" the month is not "may" the modal). Short ASCII words, the
// usual case, are lower-cased into the struct itself: no allocation per word.
struct NearWord {
    char16_t ascii[24];
    int size = 0;
    bool capital = false;
    bool wide = false;
    int start = 0; // text[start, end): the word
    int end = 0;
    QString other; // the lower-cased word when it is not short ASCII

    QStringView lower() const { return wide ? QStringView(other) : QStringView(ascii, size); }
    void set(const QString &text, int s, int e)
    {
        start = s;
        end = e;
        const char16_t *d = reinterpret_cast<const char16_t *>(text.constData());
        capital = QChar::isUpper(d[s]);
        const int n = e - s;
        if (n <= 24) {
            int k = 0;
            // Four ASCII units a step (launch/AsciiLanes.h), the rest one by one.
            for (; k + 4 <= n; k += 4) {
                const quint64 v = launch::lanes::load4(d + s + k);
                if (!launch::lanes::allAscii(v))
                    break;
                const quint64 lower = launch::lanes::toLower(v);
                std::memcpy(ascii + k, &lower, sizeof lower);
            }
            for (; k < n; ++k) {
                const char16_t c = d[s + k];
                if (c >= 128)
                    break;
                ascii[k] = (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c;
            }
            if (k == n) {
                size = n;
                wide = false;
                return;
            }
        }
        other = text.mid(s, n).toLower();
        wide = true;
    }
};
using NearWords = QVarLengthArray<NearWord, 12>;

// w is one of the (lower-case ASCII) words of set (see launch/NearWordSet.h:
// most words are turned away by a filter the compiler made).
template <std::size_t N>
bool in(QStringView w, const launch::NearWordSet<N> &set)
{
    return set.contains(w);
}

// Does s start with the lower-case ASCII literal x, ignoring case as
// QStringView::startsWith(..., Qt::CaseInsensitive) does? ASCII is compared in
// place (Qt's caseless compare folds every character through Unicode tables);
// a character outside ASCII, which may fold to an ASCII letter (U+017F, U+212A),
// is left to Qt.
bool startsWithCi(QStringView s, std::string_view x)
{
    const qsizetype n = qsizetype(x.size());
    const char16_t *d = s.utf16();
    for (qsizetype k = 0; k < n && k < s.size(); ++k) {
        const char16_t c = d[k];
        if (c >= 128)
            return s.startsWith(QLatin1String(x.data(), n), Qt::CaseInsensitive);
        if (((c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c) != char16_t(uchar(x[k])))
            return false;
    }
    return s.size() >= n;
}

// Walks back over at most five words (stopping at punctuation) to the nearest
// determiner: "the", "this", "its", "latest", a possessive ("North Korea's") make
// a definite reference; "a", "an", "another", numbers or none an indefinite one.
bool nearestDeterminerIsDefinite(const QString &text, int pos, int floor)
{
    NearWord word;
    int p = pos;
    for (int words = 0; words < 5 && p > floor; ++words) {
        while (p > floor && text.at(p - 1) == QLatin1Char(' '))
            --p;
        const int e = p;
        while (p > floor && (text.at(p - 1).isLetterOrNumber() || text.at(p - 1) == QLatin1Char('-')
                             || text.at(p - 1) == QLatin1Char('\'') || text.at(p - 1) == QChar(0x2019)))
            --p;
        if (p == e)
            break; // punctuation: the noun phrase starts here
        word.set(text, p, e);
        if (word.wide)
            word.other.replace(QChar(0x2019), QLatin1Char('\''));
        const QStringView w = word.lower();
        if (in(w, NEAR_WORDS("the", "this", "that", "these", "those", "such", "its", "their", "latest", "recent", "today's",
                   "yesterday's"))
            || w.endsWith(QLatin1String("'s")))
            return true;
        if (in(w, NEAR_WORDS("a", "an", "another", "one", "two", "three", "several", "multiple", "separate", "new", "successful")))
            return false;
    }
    return false;
}
// The same answer from the words wordsBefore(text, pos, floor, ...) read (`pre`,
// nearest first), without walking back again. The two walks read the same words
// (nearestDeterminerIsDefinite's word characters are wordsBefore's but for the
// '.' after a capital, "U.S."), except that this one crosses only ' ' between
// words, and stops at any other character (which is never one of its word
// characters: wordsBefore's gaps hold only spaces, and it stops at anything else
// too). So the words of `pre` are its words up to the first gap that is not all
// ' '; a word with a '.' is left to the walk itself.
bool nearestDeterminerIsDefinite(const QString &text, int pos, int floor, const NearWords &pre)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    int boundary = pos;
    for (int k = 0; k < pre.size() && k < 5; ++k) {
        const NearWord &word = pre.at(k);
        for (int i = word.end; i < boundary; ++i) {
            if (d[i] != u' ')
                return false; // the walk stops here
        }
        for (int i = word.start; i < word.end; ++i) {
            if (d[i] == u'.')
                return nearestDeterminerIsDefinite(text, pos, floor);
        }
        // The walk lower-cases a word outside ASCII as wordsBefore does, then makes
        // U+2019 an apostrophe: only "...'s" and the apostrophe-less members can
        // match, so "...’s" is the one difference.
        const QStringView w = word.lower();
        const qsizetype n = w.size();
        if (in(w, NEAR_WORDS("the", "this", "that", "these", "those", "such", "its", "their", "latest", "recent", "today's",
                             "yesterday's"))
            || (n >= 2 && w[n - 1] == u's' && (w[n - 2] == u'\'' || (word.wide && w[n - 2] == QChar(0x2019)))))
            return true;
        if (in(w, NEAR_WORDS("a", "an", "another", "one", "two", "three", "several", "multiple", "separate", "new", "successful")))
            return false;
        boundary = word.start;
    }
    // Five words read, or wordsBefore stopped at `floor` or at a character that
    // ends the walk too.
    return false;
}

// ASCII letters, digits, '-' and '\'': the ASCII characters a word near a cue is made of.
struct NearWordAscii {
    bool yes[128] = {};
    constexpr NearWordAscii()
    {
        for (int c = 0; c < 128; ++c)
            yes[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '\'';
    }
};
constexpr NearWordAscii kNearWordAscii;

inline bool isWordChar(const QString &text, int i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 128) {
        if (kNearWordAscii.yes[c])
            return true;
        // "U.S.", "U.N.": a dot after a capital letter belongs to the word.
        return c == '.' && i > 0 && text.at(i - 1).isUpper();
    }
    return QChar(c).isLetterOrNumber() || c == 0x2019;
}

// Up to n words before pos, nearest first, stopping at punctuation (or only at
// a sentence stop when crossCommas). Hand-written: end-anchored regexes would
// try every start position of the window.
// Quotation marks around a term ("a \"verification firing\"") do not end a phrase.
bool isQuoteMark(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2018) || c == QChar(0x2019);
}

// *stoppedAtQuote (when given) tells whether the walk ended at a quotation mark it
// did not cross: only then would crossing quotes have read other words.
// A number of three or more, in figures or words: a tally, not one launch's count.
bool isTallyNumber(QStringView w)
{
    if (!w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return w.size() > 1 || w.front() >= u'3';
    return in(w, NEAR_WORDS("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                            "dozen", "numerous", "many"));
}

NearWords wordsBefore(const QString &text, int pos, int floor, int n, bool crossCommas = false, bool crossQuotes = false,
                      bool *stoppedAtQuote = nullptr)
{
    NearWords out;
    int p = pos;
    while (int(out.size()) < n && p > floor) {
        while (p > floor && !isWordChar(text, p - 1)) {
            const QChar c = text.at(p - 1);
            if (!c.isSpace() && !(crossCommas && c == QLatin1Char(',')) && !(crossQuotes && isQuoteMark(c))) {
                if (stoppedAtQuote)
                    *stoppedAtQuote = isQuoteMark(c);
                return out;
            }
            --p;
        }
        const int e = p;
        while (p > floor && isWordChar(text, p - 1))
            --p;
        if (p == e)
            break;
        out.emplace_back();
        out.back().set(text, p, e);
    }
    return out;
}

NearWords wordsAfter(const QString &text, int pos, int ceiling, int n)
{
    NearWords out;
    int p = pos;
    while (int(out.size()) < n && p < ceiling) {
        while (p < ceiling && !isWordChar(text, p)) {
            if (!text.at(p).isSpace())
                return out;
            ++p;
        }
        const int s = p;
        while (p < ceiling && isWordChar(text, p))
            ++p;
        if (p == s)
            break;
        out.emplace_back();
        out.back().set(text, s, p);
    }
    return out;
}


// "could launch", "plans to fire", "a possible test", "if North Korea launched".
bool hypotheticalBefore(const NearWords &w)
{
    for (int i = 0; i < w.size() && i < 4; ++i) {
        const QStringView x = w.at(i).lower();
        if (in(x, NEAR_WORDS("could", "would", "might", "can", "cannot", "will", "shall", "should", "must", "if", "unless",
                   "speculation", "whether")))
            return true;
        // "a possible test", "its next launch": adjectives of the cue's own noun phrase only.
        if (i < 2 && in(x, NEAR_WORDS("possible", "potential", "imminent", "upcoming", "future", "next", "planned")))
            return true;
        if (x == QLatin1String("may") && !w.at(i).capital)
            return true;
        if (i + 1 < w.size() && in(x, NEAR_WORDS("to", "of", "for"))
            && in(w.at(i + 1).lower(), NEAR_WORDS("able", "capable", "likely", "expected", "plans", "plan", "planning", "prepare",
                                      "prepares", "prepared", "preparing", "ready", "threaten", "threatens", "threatened",
                                      "threatening", "vow", "vows", "vowed", "intend", "intends", "intended", "set",
                                      "poised", "possibility")))
            return true;
    }
    return false;
}

// "... a test of this weapon could be imminent", "the launch is likely to ...".
bool hypotheticalAfter(const NearWords &f)
{
    for (int i = 0; i < f.size() && i < 5; ++i) {
        const QStringView x = f.at(i).lower();
        if (in(x, NEAR_WORDS("could", "would", "might", "will")) || (x == QLatin1String("may") && !f.at(i).capital))
            return true;
        if (i + 1 < f.size() && in(x, NEAR_WORDS("is", "was")) && in(f.at(i + 1).lower(), NEAR_WORDS("likely", "expected", "possible", "imminent")))
            return true;
    }
    return false;
}

// "Watch for ... a cruise missile test timed to the visit, which analysts think is
// likely", "a launch that officials say is possible": a test looked out for or
// judged likely, not one that happened. The sentence opens with an imperative of
// looking out, or a relative clause after the cue calls it likely.
bool anticipated(const QString &text, int sentenceStart, int cueEnd, int end)
{
    static const GatedRegex lookOut(
        QStringLiteral("^\\W*(?:watch|look|looking|expect|brace|stay tuned)\\s+(?:out\\s+)?(?:for|to)?(?![\\w-])"), kCi);
    static const GatedRegex judgedLikely(
        QStringLiteral("^[^.;:]{0,60}?(?<![\\w-])(?:which|that)\\s+[^.;:]{0,50}?(?<![\\w-])(?:is|are|was|were|seems?|looks?)\\s+"
                       "(?:now\\s+|increasingly\\s+|very\\s+|highly\\s+)?(?:likely|possible|imminent|expected|probable|planned)(?![\\w-])"), kCi);
    // Cheap tests first (this runs for every launch noun): the sentence's first word,
    // and the words the relative clause cannot do without.
    int p = sentenceStart;
    while (p < cueEnd && p < sentenceStart + 8 && !StemTrie::isLetter(text.at(p).unicode()))
        ++p;
    const char16_t first = p < cueEnd ? char16_t(text.at(p).unicode() | 0x20) : 0;
    if ((first == 'w' || first == 'l' || first == 'e' || first == 'b' || first == 's')
        && lookOut.firstMatch(QStringView(text).mid(sentenceStart, std::min(cueEnd, sentenceStart + 40) - sentenceStart)).hasMatch())
        return true;
    const QStringView rest = QStringView(text).mid(cueEnd, std::min(end, cueEnd + 140) - cueEnd);
    // The first "which" or "that" (a whole run of letters, in lower case) starting
    // in the first 63 characters (judgedLikely allows no more before it), found from
    // the 'h' both have second, eight characters at a time: most cues have none.
    const char16_t *d = rest.utf16();
    const qsizetype head = std::min(rest.size(), qsizetype(64));
    qsizetype i = -1;
    for (qsizetype h = findAnyOf(d, 1, head, {u'h'}); h < head && i < 0; h = findAnyOf(d, h + 1, head, {u'h'})) {
        const qsizetype w = h - 1;
        if (w > 0 && StemTrie::isLetter(d[w - 1]))
            continue;
        qsizetype e = h;
        while (e < rest.size() && StemTrie::isLetter(d[e]))
            ++e;
        const QStringView word = rest.mid(w, e - w);
        if (word == QLatin1String("which") || word == QLatin1String("that"))
            i = e;
    }
    if (i < 0)
        return false;
    // Then a word after it that judges it likely.
    bool judged = false;
    while (i < rest.size() && !judged) {
        if (!StemTrie::isLetter(d[i])) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < rest.size() && StemTrie::isLetter(d[e]))
            ++e;
        judged = in(rest.mid(i, e - i), NEAR_WORDS("likely", "possible", "imminent", "expected", "probable", "planned"));
        i = e;
    }
    return judged && judgedLikely.firstMatch(rest).hasMatch();
}

// "the launch of a new destroyer", "launched its first nuclear submarine", "the
// warship Choe Hyon, launched in April, ...": a ship put to water, not a missile
// fired. A ship before the verb is its subject when a missile follows ("a
// destroyer launched a cruise missile"): that one is a missile launch.
// Where "ceremony" ("ceremonies") right after a launch cue ending at cueEnd ends:
// "a naming and launch ceremony"; -1 when it does not follow.
int ceremonyAfter(const QString &text, int cueEnd, int end)
{
    static const GatedRegex ceremony(QStringLiteral("^\\s+ceremon(?:y|ies)(?![\\w-])"), kCi);
    const RegexMatch m = ceremony.firstMatch(QStringView(text).mid(cueEnd, std::min(end, cueEnd + 16) - cueEnd));
    return m.hasMatch() ? cueEnd + int(m.capturedEnd()) : -1;
}

bool shipLaunch(const QString &text, int cueStart, int cueEnd, int start, int end)
{
    static const QString ship = QStringLiteral("(?:destroyers?|warships?|frigates?|corvettes?|ships?|vessels?|submarines?|cruisers?|"
                                               "patrol boats?|aircraft carriers?)");
    static const GatedRegex shipAfter(
        // (A headline drops the article: "Launch of Third Destroyer at Nampo".)
        QStringLiteral("^\\s+(?:of\\s+(?:(?:an?|the|its|their|[\\w-]+['\u2019]s)\\s+)?|(?:an?|the|its|their|[\\w-]+['\u2019]s)\\s+)"
                       "(?:(?![\\w-]*(?:missile|rocket|projectile))(?!(?:from|at|in|on|off|near|into|toward|towards|with|by|aboard|under)\\s)[\\w,.'\u2019-]+\\s+){0,3}?%1(?![\\w-])").arg(ship), kCi);
    static const GatedRegex shipBefore(
        QStringLiteral("(?<![\\w-])%1(?![\\w-])(?:\\s+(?-i:[A-Z][\\w-]*)){0,3},?\\s*(?:(?:was|were|had been|has been|first)\\s+)?$").arg(ship), kCi);
    static const GatedRegex missileObject(
        QStringLiteral("^[^,.;:]{0,50}?(?:missile|rocket|projectile|ICBM|SRBM|IRBM|SLBM)"), kCi);
    const QStringView following = QStringView(text).mid(cueEnd, std::min(end, cueEnd + 70) - cueEnd);
    if (shipAfter.firstMatch(following).hasMatch())
        return true;
    // "a naming and launch ceremony for the tenth frigate": a missile's launch has no ceremony.
    if (ceremonyAfter(text, cueEnd, end) >= 0)
        return true;
    const int from = std::max(start, cueStart - 50);
    return shipBefore.firstMatch(QStringView(text).mid(from, cueStart - from)).hasMatch()
        && !missileObject.firstMatch(following).hasMatch();
}

// "Ariane 6 launch from Kourou: Europe's rocket carries Galileo satellites":
// another country's space launch, told with a rocket and no missile named as such
// ("missile", a class, a designation). North Korea's own satellite launches (from
// Sohae, condemned as ballistic missile technology) stay launches.
bool foreignSpaceLaunch(QStringView sentence)
{
    static const GatedRegex missileProper(
        QStringLiteral("(?<![\\w-])(?:missiles?|projectiles?|(?:SRBM|CRBM|MRBM|IRBM|ICBM|SLBM)s?|ballistic|cruise|hypersonic|"
                       "%1[- ]?\\d)").arg(MissileLexicon::designationStems()),
        QRegularExpression::CaseInsensitiveOption);
    static const GatedRegex spaceActor(
        QStringLiteral("(?<![\\w-])(?:Ariane|Vega|Falcon|SpaceX|Soyuz|Proton|Angara|Kourou|Baikonur|Vostochny|Plesetsk|"
                       "Cape\\s+Canaveral|Kennedy\\s+Space|Vandenberg|Tanegashima|Uchinoura|Naro|Jiuquan|Wenchang|Xichang|Taiyuan|"
                       "Long\\s+March|Nuri|Epsilon|H-?IIA|H3|ESA|NASA|JAXA|Roscosmos|CNSA|KARI|KASA|ISRO|Rocket\\s+Lab|Blue\\s+Origin|"
                       "Europe['\u2019]s|European)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    // (North Korea's own: "... from Sohae on Tuesday, weeks after South Korea's Nuri
    // rocket put satellites into orbit".)
    static const GatedRegex northKorean(
        QStringLiteral("(?<![\\w-])(?:North\\s+Korea|North\\s+Korean|N\\.\\s*Korea|the\\s+North|DPRK|Pyongyang|Sohae|Tongchang|"
                       "Chollima|Malligyong|Kim\\s+Jong)"),
        QRegularExpression::CaseInsensitiveOption);
    return !missileProper.firstMatch(sentence).hasMatch() && spaceActor.firstMatch(sentence).hasMatch()
        && !northKorean.firstMatch(sentence).hasMatch();
}

// Whether the words after a launch verb (text[from, end)) are its object "a
// rocket carrying a satellite": a rocket or launch vehicle, at most three words
// before it, then what it carries or is to put in orbit ("carrying", "that
// carried", "to put", "with"), then a satellite or spacecraft a few words on;
// or "a (reconnaissance) satellite", "a satellite rocket", "a satellite-carrying
// rocket", "a (satellite|space) launch vehicle". (A satellite launch is no
// missile launch: shared/README.md's launches are missiles fired.)
bool rocketCarryingSatelliteAfter(const QString &text, int from, int end)
{
    static const GatedRegex object(
        // ("launched what it describes as a military reconnaissance satellite": the
        // launcher's own name for the object leads it.)
        QStringLiteral("\\s+(?:what\\s+(?:it|the\\s+North|North\\s+Korea|Pyongyang)\\s+(?:describe[sd]|call(?:s|ed)|claim(?:s|ed)|term(?:s|ed))"
                       "\\s+(?:as\\s+|to\\s+be\\s+)?)?"
                       "(?:[\\w'\u2019\"\u201C-]+\\s+){0,3}?"
                       "(?:(?:rockets?|launch\\s+vehicles?|launchers?|carriers?)\\s+"
                       // ("a rocket southward late on Sept. 7 that it had announced would
                       // carry ...", "a rocket it said carried ...", "a rocket it claimed put ...")
                       "(?:[^;:,!?()]{0,80}?\\s)?"
                       "(?:carry|carrying|carried|carries|bearing|with|put|placed|sent|lofted|(?:to\\s+)?(?:put|place|send|loft|deliver|carry|launch))\\s+"
                       "(?:[\\w'\u2019\"\u201C\u201D-]+\\s+){0,7}?(?:satellites?|spacecraft)"
                       "|satellites?(?:-carrying)?(?:\\s+(?:launch\\s+)?(?:rockets?|vehicles?))?"
                       "|space\\s+launch\\s+vehicles?|SLVs?)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return object.matchAt(QStringView(text).left(end), from).hasMatch();
}

// Whether the words before a passive launch verb name a satellite's rocket as
// its subject: "The rocket carrying the satellite was launched", "the
// satellite-carrying rocket was fired".
bool satelliteRocketSubject(const NearWords &pre)
{
    bool satellite = false, rocket = false;
    for (const NearWord &w : pre) {
        const QStringView x = w.lower();
        satellite = satellite || in(x, NEAR_WORDS("satellite", "satellites", "spacecraft")) || x.startsWith(QLatin1String("satellite-"));
        rocket = rocket || in(x, NEAR_WORDS("rocket", "rockets", "vehicle", "vehicles"));
    }
    return satellite && rocket;
}

// The flight verbs a missile's own day may follow ("a Hwasong-12 crossed Hokkaido
// on 29 August").
bool isFlightVerb(QStringView w)
{
    // (Asked of every cue: most start with another letter.)
    const char16_t c = w.isEmpty() ? 0 : char16_t(w.front().unicode() | 0x20);
    if (c != 'f' && c != 'c' && c != 'o')
        return false;
    return w.compare(QLatin1String("flew"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("flown"), Qt::CaseInsensitive) == 0
        || w.compare(QLatin1String("crossed"), Qt::CaseInsensitive) == 0 || w.compare(QLatin1String("overflew"), Qt::CaseInsensitive) == 0;
}

// "flew an ICBM", "first flew the Hwasong-18": the missile the verb's object.
bool missileObjectAfter(const QString &text, int cueEnd, int end)
{
    static const GatedRegex object(
        QStringLiteral("^\\s+(?:an?|two|three|four|five|six|several|multiple|its|another|the)\\s+(?:[\\w-]+\\s+){0,3}?"
                       "(?:missiles?|rockets?|projectiles?|(?-i:[A-Z]{3,4}s?)|(?-i:%1)-\\d)").arg(MissileLexicon::designationStems()),
        kCi);
    return object.firstMatch(QStringView(text).mid(cueEnd, std::min(end, cueEnd + 60) - cueEnd)).hasMatch();
}

// A missile among the few words before a flight verb: "a Hwasong-12 crossed", "the
// Hwasong-21, first flown", "which flew again" after "the missile, ...".
bool missileSubjectIn(const NearWords &pre)
{
    for (int k = 0; k < pre.size() && k < 6; ++k) {
        const QStringView w = pre.at(k).lower();
        if (in(w, NEAR_WORDS("missile", "missiles", "rocket", "rockets", "icbm", "icbms", "irbm", "irbms", "srbm", "srbms",
                              "slbm", "slbms", "mrbm", "crbm", "glider", "projectile", "one")))
            return true;
        // A designation the lexicon knows ("Hwasong-12", "Hwasal-2", "Taepodong-1"), asked
        // only of a word with a figure in it (every designation has one).
        if (std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); })
            && !MissileLexicon::bundled().designations(w.toString()).isEmpty())
            return true;
    }
    return false;
}

// The same past a comma: "the Hwasong-20, flew in February", "the Hwasong-21, which
// flew again in February", "An ICBM, first flown last November": the missile right
// before, a comma and a relative or an auxiliary at most between ("After the
// missile test, Kim flew to ..." is no missile's flight).
// Returns where the missile's word starts (its clause's start is the caller's),
// -1 when there is none, and -2 when a relative pronoun introduces the verb (the
// flight of the missile just named, whose name the segment rules carry over).
int missileSubjectBefore(const QString &text, int cueStart, int floor)
{
    static const GatedRegex missile(
        QStringLiteral("(?<![\\w-])(?:missiles?|rockets?|ICBMs?|IRBMs?|SRBMs?|SLBMs?|MRBMs?|glider|(?-i:%1)-\\d[\\w.-]*)[\"\u201D]?"
                       "\\s*,?\\s*((?:(?:which|that|first|later|also|was|were|had|has|been|again|then)\\s+){0,3})$")
            .arg(MissileLexicon::designationStems()),
        kCi);
    const int from = std::max(floor, cueStart - 60);
    const RegexMatch m = missile.firstMatch(QStringView(text).mid(from, cueStart - from));
    if (!m.hasMatch())
        return -1;
    const QStringView between = QStringView(text).mid(from + int(m.capturedStart(1)), m.capturedEnd(1) - m.capturedStart(1));
    if (between.startsWith(QLatin1String("which"), Qt::CaseInsensitive) || between.startsWith(QLatin1String("that"), Qt::CaseInsensitive))
        return -2;
    return from + int(m.capturedStart());
}

// "Russia fired", "South Korea has also test-fired", "U.S. forces launched".
bool isForeignLauncher(QStringView x)
{
    return in(x, NEAR_WORDS("russia", "moscow", "ukraine", "kyiv", "seoul", "washington", "japan", "tokyo", "china", "beijing", "iran",
                  "israel", "india", "pakistan"));
}

// "They were fired from the Sunan area", "Both were launched from the Sukchon area of
// South Pyongan province": a pronoun's passive launch verb with a place's area after
// it retells the launch before it (a sentence with no missile word; "they were fired
// from their jobs" names no area).
bool pronounFiredFromArea(const NearWords &pre, const QString &text, int cueEnd, int end)
{
    int k = in(pre.at(0).lower(), NEAR_WORDS("was", "were")) ? 1 : 2; // (an adverb may sit between: "were reportedly")
    if (k >= pre.size() || !in(pre.at(k).lower(), NEAR_WORDS("they", "it", "both")))
        return false;
    static const GatedRegex fromArea(
        QStringLiteral("^\\s+from\\s+(?:(?:near|around)\\s+)?(?:the\\s+)?(?:[A-Z][\\w'\u2019-]*\\s+){1,3}"
                       "(?:area|county|region|province|district)(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|in|and|on|at|near|north|south|east|west|"
                       "before|into|toward|towards|around|shortly|early|late)\\s)"));
    return fromArea.firstMatch(QStringView(text).mid(cueEnd, std::min(end, cueEnd + 80) - cueEnd)).hasMatch();
}

// "Russia says it has used ..., and on 21 November it fired a new missile": "it"
// firing, in a sentence whose subject is another country, is that country.
bool foreignPronounSubject(const NearWords &w, const QString &text, int sentenceStart, int end, int cueStart)
{
    if (w.isEmpty() || !in(w.at(0).lower(), NEAR_WORDS("it", "they")))
        return false;
    // The subject opens the sentence, a word in lower case after it ("Russia says",
    // "India and Pakistan"): "SEOUL, South Korea (AP) — North Korea said ..." opens
    // with a dateline's place.
    int i = sentenceStart;
    while (i < end && text.at(i).isSpace())
        ++i;
    const int wordStart = i;
    while (i < end && text.at(i).isLetter())
        ++i;
    const QString first = text.mid(wordStart, i - wordStart).toLower();
    if (!isForeignLauncher(first) || i >= end || text.at(i) != u' ')
        return false;
    while (i < end && text.at(i) == u' ')
        ++i;
    if (i >= end || !text.at(i).isLower())
        return false;
    // "Tokyo said North Korea fired one missile on Sunday, and that it launched
    // two more": North Korea named before the pronoun is what "it" is.
    static const QRegularExpression north(QStringLiteral("\\b(?:North\\s+Korea|Pyongyang|DPRK|the\\s+North)\\b"));
    return !north.match(QStringView(text).mid(i, std::max(0, cueStart - i))).hasMatch();
}

bool foreignSubject(const NearWords &w)
{
    int i = 0;
    while (i < w.size() && i < 2 && in(w.at(i).lower(), NEAR_WORDS("has", "have", "had", "also", "then", "reportedly", "successfully", "itself", "again")))
        ++i;
    if (i >= w.size())
        return false;
    const QStringView x = w.at(i).lower();
    const QStringView prev = i + 1 < w.size() ? w.at(i + 1).lower() : QStringView();
    if (isForeignLauncher(x))
        return true;
    if (x == QLatin1String("korea") || x == QLatin1String("korea's"))
        return prev == QLatin1String("south");
    if (x == QLatin1String("states"))
        return prev == QLatin1String("united");
    if (x == QLatin1String("u.s.") || x == QLatin1String("us"))
        return prev == QLatin1String("the");
    if (in(x, NEAR_WORDS("forces", "troops", "military", "army", "navy")))
        return in(prev, NEAR_WORDS("russian", "ukrainian", "u.s.", "us", "allied", "american", "japanese", "chinese"));
    if (x == QLatin1String("allies"))
        return prev == QLatin1String("the");
    return false;
}

// "a ballistic missile launched by North Korea on Wednesday": a participle with
// its agent after the missile it fired. Only North Korea as the agent (by name,
// "the North", "North Korean forces", "Pyongyang", "the DPRK", "Kim", "the
// Korean People's Army") tells its launch;
// another (a country, "the Houthis", "a team of airmen") does not, nor does
// anything but a missile before the verb ("an inquiry launched by the UN panel").
enum class ByAgent { None, NorthKorea, Other, NotAMissile };
ByAgent byAgent(const QString &text, int sentenceStart, int verbStart, const NearWords &post)
{
    if (post.isEmpty() || post.at(0).lower() != QLatin1String("by"))
        return ByAgent::None;
    // The word before the verb (and a comma: "A missile, launched by ...") names the
    // missile ("missiles", "an ICBM", "the Hwasong-18").
    int e = verbStart;
    while (e > sentenceStart && (text.at(e - 1).isSpace() || text.at(e - 1) == QLatin1Char(',')))
        --e;
    int b = e;
    while (b > sentenceStart && (text.at(b - 1).isLetterOrNumber() || text.at(b - 1) == QLatin1Char('-')))
        --b;
    if (b == e)
        return ByAgent::NotAMissile;
    const QString lowered = text.mid(b, e - b).toLower();
    const QStringView noun = lowered;
    const bool missile = in(noun, NEAR_WORDS("missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "icbm",
                                             "icbms", "irbm", "irbms", "srbm", "srbms", "mrbm", "mrbms", "slbm", "slbms", "crbm",
                                             "crbms", "weapon", "weapons"))
        || std::any_of(noun.begin(), noun.end(), [](QChar c) { return c.isDigit(); }); // "Hwasong-18"
    if (!missile)
        return ByAgent::NotAMissile;
    int i = 1;
    if (i < post.size() && post.at(i).lower() == QLatin1String("the"))
        ++i;
    if (i >= post.size())
        return ByAgent::Other;
    QStringView x = post.at(i).lower();
    if (x.endsWith(QLatin1String("'s")) || x.endsWith(u"\u2019s"))
        x.chop(2); // "by Kim's regime"
    const QStringView next = i + 1 < post.size() ? post.at(i + 1).lower() : QStringView();
    if (in(x, NEAR_WORDS("pyongyang", "dprk", "d.p.r.k.", "kim", "kpa", "regime")))
        return ByAgent::NorthKorea;
    // "the Democratic People's Republic of Korea", "the Korean People's Army"
    if (x == QLatin1String("democratic") || x == QLatin1String("korean"))
        return in(next, NEAR_WORDS("people's", "people\u2019s", "peoples")) ? ByAgent::NorthKorea : ByAgent::Other;
    if (x == QLatin1String("north"))
        return next.isEmpty() || in(next, NEAR_WORDS("korea", "korea's", "korean", "korea\u2019s", "on", "in", "from", "at",
                                                     "into", "toward", "towards", "early", "late", "last", "this", "had",
                                                     "has", "was", "were", "and"))
            ? ByAgent::NorthKorea
            : ByAgent::Other;
    return ByAgent::Other;
}

// Whether the words right after a participle's agent give its own day ("a missile
// launched by North Korea in March 2026 that flew 800 km"): then it is that
// launch, not the one told before. Up to the clause's end, at most 50 characters.
bool agentPhraseDated(const QString &text, int from, int end)
{
    const int to = std::min(end, from + 50);
    static const GatedRegex dated(QStringLiteral(
        "^[^,;:]*?(?:\\d|(?<![\\w-])(?:on|in|last|earlier|yesterday|today|early|late)\\s+(?:[\\w-]+\\s+)?"
        "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
        "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|week|month|year|morning|"
        "afternoon|evening|night)\\b)"));
    return from < to && dated.firstMatch(QStringView(text).mid(from, to - from)).hasMatch();
}
} // namespace

LaunchCueFinder::LaunchCueFinder()
{
    // Matched only where the word pass saw a cue word (anchored there): "were
    // fired" is found at "fired" and its auxiliary read backwards.
    m_cue = ci(QStringLiteral(
        "(?:"
        "(?<verb>(?:(?:test[- ])?(?:fired|launched|firing|launching)|(?:flight-)?(?:tested|test-fires))(?!\\w)(?=(?:\\s+(?:off|up))?\\s+[\"“]?(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several|at least|more than|up to|around|about|approximately|roughly|nearly|some|an estimated|dozens|both|what|its|it|them|the|another|one|some|(?:[\\w-]+\\s+){1,4}(?:missiles?|projectiles?|rockets?)|missiles?|projectiles?|rockets?|ballistic|cruise|hypersonic|short|medium|long|intermediate|intercontinental|(?-i:[A-Z]{2,})|SRBM|ICBM|from|into|toward|towards|eastward|westward|on|at|in|off|early|late|this|by|\\w+-range)\\b)|"
        "(?:test[- ])?fires(?!\\w)(?=\\s+(?:(?:around|about|approximately|roughly|nearly|an estimated|dozens of|its)\\s+)?(?:(?!(?:up|on|of|at|in|over|for|off|back|into|from|with|a|an|the)\\s)[\\w-]+\\s+){0,4}(?:missiles?|projectiles?|rockets?|Hwasong|Pukguksong|Hwasal|Pulhwasal|KN-\\d))|"
        "(?:test[- ])?(?:fires|launches)(?!\\w)(?=\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several|at least|more than|up to|what|another|missiles?|projectiles?|rockets?|ballistic|cruise|hypersonic|short|medium|long|intermediate|intercontinental|(?-i:[A-Z]{2,}))\\b)|"
        "(?:test[- ])?(?:fired|launched)(?=\\s*(?:,|\\.|$))|"
        // "No ICBM has flown since the Hwasong-19 on 31 October 2024": the flight it counts from.
        "flown(?=\\s+since\\s)|"
        // "the North flew an ICBM on a lofted trajectory": flew with a missile as its object;
        // "it first flew the Hwasong-18 on April 13, 2023": or a designation after "the".
        "flew(?=\\s+(?:an?|two|three|four|five|six|several|multiple|its|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|projectiles?|(?-i:[A-Z]{3,4}s?))(?![\\w-]))|"
        // "it sent an intermediate-range missile over Aomori Prefecture": sent a missile.
        "sent(?=\\s+(?:an?|two|three|four|five|six|several|multiple|its|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|projectiles?|(?-i:[A-Z]{3,4}s?))"
        "\\s+(?:over|into|toward|towards|across|flying|soaring|hurtling)(?![\\w-]))|"
        // (The designation ends the object: "flew the Hwasong-17 engineers to Moscow",
        // "flew the KN-23 missiles to Russia" carry something.)
        "flew(?=\\s+(?:the|its)\\s+(?:[\\w-]+\\s+){0,2}?(?-i:%1)-\\d{1,2}[A-Za-z]{0,2}"
        "(?:\\s*(?:[,.;:)]|$)|\\s+(?:on|in|at|from|toward|towards|into|over|for|some|about|around|nearly|more|again|last|this|\\d)(?![\\w-])))|"
        // "a Hwasong-12 crossed Hokkaido on 29 August 2017", "the Hwasong-21, first flown
        // last November", "which flew again in February": a missile's flight told with
        // its own day (its subject checked in analyse).
        "(?:flew|flown|crossed|overflew)(?=(?:\\s+(?:again|over))?(?:\\s+(?!on\\b|in\\b|last\\b)[\\w'\u2019-]+){0,2}?\\s+"
        "(?:(?:on|in)\\s+(?:the\\s+)?(?:\\d|%2)|last\\s+(?:week|month|year|%2)))|"
        "lobbed|splashed down|splashing down|test-fired|test-launched)|"
        "(?<noun>(?:test[- ])?(?:launch(?:es)?|firings?)|salvos?|volleys?|attempt(?=\\s+to\\s+(?:launch|put|place|send|fire)\\b)|test[- ]fires?|(?:flight-)?tests?(?:[- ](?:firings?|launch(?:es)?))?|"
        // "Last flight of this type was January 6": only after last/previous (checked in analyse).
        "flights?(?=\\s+of\\s+(?:this|that|the same|the|its)\\s+(?:type|kind|missile|weapon|system|class)(?![\\w-]))|"
        // "the sixth launch this year, following those of 2026/1/4, 2026/3/17 and ...":
        // the earlier launches, each on its day.
        "(?<=following\\s|follows\\s|followed\\s|after\\s)those(?=\\s+(?:of|on)\\s+(?:\\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))))"
        ")(?![\\w-])").arg(MissileLexicon::designationStems(), QStringLiteral("(?-i:January|February|March|April|May|June|July|August|September|"
                                                                              "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b")));
    m_cueNoun = m_cue.groupNumber(QStringLiteral("noun"));
    m_relevant = ci(QStringLiteral(
        "(?<![\\w-])(?:(?:the|this|that|these|those|both|each|one of the|all)\\s+(?:[\\w-]+\\s+){0,3}?(?:missiles?|projectiles?|rockets?|weapons?)|"
        "fl(?:ew|own|ying|ight)|travel(?:l)?(?:ed|ing)|splash(?:ed|ing)? down|landed|landing|fell|fallen|falling|"
        "altitude|apogee|exclusive economic zone|EEZ)(?![\\w-])"));
    // "the drill involved Hwasong-11 (KN-23) missiles", "the \"joint striking drill,\" which
    // included the Hwasong-11 and ... rocket launchers": what the event told was made of.
    // "It put the distance covered at 1,587 kilometres": the flight told before.
    m_relevantDistance = ci(QStringLiteral("(?<![\\w-])distance\\s+(?:it\\s+|they\\s+)?(?:covered|flown|travel(?:l)?ed)(?![\\w-])"));
    m_claimNote = ci(QStringLiteral("^\\W{0,3}(?-i:JCS|J?MOD|MND)\\s*:\\s*(?:approx\\.|approximately|about|around|roughly|nearly|up\\s+to|some|~)?\\s*\\d[\\d,.]*\\s*"
                                    "(?:km|kilomet|miles?|nautical|nmi)(?![a-z])"));
    m_relevantEvent = ci(QStringLiteral(
        "(?<![\\w-])(?:the|this)\\s+(?:[\\w\"\u201C\u201D-]+\\s+){0,3}?(?:drills?|tests?|exercises?|launch(?:es)?|firings?|salvos?)[,\"\u201D]*\\s+"
        "(?:which\\s+)?(?:involved|included|featured|used|employed)(?=\\s[^.;]*?(?:missile|projectile|rocket|weapon))"));
    // "JCS update: now assessing it as an intermediate-range missile", "Seoul later
    // identified them as SRBMs", "Tokyo believes it to be an ICBM": a sentence about
    // the launch being told, though it names the launch only by a pronoun.
    m_assessed = ci(QStringLiteral(
        "(?<![\\w-])(?:assess(?:es|ed|ing)?|identif(?:y|ies|ied|ying)|classif(?:y|ies|ied|ying)|judg(?:e|es|ed|ing)|"
        "believ(?:e|es|ed|ing)|estimat(?:e|es|ed|ing))\\s+(?:it|them)\\s+(?:as|to be)\\s+(?:an?\\s+|two\\s+|several\\s+)?"
        "(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|projectiles?|(?-i:[A-Z]{3,4}s?)|Hwasong[\\w-]*|KN-?\\d+)(?![\\w-])|"
        // "state media said the next day it was a new "hypersonic" system": what the
        // launch was, as a reporter said it.
        "(?<![\\w-])(?:said|says|claimed|claims|reported|reports|insisted|insists)\\s+(?:[\\w-]+\\s+){0,3}?(?:that\\s+)?(?:it|they)\\s+(?:was|were|is|are)\\s+"
        "(?:an?\\s+|two\\s+|several\\s+)?(?:[\\w\"\u201c\u201d'\u2019-]+\\s+){0,3}?(?:missiles?|rockets?|projectiles?|systems?|weapons?|(?-i:[A-Z]{3,4}s?)|Hwasong[\\w-]*|KN-?\\d+)(?![\\w-])"));
    m_artillery = ci(QStringLiteral("(?<![\\w-])(?:artillery|howitzers?|shells|rounds of|coastal guns?|mortars?)(?![\\w-])"));
    m_parade = ci(QStringLiteral("(?<![\\w-])(?:parades?|paraded|on display|displays|displayed|unveil(?:ed|s|ing)?|"
                                 "showcas(?:e|ed|es|ing)|exhibit(?:ed|ion|ions)?|showed off|rolled out)(?![\\w-])"));
    m_supply = ci(QStringLiteral("(?<![\\w-])(?:suppl(?:y|ied|ies|ying)|export(?:ed|s|ing)?|ship(?:ped|ments?)|transferr?(?:ed|ing)|"
                                 "sold|sell(?:s|ing)?|provid(?:ed|ing)|deliver(?:ed|ies|ing)|arms deals?)(?![\\w-])"));
    // Generic history: never one launch, whatever verb it uses.
    m_generic = ci(QStringLiteral("(?<![\\w-])(?:over the (?:past |last )?(?:\\w+ )?(?:years?|decades?)|for (?:years|decades)|"
                                  "throughout (?:its|the) history|in the past decade|so far (?:this year|in \\d{4})|this year alone|(?:numerous|countless|many|dozens of|hundreds of) "
                                  "(?:missile )?(?:tests|launches)|over (?:the )?(?:past|last) (?:\\w+ )?(?:years?|decades?))(?![\\w-])"
                                  // "Every few weeks a news alert announces that North Korea has fired
                                  // ...", "Whenever the North fires a missile, ...": a habit, said first.
                                  "|^[\\s\"\u201C]*(?:every\\s+(?:few|couple\\s+of|other|two|three|several)\\s+(?:days|weeks|months)|whenever)(?![\\w-])"));
    // Background that is generic unless a missile was fired in the sentence.
    m_background = ci(QStringLiteral("(?<![\\w-])(?:since (?:19|20)\\d\\d|history of|long record of|track record)(?![\\w-])"));
    // A satellite put in orbit, or a crew or spacecraft sent up: a launch, but no
    // missile firing unless a missile is named beside it.
    m_satellite = ci(QStringLiteral("(?<![\\w-])(?:satellites?|spacecraft|space\\s+station|astronauts?|cosmonauts?|"
                                    "taikonauts?|crew(?:ed|s)?)(?![\\w-])"));
}


int LaunchCueFinder::clauseStart(const QString &text, int pos, int floor)
{
    int p = pos;
    while (p > floor) {
        const QChar c = text.at(p - 1);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014)
            || c == QChar(0x2013) || c == QLatin1Char('('))
            break;
        --p;
    }
    // What (?<![\w-])(?:since|following|after|when|while|including|as|before|until)\s+
    // (?:[^,;:()\x{2014}\x{2013}]*)$ (caseless) finds in text[p, pos), read by hand: the
    // window holds none of , ; : ( and the dashes, so the words after a connective
    // only must hold no ')': the leftmost connective after the window's last ')',
    // not glued to a word character or hyphen before it (the window's start has
    // none before it), with a space after it.
    static constexpr std::string_view kConnectives[] = {"since", "following", "after", "when", "while",
                                                       "including", "as", "before", "until"};
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    int s = pos;
    while (s > p && d[s - 1] != u')')
        --s;
    for (; s < pos; ++s) {
        if (s > p && isAsciiWordOrHyphen(d[s - 1]))
            continue; // (?<![\w-])
        const char16_t first = LaunchPhrases::foldedLetter(d[s]);
        if (first != 's' && first != 'f' && first != 'a' && first != 'w' && first != 'i' && first != 'b' && first != 'u')
            continue;
        for (const std::string_view w : kConnectives) {
            const int n = int(w.size());
            if (s + n >= pos || !isPcreSpace(d[s + n]))
                continue;
            int k = 0;
            while (k < n && LaunchPhrases::foldedLetter(d[s + k]) == char16_t(w[k]))
                ++k;
            if (k == n)
                return s;
        }
    }
    while (p < pos && text.at(p).isSpace())
        ++p;
    return p;
}


bool LaunchCueFinder::definiteReferenceBefore(const QString &text, int pos, int floor, bool fromWordsBefore)
{
    if (!fromWordsBefore)
        return nearestDeterminerIsDefinite(text, pos, floor);
    return nearestDeterminerIsDefinite(text, pos, floor, wordsBefore(text, pos, floor, 6, false, false));
}

SentenceCues LaunchCueFinder::analyse(const QString &text, int start, int end) const
{
    return analyse(text, start, end, wordClasses(text, start, end));
}

SentenceCues LaunchCueFinder::analyse(const QString &text, int start, int end, quint32 words) const
{
    StemTrie::Starts cueWords;
    if (words & Cue)
        wordClasses(text, start, end, &cueWords);
    return analyse(text, start, end, words, cueWords);
}

SentenceCues LaunchCueFinder::analyse(const QString &text, int start, int end, quint32 words,
                                      const StemTrie::Starts &cueWords) const
{
    SentenceCues out;
    bool foreignFiring = false; // a launch verb rejected for another country's subject
    const QStringView sentence = QStringView(text).mid(start, end - start);
    // The exclusion regexes run only where their words are (most sentences: none),
    // and only where their answer counts: each is asked in the order the
    // exclusions are decided, and not when a missile named (artillery, satellite)
    // or a launch verb (parade, supplies, background) makes it moot.
    out.missileTerm = words & MissileNoun;
    const bool firedOrLaunched = words & PastVerb;
    // Each history pattern needs one of its own words; a word the pass cannot read
    // (a letter outside ASCII right before it) sends both to their regex.
    const bool unread = words & NonAsciiLetter;
    if ((words & ExArtillery) && !out.missileTerm && m_artillery.firstMatch(sentence).hasMatch())
        out.exclusion = QStringLiteral("artillery");
    else if ((words & ExParade) && !firedOrLaunched && m_parade.firstMatch(sentence).hasMatch())
        out.exclusion = QStringLiteral("parade display");
    else if ((words & ExSupply) && !firedOrLaunched && m_supply.firstMatch(sentence).hasMatch())
        out.exclusion = QStringLiteral("supplies or exports");
    else if ((words & (ExGeneric | ExBackground))
             && (((unread || (words & ExGeneric)) && m_generic.firstMatch(sentence).hasMatch())
                 || (!firedOrLaunched && (unread || (words & ExBackground)) && m_background.firstMatch(sentence).hasMatch())))
        out.exclusion = QStringLiteral("generic history");
    else if ((words & ExSatellite) && (!out.missileTerm || foreignSpaceLaunch(sentence)) && m_satellite.firstMatch(sentence).hasMatch())
        out.exclusion = QStringLiteral("satellite");
    else if (start > 0 && (text.at(start - 1) == u' ' || text.at(start - 1) == u'\n') && datedItemTellsOtherEvent(text, start, end))
        out.exclusion = QStringLiteral("another event of a listed day");
    // (Only where a launch word is: "the height at which the International Space
    // Station orbits" tells no launch.)
    out.satelliteLaunch = (words & Cue) && out.exclusion == QLatin1String("satellite");
    if (!out.exclusion.isEmpty())
        return out;

    // Candidate cue words: where a word starts with fire/launch/test/lobbed/splash
    // (found by the word pass, the Cue stems).
    QVarLengthArray<int, 16> candidates;
    if (words & Cue) {
        const QChar *data = text.constData();
        for (const int w : cueWords) {
            // "flight-tested", "flight-test": the cue starts at "flight".
            if (w - 7 >= start && data[w - 1] == QLatin1Char('-')
                && QStringView(text).mid(w - 7, 6).compare(QLatin1String("flight"), Qt::CaseInsensitive) == 0
                && (w - 7 == start || !data[w - 8].isLetterOrNumber())) {
                candidates.append(w - 7);
                continue;
            }
            if (w > start && (data[w - 1].isLetterOrNumber() || data[w - 1] == QLatin1Char('-')))
                continue; // inside a compound ("battlefield-tested", "test-fired" is found at "test")
            candidates.append(w);
        }
    }
    auto auxiliary = [](QStringView w) { return in(w, NEAR_WORDS("were", "was", "been", "being", "are", "is", "had", "have", "has")); };
    auto adverb = [](QStringView w) {
        return in(w, NEAR_WORDS("reportedly", "apparently", "also", "all", "first", "then", "later", "successfully", "simultaneously"));
    };
    int consumed = start;
    for (const int at : candidates) {
        if (at < consumed)
            continue;
        // Anchored in the pattern (\G), not per match: PCRE's JIT runs only compile-time anchors.
        auto m = m_cue.matchAt(QStringView(text).left(end), at);
        const QStringView here = QStringView(text).mid(at, end - at);
        const bool participle = startsWithCi(here, "fired") || startsWithCi(here, "launched")
            || startsWithCi(here, "test-fired") || startsWithCi(here, "test-launched")
            || startsWithCi(here, "flight-tested");
        if (!m.hasMatch() && !participle)
            continue; // most candidates that are no cue end here, before the words around are read
        // "the missiles were (reportedly) fired ...": a passive launch verb.
        // The words before the candidate, read once: a cue starts where its candidate does.
        bool quoteBefore = false;
        const NearWords pre = wordsBefore(text, at, start, 6, false, false, &quoteBefore);
        const bool passive = !pre.isEmpty() && (auxiliary(pre.at(0).lower())
                                                || (pre.size() > 1 && adverb(pre.at(0).lower()) && auxiliary(pre.at(1).lower())));
        LaunchCue cue;
        if (m.hasMatch()) {
            cue.start = int(m.capturedStart());
            cue.end = int(m.capturedEnd());
            cue.verb = m.capturedStart(m_cueNoun) < 0;
        } else if (passive && participle) {
            cue.start = at;
            cue.end = at;
            while (cue.end < end && (text.at(cue.end).isLetter() || text.at(cue.end) == QLatin1Char('-')))
                ++cue.end;
            cue.verb = true;
        } else {
            continue;
        }
        if (cue.end <= cue.start || (cue.end < end && (text.at(cue.end).isLetterOrNumber() || text.at(cue.end) == QLatin1Char('-'))))
            continue;
        consumed = cue.end;
        Q_ASSERT(cue.start == at); // anchored: so `pre` is the words before the cue
        const QStringView matchedText = QStringView(text).mid(cue.start, cue.end - cue.start);
        if (hypotheticalBefore(pre))
            continue;
        // A flight told by its day ("crossed Hokkaido on 29 August") is a launch only
        // with a missile its subject, a few words before: "Kim flew to Vladivostok
        // in April" is none. (With a missile its object, "flew an ICBM", it needs none.)
        // (Nor after a launch cue of the same clause: "the launch ... of an IRBM that flew
        // over Japan on 26 June" tells one launch.)
        // ("Nothing of that class has flown since the KN-23 on 5 May 2024" counts from a
        // launch it names: no subject needed.)
        if (isFlightVerb(matchedText) && !QStringView(text).mid(cue.end, 7).trimmed().startsWith(QLatin1String("since"), Qt::CaseInsensitive)
            && !missileObjectAfter(text, cue.end, end)) {
            const int subject = missileSubjectBefore(text, cue.start, start);
            if ((subject == -1 && !missileSubjectIn(pre))
                || (!out.cues.isEmpty() && cue.start - out.cues.last().end < 160
                    && !containsAnyOf(QStringView(text).mid(out.cues.last().end, cue.start - out.cues.last().end), {u';', u'.'})))
                continue;
            cue.subjectStart = std::max(subject, -1);
        }
        if ((words & Ship) && shipLaunch(text, cue.start, cue.end, start, end)) {
            // (Up to the clause's end, or the next event told after it: "attended a launch
            // ceremony on Monday and then watched the test-firing of two missiles".)
            static const GatedRegex nextEvent(QStringLiteral("\\s(?:and\\s+then|then|before|after|followed\\s+by)\\s"), kCi);
            int clauseEnd = cue.end;
            while (clauseEnd < end && !QStringView(u",;:()").contains(text.at(clauseEnd)))
                ++clauseEnd;
            const RegexMatch next = nextEvent.firstMatch(QStringView(text).mid(cue.end, clauseEnd - cue.end));
            if (next.hasMatch())
                clauseEnd = cue.end + int(next.capturedStart());
            // (A ceremony's day may be the day of a firing the sentence tells too.)
            if (const int ceremonyEnd = ceremonyAfter(text, cue.end, end); ceremonyEnd >= 0)
                clauseEnd = ceremonyEnd;
            out.shipLaunches.append({cue.start, clauseEnd});
            continue;
        }
        if (!cue.verb) {
            const NearWords post = wordsAfter(text, cue.end, end, 6);
            // ("solid-fuel motor test", "static fire test of a new motor": a motor's.)
            // ("a ground jet test of a high-thrust solid-fuel engine": a test of an
            // engine, named before the noun or after its "of".)
            auto engineTested = [&post] {
                if (post.isEmpty() || post.at(0).lower() != QLatin1String("of"))
                    return false;
                for (int k = 1; k < post.size() && k < 6; ++k) {
                    const QStringView x = post.at(k).lower();
                    if (in(x, NEAR_WORDS("engine", "engines", "motor", "motors")))
                        return true;
                    if (in(x, NEAR_WORDS("missile", "missiles", "rocket", "rockets", "for", "with", "on", "at", "in", "from")))
                        return false;
                }
                return false;
            };
            const bool notMissile = (pre.size() > 0 && in(pre.at(0).lower(), NEAR_WORDS("nuclear", "atomic", "underground", "engine", "ground", "static", "ejection", "parachute", "thrust", "stress", "drug", "covid", "motor", "motors", "jet")))
                || (pre.size() > 1 && in(pre.at(1).lower(), NEAR_WORDS("nuclear", "atomic", "underground", "engine", "static", "motor", "ground")))
                || engineTested();
            auto genericHead = [](QStringView x) {
                return in(x, NEAR_WORDS("activity", "activities", "program", "programs", "programme", "programmes", "capability",
                              "capabilities", "pad", "pads", "site", "sites", "vehicle", "vehicles", "facility", "facilities",
                              "window", "preparation", "preparations", "ban", "moratorium", "platform", "platforms", "system",
                              "systems", "technology", "campaign", "cell", "cells", "tube", "tubes", "canister", "canisters"));
            };
            const bool generic = !post.isEmpty()
                && (genericHead(post.at(0).lower())
                    || (post.size() > 1 && in(post.at(0).lower(), NEAR_WORDS("of", "on", "in")) && genericHead(post.at(1).lower())));
            // "Pyongyang carried out 10 launch events last year", "its 12 launches in
            // 2025", "dozens of tests": a tally of launches, none of them told.
            const bool plural = matchedText.endsWith(u's') || (!post.isEmpty() && in(post.at(0).lower(), NEAR_WORDS("events")));
            // (The number may stand before the launch's kind: "seven missile launches".)
            int n = 0;
            while (n < pre.size() && n < 2 && in(pre.at(n).lower(), NEAR_WORDS("missile", "ballistic", "weapons", "weapon", "rocket", "test", "flight")))
                ++n;
            const bool tally = plural && n < pre.size()
                && (isTallyNumber(pre.at(n).lower())
                    || (n + 1 < pre.size() && pre.at(n).lower() == QLatin1String("of")
                        && in(pre.at(n + 1).lower(), NEAR_WORDS("dozens", "scores", "hundreds", "number"))));
            // (Over a period: "three missile launches in the space of six hours" on Friday
            // is one day's salvo, told.)
            static const GatedRegex period(QStringLiteral(
                "(?<![\\w-])(?:last|this|past|previous)\\s+(?:year|years|decade)|(?<![\\w-])in\\s+(?:19|20)\\d\\d(?![\\w-])|(?<![\\w-])since(?![\\w-])"
                "|(?<![\\w-])so\\s+far(?![\\w-])|(?<![\\w-])to\\s+date(?![\\w-])|(?<![\\w-])(?:a|per|each|every)\\s+year(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            if (tally && period.firstMatch(sentence).hasMatch())
                continue;
            // "has conducted two ballistic missile launches since 1 April": two, counted
            // right after since a day, so far or to date, is a tally too ("two
            // launches this year" may be the two the story tells; "two launches on
            // Monday, the first since March" are told).
            if (plural && n < pre.size() && in(pre.at(n).lower(), NEAR_WORDS("two", "2")) && !post.isEmpty()
                && (post.at(0).lower() == QLatin1String("since")
                    || (post.size() > 1 && ((post.at(0).lower() == QLatin1String("so") && post.at(1).lower() == QLatin1String("far"))
                                            || (post.at(0).lower() == QLatin1String("to") && post.at(1).lower() == QLatin1String("date"))))))
                continue;
            // "resolutions ban it from "any launch using ballistic missile technology"",
            // "not how far a particular test went": launches at all, none told.
            const bool anyAtAll = !pre.isEmpty() && in(pre.at(0).lower(), NEAR_WORDS("any", "every", "each", "particular", "given"));
            // "but no launch took place during the drill", "no missile launch was
            // detected", "no further launches": none, told as none.
            int m = 0;
            while (m < pre.size() && m < 2
                   && in(pre.at(m).lower(), NEAR_WORDS("missile", "ballistic", "rocket", "further", "such", "new", "other", "actual")))
                ++m;
            const bool noneAtAll = m < pre.size() && pre.at(m).lower() == QLatin1String("no");
            if (notMissile || anyAtAll || noneAtAll || hypotheticalAfter(post) || generic || anticipated(text, start, cue.end, end))
                continue;
            // "an artillery drill rather than a missile launch", "instead of a launch",
            // "was not a missile launch": what the event was not.
            bool denied = false;
            for (int k = 0; k + 1 < pre.size() && k < 4 && !denied; ++k) {
                const QStringView w = pre.at(k).lower(), before = pre.at(k + 1).lower();
                denied = (w == QLatin1String("than") && before == QLatin1String("rather"))
                    || (w == QLatin1String("of") && before == QLatin1String("instead"))
                    || (k >= 1 && w == QLatin1String("not") && in(pre.at(k - 1).lower(), NEAR_WORDS("a", "an")));
            }
            // ("categorized the firing as an artillery drill": shells, named after it.)
            if (denied
                || (startsWithCi(matchedText, "firing")
                    && std::any_of(post.begin(), post.end(), [](const NearWord &w) { return in(w.lower(), NEAR_WORDS("artillery", "shells", "rounds")); })))
                continue;
            // "the successful launch of the reconnaissance satellite Malligyong-2", "the
            // satellite launch": a space launch, whatever missile the sentence names too
            // ("the space and missile sectors").
            if (words & ExSatellite) {
                auto space = [](QStringView x) { return in(x, NEAR_WORDS("satellite", "satellites", "spacecraft")); };
                // ("the launch of a so-called military reconnaissance satellite": up to
                // five words on, before any missile word: not "the launch of two
                // ballistic missiles and a satellite".)
                bool ofSatellite = false;
                if (post.size() > 1 && post.at(0).lower() == QLatin1String("of")) {
                    for (int k = 1; k < post.size() && k <= 5 && !ofSatellite; ++k) {
                        const QStringView x = post.at(k).lower();
                        if (in(x, NEAR_WORDS("missile", "missiles", "ballistic", "cruise", "and")))
                            break;
                        ofSatellite = space(x);
                    }
                }
                // ("the satellite-carrying rocket launch": a word before it made of one.)
                auto spaceWord = [&](int k) {
                    return k < pre.size() && (space(pre.at(k).lower()) || pre.at(k).lower().startsWith(QLatin1String("satellite-")));
                };
                // ("an attempt to put a spy satellite into orbit", "its attempt to send
                // a military satellite aloft": what was to be launched is a satellite.)
                bool attemptOfSatellite = false;
                if (startsWithCi(matchedText, "attempt")) {
                    for (int k = 1; k < post.size() && k < 6 && !attemptOfSatellite; ++k)
                        attemptOfSatellite = space(post.at(k).lower());
                }
                // ("to launch a reconnaissance satellite": the word read as a noun is a verb.)
                const bool toLaunchSatellite = !pre.isEmpty() && pre.at(0).lower() == QLatin1String("to")
                    && rocketCarryingSatelliteAfter(text, cue.end, end);
                if (ofSatellite || attemptOfSatellite || toLaunchSatellite || spaceWord(0)
                    || (spaceWord(1) && pre.at(0).lower() == QLatin1String("rocket"))) {
                    out.satelliteLaunch = true;
                    continue;
                }
            }
            // "North Korea's missile launches are a consequence of ...": launches in
            // general, the subject of a present "are", not a launch told (unless "the
            // launches are ..." refers back).
            const bool pluralNoun = matchedText.endsWith(QLatin1Char('s'), Qt::CaseInsensitive);
            bool refersBack = false; // "the launches are the first since ..."
            for (int k = 0; k < pre.size() && k < 4 && !refersBack; ++k)
                refersBack = in(pre.at(k).lower(), NEAR_WORDS("the", "these", "those", "this"));
            if (pluralNoun && !post.isEmpty() && in(post.at(0).lower(), NEAR_WORDS("are", "remain")) && !refersBack)
                continue;
            // A bare "test" needs a missile in the sentence; "the launch" refers back on its own.
            // "the last flight of this type": a flight is a launch only as the earlier one of a kind.
            const bool flightOfType = startsWithCi(matchedText, "flight") && !matchedText.contains(QLatin1Char('-'));
            if (flightOfType && (pre.isEmpty() || !in(pre.at(0).lower(), NEAR_WORDS("last", "previous", "prior", "earlier"))))
                continue;
            if (!out.missileTerm && !flightOfType && !matchedText.contains(QLatin1String("launch"), Qt::CaseInsensitive))
                continue;
            // Which launch: "the/this/its latest" test refers back, "a/another" test
            // is new; the nearest determiner decides.
            // "The previous flight of this type" is never the launch told, whatever its determiner.
            cue.definite = !flightOfType && nearestDeterminerIsDefinite(text, cue.start, start, pre);
            // "The previous launch was an SLBM off Sinpo on Aug 26", "its prior ICBM
            // test": an earlier launch than the one told, whatever its determiner.
            // ("The last launch" may be the one told, in a story of a launch series.)
            // Only as the noun's own adjective, at most a kind word between: not "Prior
            // to the launch", "the previous administration's launch policy".
            if (cue.definite && !pre.isEmpty()) {
                auto earlier = [](const NearWord &w) { return in(w.lower(), NEAR_WORDS("previous", "prior")); };
                const bool kindWord = in(pre.at(0).lower(), NEAR_WORDS("missile", "ballistic", "cruise", "hypersonic", "icbm", "srbm",
                                                                     "irbm", "slbm", "crbm", "mrbm", "weapons", "weapon", "flight",
                                                                     "test", "major"));
                if (earlier(pre.at(0)) || (kindWord && pre.size() > 1 && earlier(pre.at(1))))
                    cue.definite = false;
            }
            // "described ... as a test of", "hailed as a successful launch", "as tests of":
            // what the launch just told was ("as well as a test" adds one).
            // "described the test as a \"verification firing\"": the term may be quoted.
            // The same words as `pre` unless its walk stopped at a quotation mark.
            NearWords quoted;
            if (quoteBefore)
                quoted = wordsBefore(text, at, start, 6, false, true);
            const NearWords &asPre = quoteBefore ? quoted : pre;
            for (int i = 0; i < 3 && i < asPre.size() && !cue.predicate; ++i) {
                if (asPre.at(i).lower() != QLatin1String("as"))
                    continue;
                const bool article = i == 0 || in(asPre.at(i - 1).lower(), NEAR_WORDS("a", "an"));
                const bool wellAs = i + 1 < asPre.size() && in(asPre.at(i + 1).lower(), NEAR_WORDS("well", "such", "same", "soon"));
                cue.predicate = article && !wellAs && (i < 2 || !in(asPre.at(0).lower(), NEAR_WORDS("a", "an", "the")));
            }
        } else {
            // "fired" what? Not a missile launch without a missile in the sentence, but
            // for "They were fired from the Sukchon area": the missiles just told.
            const bool toldFromArea = !out.missileTerm && passive && participle
                && pronounFiredFromArea(pre, text, cue.end, end);
            if (!out.missileTerm && !toldFromArea)
                continue;
            // "the new missile whose engine North Korea said it tested at the end of last
            // month": what was tested is the engine the relative clause hangs on.
            bool engineRelative = false;
            for (int k = 0; k + 1 < pre.size() && k < 6 && !engineRelative; ++k) {
                engineRelative = in(pre.at(k).lower(), NEAR_WORDS("engine", "engines", "motor", "motors"))
                    && (pre.at(k + 1).lower() == QLatin1String("whose")
                        || (k > 0 && in(pre.at(k - 1).lower(), NEAR_WORDS("that", "which"))));
            }
            if (engineRelative)
                continue;
            // "tested a big rocket engine on the ground", "test-fired a new solid-fuel
            // motor": the verb's object is an engine (or shells), no missile's flight.
            // (Read up to the object's first preposition: "fired a rocket with a new
            // engine" flies.)
            if (!passive) {
                bool engine = false;
                for (const NearWord &w : wordsAfter(text, cue.end, end, 6)) {
                    const auto x = w.lower();
                    if (in(x, NEAR_WORDS("missile", "missiles", "projectile", "projectiles", "with", "from", "into", "on", "at",
                                         "in", "toward", "towards", "off", "over", "for", "carrying", "and", "whose", "which",
                                         "that", "powered", "using", "equipped", "fitted")))
                        break;
                    // A missile named by its class or designation ("a Hwasong-18 ICBM whose
                    // motor ...", "a Pukguksong-3 SLBM"): the object is the missile.
                    const QStringView word = QStringView(text).mid(w.start, w.end - w.start);
                    // (In capitals with a figure, or a class's "...BM", "...CM": not an
                    // agency's initials, "a firing the JCS categorized as ...".)
                    bool designation = word.size() >= 3;
                    for (const QChar ch : word)
                        designation = designation && (ch.isUpper() || ch.isDigit() || ch == u'-');
                    designation = designation
                        && (std::any_of(word.begin(), word.end(), [](QChar ch) { return ch.isDigit(); })
                            || word.endsWith(QLatin1String("BM")) || word.endsWith(QLatin1String("BMs"))
                            || word.endsWith(QLatin1String("CM")) || word.endsWith(QLatin1String("CMs")));
                    if (designation || (word.contains(u'-') && word.back().isDigit()))
                        break;
                    if (in(x, NEAR_WORDS("engine", "engines", "motor", "motors"))) {
                        engine = true;
                        break;
                    }
                    // "fired roughly 10 rounds from 240mm multiple rocket launchers",
                    // "fired dozens of artillery shells", "a firing the JCS categorized
                    // as an artillery drill": shells, no missile (not "two rounds of
                    // ballistic missiles").
                    if (in(x, NEAR_WORDS("rounds", "shells", "shots", "artillery"))) {
                        const QStringView rest = QStringView(text).mid(w.end, std::min(4, end - w.end)).trimmed();
                        engine = !rest.startsWith(QLatin1String("of"), Qt::CaseInsensitive);
                        break;
                    }
                }
                if (engine)
                    continue;
            }
            // "launched a rocket carrying a military reconnaissance satellite": the
            // verb's object is a space launch vehicle with its payload, no missile.
            if ((words & ExSatellite) && (passive ? satelliteRocketSubject(pre) : rocketCarryingSatelliteAfter(text, cue.end, end))) {
                out.satelliteLaunch = true;
                continue;
            }
            if (toldFromArea)
                cue.definite = cue.anaphoric = true;
            // (The words after are read only when "by" follows: most participles have none.)
            auto byFollows = [&] {
                int k = cue.end;
                while (k < end && text.at(k).isSpace())
                    ++k;
                return k + 2 < end && (text.at(k) == u'b' || text.at(k) == u'B') && (text.at(k + 1) == u'y' || text.at(k + 1) == u'Y')
                    && !text.at(k + 2).isLetterOrNumber();
            };
            const ByAgent agent = participle && !passive && byFollows() ? byAgent(text, start, cue.start, wordsAfter(text, cue.end, end, 4))
                                                                         : ByAgent::None;
            if (agent == ByAgent::NotAMissile)
                continue; // "an inquiry launched by the UN panel"
            if (foreignSubject(pre) || foreignPronounSubject(pre, text, start, end, cue.start) || agent == ByAgent::Other) {
                foreignFiring = true;
                continue;
            }
            // "(Tokyo reported that) a ballistic missile launched by the DPRK had fallen
            // ...": a participle with its agent after a noun names the launcher, as a
            // report of the launch told does, not a launch of its own (unless the
            // words after give a day of its own).
            if (agent == ByAgent::NorthKorea && !agentPhraseDated(text, cue.end, end))
                cue.definite = true;
            // "the missiles were fired from ..." refers to missiles already reported;
            // "The Hwasong-21 was first test-fired on Nov. 25" tells its first flight,
            // an earlier one.
            const bool firstFlight = passive && pre.size() > 1 && pre.at(0).lower() == QLatin1String("first");
            if (passive && participle && !firstFlight) {
                // ("An intermediate-range ballistic missile, the Hwasong-12Da, is
                // launched ...", "two SRBMs, the Hwasong-11s, were fired": "the" opens
                // an apposition to an indefinite subject, a comma before it and "a",
                // "an" or a number further back.)
                const NearWords before = wordsBefore(text, cue.start, start, 11, true);
                for (int k = 0; k < int(before.size()) && !cue.definite; ++k) {
                    if (!in(before[k].lower(), NEAR_WORDS("the", "this", "these", "those", "its", "both")))
                        continue;
                    bool apposition = false;
                    if (k + 1 < int(before.size()) && before[k + 1].end < text.size() && text.at(before[k + 1].end) == u',') {
                        for (int j = k + 2; j < int(before.size()) && !apposition; ++j)
                            apposition = in(before[j].lower(), NEAR_WORDS("a", "an", "one", "two", "three", "four", "five", "six", "several", "multiple"));
                    }
                    cue.definite = !apposition;
                }
            }
        }
        // Coming down is part of the flight already told, never a new launch.
        if (startsWithCi(matchedText, "splash"))
            cue.definite = true;
        bool connective = false;
        for (int k = 0; k < pre.size(); ++k) {
            const QStringView w = pre.at(k).lower();
            connective = connective || in(w, NEAR_WORDS("since", "following", "previous", "prior", "earlier", "last"));
            // "came a day after the North fired ...": a gap before "after" dates an
            // earlier launch; a bare "after" ("protested after North Korea fired") does not.
            if (w == QLatin1String("after") && k + 1 < pre.size()
                && in(pre.at(k + 1).lower(), NEAR_WORDS("day", "days", "week", "weeks", "month", "months", "hour", "hours", "shortly")))
                connective = true;
        }
        cue.connective = connective && !cue.definite;
        // "following those of Jan. 4, ...": only ever earlier launches (the regex
        // asks for "following", "follows", "followed" or "after" before it).
        if (startsWithCi(matchedText, "those")) {
            // ... unless "those" stands for another event the clause is about
            // ("Japan's protest over the launch follows those of ...").
            static const GatedRegex otherEvent(QStringLiteral(
                "(?<![\\w-])(?:protests?|meetings?|statements?|sanctions|talks|condemnations?|sessions?|summits?|drills?|"
                "exercises?|resolutions?|warnings?|criticism|visits?|briefings?|calls?|reports?)(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            if (otherEvent.firstMatch(QStringView(text).mid(start, cue.start - start)).hasMatch())
                continue;
            cue.definite = false;
            cue.connective = true;
        }
        out.cues << cue;
    }
    // "The United States test-launched a Minuteman III intercontinental ballistic
    // missile in May": another country's firing and nothing else of a launch; its
    // class, count and figures are not the launch told before it.
    if (out.cues.isEmpty() && foreignFiring) {
        out.exclusion = QStringLiteral("another country's launch");
        return out;
    }
    // "(a) Kanggye, 14 January: several SRBMs, ~250 km, into the East Sea.": a list
    // item in note form tells a launch without a verb.
    if (out.cues.isEmpty() && (words & (ClassAbbreviation | MissileNoun))) {
        const LaunchCue note = noteItemCue(text, start, end);
        if (note.end > 0)
            out.cues << note;
    }
    // Without a Landing word, m_relevant can only match a determiner followed by
    // a missile noun, or "flying", "flight", "exclusive economic zone".
    const bool relevantMayMatch = (words & (RelevantOther | NonAsciiLetter))
        || ((words & RelevantDeterminer) && (words & RelevantNoun));
    out.relevant = !out.cues.isEmpty() || (words & Landing)
        || ((words & (Flight | Definite)) && (words & (RelevantWord | NonAsciiLetter)) && relevantMayMatch
            && ((words & (RelevantOther | NonAsciiLetter))
                    ? m_relevant.firstMatch(sentence).hasMatch()
                    // Then only its determiner branch can match (the word gate above):
                    // read by hand, no scan for starts over the sentence.
                    : LaunchPhrases::determinerBeforeMissileNoun(sentence)))
        || ((words & Assess) && (words & Missile) && m_assessed.firstMatch(sentence).hasMatch())
        || ((words & RelevantEvent) && (words & RelevantNoun) && (words & Definite) && m_relevantEvent.firstMatch(sentence).hasMatch())
        || ((words & DistanceWord) && m_relevantDistance.firstMatch(sentence).hasMatch())
        || ((words & Claim) && (words & Length) && m_claimNote.firstMatch(sentence).hasMatch());
    return out;
}

} // namespace atlas
