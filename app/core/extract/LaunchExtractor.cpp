#include "extract/LaunchExtractor.h"

#include "extract/LaunchPhrases.h"
#include "extract/QuantityParser.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace atlas {

using LaunchPhrases::firstSinceAt;
using LaunchPhrases::listedWith;
using LaunchPhrases::ofAfterLaunchNoun;
using LaunchPhrases::ownDayOf;
using LaunchPhrases::trackedCount;

namespace {

const QStringList &rangeClasses()
{
    static const QStringList classes{QStringLiteral("CRBM"), QStringLiteral("SRBM"), QStringLiteral("MRBM"),
                                     QStringLiteral("IRBM"), QStringLiteral("ICBM")};
    return classes;
}

bool hasDate(const FuzzyDate &d) { return d.isKnown() || d.weekday != 0 || d.precision == DatePrecision::DayOfYear; }

// Could two stated dates be the same day? Unknown dates are compatible with
// anything that has their weekday.
bool compatibleDates(const FuzzyDate &a, const FuzzyDate &b)
{
    if (!hasDate(a) || !hasDate(b))
        return true;
    if (a.isKnown() && b.isKnown())
        return a.earliest <= b.latest && b.earliest <= a.latest;
    auto containsWeekday = [](const FuzzyDate &known, int weekday) {
        if (known.earliest.daysTo(known.latest) >= 6)
            return true;
        for (QDate d = known.earliest; d <= known.latest; d = d.addDays(1)) {
            if (d.dayOfWeek() == weekday)
                return true;
        }
        return false;
    };
    auto containsDayOfYear = [](const FuzzyDate &known, int month, int day) {
        for (QDate d = known.earliest; d <= known.latest && d.isValid(); d = d.addDays(1)) {
            if (d.month() == month && d.day() == day)
                return true;
            if (known.earliest.daysTo(d) > 400)
                break;
        }
        return false;
    };
    const FuzzyDate &known = a.isKnown() ? a : b;
    const FuzzyDate &other = a.isKnown() ? b : a;
    if (known.isKnown()) {
        if (other.precision == DatePrecision::DayOfYear)
            return containsDayOfYear(known, other.month, other.day);
        return other.weekday == 0 || containsWeekday(known, other.weekday);
    }
    if (a.precision == DatePrecision::DayOfYear && b.precision == DatePrecision::DayOfYear)
        return a.month == b.month && a.day == b.day;
    return a.weekday == 0 || b.weekday == 0 || a.weekday == b.weekday;
}

// A single day, stated with or without its year, or a weekday still unresolved.
bool isDayPrecise(const FuzzyDate &d)
{
    return d.precision == DatePrecision::Day || d.precision == DatePrecision::DayOfYear
        || (d.precision == DatePrecision::Unknown && d.weekday != 0);
}

// "a week earlier", "last month", "since November 5", "the previous Saturday".

bool isEarlierDate(const QString &text, const DateMention &d, int floor)
{
    // Gated: tried only where one of the words can start (the same answer as a plain scan).
    static const GatedRegex earlier(
        QStringLiteral("(?<![\\w-])(?:earlier|last|previous|previously|ago|since|prior|before|preceding)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(floor, d.start - 22);
    return earlier.firstMatch(QStringView(text).mid(from, d.end - from)).hasMatch();
}

// Characters between a date mention and a launch cue (0 when they touch or overlap).
int cueDistance(const DateMention &d, const LaunchCue &cue)
{
    return d.end <= cue.start ? cue.start - d.end : std::max(0, d.start - cue.end);
}

struct Segment {
    int start;
    int mention;
    bool cue;      // the segment holds a launch cue
    bool verbCue;  // ... a launch verb ("fired", "launched")
    const DateMention *date; // the date its cue carries, if any
    int firstVerb;           // where its first launch verb starts, -1 none
};

class MentionBuilder {
public:
    MentionBuilder(const QString &text, const QString &articleId) : m_text(text), m_articleId(articleId) {}

    void evidence(LaunchMention &m, const QString &field, int start, int end) const
    {
        Evidence e;
        e.articleId = m_articleId;
        e.field = field;
        e.start = start;
        e.end = end;
        // A real mention cites a few dozen spans; hostile text (megabytes of trigger
        // words) can give one mention tens of thousands, and the duplicate check
        // below would make that quadratic. Past this many, later spans add nothing.
        constexpr int kMaxEvidence = 256;
        if (m.evidence.size() >= kMaxEvidence)
            return;
        e.text = m_text.mid(start, end - start);
        if (!m.evidence.contains(e))
            m.evidence << e;
    }

    void conflict(LaunchMention &m, const QString &field, const QString &first, const QString &second) const
    {
        for (Conflict &c : m.conflicts) {
            if (c.field == field) {
                const bool known = std::any_of(c.values.begin(), c.values.end(),
                                               [&](const ConflictValue &v) { return v.value == second; });
                if (!known)
                    c.values.append({second, m_articleId, m.claimant});
                return;
            }
        }
        m.conflicts.append({field, {{first, m_articleId, m.claimant}, {second, m_articleId, m.claimant}}});
    }

private:
    const QString &m_text;
    const QString &m_articleId;
};

QString kmText(const Quantity &q) { return QString::number(q.value, 'f', 0) + QStringLiteral(" km"); }

} // namespace

LaunchExtractor::LaunchExtractor(const Gazetteer &gazetteer, const MissileLexicon &lexicon)
    : m_matcher(gazetteer), m_lexicon(lexicon), m_fields(m_matcher, lexicon)
{
}

LaunchExtractor::Result LaunchExtractor::extract(const Article &article, const QVector<Sentence> &sentences,
                                                 const TemporalTagger &tagger) const
{
    Result result;
    result.sentenceLaunch.fill(-1, sentences.size());
    const QString &text = article.text;
    const MentionBuilder build(text, article.id);
    QVector<LaunchMention> &ms = result.launches;
    QVector<DateMention> dateOf;    // per mention: the date mention its date came from
    QVector<int> dateSentence;      // per mention: the sentence of that date
    QSet<int> definiteCount;        // mentions whose count is only "the missile" so far
    QVector<bool> verbReported;     // per mention: some cue was a launch verb
    QVector<bool> unnamedSea;       // per mention: "landing in the sea", which sea unsaid
    QString lastSea;                // the sea last named for a launch, and which launch it was
    int lastSeaOf = -1;
    int primary = -1;
    int current = -1;
    bool shipTold = false; // the last launch told was a ship's

    auto create = [&](LaunchRole role, int cueStart, int cueEnd) {
        LaunchMention m;
        m.articleId = article.id;
        m.role = role;
        build.evidence(m, QStringLiteral("launch"), cueStart, cueEnd);
        ms << m;
        dateOf << DateMention{};
        dateSentence << -1;
        verbReported << false;
        unnamedSea << false;
        return int(ms.size()) - 1;
    };
    auto setDate = [&](int k, const DateMention &d, int sentence) {
        LaunchMention &m = ms[k];
        // "fired twice this week ... On Friday, the North launched": a stated day inside
        // the period already held refines it; the period's evidence gives way to the day's.
        const bool refines = m.date.isKnown() && m.date.precision != DatePrecision::Day
            && d.date.isKnown() && d.date.precision == DatePrecision::Day
            && d.date.earliest >= m.date.earliest && d.date.latest <= m.date.latest;
        if (refines) {
            m.evidence.erase(std::remove_if(m.evidence.begin(), m.evidence.end(),
                                            [](const Evidence &e) { return e.field == QLatin1String("date"); }),
                             m.evidence.end());
        } else if (hasDate(m.date)) {
            return;
        }
        if (!hasDate(d.date)) {
            if (dateSentence[k] < 0) { // remembered for resolving against the primary's date
                dateOf[k] = d;
                dateSentence[k] = sentence;
                m.date.text = d.date.text.isEmpty() ? text.mid(d.start, d.end - d.start) : d.date.text;
            }
            return;
        }
        m.date = d.date;
        dateOf[k] = d;
        dateSentence[k] = sentence;
        build.evidence(m, QStringLiteral("date"), d.start, d.end);
        if (m.timeOfDay.isEmpty() && !d.timeOfDay.isEmpty()) {
            m.timeOfDay = d.timeOfDay;
            build.evidence(m, QStringLiteral("time"), d.start, d.end);
        }
    };

    // "the solid-fuel Hwasong-19, which North Korea first tested in October 2024": an
    // earlier launch told in a relative clause is of the missile its antecedent names.
    auto nameFromAntecedent = [&](int k, int clause, int floor) {
        static const QRegularExpression relative(QStringLiteral("^(?:which|that)\\s"), QRegularExpression::CaseInsensitiveOption);
        if (!relative.match(QStringView(text).mid(clause, 6)).hasMatch())
            return;
        int comma = clause;
        while (comma > floor && text.at(comma - 1).isSpace())
            --comma;
        if (comma <= floor || text.at(comma - 1) != QLatin1Char(','))
            return;
        --comma;
        const QVector<LexiconHit> hits = m_fields.names(text, std::max(floor, comma - 60), comma);
        if (hits.isEmpty() || comma - hits.last().end > 2)
            return;
        if (!ms[k].names.contains(hits.last().value))
            ms[k].names << hits.last().value;
        build.evidence(ms[k], QStringLiteral("name"), hits.last().start, hits.last().end);
    };

    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences.at(si);
        if (s.heading || s.end <= s.start)
            continue;
        StemTrie::Starts cueWords; // launch cue candidates, found by the same word pass
        const quint32 sentenceWords = LaunchCueFinder::wordClasses(text, s.start, s.end, &cueWords);
        if (!(sentenceWords & (LaunchCueFinder::Cue | LaunchCueFinder::Missile | LaunchCueFinder::Flight | LaunchCueFinder::Sea)))
            continue; // the usual case: nothing of a launch here
        const SentenceCues sc = m_cues.analyse(text, s.start, s.end, sentenceWords, cueWords);
        if (!sc.exclusion.isEmpty())
            continue;
        // "the launch of a new destroyer ... Kim, who watched the launch, ...": once a
        // ship's launch is told, "the launch" without a missile named is the ship's.
        if (!sc.shipLaunches.isEmpty())
            shipTold = true;
        else if (sc.missileTerm && !sc.cues.isEmpty())
            shipTold = false;
        if (!sc.relevant || (shipTold && !sc.missileTerm))
            continue;

        const QString sentenceText = text.mid(s.start, s.end - s.start);
        QVector<DateMention> dates;
        if (!sc.cues.isEmpty()) {
            // Relative dates that cannot be resolved yet ("a week earlier" with no
            // publication date) are kept: they are resolved against the primary later.
            for (const DateMention &d : tagger.tag(sentenceText, s.start)) {
                const bool shipDate = std::any_of(sc.shipLaunches.begin(), sc.shipLaunches.end(),
                                                  [&](const std::pair<int, int> &span) { return d.start >= span.first && d.start < span.second; });
                if (!d.bareYear && !shipDate && (hasDate(d.date) || d.relative))
                    dates << d;
            }
        }

        QVector<std::pair<int, DateMention>> listed; // launches of the other days of a date list
        // Which launch each stretch of the sentence speaks of.
        QVector<Segment> segments;
        segments.append({s.start, current, false, false, nullptr, -1});
        QVector<int> usedDates; // a date dates one launch of the sentence only
        for (int ci = 0; ci < sc.cues.size(); ++ci) {
            const LaunchCue &cue = sc.cues.at(ci);
            const DateMention *date = nullptr;
            int best = std::numeric_limits<int>::max();
            for (const DateMention &d : dates) {
                if (usedDates.contains(d.start))
                    continue;
                const int dist = d.end <= cue.start ? cue.start - d.end : std::max(0, d.start - cue.end);
                if (dist < best) {
                    best = dist;
                    date = &d;
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
            // "state media said the next day it had tested ...": a date right after a
            // reporting verb dates the report, not the launch.
            if (date && date->end <= cue.start) {
                static const GatedRegex reportBefore(
                    QStringLiteral("(?:said|reported|announced|claimed|stated|confirmed)\\s+$"), QRegularExpression::CaseInsensitiveOption);
                const int from = std::max(s.start, date->start - 24);
                if (reportBefore.firstMatch(QStringView(text).mid(from, date->start - from)).hasMatch())
                    date = nullptr;
            }
            // "a day after the North fired": the words date the later event, not this one.
            if (date && cue.connective && date->end <= cue.start
                && text.mid(date->start, cue.start - date->start).contains(QLatin1String("after"), Qt::CaseInsensitive))
                date = nullptr;
            int target = -1;
            const int told = segments.back().mention; // the launch being told before this cue
            bool fromHere = false; // the new launch starts at this cue's clause, not at the sentence
            const int firstSince = date ? firstSinceAt(text, cue, *date, s.start) : -1;
            if (firstSince >= 0) {
                // The cue is the launch being told; the earlier launch is the one that date
                // dates, of the kind the cue's noun phrase names ("first ICBM test since").
                for (int k = 0; k < ms.size() && target < 0; ++k) {
                    if (ms[k].role == LaunchRole::Mentioned && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                        target = k;
                }
                if (target < 0)
                    target = create(LaunchRole::Mentioned, date->start, date->end);
                setDate(target, *date, si);
                for (const LexiconHit &h : m_fields.classes(text, firstSince, cue.start)) {
                    if (!ms[target].classes.contains(h.value))
                        ms[target].classes << h.value;
                    build.evidence(ms[target], QStringLiteral("class"), h.start, h.end);
                }
                if (segments.back().mention < 0) // "It was the first launch since ...": the words before are the primary's
                    segments.back().mention = primary >= 0 ? primary : (primary = create(LaunchRole::Primary, cue.start, cue.end));
            } else if (cue.predicate) {
                // "was described the next day as a test of ...": the launch just told.
                target = segments.back().mention >= 0 ? segments.back().mention
                                                      : (primary >= 0 ? primary : (primary = create(LaunchRole::Primary, cue.start, cue.end)));
                date = nullptr;
            } else if (cue.definite && date && primary >= 0 && ownDayOf(text, cue, *date)
                       && ms[primary].date.isKnown() && !compatibleDates(ms[primary].date, date->date)) {
                // "The October 22 salvo", "the May 8 firing": a definite launch that names a
                // day of its own, not the primary's, is that day's launch.
                for (int k = 0; k < ms.size() && target < 0; ++k) {
                    if (k != primary && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                        target = k;
                }
                if (target < 0) {
                    target = create(LaunchRole::Mentioned, cue.start, cue.end);
                    fromHere = true;
                }
                setDate(target, *date, si);
            } else if (cue.definite) {
                target = primary >= 0 ? primary : (primary = create(LaunchRole::Primary, cue.start, cue.end));
                // "oversaw the test-firing of ... the previous day, state media reported Thursday":
                // a day counted back from the report's day, stated in the same sentence, dates
                // the launch referred to when nothing has dated it yet.
                const bool countedBack = date && date->start >= cue.end && dates.size() > 1 && isDayPrecise(date->date)
                    && date->date.isKnown() && !hasDate(ms[target].date);
                if (date && (!isEarlierDate(text, *date, s.start) || countedBack) && compatibleDates(ms[target].date, date->date))
                    setDate(target, *date, si);
                else
                    date = nullptr;
            } else {
                const bool earlier = (date && isEarlierDate(text, *date, s.start)) || cue.connective;
                if (earlier || (date && primary >= 0 && !compatibleDates(ms[primary].date, date->date))) {
                    // "said on Sunday it had tracked missiles fired ... the previous day": the
                    // earlier-sounding day is the primary's own day, so this retells it. Only
                    // with the report's own day in the sentence, which that phrase counts from.
                    if (!cue.connective && date && dates.size() > 1 && primary >= 0 && isDayPrecise(date->date) && date->date.isKnown()
                        && ms[primary].date.isKnown() && ms[primary].date.earliest == date->date.earliest
                        && ms[primary].date.latest == date->date.latest)
                        target = primary;
                    // An earlier launch: the one already told with that date, or a new one.
                    for (int k = 0; k < ms.size() && target < 0; ++k) {
                        if (ms[k].role == LaunchRole::Mentioned && date && hasDate(ms[k].date) && ms[k].date.sameDate(date->date))
                            target = k;
                    }
                    if (target < 0) {
                        target = create(LaunchRole::Mentioned, cue.start, cue.end);
                        fromHere = true;
                    }
                    if (date)
                        setDate(target, *date, si);
                } else if (date) {
                    if (primary < 0)
                        primary = create(LaunchRole::Primary, cue.start, cue.end);
                    target = primary;
                    setDate(target, *date, si);
                } else {
                    target = segments.back().mention >= 0 ? segments.back().mention
                                                          : (primary >= 0 ? primary : (primary = create(LaunchRole::Primary, cue.start, cue.end)));
                }
            }
            if (date) {
                usedDates << date->start;
                // "On Jan. 24, 28 and 30, it fired ...": one launch per listed day (a verb's
                // date only; the days joined by commas and "and" alone).
                if (cue.verb && target >= 0) {
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
            if (firstSince >= 0)
                boundary = date->start; // only "since ..." speaks of the earlier launch
            // "a hypersonic test on Jan. 6 and a salvo of short-range missiles on Jan. 14":
            // a new launch joined by "and a" starts there, not at the clause that holds
            // the previous launch's cue too.
            if (fromHere && ci > 0 && boundary < sc.cues.at(ci - 1).end) {
                static const QRegularExpression joined(QStringLiteral("(?<![\\w-])and\\s+(?:a|an|another)\\s"),
                                                       QRegularExpression::CaseInsensitiveOption);
                const int from = sc.cues.at(ci - 1).end;
                int last = -1;
                auto it = joined.globalMatch(QStringView(text).mid(from, cue.start - from));
                while (it.hasNext())
                    last = from + int(it.next().capturedStart());
                if (last >= 0)
                    boundary = last;
            }
            if (target != segments.back().mention) {
                if (boundary <= segments.back().start)
                    segments.back().mention = target;
                else
                    segments.append({boundary, target, false, false, nullptr, -1});
            }
            if (fromHere)
                nameFromAntecedent(target, boundary, s.start);
            // "Last flight of this type was January 6": of the kind of the launch just told.
            if (fromHere && told >= 0 && told != target && ms[target].classes.isEmpty()) {
                static const QRegularExpression sameKind(QStringLiteral("^\\s+of\\s+(?:this|that|the same)\\s+(?:type|kind)(?![\\w-])"),
                                                         QRegularExpression::CaseInsensitiveOption);
                const auto k = sameKind.match(QStringView(text).mid(cue.end, std::min(32, int(s.end) - cue.end)));
                if (k.hasMatch()) {
                    ms[target].classes = ms[told].classes;
                    if (!ms[target].classes.isEmpty())
                        build.evidence(ms[target], QStringLiteral("class"), cue.start, cue.end + int(k.capturedEnd()));
                }
            }
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
                        verbReported[segments[g].mention] = true;
                    break;
                }
            }
        }

        bool anyVerb = false;
        for (const LaunchCue &c : sc.cues)
            anyVerb = anyVerb || c.verb;
        for (int g = 0; g < segments.size(); ++g) {
            const Segment &seg = segments.at(g);
            if (seg.mention < 0)
                continue;
            const int a = seg.start;
            const int b = g + 1 < segments.size() ? segments.at(g + 1).start : s.end;
            LaunchMention &m = ms[seg.mention];
            result.sentenceLaunch[si] = seg.mention;
            // Which finders can match at all (one cheap pass over the words).
            const quint32 words = segments.size() == 1 ? sentenceWords : LaunchCueFinder::wordClasses(text, a, b);

            if (m.claimant.isEmpty() && (sentenceWords & LaunchCueFinder::Claim)
                && LaunchFieldFinder::mayNameClaimant(text, s.start, s.end, sentenceWords)) {
                const ClaimantHit c = m_fields.claimant(text, s.start, s.end);
                if (!c.who.isEmpty()) {
                    m.claimant = c.who;
                    build.evidence(m, QStringLiteral("claimant"), c.start, c.end);
                }
            }
            const bool missileWords = words & LaunchCueFinder::Missile;
            for (const LexiconHit &h : missileWords ? m_fields.classes(text, a, b) : QVector<LexiconHit>()) {
                if (!m.classes.contains(h.value)) {
                    if (rangeClasses().contains(h.value)) {
                        for (const QString &c : m.classes) {
                            if (rangeClasses().contains(c))
                                build.conflict(m, QStringLiteral("class"), c, h.value);
                        }
                    }
                    m.classes << h.value;
                }
                build.evidence(m, QStringLiteral("class"), h.start, h.end);
            }
            for (const LexiconHit &h : (words & LaunchCueFinder::Designation) ? m_fields.names(text, a, b) : QVector<LexiconHit>()) {
                if (!m.names.contains(h.value))
                    m.names << h.value;
                build.evidence(m, QStringLiteral("name"), h.start, h.end);
            }
            // A stated number beats "the missile", here or in a later sentence of the launch.
            // "a test-firing of two types of missiles", "a salvo of several missiles": a
            // number right after a launch noun counts what was fired too.
            auto followsLaunchNoun = [&](const CountMatch &c) {
                for (const LaunchCue &cue : sc.cues) {
                    if (!cue.verb && cue.start >= a && c.start - cue.end <= 8 && c.end > cue.end)
                        return true;
                    const int of = cue.verb ? -1 : ofAfterLaunchNoun(text, cue.end, b);
                    if (of >= 0 && c.start >= of && c.start - of <= 4)
                        return true;
                }
                return false;
            };
            bool nounOf = false; // a launch noun followed by "of" (the only way a noun cue takes a count)
            for (const LaunchCue &cue : sc.cues)
                nounOf = nounOf || (!cue.verb && cue.start >= a && cue.end < b && ofAfterLaunchNoun(text, cue.end, b) >= 0);
            if (seg.cue && (seg.verbCue || nounOf) && (!m.count.isKnown() || definiteCount.contains(seg.mention))) {
                const auto counts = QuantityParser::counts(text, a, b);
                const CountMatch *pick = nullptr;
                for (const CountMatch &c : counts) {
                    if (!c.definite && (seg.verbCue || followsLaunchNoun(c) || trackedCount(text, c, a))) {
                        pick = &c;
                        break;
                    }
                }
                if (seg.verbCue && !pick && !counts.isEmpty() && !m.count.isKnown())
                    pick = &counts.first();
                if (pick) {
                    if (definiteCount.contains(seg.mention))
                        m.evidence.erase(std::remove_if(m.evidence.begin(), m.evidence.end(),
                                                        [](const Evidence &e) { return e.field == QLatin1String("count"); }),
                                         m.evidence.end());
                    m.count = pick->count;
                    if (pick->definite)
                        definiteCount.insert(seg.mention);
                    else
                        definiteCount.remove(seg.mention);
                    build.evidence(m, QStringLiteral("count"), pick->start, pick->end);
                }
            }
            // Where it was fired from: a "from ..." after a launch verb of this stretch
            // ("provocations from Pyongyang" is not a launch site).
            // "The October 22 salvo from the Pyongyang area": a launch noun right before "from" too.
            int siteFrom = seg.firstVerb;
            // "launch detected at 7:58 a.m. KST from the Kusong area": and after a detection verb.
            static const QRegularExpression nounFrom(
                QStringLiteral("^\\s+(?:(?:was|were)\\s+)?(?:(?:detected|spotted|observed|tracked|conducted|carried out)(?![\\w-])[^,;]{0,40}?\\s)?from\\s"),
                QRegularExpression::CaseInsensitiveOption);
            for (int ci = 0; siteFrom < 0 && ci < sc.cues.size() && (words & LaunchCueFinder::From); ++ci) {
                const LaunchCue &cue = sc.cues.at(ci);
                if (!cue.verb && cue.start >= a && cue.end < b
                    && nounFrom.match(QStringView(text).mid(cue.end, std::min(b, cue.end + 64) - cue.end)).hasMatch())
                    siteFrom = cue.end;
            }
            // "The May 8 firing near Wonsan": a launch noun (or verb) followed by where it was.
            for (int ci = 0; !m.site.isLocated() && m.site.text.isEmpty() && ci < sc.cues.size(); ++ci) {
                const LaunchCue &cue = sc.cues.at(ci);
                if (cue.start < a || cue.end >= b)
                    continue;
                const SiteHit site = m_fields.siteAfterNoun(text, cue.end, std::min(b, cue.end + 60));
                if (site.isValid()) {
                    m.site = site.site;
                    build.evidence(m, QStringLiteral("site"), site.start, site.end);
                }
            }
            if (siteFrom >= 0 && (words & LaunchCueFinder::From) && !m.site.isLocated() && m.site.text.isEmpty()) {
                const SiteHit site = m_fields.site(text, siteFrom, std::min(b, siteFrom + 160));
                if (site.isValid()) {
                    m.site = site.site;
                    build.evidence(m, QStringLiteral("site"), site.start, site.end);
                }
            }
            for (const QuantityHit &q : (words & LaunchCueFinder::Length) ? m_fields.flight(text, a, b, anyVerb) : QVector<QuantityHit>()) {
                Quantity &slot = q.apogee ? m.apogeeKm : m.distanceKm;
                const QString field = q.apogee ? QStringLiteral("apogee") : QStringLiteral("distance");
                if (!slot.isValid()) {
                    slot = q.quantity;
                    build.evidence(m, field, q.start, q.end);
                } else if (std::abs(slot.value - q.quantity.value) > 1.0) {
                    build.conflict(m, field, kmText(slot), kmText(q.quantity));
                    build.evidence(m, field, q.start, q.end);
                }
            }
            const bool splash = (words & LaunchCueFinder::Sea) && LaunchFieldFinder::mayNameSplashdown(words);
            for (const SplashHit &h : splash ? m_fields.splashdowns(text, a, b) : QVector<SplashHit>()) {
                bool used = false;
                if (!h.sea.isEmpty() && m.splashdown.sea.isEmpty()) {
                    m.splashdown.sea = h.sea;
                    used = true;
                }
                if (!h.sea.isEmpty()) {
                    lastSea = h.sea;
                    lastSeaOf = seg.mention;
                }
                // "test-fired cruise missiles over the same waters in February": the sea last named for another launch.
                if (h.sameSea && m.splashdown.sea.isEmpty() && lastSeaOf >= 0 && lastSeaOf != seg.mention) {
                    m.splashdown.sea = lastSea;
                    used = true;
                }
                if (!h.eez.isEmpty() && m.splashdown.eez.isEmpty()) {
                    m.splashdown.eez = h.eez;
                    used = true;
                }
                if (h.land && !m.splashdown.land) {
                    m.splashdown.land = true;
                    used = true;
                }
                if (h.unnamedSea) {
                    unnamedSea[seg.mention] = true;
                    used = true;
                }
                if (used) {
                    const QString words = text.mid(h.start, h.end - h.start);
                    // Bounded: each splashdown phrase of a long run would otherwise be appended.
                    if (m.splashdown.text.isEmpty())
                        m.splashdown.text = words;
                    else if (m.splashdown.text.size() < 240 && !m.splashdown.text.contains(words))
                        m.splashdown.text += QStringLiteral(" … ") + words;
                    build.evidence(m, QStringLiteral("splashdown"), h.start, h.end);
                }
            }
            if (seg.cue && m.timeOfDay.isEmpty()) {
                const auto times = tagger.times(text.mid(a, b - a), a);
                if (!times.isEmpty()) {
                    m.timeOfDay = times.first().text;
                    build.evidence(m, QStringLiteral("time"), times.first().start, times.first().end);
                }
            }
            current = seg.mention;
        }
        // Each other listed day: the same facts, told of that day's launch.
        for (const auto &[of, d] : listed) {
            if (!d.date.isKnown())
                continue;
            LaunchMention copy = ms[of];
            copy.role = LaunchRole::Mentioned;
            copy.evidence.erase(std::remove_if(copy.evidence.begin(), copy.evidence.end(),
                                               [](const Evidence &e) { return e.field == QLatin1String("date"); }),
                                copy.evidence.end());
            copy.date = FuzzyDate();
            const int k = create(LaunchRole::Mentioned, d.start, d.end);
            copy.evidence.prepend(ms[k].evidence.first());
            ms[k] = copy;
            verbReported[k] = true;
            setDate(k, d, si);
        }
    }

    // "from its eastern coast ... before landing in the sea": the coast it left from names the sea.
    for (int k = 0; k < ms.size(); ++k) {
        LaunchMention &m = ms[k];
        if (!unnamedSea[k] || !m.splashdown.sea.isEmpty())
            continue;
        static const QRegularExpression east(QStringLiteral("east(?:ern)? coast"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression west(QStringLiteral("west(?:ern)? coast"), QRegularExpression::CaseInsensitiveOption);
        if (east.match(m.site.text).hasMatch())
            m.splashdown.sea = QStringLiteral("East Sea");
        else if (west.match(m.site.text).hasMatch())
            m.splashdown.sea = QStringLiteral("Yellow Sea");
    }

    // "BREAKING: ... North Korea has fired a ballistic missile": a launch reported as
    // just done, with no day stated anywhere, is of the day of the report (in Korea).
    const QDate reportDay = article.publicationDateKorea.isValid() ? article.publicationDateKorea : article.publicationDate;
    if (primary >= 0 && reportDay.isValid() && !hasDate(ms[primary].date) && dateSentence[primary] < 0) {
        static const QRegularExpression justDone(
            QStringLiteral("(?<![\\w-])(?:has|have)\\s+(?:just\\s+|now\\s+|again\\s+)?(?:test-)?(?:fired|launched)(?![\\w-])"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Evidence &e : QVector<Evidence>(ms[primary].evidence)) {
            if (e.field != QLatin1String("launch"))
                continue;
            const int from = std::max(0, e.start - 16);
            const auto m = justDone.match(QStringView(text).mid(from, e.end - from));
            if (m.hasMatch() && from + m.capturedEnd() == e.end) {
                ms[primary].date = FuzzyDate::onDay(reportDay, text.mid(from + int(m.capturedStart()), int(m.capturedLength())));
                build.evidence(ms[primary], QStringLiteral("date"), from + int(m.capturedStart()), e.end);
            }
            break; // the cue that introduced it
        }
    }

    // One designation is one kind of missile: a launch told only by name ("the
    // Hwasong-19, which was first tested in ...") takes the classes the article gives
    // another launch of that name; the name is the evidence.
    for (int k = 0; k < ms.size(); ++k) {
        if (!ms[k].classes.isEmpty() || ms[k].names.isEmpty())
            continue;
        for (int j = 0; j < ms.size() && ms[k].classes.isEmpty(); ++j) {
            if (j == k || ms[j].classes.isEmpty()
                || std::none_of(ms[k].names.begin(), ms[k].names.end(), [&](const QString &n) { return ms[j].names.contains(n); }))
                continue;
            ms[k].classes = ms[j].classes;
            for (const Evidence &e : QVector<Evidence>(ms[k].evidence)) {
                if (e.field == QLatin1String("name"))
                    build.evidence(ms[k], QStringLiteral("class"), e.start, e.end);
            }
        }
    }

    // Relative dates of earlier launches count from the primary launch's date.
    if (primary >= 0 && ms[primary].date.isKnown()) {
        for (int k = 0; k < ms.size(); ++k) {
            if (k == primary || dateSentence[k] < 0)
                continue;
            const DateMention &old = dateOf[k];
            if (!old.relative && old.date.isKnown())
                continue;
            const Sentence &s = sentences.at(dateSentence[k]);
            for (const DateMention &d : tagger.tagRelativeTo(text.mid(s.start, s.end - s.start), ms[primary].date, s.start)) {
                if (d.start < old.end && old.start < d.end && hasDate(d.date)) {
                    ms[k].date = d.date;
                    break;
                }
            }
        }
    }

    // Keep launches the text tells something concrete of; a bare "the tests"
    // in an essay is no launch.
    QVector<LaunchMention> kept;
    QVector<int> remap(ms.size(), -1);
    for (int k = 0; k < ms.size(); ++k) {
        const LaunchMention &m = ms[k];
        const bool concrete = verbReported[k] || hasDate(m.date) || dateSentence[k] >= 0 || m.site.isLocated() || !m.site.text.isEmpty()
            || m.count.isKnown() || m.distanceKm.isValid() || m.apogeeKm.isValid() || m.splashdown.isKnown();
        if (!concrete)
            continue;
        remap[k] = int(kept.size());
        kept << m;
    }
    // Primary first, then the others in text order.
    std::stable_sort(kept.begin(), kept.end(), [](const LaunchMention &a, const LaunchMention &b) {
        return a.role == LaunchRole::Primary && b.role != LaunchRole::Primary;
    });
    QVector<int> finalIndex(ms.size(), -1);
    {
        int next = 0;
        if (primary >= 0 && remap[primary] >= 0)
            finalIndex[primary] = next++;
        for (int k = 0; k < ms.size(); ++k) {
            if (remap[k] >= 0 && k != primary)
                finalIndex[k] = next++;
        }
    }
    for (int &l : result.sentenceLaunch)
        l = l >= 0 ? finalIndex[l] : -1;
    result.launches = kept;
    return result;
}

} // namespace atlas
