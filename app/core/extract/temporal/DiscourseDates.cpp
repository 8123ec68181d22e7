#include "extract/temporal/DiscourseDates.h"

#include "extract/temporal/CalendarMath.h"

#include <algorithm>

namespace atlas::temporal {
namespace {

// A day another can be counted from: a stated day ("April 28", "on Monday"),
// not a vague period, a bare year or another counted day.
bool isAnchorDay(const DateMention &d)
{
    return !d.countsDays && !d.bareYear && !d.dateline && d.date.isDay() && (!d.relative || d.date.weekday != 0);
}

void resolveFrom(DateMention &d, const DateMention &anchor)
{
    const QString text = d.date.text;
    d.date = FuzzyDate::onDay(addDays(anchor.date.earliest, d.dayOffset));
    d.date.text = text;
    d.relative = false;
}

bool isDash(QChar c) { return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014); }

} // namespace

int eraYearAfter(QStringView suffix, int *end)
{
    // Read by hand: ",? \s* Era \s* \d{1,3} (\s* \(\d{4}\))?".
    struct Era {
        QLatin1String name;
        int offset; // the common-era year of the era's year 0
        int minDigits;
    };
    // (Juche counts from 1912, Juche 1; Reiwa from 2019, Heisei from 1989. Juche
    // years take two or three digits: "Juche 5" is no year of this century.)
    static constexpr Era eras[] = {{QLatin1String("Juche"), 1911, 2}, {QLatin1String("Reiwa"), 2018, 1},
                                   {QLatin1String("Heisei"), 1988, 1}};
    qsizetype i = 0;
    if (i < suffix.size() && suffix[i] == u',')
        ++i;
    while (i < suffix.size() && suffix[i].isSpace())
        ++i;
    const Era *era = nullptr;
    for (const Era &e : eras) {
        if (suffix.mid(i).startsWith(e.name))
            era = &e;
    }
    if (!era)
        return 0;
    i += era->name.size();
    while (i < suffix.size() && suffix[i].isSpace())
        ++i;
    const qsizetype digits = i;
    int number = 0;
    while (i < suffix.size() && i - digits < 4 && suffix[i] >= u'0' && suffix[i] <= u'9')
        number = number * 10 + (suffix[i++].unicode() - '0');
    if (i - digits < era->minDigits || i - digits > 3 || (i < suffix.size() && suffix[i].isDigit()) || number == 0)
        return 0;
    const int year = number + era->offset;
    qsizetype k = i;
    while (k < suffix.size() && suffix[k].isSpace())
        ++k;
    // (The common year in brackets, or a translator's square ones: "Juche 113 [2024]".)
    if (k + 5 < suffix.size() && ((suffix[k] == u'(' && suffix[k + 5] == u')') || (suffix[k] == u'[' && suffix[k + 5] == u']'))) {
        const QStringView bracket = suffix.mid(k + 1, 4);
        if (std::all_of(bracket.begin(), bracket.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
            if (bracket.toInt() != year)
                return 0;
            i = k + 6;
        }
    }
    *end = int(i);
    return year >= 1989 && year <= 2111 ? year : 0;
}

int markDateline(QStringView text, QVector<DateMention> &dates)
{
    if (dates.isEmpty())
        return -1;
    DateMention &d = dates.first();
    constexpr int kMaxPlace = 40;
    if (d.start > kMaxPlace + 2 || d.countsDays || d.relative || d.bareYear)
        return -1;
    // The place: capitalised words ("SEOUL", "Pyongyang", "SEOUL, TOKYO") then a comma.
    int i = 0;
    while (i < d.start && text[i].isSpace())
        ++i;
    const int placeStart = i;
    int comma = d.start - 1;
    while (comma > placeStart && text[comma].isSpace())
        --comma;
    if (comma <= placeStart || text[comma] != u',' || !text[placeStart].isUpper())
        return -1;
    bool allCaps = true;
    for (int k = placeStart; k < comma; ++k) {
        const QChar c = text[k];
        if (c.isDigit())
            return -1;
        if (c.isLetter() && !c.isUpper())
            allCaps = false;
        if (!c.isLetter() && c != u' ' && c != u',' && c != u'.' && c != u'\'' && c != u'-')
            return -1;
    }
    // After the date: "(Agency)" and a dash, or (an all-capitals place) the dash alone.
    int j = d.end;
    while (j < text.size() && text[j].isSpace())
        ++j;
    // "Pyongyang, November 26 Juche 114 (2025) (KCNA) --": KCNA's Juche year, and
    // the common-era year in brackets, before the agency.
    if (int jucheEnd = 0; eraYearAfter(text.mid(j), &jucheEnd) > 0) {
        j += jucheEnd;
        while (j < text.size() && text[j].isSpace())
            ++j;
    }
    bool agency = false;
    for (int brackets = 0; brackets < 2 && j < text.size() && text[j] == u'('; ++brackets) {
        const int close = int(text.indexOf(u')', j));
        if (close < 0 || close - j > 30)
            return -1;
        agency = true;
        j = close + 1;
        while (j < text.size() && text[j].isSpace())
            ++j;
    }
    if (j >= text.size() || !isDash(text[j]) || (!agency && !allCaps))
        return -1;
    d.dateline = true;
    return 0;
}

bool anchorCountedDays(QVector<DateMention> &dates)
{
    bool unresolved = false;
    for (int k = 0; k < dates.size(); ++k) {
        DateMention &d = dates[k];
        if (!d.countsDays)
            continue;
        // Only the few dates nearest it are looked at: a sentence of thousands of
        // dates stays linear.
        constexpr int kReach = 6;
        const DateMention *anchor = nullptr;
        for (int b = k - 1; b >= std::max(0, k - kReach) && !anchor; --b) {
            if (isAnchorDay(dates[b]))
                anchor = &dates[b];
        }
        // Counted back from a day told after it: the report's day.
        for (int a = k + 1; a < std::min<int>(dates.size(), k + 1 + kReach) && !anchor && d.dayOffset < 0; ++a) {
            if (isAnchorDay(dates[a]))
                anchor = &dates[a];
        }
        if (anchor)
            resolveFrom(d, *anchor);
        else
            unresolved = true;
    }
    return unresolved;
}

void anchorCountedDaysOn(const QVector<DateMention> &context, QVector<DateMention> &dates)
{
    const DateMention *anchor = nullptr;
    for (int b = int(context.size()) - 1; b >= 0 && !anchor; --b) {
        if (isAnchorDay(context[b]))
            anchor = &context[b];
    }
    if (!anchor)
        return;
    for (DateMention &d : dates) {
        if (d.countsDays && d.relative)
            resolveFrom(d, *anchor);
    }
}

int paragraphStart(QStringView document, int position, int maxChars)
{
    const int limit = std::max(0, position - maxChars);
    for (int p = std::min<int>(position, document.size()) - 1; p >= limit; --p) {
        if (document[p] != u'\n')
            continue;
        int q = p - 1;
        while (q >= limit && (document[q] == u' ' || document[q] == u'\t' || document[q] == u'\r'
                              || document[q] == u'"' || document[q] == QChar(0x201D) || document[q] == u')'))
            --q;
        if (q < limit || document[q] == u'\n')
            return p + 1; // a blank line
        if (document[q] == u'.' || document[q] == u'!' || document[q] == u'?' || document[q] == u':')
            return p + 1; // the line before ends its sentence: one paragraph per line
        int s = p + 1;
        while (s < document.size() && (document[s] == u' ' || document[s] == u'\t'))
            ++s;
        if (s + 1 < document.size()
            && ((document[s] == u'-' || document[s] == u'*' || document[s] == QChar(0x2022)) && document[s + 1] == u' '))
            return p + 1; // a list item begins this line
        if (s < document.size() && document[s].isDigit()) {
            int e = s;
            while (e < document.size() && document[e].isDigit() && e - s < 3)
                ++e;
            if (e + 1 < document.size() && (document[e] == u'.' || document[e] == u')') && document[e + 1] == u' ')
                return p + 1; // "2. ..."
        }
    }
    return limit;
}

} // namespace atlas::temporal
