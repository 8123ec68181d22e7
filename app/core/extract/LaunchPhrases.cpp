#include "extract/LaunchPhrases.h"
#include "extract/AsciiClasses.h"
#include "extract/GatedRegex.h"

#include "extract/CharScan.h"
#include "extract/TrustedText.h"
#include "extract/launch/SpacedNounStarts.h"

#include <QRegularExpression>

#include <algorithm>
#include <string_view>

namespace atlas {
namespace LaunchPhrases {

// (See LaunchPhrases.h.)
bool whenClauseTellsOtherEvent(const QString &text, int dayEnd)
{
    static const QRegularExpression when(QStringLiteral("^\\s*,\\s*when\\s+([^.;]{1,160})"), QRegularExpression::CaseInsensitiveOption);
    const auto m = when.match(QStringView(text).mid(dayEnd, 200));
    if (!m.hasMatch())
        return false;
    static const QRegularExpression launch(
        QStringLiteral("(?<![\\w-])(?:fir(?:e|ed|es|ing)|launch(?:ed|es|ing)?|test(?:ed|-fired|-launched)?|fl(?:ew|own)|missiles?|rockets?|"
                       "projectiles?|ICBMs?|IRBMs?|SRBMs?|SLBMs?|MRBMs?|CRBMs?|Hwas(?:e)?ong|Pukguksong|KN-\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    return !launch.match(m.capturedView(1)).hasMatch();
}

// "its first ballistic missile launch since June 19", "the first ICBM test since
// 31 October 2024": the launch told is the first since an earlier one, which the
// "since" date right after the cue dates. Returns where "first" starts, -1 when
// the words do not say so.
int firstSinceAt(const QString &text, const LaunchCue &cue, const DateMention &d, int floor)
{
    if (d.start < cue.end || QStringView(text).mid(d.start, 6).compare(QLatin1String("since "), Qt::CaseInsensitive) != 0)
        return -1;
    if (d.start - cue.end > 2) {
        // "The launch was North Korea's first of an ICBM since October 2024", "the test
        // marks its first IRBM flight since ...": the launch is said to be the first.
        if (d.start - cue.end > 90)
            return -1;
        static const QRegularExpression isFirst(
            QStringLiteral("^\\s+(?:was|is|marks|marked|became|becomes|represents|represented)\\s+(?:[\\w'\u2019.-]+\\s+){0,3}?"
                           "(first)\\s+(?:[\\w'\u2019-]+\\s+){0,6}$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = isFirst.match(QStringView(text).mid(cue.end, d.start - cue.end));
        if (m.hasMatch())
            return cue.end + int(m.capturedStart(1));
        // "the first launch by North Korea detected by Japan since April 20": "first"
        // before the cue, and a few words of it between the cue and "since" (not
        // "the first attempt to launch a satellite since May 2024").
        static const QRegularExpression ofTheCue(QStringLiteral("^\\s+(?:[\\w'\u2019.-]+\\s+){1,8}$"));
        static const QRegularExpression spaceLaunch(QStringLiteral("(?<![\\w-])(?:satellites?|space|spy)(?![\\w-])"),
                                                    QRegularExpression::CaseInsensitiveOption);
        const QStringView between = QStringView(text).mid(cue.end, d.start - cue.end);
        if (d.start - cue.end > 60 || !ofTheCue.match(between).hasMatch() || spaceLaunch.match(between).hasMatch())
            return -1;
    }
    static const QRegularExpression first(QStringLiteral("(?<![\\w-])first\\s+(?:[\\w'\u2019-]+\\s+){0,5}$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(floor, cue.start - 80);
    const auto m = first.match(QStringView(text).mid(from, cue.start - from));
    return m.hasMatch() ? from + int(m.capturedStart()) : -1;
}

// "the launch of two missiles", "North Korea's launch this morning of an IRBM", "the
// firing on Tuesday of four cruise missiles": where the words after the "of" that
// follows a launch noun (told when, at most) start; -1 when no "of" follows it.
int ofAfterLaunchNoun(const QString &text, int nounEnd, int to)
{
    // "the launch of", "the firing on Monday of", and with the launcher and the day
    // set between ("the launch by North Korea, on 6 January, of a ballistic missile").
    static const QRegularExpression of(
        QStringLiteral("^,?\\s+(?:by\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,2}?[\\w'-]+,?\\s+)?"
                       "(?:(?:this|last|on|early|late|earlier|yesterday|today|tonight)(?:\\s+[\\w-]+){0,2}?,?\\s+)?of\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    // Most launch nouns are followed by neither: decided by the next word's first letter.
    int p = nounEnd;
    while (p < to && (text.at(p).isSpace() || text.at(p) == u','))
        ++p;
    if (p == nounEnd || p >= to)
        return -1;
    const char16_t c = char16_t(text.at(p).unicode() | 0x20);
    if (c != 'o' && c != 't' && c != 'l' && c != 'e' && c != 'y' && c != 'b')
        return -1;
    const auto m = of.match(QStringView(text).mid(nounEnd, std::max(0, std::min(to, nounEnd + 64) - nounEnd)));
    return m.hasMatch() ? nounEnd + int(m.capturedEnd()) : -1;
}

// "The October 22 salvo", "the May 8 firing", "the launch on 4 December": a day
// stated by month and day right at a launch noun, so the noun names that day's launch.
bool ownDayOf(const QString &text, const LaunchCue &cue, const DateMention &d)
{
    if (cue.verb || d.relative || !d.date.isKnown() || d.date.precision != DatePrecision::Day)
        return false;
    const QStringView words = QStringView(text).mid(d.start, d.end - d.start);
    if (std::none_of(words.begin(), words.end(), [](QChar c) { return c.isDigit(); }))
        return false; // "the launch the next day": a day counted from another, not a day of its own
    if (d.end <= cue.start)
        return QStringView(text).mid(d.end, cue.start - d.end).trimmed().isEmpty();
    if (d.start < cue.end || d.start - cue.end > 90)
        return false;
    QStringView between = QStringView(text).mid(cue.end, d.start - cue.end).trimmed();
    // ("the launch on 4 December", and as British and European writers put it,
    // "the DPRK's ICBM launch of 25 November 2026"; set off by a comma, "North
    // Korea's last ICBM test, on Nov. 25, involved ...".)
    if (between.startsWith(u','))
        between = between.mid(1).trimmed();
    if (between.isEmpty() || between.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0
        || between.compare(QLatin1String("of"), Qt::CaseInsensitive) == 0)
        return true;
    // "following the test of a new hypersonic missile on 6 January": the day closes
    // the noun's own "of" phrase, with no stop, comma or bracket between.
    // (The date's own words may hold the "on".) Only after "the": "India's test of
    // ... on 16 November" is another country's, "its attempted launch of a satellite
    // ... on March 27" no missile's.
    // The launcher's own possessive is as good: "following the DPRK's launch of an
    // ICBM on 3 December".
    const QStringView before = QStringView(text).left(cue.start).trimmed();
    static const GatedRegex determiner(
        QStringLiteral("(?<![\\w-])(?:the|(?:DPRK|North\\s+Korea|Pyongyang|the\\s+North)['\u2019]s)$"), QRegularExpression::CaseInsensitiveOption);
    const bool afterThe = determiner.firstMatch(before.right(24)).hasMatch();
    // "the test of an engine for the Hwasong-20 on Sept 8": of no missile's flight.
    static const GatedRegex notFlight(
        QStringLiteral("(?<![\\w-])(?:for|engines?|motors?|launchers?|warheads?|devices?|satellites?|rockets?\\s+engines?|nuclear)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return afterThe && !notFlight.firstMatch(between).hasMatch() && between.startsWith(QLatin1String("of "), Qt::CaseInsensitive)
        && (between.endsWith(QLatin1String(" on"), Qt::CaseInsensitive) || words.startsWith(QLatin1String("on "), Qt::CaseInsensitive))
        && !containsAnyOf(between, {u',', u';', u':', u'.', u'(', u')', u'\u2014', u'\u2013'});
}

// "South Korea's military had tracked several missiles", "Japan detected two
// ballistic missiles": what was tracked is what was fired.
bool trackedCount(const QString &text, const CountMatch &c, int floor)
{
    static const QRegularExpression tracked(
        QStringLiteral("(?<![\\w-])(?:detected|tracked|spotted|observed|intercepted)\\s+(?:what (?:appeared|seemed) to be\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(floor, c.start - 40);
    return tracked.match(QStringView(text).mid(from, c.start - from)).hasMatch();
}

// The other dates of a list the chosen one is part of ("On Jan. 24, 28 and 30"):
// neighbours joined only by a comma, "and" or ", and".
QVector<DateMention> listedWith(const QVector<DateMention> &dates, const DateMention &chosen, const QString &text)
{
    static const QRegularExpression joint(QStringLiteral("^\\s*(?:,\\s*and|,|and|&)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    QVector<const DateMention *> sorted;
    for (const DateMention &d : dates)
        sorted << &d;
    std::sort(sorted.begin(), sorted.end(), [](const DateMention *a, const DateMention *b) { return a->start < b->start; });
    int at = -1;
    for (int i = 0; i < sorted.size(); ++i)
        if (sorted[i]->start == chosen.start)
            at = i;
    if (at < 0)
        return {};
    auto joined = [&](const DateMention *a, const DateMention *b) {
        return a->end <= b->start && b->start - a->end <= 6 && joint.match(QStringView(text).mid(a->end, b->start - a->end)).hasMatch();
    };
    int first = at, last = at;
    while (first > 0 && joined(sorted[first - 1], sorted[first]))
        --first;
    while (last + 1 < sorted.size() && joined(sorted[last], sorted[last + 1]))
        ++last;
    QVector<DateMention> out;
    for (int i = first; i <= last; ++i)
        if (i != at && sorted[i]->date.isKnown() && sorted[i]->date.precision == DatePrecision::Day)
            out << *sorted[i];
    return out;
}

namespace {
// s[from, to) is the lower-case ASCII word x, in any case.
bool isWordCi(const char16_t *d, qsizetype from, qsizetype to, std::string_view x)
{
    if (to - from != qsizetype(x.size()))
        return false;
    for (qsizetype k = 0; k < to - from; ++k) {
        if (d[from + k] >= 128 || char16_t(d[from + k] | 0x20) != char16_t(x[size_t(k)]))
            return false;
    }
    return true;
}
} // namespace

// Each alternative is a whole run of [\w-] between spaces: the noun follows a
// space and ends where no [\w-] follows; each word before it is preceded by a
// space, and the determiner by no [\w-] ("one of the" is found at its "the").
bool determinerBeforeMissileNoun(QStringView s)
{
    static constexpr std::string_view kNouns[] = {"missile", "projectile", "rocket", "weapon"};
    static constexpr std::string_view kDeterminers[] = {"the", "this", "that", "these", "those", "both", "each", "all"};
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = launch::nextSpacedNounStart(d, 1, n); i < n; i = launch::nextSpacedNounStart(d, i + 1, n)) {
        qsizetype e = i;
        while (e < n && isAsciiWordOrHyphen(d[e]))
            ++e;
        bool noun = false;
        for (const std::string_view x : kNouns)
            noun = noun || isWordCi(d, i, e, x) || (e - i == qsizetype(x.size()) + 1 && (d[e - 1] | 0x20) == 's' && isWordCi(d, i, e - 1, x));
        if (!noun)
            continue;
        qsizetype j = i; // the start of the word after the one read next
        for (int words = 0; words < 4; ++words) {
            while (j > 0 && isPcreSpace(d[j - 1]))
                --j;
            qsizetype k = j;
            while (k > 0 && isAsciiWordOrHyphen(d[k - 1]))
                --k;
            if (k == j)
                break;
            for (const std::string_view x : kDeterminers) {
                if (isWordCi(d, k, j, x))
                    return true;
            }
            if (k == 0 || !isPcreSpace(d[k - 1]))
                break;
            j = k;
        }
    }
    return false;
}

// The alternatives start with different letters, and no letter of them, of "the",
// has a case partner outside ASCII (only s and k do), so ASCII folding is PCRE's.
int placePrepositionLead(QStringView w, int *prepStart, int *prepEnd)
{
    static constexpr std::string_view kPrepositions[] = {"near", "at", "off", "in"};
    const char16_t *d = w.utf16();
    const int n = int(w.size());
    int i = 0;
    while (i < n && isPcreSpace(d[i]))
        ++i;
    if (i == 0 || i == n)
        return -1;
    const int start = i;
    for (const std::string_view x : kPrepositions) {
        const int m = int(x.size());
        if (start + m >= n || !isPcreSpace(d[start + m]))
            continue;
        int k = 0;
        while (k < m && d[start + k] < 128 && char16_t(d[start + k] | 0x20) == char16_t(x[size_t(k)]))
            ++k;
        if (k < m)
            continue;
        if (!isValidUtf16(w))
            return -1;
        i = start + m;
        while (i < n && isPcreSpace(d[i]))
            ++i;
        if (i + 3 < n && (d[i] | 0x20) == 't' && (d[i + 1] | 0x20) == 'h' && (d[i + 2] | 0x20) == 'e' && isPcreSpace(d[i + 3])) {
            i += 3;
            while (i < n && isPcreSpace(d[i]))
                ++i;
        }
        *prepStart = start;
        *prepEnd = start + m;
        return i;
    }
    return -1;
}

bool holdsDemonstrativeThat(QStringView s)
{
    static constexpr std::string_view kWords[] = {"of", "like", "as", "than", "from", "to", "resembles", "resemble", "resembling"};
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    // "that" (ASCII only: no character outside ASCII folds to t, h or a) at h - 1, a space after it.
    for (qsizetype h = findAnyOf(d, 2, n, {u'h', u'H'}); h + 3 < n; h = findAnyOf(d, h + 1, n, {u'h', u'H'})) {
        if ((d[h - 1] | 0x20) != 't' || (d[h + 1] | 0x20) != 'a' || (d[h + 2] | 0x20) != 't' || !isPcreSpace(d[h + 3]))
            continue;
        qsizetype e = h - 1; // the words end before the spaces before "that"
        while (e > 0 && isPcreSpace(d[e - 1]))
            --e;
        if (e == h - 1)
            continue;
        for (const std::string_view w : kWords) {
            const qsizetype start = e - qsizetype(w.size());
            if (start < 0)
                continue;
            qsizetype k = 0;
            while (k < qsizetype(w.size()) && foldedLetter(d[start + k]) == char16_t(w[k]))
                ++k;
            if (k == qsizetype(w.size()))
                return true;
        }
    }
    return false;
}

} // namespace LaunchPhrases
} // namespace atlas
