// Which launch each stretch of a sentence speaks of (see SentenceSegments.h).
#include "extract/launch/SentenceSegments.h"

#include "extract/CharScan.h"
#include "extract/GatedRegex.h"
#include "extract/LaunchNoteItems.h"
#include "extract/LaunchPhrases.h"
#include "extract/MissileLexicon.h"
#include "extract/launch/LaunchDateRules.h"
#include "extract/temporal/ListYears.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace atlas::launch {

using LaunchPhrases::firstSinceAt;
using LaunchPhrases::listedWith;
using LaunchPhrases::ownDayOf;

namespace {

// "the solid-fuel Hwasong-19, which North Korea first tested in October 2024": an
// earlier launch told in a relative clause is of the missile its antecedent names.
void nameFromAntecedent(MentionBuilder &build, const LaunchFieldFinder &fields, int k, int clause, int floor)
{
    const QString &text = build.text();
    QVector<LaunchMention> &ms = build.ms;
    static const GatedRegex relative(QStringLiteral("^(?:which|that)\\s"), QRegularExpression::CaseInsensitiveOption);
    if (!relative.firstMatch(QStringView(text).mid(clause, 6)).hasMatch())
        return;
    int comma = clause;
    while (comma > floor && text.at(comma - 1).isSpace())
        --comma;
    if (comma <= floor || text.at(comma - 1) != QLatin1Char(','))
        return;
    --comma;
    const QVector<LexiconHit> hits = fields.names(text, std::max(floor, comma - 60), comma);
    if (hits.isEmpty() || comma - hits.last().end > 2)
        return;
    if (!ms[k].names.contains(hits.last().value))
        ms[k].names << hits.last().value;
    build.evidence(ms[k], QStringLiteral("name"), hits.last().start, hits.last().end);
}

// Whether the word right before pos (after spaces) is a reporting verb: a cheap
// test before the patterns that read who reported.
bool reportingVerbBefore(const QString &text, int pos, int floor)
{
    int e = pos;
    while (e > floor && text.at(e - 1).isSpace())
        --e;
    int b = e;
    while (b > floor && text.at(b - 1).isLetter())
        --b;
    const QStringView w = QStringView(text).mid(b, e - b);
    for (const char *verb : {"said", "reported", "announced", "claimed", "stated"})
        if (w.compare(QLatin1String(verb), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Whether the words between a launch verb and a month keep the month the verb's
// own: no comma, bracket or dash (an aside, "the Hwasong-18, a solid-fuel ICBM
// first shown at a parade in February"), no relative or time clause ("that could be
// operational by March", "weeks before a summit in August").
bool monthOfTheVerb(QStringView between)
{
    if (containsAnyOf(between, {u',', u';', u'(', u')', u'\u2013', u'\u2014'}))
        return false;
    static const GatedRegex clause(QStringLiteral("(?<![\\w-])(?:that|which|who|whose|when|while|before|after|until|since|could|would|will|may|might)(?![\\w-])"),
                                   QRegularExpression::CaseInsensitiveOption);
    return !clause.firstMatch(between).hasMatch();
}

// Whether an object found before a day ("an Iranian ballistic missile on March 14",
// "a statement on cruise missiles on March 15") is another country's missile or a
// thing about missiles, no North Korean launch.
bool objectIsOtherThing(const QString &text, int from, int to)
{
    static const GatedRegex other(
        QStringLiteral("(?<![\\w-])(?:Iranian|Iran['\u2019]s|Russian|Russia['\u2019]s|Chinese|China['\u2019]s|South\\s+Korean|"
                       "South\\s+Korea['\u2019]s|Seoul['\u2019]s|U\\.S\\.|US|American|America['\u2019]s|Japanese|Japan['\u2019]s|"
                       "Israeli|Israel['\u2019]s|Indian|India['\u2019]s|Pakistani|Pakistan['\u2019]s|Ukrainian|Ukraine['\u2019]s|"
                       "Houthi|Yemeni|French|British|Taiwanese|Taiwan['\u2019]s|NATO)(?![\\w-])|"
                       // a missile as the topic of another thing: "a statement on ...", "a meeting about ..."
                       "(?<![\\w-])(?:on|about|regarding|concerning|against|targeting)\\s"),
        QRegularExpression::NoPatternOption);
    if (other.firstMatch(QStringView(text).mid(from, to - from)).hasMatch())
        return true;
    const MissileLexicon &lexicon = MissileLexicon::bundled();
    return lexicon.mayNameForeign(text, from, to) && !lexicon.foreignDesignations(text, from, to).isEmpty();
}

// After a launch verb's dated object ("fired cruise missiles on Feb. 26"), more
// objects each with a day of their own ("and an ICBM on March 3"): each its
// launch (an earlier one told with that day, or a new one), in a segment of its
// own that starts at the object, so its class and count are its own.
void splitDatedObjects(MentionBuilder &build, const Sentence &s, int si, const QVector<DateMention> &dates,
                       const DateMention *first, int from, QVector<int> &usedDates, QVector<Segment> &segments, bool afterNoun)
{
    // (The object before may have a relative clause of its own: "a hypersonic missile
    // on Dec 9 that South Korea said flew about 1,100 km, and four SRBMs on Dec 17",
    // "an ICBM on January 8, which flew for 70 minutes, and ...".)
    static const GatedRegex object(
        QStringLiteral("^(?:\\s*,?\\s*(?:that|which)\\s+(?:[^,;.:()\u2014\u2013]|(?<=\\d),(?=\\d)){1,100}?)?"
                       // (A bare plural after "and": "an ICBM on Feb. 18 and SRBMs on March 3".)
                       // ("... on 9 June and of an IRBM on 20 May": the noun's "of" again; "an IRBM
                       // with a hypersonic glide vehicle on May 20": what it carried.)
                       "\\s*,?\\s*(?:and\\s+(?:of\\s+)?)?((?:(?:an?|two|three|four|five|six|several|multiple|more|another)\\s+|(?<=and\\s))"
                       "[^,;.:()\u2014\u2013]{0,60}?(?<![\\w-])(?:missiles?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|CRBMs?|rockets?|projectiles?)"
                       // (What it carried only: a warhead, a glide or re-entry vehicle, a payload.)
                       "(?:\\s+with\\s+(?:an?\\s+|two\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:warheads?|(?:glide|re-?entry)\\s+vehicles?|payloads?))?)\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    // "the third this year, after an IRBM on Jan. 6 and two cruise missiles on
    // Feb. 11": the first object may be led by a connective instead, however far
    // from the date before (a year alone on the way, "this year", is passed over).
    // ("following the intermediate-range ballistic missile of 3 February", "after an
    // intermediate-range missile in early February": the word before the day, when
    // the day is read without it.)
    static const GatedRegex ledByConnective(
        QStringLiteral("(?<![\\w-])(?:after|following|followed|follows|since|including|besides|such\\s+as)\\s+"
                       "((?:(?:an?|two|three|four|five|six|several|multiple|another)\\s+)?"
                       "(?:(?!launch|test|firing)[^,;.:()\u2014\u2013]){0,60}?(?<![\\w-])(?:missiles?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|CRBMs?|rockets?|projectiles?)"
                       "(?:\\s+(?:test|launch|firing|test-firing))?)(?:\\s+(?:of|on|in))?\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = build.text();
    QVector<LaunchMention> &ms = build.ms;
    // The object before each date, and where the words after the previous one begin
    // (the cue's own date, or the cue when it has none).
    const DateMention *previous = first;
    int previousEnd = first ? first->end : from;
    bool led = false;
    for (const DateMention &d : dates) {
        if (d.start < previousEnd || &d == previous)
            continue;
        if (usedDates.contains(d.start) || d.end > s.end || !d.date.isKnown())
            break;
        const bool yearOnly = d.date.precision == DatePrecision::Year;
        int base = previousEnd;
        RegexMatch m;
        if (!(afterNoun && yearOnly))
            m = object.firstMatch(QStringView(text).mid(base, d.start - base));
        if (!m.hasMatch() && !led && !yearOnly) {
            base = std::max(previousEnd, d.start - 90); // (the connective, a word or two, the object)
            m = ledByConnective.firstMatch(QStringView(text).mid(base, d.start - base));
            led = m.hasMatch();
        }
        if (m.hasMatch() && objectIsOtherThing(text, base + int(m.capturedStart(1)), base + int(m.capturedEnd(1)))) {
            // Its words are no launch's: not the launch told's either ("after a
            // Minuteman III ICBM on March 6" gives it no class).
            const int mention = segments.back().mention;
            segments.append({base + int(m.capturedStart(1)), -1, false, false, nullptr, -1, false, d.end});
            segments.append({d.end, mention, false, false, nullptr, -1});
            break;
        }
        if (!m.hasMatch()) {
            if (yearOnly && !led && previous == first)
                continue;
            break;
        }
        const int objectStart = base + int(m.capturedStart(1));
        int k = -1;
        for (int j = 0; j < ms.size() && k < 0; ++j) {
            if (ms[j].role == LaunchRole::Mentioned && hasDate(ms[j].date) && ms[j].date.sameDate(d.date))
                k = j;
        }
        if (k < 0)
            k = build.create(LaunchRole::Mentioned, objectStart, base + int(m.capturedEnd(1)));
        build.setDate(k, d, si);
        usedDates << d.start;
        segments.append({objectStart, k, true, true, &d, objectStart, false, d.end});
        previous = &d;
        previousEnd = d.end;
    }
}

} // namespace

namespace {
// Whether text[from, boundary) is a short noun phrase closed by a comma, set off
// before a participle: "The first Hwaseong-14, " (six words at most, no other
// comma), the cue at `cue` opening the clause after it ("fired on", "first
// launched on"; not "which the North first tested").
bool namesTheParticiplesMissile(const QString &text, int from, int boundary, int cue)
{
    static const QRegularExpression participleOpens(QStringLiteral("^\\s*(?:(?:first|later|again|successfully|reportedly)\\s+)?$"),
                                                    QRegularExpression::CaseInsensitiveOption);
    if (cue < boundary || !participleOpens.match(QStringView(text).mid(boundary, cue - boundary)).hasMatch())
        return false;
    const QStringView lead = QStringView(text).mid(from, boundary - from).trimmed();
    if (lead.isEmpty() || lead.back() != u',' || lead.chopped(1).contains(u','))
        return false;
    int words = 0;
    bool inWord = false;
    for (QChar c : lead) {
        const bool w = !c.isSpace();
        words += (w && !inWord) ? 1 : 0;
        inWord = w;
    }
    return words <= 6;
}

// Whether a sentence tells an hour of the clock ("at around 10:17 a.m.", "at 7:05
// p.m.", "at 0650 GMT").
bool tellsAnHour(QStringView sentence)
{
    if (!sentence.contains(u':') && !sentence.contains(QLatin1String("GMT")) && !sentence.contains(QLatin1String("UTC")))
        return false;
    static const QRegularExpression hour(QStringLiteral(
        "(?<![\\w.:])\\d{1,2}:\\d{2}(?:\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|KST|JST|GMT|UTC))?(?![\\w:])|(?<![\\w])\\d{4}\\s+(?:GMT|UTC)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return hour.match(sentence).hasMatch();
}

} // namespace

QVector<Segment> splitSentence(MentionBuilder &build, const LaunchFieldFinder &fields, const Sentence &s, int si,
                               const SentenceCues &sc, const QVector<DateMention> &dates,
                               QVector<std::pair<int, DateMention>> &listed)
{
    const QString &text = build.text();
    QVector<LaunchMention> &ms = build.ms;
    int &primary = build.primary;
    // Which launch each stretch of the sentence speaks of.
    QVector<Segment> segments;
    segments.append({s.start, build.current, false, false, nullptr, -1});
    QVector<int> usedDates; // a date dates one launch of the sentence only
    // "The launch was North Korea's first ballistic missile firing since October 22,
    // when it fired ...": a cue between "first" and "since" is the kind named of the
    // launch told, not one more (taken for it, it would hand the earlier launch's
    // clause back to the launch told).
    int sinceFrom = -1, sinceTo = -1;
    for (int ci = 0; ci < sc.cues.size(); ++ci) {
        const LaunchCue &cue = sc.cues.at(ci);
        if (cue.start > sinceFrom && cue.start < sinceTo)
            continue;
        if (cue.anaphoric && primary < 0 && segments.back().mention < 0)
            continue; // "It was fired from the Mapo district": nothing told to retell
        if (std::any_of(segments.begin(), segments.end(),
                        [&](const Segment &g) { return cue.start >= g.start && cue.start < g.objectEnd; }))
            continue; // a dated object's own noun ("following a salvo of ballistic missiles on Jan. 4")

        // "fired a salvo of", "conducted a test of", "launched a volley of": the noun is
        // the verb's object, the same launch; it takes no date of its own (the next one
        // in the sentence may be another event's, "than the test in January").
        if (ci > 0 && !cue.verb && sc.cues.at(ci - 1).verb && cue.start - sc.cues.at(ci - 1).end <= 16) {
            static const GatedRegex objectOfVerb(
                QStringLiteral("^\\s+(?:a|an|another|one|its|their|the)\\s+(?:(?:new|fresh|second|third|single)\\s+)?$"),
                QRegularExpression::CaseInsensitiveOption);
            const int from = sc.cues.at(ci - 1).end;
            if (objectOfVerb.firstMatch(QStringView(text).mid(from, cue.start - from)).hasMatch())
                continue;
        }
        const DateMention *date = nullptr;
        int best = std::numeric_limits<int>::max();
        for (const DateMention &d : dates) {
            if (usedDates.contains(d.start))
                continue;
            // "since Oct. 31 last year, when it test-fired ...": "last year" right after a
            // day gives that day's year, not a date of its own nearer the cue.
            if (d.date.precision == DatePrecision::Year && std::any_of(dates.begin(), dates.end(), [&](const DateMention &o) {
                    return &o != &d && o.end <= d.start && d.start - o.end <= 2 && isDayPrecise(o.date)
                        && QStringView(text).mid(o.end, d.start - o.end).trimmed().isEmpty();
                }))
                continue;
            const int dist = d.end <= cue.start ? cue.start - d.end : std::max(0, d.start - cue.end);
            if (dist < best) {
                best = dist;
                date = &d;
            }
        }
        // "Earlier this year, North Korea launched what it called a new hypersonic
        // missile in January, fired ...": a period opening the sentence frames what
        // it lists; the month the verb's own clause gives, before the next cue, is
        // the launch's.
        // ("Last year, it launched an ICBM in October": the month of that year.)
        // (Only a period that opens the sentence, set off by a comma: "... a military
        // exhibition last year and test-fired cruise missiles in February" is not.)
        DateMention framedDay;
        const DateMention *period = nullptr;
        auto opensSentence = [&](const DateMention &d) {
            return d.date.precision == DatePrecision::Year && d.date.isKnown() && d.end <= cue.start
                && QStringView(text).mid(s.start, d.start - s.start).trimmed().isEmpty()
                && QStringView(text).mid(d.end, std::min(2, s.end - d.end)).trimmed().startsWith(u',');
        };
        if (cue.verb && date && date->date.precision == DatePrecision::Year && date->end <= cue.start) {
            period = date;
        } else if (cue.verb && date && date->start >= cue.end && (ci == 0 || !sc.cues.at(ci - 1).verb)) {
            for (const DateMention &d : dates) {
                if (opensSentence(d))
                    period = &d;
            }
        }
        if (period) {
            const int clauseEnd = ci + 1 < sc.cues.size() ? sc.cues.at(ci + 1).start : s.end;
            const int year = opensSentence(*period) && period->date.earliest.year() == period->date.latest.year()
                ? period->date.earliest.year()
                : 0;
            for (const DateMention &d : dates) {
                if (d.start >= cue.end && d.end <= clauseEnd && !usedDates.contains(d.start) && d.date.isKnown()
                    && !reportingVerbBefore(text, d.start, s.start) // "..., Seoul said in March"
                    && monthOfTheVerb(QStringView(text).mid(cue.end, d.start - cue.end))
                    && (d.date.precision == DatePrecision::Month || d.date.precision == DatePrecision::PartOfMonth
                        || isDayPrecise(d.date))) {
                    date = &d;
                    const int shift = year - d.date.earliest.year();
                    if (year && shift && !temporal::statesYear(QStringView(text).mid(d.start, d.end - d.start))) {
                        framedDay = d;
                        framedDay.date = shiftedYears(d.date, shift);
                        date = &framedDay;
                    }
                    break;
                }
            }
        }
        // "the first launch since May 8, when it fired ... from Wonsan, and the first
        // since the president took office on June 4": a "when" clause right after a
        // day tells that day's launch, however near another day is.
        if (cue.verb) {
            static const GatedRegex whenClause(QStringLiteral("^\\s*,\\s*when\\s+(?:[\\w'\u2019-]+\\s+){0,3}$"),
                                               QRegularExpression::CaseInsensitiveOption);
            for (const DateMention &d : dates) {
                if (d.end < cue.start && cue.start - d.end <= 40 && isDayPrecise(d.date)
                    && whenClause.firstMatch(QStringView(text).mid(d.end, cue.start - d.end)).hasMatch())
                    date = &d;
            }
        }
        // "The Council met this morning to discuss the launch by the DPRK of an ICBM on
        // 25 November": a day inside the launch noun's own phrase (after it, with no
        // stop, bracket or comma between) is that launch's, not a nearer date before
        // the noun, which belongs to another verb.
        // (Only a phrase of "by" or "of": "The October 22 salvo ... was described by
        // KCNA the next day" keeps the day written before its noun.)
        if (date && !cue.verb && date->end < cue.start - 3) {
            for (const DateMention &d : dates) {
                if (usedDates.contains(d.start) || d.start < cue.end || d.start - cue.end > 120 || !isDayPrecise(d.date)
                    || !d.date.isKnown())
                    continue;
                const QStringView between = QStringView(text).mid(cue.end, d.start - cue.end);
                const QStringView opening = between.trimmed();
                if ((opening.startsWith(QLatin1String("by ")) || opening.startsWith(QLatin1String("of ")))
                    && !containsAnyOf(between, {u',', u';', u':', u'.', u'(', u')', u'\u2014', u'\u2013'}))
                    date = &d;
                break;
            }
        }
        // "On Friday, ... fired ..., its third launch this week": a stated day beats a
        // period phrase nearer the verb. The day is taken only when no other launch
        // verb of the sentence lies nearer to it, so a second launch keeps its own date.
        if (date && !isDayPrecise(date->date)) {
            const DateMention *day = nullptr;
            int dayBest = std::numeric_limits<int>::max();
            const bool chosenEarlier = isEarlierDate(text, *date, s.start);
            for (const DateMention &d : dates) {
                // An earlier day ("since Jan. 14") never replaces a present period.
                if (&d == date || usedDates.contains(d.start) || !isDayPrecise(d.date)
                    || (isEarlierDate(text, d, s.start) && !chosenEarlier))
                    continue;
                const int dist = cueDistance(d, cue);
                bool nearerOther = false;
                for (int cj = 0; cj < sc.cues.size() && !nearerOther; ++cj)
                    nearerOther = cj != ci && cueDistance(d, sc.cues.at(cj)) < dist;
                if (!nearerOther && dist < dayBest) {
                    dayBest = dist;
                    day = &d;
                }
            }
            if (day)
                date = day;
        }
        // "late Monday Eastern time — Tuesday morning in Korea": a day told in a foreign
        // zone gives way to the same moment's day in Korea, told beside it.
        if (date && dates.size() > 1) {
            static const GatedRegex foreignZone(
                QStringLiteral("^[\\s,]*(?:\\((?:[^)]{0,20}\\s)?)?(?:U\\.?S\\.?\\s+time|(?:U\\.?S\\.?\\s+)?(?:Eastern|Pacific|Central|Mountain|Washington|New York|London|British|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CT|BST)"
                               "(?:\\s+(?:time|standard time|daylight time))?|in (?:Washington|New York|London|Europe|the US|the United States))(?![\\w-])"));
            static const GatedRegex koreaZone(
                QStringLiteral("^[\\s,]*(?:in (?:South )?Korea|(?:South )?Korea(?:n)? (?:standard )?time|KST|Seoul time|in Seoul)(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            auto after = [&](const DateMention &d) { return QStringView(text).mid(d.end, std::min(40, s.end - d.end)); };
            if (foreignZone.firstMatch(after(*date)).hasMatch()) {
                for (const DateMention &d : dates) {
                    if (&d != date && !usedDates.contains(d.start) && isDayPrecise(d.date) && std::abs(d.start - date->end) < 80
                        && koreaZone.firstMatch(after(d)).hasMatch()) {
                        date = &d;
                        break;
                    }
                }
            }
        }
        // "late Tuesday, U.S. time" alone: an American afternoon, evening or night is
        // already the next morning in Korea (13 to 17 hours ahead), the launch's day.
        // The launch's day when the stated one is moved: to Korea's calendar, or into
        // the year of the list it is an item of.
        DateMention shiftedDay;
        bool dayShifted = false;
        if (date && isDayPrecise(date->date) && date->date.isKnown()) {
            static const GatedRegex usZone(
                QStringLiteral("^[\\s,]*(?:\\(\\s*)?(?:U\\.?S\\.?\\s+(?:Eastern\\s+|Pacific\\s+|Central\\s+)?time|(?:Eastern|Pacific|Central|Mountain)\\s+(?:time|standard time|daylight time)"
                               "|Washington time|New York time|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|in Washington|in New York|in the U\\.?S\\.?)(?![\\w-])"));
            static const GatedRegex lateWord(QStringLiteral("(?<![\\w-])(?:late|afternoon|evening|night|tonight)(?![\\w-])"),
                                                     QRegularExpression::CaseInsensitiveOption);
            // Hawaii and Alaska (UTC-10, -9) are already on Korea's next day from
            // their early morning: "this afternoon, Hawaii time", "Tuesday morning in Honolulu".
            static const GatedRegex farPacificZone(
                QStringLiteral("^[\\s,]*(?:\\(\\s*)?(?:Hawaii(?:an)?(?:-Aleutian)?\\s+(?:standard\\s+)?time|Alaska(?:n)?\\s+(?:standard\\s+|daylight\\s+)?time"
                               "|HST|AKST|AKDT|in Hawaii|in Honolulu|in Alaska|in Anchorage)(?![\\w-])"));
            static const GatedRegex partOfDay(QStringLiteral("(?<![\\w-])(?:late|morning|afternoon|evening|night|tonight)(?![\\w-])"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const int from = std::max(s.start, date->start - 8);
            const int to = std::min(s.end, date->end + 12);
            const QStringView zoneWords = QStringView(text).mid(date->end, std::min(40, s.end - date->end));
            const QStringView around = QStringView(text).mid(from, to - from);
            if ((usZone.firstMatch(zoneWords).hasMatch() && lateWord.firstMatch(around).hasMatch())
                || (farPacificZone.firstMatch(zoneWords).hasMatch() && partOfDay.firstMatch(around).hasMatch())) {
                shiftedDay = *date;
                shiftedDay.date.earliest = date->date.earliest.addDays(1);
                shiftedDay.date.latest = date->date.latest.addDays(1);
                if (shiftedDay.date.weekday > 0)
                    shiftedDay.date.weekday = shiftedDay.date.weekday % 7 + 1;
                dayShifted = true;
            }
        }
        // "North Korea's missile launches in 2025" over "- January 6: a hypersonic
        // ...": a day an item gives without its year is in the year its list names.
        if (!dayShifted && cue.note && cue.listYear > 0 && date && isDayPrecise(date->date) && date->date.isKnown()
            && date->date.earliest.year() != cue.listYear && !temporal::statesYear(QStringView(text).mid(date->start, date->end - date->start))) {
            const QDate day(cue.listYear, date->date.earliest.month(), date->date.earliest.day());
            if (day.isValid()) {
                shiftedDay = *date;
                shiftedDay.date = FuzzyDate::onDay(day, date->date.text);
                shiftedDay.yearAhead = false;
                dayShifted = true;
            }
        }
        auto launchDate = [&]() -> const DateMention & { return dayShifted ? shiftedDay : *date; };
        // "On Thursday, North Korea's official KCNA news agency said the launch tested
        // ...": a day opening the clause of the North's own media reporting, before the
        // launch is named, dates the report (a day or so after the launch, as a rule).
        if (date && date->end <= cue.start) {
            static const GatedRegex stateMediaSaid(
                QStringLiteral("^[\\s,]+(?:(?:morning|afternoon|evening|night)\\b[\\s,]*)?(?:[\\w'\u2019.-]+\\s+){0,5}(?:KCNA|state\\s+media|state-run\\s+media|news\\s+agency|"
                               "Korean\\s+Central\\s+News\\s+Agency|Rodong\\s+Sinmun|state\\s+TV|state\\s+television)"
                               "\\s+(?:said|reported|says|reports|announced|claimed|stated)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            // (The cue may come long after: "... said the launch was a test of a
            // ..., the Pukguksong-6, fired from the submarine ...".)
            if (stateMediaSaid.firstMatch(QStringView(text).mid(date->end, std::min(cue.start - date->end, 120))).hasMatch())
                date = nullptr;
        }
        // "state media said the next day it had tested ...": a date right after a
        // reporting verb dates the report, not the launch.
        const DateMention *reportedDay = nullptr; // a day that dates the report, not the launch
        if (date && date->end <= cue.start) {
            static const GatedRegex reportBefore(
                QStringLiteral("(?:said|reported|announced|claimed|stated|confirmed)\\s+$"), QRegularExpression::CaseInsensitiveOption);
            // "said on Wednesday (October 29, 2025) that ...": the day restated in brackets.
            static const GatedRegex reportBeforeBracket(
                QStringLiteral("(?:said|reported|announced|claimed|stated|confirmed)\\s+on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s*\\(\\s*$"),
                QRegularExpression::CaseInsensitiveOption);
            int open = date->start;
            while (open > s.start && text.at(open - 1).isSpace())
                --open;
            const bool bracket = open > s.start && text.at(open - 1) == QLatin1Char('(');
            const int from = std::max(s.start, date->start - (bracket ? 40 : 24));
            if ((bracket ? reportBeforeBracket : reportBefore).firstMatch(QStringView(text).mid(from, date->start - from)).hasMatch()) {
                // "said on Wednesday it had test-fired cruise missiles ... the previous day":
                // a day stated after the verb is then the launch's own.
                const DateMention *reported = date;
                reportedDay = date;
                date = nullptr;
                int afterBest = std::numeric_limits<int>::max();
                for (const DateMention &d : dates) {
                    if (&d != reported && !usedDates.contains(d.start) && d.start >= cue.end && isDayPrecise(d.date)
                        && d.start - cue.end < afterBest) {
                        afterBest = d.start - cue.end;
                        date = &d;
                    }
                }
            }
        }
        // "Kim oversaw a test launch of cruise missiles, state media reported on Friday":
        // the day North Korea's own media report a test is the day after it, as a rule,
        // so that day dates the report; the launch's own day is told elsewhere or not.
        if (date && date->start >= cue.end && date->start - cue.end < 200 && reportingVerbBefore(text, date->start, s.start)) {
            static const GatedRegex stateMediaReported(
                QStringLiteral("(?:KCNA|state\\s+media|state-run\\s+media|Korean\\s+Central\\s+News\\s+Agency|Rodong\\s+Sinmun|state\\s+TV|state\\s+television)"
                               "\\s+(?:said|reported|announced|claimed|stated)\\s+$"),
                QRegularExpression::CaseInsensitiveOption);
            const int from = std::max(s.start, date->start - 60);
            if (stateMediaReported.firstMatch(QStringView(text).mid(from, date->start - from)).hasMatch())
                date = nullptr;
        }
        // "Launch follows Hegseth's visit to the DMZ on Monday", "the launch came days
        // after the drills on March 3": the launch told is the subject; the date after it
        // is the other event's.
        bool followsOther = false;
        if (!cue.verb && date && date->start >= cue.end) {
            static const GatedRegex follows(
                QStringLiteral("^\\s+(?:follows|followed|(?:comes|came|occurred|took place)\\s+"
                               "(?:(?:just|only|shortly|hours|days|weeks|a day|a week|one day|two days|three days)\\s+)*"
                               "(?:after|on the heels of|in the wake of))(?![\\w-])"),
                QRegularExpression::CaseInsensitiveOption);
            if (follows.firstMatch(QStringView(text).mid(cue.end, std::min(48, s.end - cue.end))).hasMatch()) {
                followsOther = true;
                date = nullptr;
            }
        }
        // "a day after the North fired": the words date the later event, not this one.
        if (date && cue.connective && date->end <= cue.start
            && text.mid(date->start, cue.start - date->start).contains(QLatin1String("after"), Qt::CaseInsensitive))
            date = nullptr;
        int target = -1;
        const int told = segments.back().mention; // the launch being told before this cue
        bool fromHere = false; // the new launch starts at this cue's clause, not at the sentence
        // ("the first launch since March 1, when new U.N. sanctions took effect": that
        // day is the sanctions', and dates no launch.)
        if (date && QStringView(text).mid(date->start, 6).compare(QLatin1String("since "), Qt::CaseInsensitive) == 0
            && LaunchPhrases::whenClauseTellsOtherEvent(text, date->end)) {
            usedDates << date->start;
            date = nullptr;
        }
        int firstSince = date ? firstSinceAt(text, cue, *date, s.start) : -1;
        // "The launch was the North's first into the Yellow Sea since ...": said of the
        // launch told, "first" counts from an earlier launch only when it names its kind.
        if (firstSince > cue.start && fields.classes(text, firstSince, date->start).isEmpty())
            firstSince = -1;
        if (firstSince >= 0) {
            sinceFrom = firstSince;
            sinceTo = date->start;
            // The cue is the launch being told; the earlier launch is the one that date
            // dates, of the kind the cue's noun phrase names ("first ICBM test since").
            for (int k = 0; k < ms.size() && target < 0; ++k) {
                if (ms[k].role == LaunchRole::Mentioned && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                    target = k;
            }
            if (target < 0)
                target = build.create(LaunchRole::Mentioned, date->start, date->end);
            build.setDate(target, launchDate(), si);
            // The kind is named between "first" and "since", before the cue or after it.
            const int kindEnd = firstSince < cue.start ? cue.start : date->start;
            for (const LexiconHit &h : fields.classes(text, firstSince, kindEnd)) {
                if (!ms[target].classes.contains(h.value))
                    ms[target].classes << h.value;
                build.evidence(ms[target], QStringLiteral("class"), h.start, h.end);
            }
            if (segments.back().mention < 0) // "It was the first launch since ...": the words before are the primary's
                segments.back().mention = primary >= 0 ? primary : (primary = build.create(LaunchRole::Primary, cue.start, cue.end));
        } else if (cue.predicate) {
            // "was described the next day as a test of ...": the launch just told.
            target = segments.back().mention >= 0 ? segments.back().mention
                                                  : (primary >= 0 ? primary : (primary = build.create(LaunchRole::Primary, cue.start, cue.end)));
            date = nullptr;
        } else if (cue.definite && date && primary >= 0 && ms[primary].date.isKnown()
                   && !compatibleDates(ms[primary].date, launchDate().date)
                   && (ownDayOf(text, cue, *date)
                       || (cue.verb && date->start >= cue.end && isDayPrecise(date->date) && date->date.isKnown() && !date->relative
                           && temporal::statesYear(QStringView(text).mid(date->start, date->end - date->start))))) {
            // "The October 22 salvo", "the May 8 firing": a definite launch that names a
            // day of its own, not the primary's, is that day's launch; so is "The SLBM was
            // fired on April 2, 2024", a definite missile fired on a day of another year.
            for (int k = 0; k < ms.size() && target < 0; ++k) {
                if (k != primary && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                    target = k;
            }
            if (target < 0) {
                target = build.create(LaunchRole::Mentioned, cue.start, cue.end);
                fromHere = true;
            }
            build.setDate(target, launchDate(), si);
        } else if (cue.definite || followsOther) {
            target = primary >= 0 ? primary : (primary = build.create(LaunchRole::Primary, cue.start, cue.end));
            // "oversaw the test-firing of ... the previous day, state media reported Thursday":
            // a day counted back from the report's day, stated in the same sentence, dates
            // the launch referred to when nothing has dated it yet.
            const bool countedBack = date && date->start >= cue.end && dates.size() > 1 && isDayPrecise(date->date)
                && date->date.isKnown() && !hasDate(ms[target].date);
            if (date && (!isEarlierDate(text, *date, s.start) || countedBack) && compatibleDates(ms[target].date, launchDate().date))
                build.setDate(target, launchDate(), si);
            else
                date = nullptr;
        } else {
            // "Eight days later, North Korea fired ...", a new paragraph whose day counts
            // from a day it does not state: another launch than the one told, dated from
            // it when the mentions are finished (as an earlier one's "two days earlier").
            const bool countedFromUnstated = date && date->relative && date->countsDays && date->dayOffset != 0 && cue.verb
                && primary >= 0;
            const bool earlier = (date && isEarlierDate(text, *date, s.start)) || cue.connective || countedFromUnstated;
            if (earlier || (date && primary >= 0 && !compatibleDates(ms[primary].date, launchDate().date))) {
                // "said on Sunday it had tracked missiles fired ... the previous day": the
                // earlier-sounding day is the primary's own day, so this retells it. Only
                // with the report's own day in the sentence, which that phrase counts from.
                if (!cue.connective && date && dates.size() > 1 && primary >= 0 && isDayPrecise(date->date) && date->date.isKnown()
                    && ms[primary].date.isKnown() && ms[primary].date.earliest == date->date.earliest
                    && ms[primary].date.latest == date->date.latest)
                    target = primary;
                // "North Korea said on Wednesday it had test-fired cruise missiles ... the
                // previous day": before any launch is told, a day counted back from the
                // report's day stated in the same sentence is the launch the article reports.
                const bool reportCountsBack = !cue.connective && date && primary < 0
                    && isDayPrecise(date->date) && date->date.isKnown()
                    && std::any_of(dates.begin(), dates.end(), [&](const DateMention &d) {
                           return d.start != date->start && d.date.isDay()
                               && d.date.earliest.daysTo(date->date.earliest) >= -2 && d.date.earliest.daysTo(date->date.earliest) <= -1;
                       });
                if (target < 0 && reportCountsBack) {
                    target = primary = build.create(LaunchRole::Primary, cue.start, cue.end);
                    fromHere = true;
                }
                // An earlier launch: the one already told with that date, or a new one.
                for (int k = 0; k < ms.size() && target < 0; ++k) {
                    if (ms[k].role == LaunchRole::Mentioned && date && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                        target = k;
                }
                if (target < 0) {
                    target = build.create(LaunchRole::Mentioned, cue.start, cue.end);
                    fromHere = true;
                }
                if (date)
                    build.setDate(target, launchDate(), si);
            } else if (date) {
                if (primary < 0)
                    primary = build.create(LaunchRole::Primary, cue.start, cue.end);
                target = primary;
                build.setDate(target, launchDate(), si);
            } else {
                target = segments.back().mention >= 0 ? segments.back().mention
                                                      : (primary >= 0 ? primary : (primary = build.create(LaunchRole::Primary, cue.start, cue.end)));
                // "The JCS said on Thursday, May 20, that a missile was fired from ...": no
                // day of its own, reported on the day of the launch the article reports,
                // it is that one, not an earlier one told just before.
                if (reportedDay && !date && primary >= 0 && target != primary && hasDate(ms[target].date)
                    && ms[primary].date.isKnown() && compatibleDates(ms[primary].date, reportedDay->date)
                    && !compatibleDates(ms[target].date, reportedDay->date))
                    target = primary;
                // "BREAKING: North Korea fired what appears to be an SLBM ... at around
                // 10:17 a.m." under a paragraph about an earlier, dated launch (a live
                // blog's first entry, last): a new launch told by its hour and no day is
                // the one the article reports, not the earlier one carried over.
                if (!date && cue.verb && !cue.anaphoric && primary >= 0 && target != primary
                    && segments.size() == 1 && target == segments.front().mention
                    && ms[target].role == LaunchRole::Mentioned && hasDate(ms[target].date)
                    && tellsAnHour(QStringView(text).mid(s.start, s.end - s.start)))
                    target = primary;
            }
        }
        if (date) {
            usedDates << date->start;
            // "On Jan. 24, 28 and 30, it fired ...": one launch per listed day (a verb's
            // date, or a plural noun's: "the launches on January 6, February 19 and
            // June 19"; the days joined by commas and "and" alone).
            int wordEnd = cue.end; // (the cue may be the word's stem: "test" of "tests")
            while (wordEnd < text.size() && text.at(wordEnd).isLetter())
                ++wordEnd;
            // ("following those of 2026/1/4, 2026/3/17 and ...": "those" stands for
            // launches of the kind named before it, "the sixth ballistic missile launch".)
            const bool those = !cue.verb && QStringView(text).mid(cue.start, wordEnd - cue.start).compare(QLatin1String("those"), Qt::CaseInsensitive) == 0;
            const bool pluralNoun = !cue.verb && wordEnd - cue.start > 2 && (text.at(wordEnd - 1) == u's' || those);
            if (those && target >= 0 && ms[target].classes.isEmpty()) {
                for (const LexiconHit &h : fields.classes(text, s.start, cue.start)) {
                    if (!ms[target].classes.contains(h.value))
                        ms[target].classes << h.value;
                    build.evidence(ms[target], QStringLiteral("class"), h.start, h.end);
                }
            }
            if ((cue.verb || pluralNoun) && target >= 0) {
                for (const DateMention &d : listedWith(dates, *date, text)) {
                    if (!usedDates.contains(d.start)) {
                        usedDates << d.start;
                        listed.append({target, d});
                    }
                }
            }
        }
        int boundary = cue.start;
        if (ci == 0 && !fromHere) {
            boundary = s.start;
        } else {
            boundary = LaunchCueFinder::clauseStart(text, cue.start, s.start);
            if (date)
                boundary = std::min(boundary, LaunchCueFinder::clauseStart(text, date->start, s.start));
        }
        if (ci == 0 && fromHere && segments.back().mention < 0)
            boundary = s.start;
        // "- Hwasong-18, first flown 13 April 2023: the first solid-fuel ICBM, about
        // 1,000 km.": a list item in note form is one launch's, from its marker on
        // (its name is not the item's before it).
        // (So is an item that tells its launch with a verb: "- Pukguksong-3, 2 October
        // 2019: launched from a barge, about 450 km".)
        if (ci == 0 && (cue.note || (fromHere && opensListItem(text, s.start))))
            boundary = s.start;
        // "The first Hwaseong-14, fired on July 4, 2017, was ...": the few words
        // before a participle set off by a comma name the missile it fired.
        if (ci == 0 && fromHere && cue.verb && boundary > s.start && namesTheParticiplesMissile(text, s.start, boundary, cue.start))
            boundary = s.start;
        if (firstSince >= 0)
            boundary = date->start; // only "since ..." speaks of the earlier launch
        // "Its predecessor, the Hwasong-19, flew on Feb. 3": the flight's subject is its own.
        if (fromHere && cue.subjectStart >= 0)
            boundary = std::min(boundary, LaunchCueFinder::clauseStart(text, cue.subjectStart, s.start));
        // "a hypersonic test on Jan. 6 and a salvo of short-range missiles on Jan. 14":
        // a new launch joined by "and a" starts there, not at the clause that holds
        // the previous launch's cue too.
        if (fromHere && ci > 0 && boundary < sc.cues.at(ci - 1).end) {
            static const GatedRegex joined(QStringLiteral("(?<![\\w-])and\\s+(?:a|an|another)\\s"),
                                           QRegularExpression::CaseInsensitiveOption);
            const int from = sc.cues.at(ci - 1).end;
            int last = -1;
            joined.forEach(QStringView(text).mid(from, cue.start - from), 0, GatedRegex::Subject::Checked, [&](const RegexMatch &m) {
                last = from + int(m.capturedStart());
                return true;
            });
            if (last >= 0)
                boundary = last;
        }
        // (A cue before a dated object split off already, "the sixth launch of the
        // year, after an ICBM test on July 8": that object keeps its segment; one
        // after it starts its own after it.)
        const bool beforeObject = segments.back().objectEnd >= 0 && cue.start < segments.back().start;
        if (segments.back().objectEnd >= 0 && cue.start >= segments.back().objectEnd)
            boundary = std::max(boundary, segments.back().objectEnd);
        if (target != segments.back().mention && !beforeObject) {
            if (boundary <= segments.back().start)
                segments.back().mention = target;
            else
                segments.append({boundary, target, false, false, nullptr, -1, firstSince >= 0});
        }
        if (fromHere)
            nameFromAntecedent(build, fields, target, boundary, s.start);
        // "Last flight of this type was January 6": of the kind of the launch just told.
        if (fromHere && told >= 0 && told != target && ms[target].classes.isEmpty()) {
            static const GatedRegex sameKind(QStringLiteral("^\\s+of\\s+(?:this|that|the same)\\s+(?:type|kind)(?![\\w-])"),
                                                     QRegularExpression::CaseInsensitiveOption);
            const auto k = sameKind.firstMatch(QStringView(text).mid(cue.end, std::min(32, int(s.end) - cue.end)));
            if (k.hasMatch()) {
                ms[target].classes = ms[told].classes;
                if (!ms[target].classes.isEmpty())
                    build.evidence(ms[target], QStringLiteral("class"), cue.start, cue.end + int(k.capturedEnd()));
            }
        }
        // "it fired cruise missiles on Feb. 26 and an ICBM on March 3": each object
        // of the verb with a day of its own after it is a launch of that day.
        // (So, too, after a noun: "several launches this year, including an SLBM on
        // 19 March and an IRBM on 27 January"; but a year alone dates no single
        // launch there: "and multiple launches of SRBMs this year".)
        // ("The launch came after an ICBM on Jan. 8 and ...": the launch told, with no
        // day of its own here, and objects led by the connective after it.)
        if (target >= 0 && (date || (target == primary && cue.definite)))
            splitDatedObjects(build, s, si, dates, date, cue.end, usedDates, segments, !cue.verb);
        // The cue belongs to the segment that holds it.
        for (int g = int(segments.size()) - 1; g >= 0; --g) {
            if (segments[g].start <= cue.start) {
                segments[g].cue = true;
                segments[g].verbCue = segments[g].verbCue || cue.verb;
                if (cue.verb && segments[g].firstVerb < 0)
                    segments[g].firstVerb = cue.start;
                if (!segments[g].date && date)
                    segments[g].date = date;
                if (cue.verb && segments[g].mention >= 0)
                    build.verbReported[segments[g].mention] = true;
                break;
            }
        }
    }
    return segments;
}

} // namespace atlas::launch
