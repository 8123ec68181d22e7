// The launch extractor's walk over an article's sentences: which sentences speak
// of a launch and their dates, then each sentence split into the launches it
// speaks of (launch/SentenceSegments) and read for their facts
// (launch/SegmentFields), the other days of a date list copied, the mentions
// completed (launch/MentionFinishing), kept when concrete and ordered.
#include "extract/LaunchExtractor.h"

#include "extract/CharScan.h"
#include "extract/LaunchPhrases.h"

#include "extract/launch/LaunchDateRules.h"
#include "extract/launch/ForeignFirings.h"
#include "extract/launch/SectionDates.h"
#include "extract/launch/MentionBuilder.h"
#include "extract/launch/MentionFinishing.h"
#include "extract/launch/SegmentFields.h"
#include "extract/launch/SentenceSegments.h"
#include "extract/launch/TableLaunches.h"

#include "extract/GatedRegex.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <utility>

namespace atlas {

using launch::hasDate;

namespace {

// Whether a position is on a line of an e-mail's quoted message: the line's first
// visible character is '>'. The sentences come in order, so line starts are found
// walking forward once over the text, not back from each sentence (a walk back
// per sentence cost the length of its paragraph: 3% of all extraction). A line
// start more than kMaxQuotedLine + 1 characters back is too far for a quoted line
// (quoted lines are short), as when the look back was bounded.
class QuotedLines {
public:
    explicit QuotedLines(const QString &text) : m_text(text) {}

    bool at(int pos)
    {
        constexpr int kMaxQuotedLine = 1000;
        if (pos < m_scanned) { // out of order: start again from the text's start
            m_scanned = 0;
            m_lineStart = 0;
        }
        const char16_t *d = reinterpret_cast<const char16_t *>(m_text.utf16());
        for (qsizetype nl = findAnyOf(d, m_scanned, pos, {u'\n'}); nl < pos; nl = findAnyOf(d, nl + 1, pos, {u'\n'}))
            m_lineStart = int(nl) + 1;
        m_scanned = pos;
        if (pos - m_lineStart > kMaxQuotedLine + 1)
            return false;
        int ls = m_lineStart;
        while (ls < m_text.size() && (m_text.at(ls) == u' ' || m_text.at(ls) == u'\t'))
            ++ls;
        return ls < m_text.size() && m_text.at(ls) == u'>';
    }

private:
    const QString &m_text;
    int m_scanned = 0;   // text before this has been searched for line breaks
    int m_lineStart = 0; // the start of the line holding m_scanned
};

// "launched a string of cruise missiles this year": the period of a tally of
// launches, not the date of one ("..., including two near Nampo earlier this month"
// dates the one told).
bool tallyPeriod(const QString &text, int sentenceStart, const DateMention &d)
{
    static const GatedRegex tally(
        QStringLiteral("\\b(?:a|an)\\s+(?:string|series|spate|flurry|slew|raft|run|streak|handful|number|record number)\\s+of\\s+"
                       "[^,;.()]{0,50}$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(sentenceStart, d.start - 90);
    return tally.firstMatch(QStringView(text).mid(from, d.start - from)).hasMatch();
}

// "a joint exercise for later this month", "talks next week": a period still to
// come dates no launch the article reports (the launches told are past).
bool futurePeriod(const QString &text, int sentenceStart, const DateMention &d)
{
    if (d.date.precision == DatePrecision::Day)
        return false;
    static const GatedRegex before(QStringLiteral("\\b(?:later|coming|upcoming|rest of)\\s+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const GatedRegex own(QStringLiteral("^(?:next|later|the coming)\\b"), QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(sentenceStart, d.start - 16);
    return before.firstMatch(QStringView(text).mid(from, d.start - from)).hasMatch()
        || own.firstMatch(QStringView(text).mid(d.start, d.end - d.start)).hasMatch();
}

} // namespace

LaunchExtractor::LaunchExtractor(const Gazetteer &gazetteer, const MissileLexicon &lexicon)
    : m_matcher(gazetteer), m_lexicon(lexicon), m_fields(m_matcher, lexicon)
{
}

namespace {
// Whether a sentence names a missile by more than "rocket": a missile, a
// projectile, a class by its initials or a designation ("The rocket was
// launched" names none; "fired a ballistic missile" does).
bool namesMissileBesidesRocket(QStringView sentence, quint32 words)
{
    if (words & (LaunchCueFinder::Designation | LaunchCueFinder::ClassAbbreviation))
        return true;
    return sentence.contains(QLatin1String("missile"), Qt::CaseInsensitive)
        || sentence.contains(QLatin1String("projectile"), Qt::CaseInsensitive);
}
} // namespace

LaunchExtractor::Result LaunchExtractor::extract(const Article &article, const QVector<Sentence> &sentences,
                                                 const TemporalTagger &tagger) const
{
    Result result;
    result.sentenceLaunch.fill(-1, sentences.size());
    const QString &text = article.text;
    launch::MentionBuilder build(text, article.id);
    QVector<LaunchMention> &ms = build.ms;
    bool &shipTold = build.shipTold;
    bool satelliteTold = false; // the last launch told was a satellite's
    // Tables of launches are read by their columns (launch/TableLaunches), not as sentences.
    const QVector<launch::TableSpan> tables = launch::launchTables(text);
    auto inTable = [&tables](const Sentence &s) {
        return std::any_of(tables.begin(), tables.end(),
                           [&s](const launch::TableSpan &t) { return s.start >= t.start && s.start < t.end; });
    };

    QSet<int> yearOnly; // mentions introduced with only a bare year in their sentence
    QuotedLines quoted(text);
    // "JAN. 6 - HYPERSONIC IRBM" over a paragraph that tells the launch without
    // its day: a heading that opens with a date dates its section (to the next
    // heading), for sentences that name no date of their own.
    // A chronology heads its entries by their day alone ("August 26"), which in
    // other articles is a stamp: two such headings or more make it one.
    // (Counted at the first such heading: most articles have none.)
    DateMention sectionDate;
    int chronology = -1; // unknown
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence &s = sentences.at(si);
        if (s.heading && s.end > s.start) {
            bool alone = false;
            sectionDate = launch::headingDate(text, s, tagger, chronology == 1, &alone);
            if (alone && chronology < 0) {
                chronology = launch::dayAloneHeadings(text, sentences, tagger) >= 2 ? 1 : 0;
                if (chronology == 1)
                    sectionDate = launch::headingDate(text, s, tagger, true);
            }
            continue;
        }
        if (s.heading || s.end <= s.start || (!tables.isEmpty() && inTable(s)))
            continue;
        // "> FLASH: NK fired several SRBMs ...": an e-mail's quoted earlier message under
        // a reply that has reported the launch retells it (the reply's figures are the
        // later ones); only when nothing above it told a launch is it read.
        if (build.primary >= 0 && quoted.at(s.start))
            continue;
        StemTrie::Starts classAnchors; // where cue words and class phrases may be, found by the same word pass
        StemTrie::Starts cueWords;     // launch cue candidates (among the anchors)
        const quint32 sentenceWords = LaunchCueFinder::wordClassesAndAnchors(text, s.start, s.end, &classAnchors, &cueWords);
        // (A claimant and a length alone may be a chronology's note: "JCS: approx. 300 km.")
        constexpr quint32 claimedLength = LaunchCueFinder::Claim | LaunchCueFinder::Length;
        if (!(sentenceWords & (LaunchCueFinder::Cue | LaunchCueFinder::Missile | LaunchCueFinder::Flight | LaunchCueFinder::Sea))
            && (sentenceWords & claimedLength) != claimedLength)
            continue; // the usual case: nothing of a launch here
        SentenceCues sc = m_cues.analyse(text, s.start, s.end, sentenceWords, cueWords);
        // "North Korea launched a rocket it said was carrying a satellite ... The
        // rocket was launched at around 10:43 p.m. from the Tongchang-ri area": once
        // a satellite's launch is told, a launch that names no missile but a rocket
        // is that one, until a missile's launch is told.
        // ("fired two missiles, eight days after its attempt to launch a satellite":
        // the missiles' launch is the last told.)
        if (sc.satelliteLaunch || (satelliteTold && !sc.cues.isEmpty())) {
            const bool missileTold = !sc.cues.isEmpty()
                && namesMissileBesidesRocket(QStringView(text).mid(s.start, s.end - s.start), sentenceWords);
            if (!sc.satelliteLaunch && !missileTold)
                continue;
            satelliteTold = !missileTold;
        }
        if (!sc.exclusion.isEmpty())
            continue;
        // Another country's missile fired ("test-fired its Hyunmoo-5") is no launch
        // here, nor is the sentence about one when it told nothing else.
        if (!sc.cues.isEmpty() && launch::dropForeignFirings(text, s, m_lexicon, &sc.cues) && sc.cues.isEmpty())
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
        bool bareYear = false; // "in 2022": a year alone, which dates no launch here
        DateMention headYear; // a year alone heading the sentence ("In 2017, ...")
        int otherYear = std::numeric_limits<int>::max(); // where another year is named after it
        if (!sc.cues.isEmpty()) {
            // Relative dates that cannot be resolved yet ("a week earlier" with no
            // publication date) are kept: they are resolved against the primary later.
            for (DateMention d : tagger.tag(sentenceText, s.start)) {
                launch::placeToldDayBeforeReport(d, tagger.anchor());
                const bool shipDate = std::any_of(sc.shipLaunches.begin(), sc.shipLaunches.end(),
                                                  [&](const std::pair<int, int> &span) { return d.start >= span.first && d.start < span.second; });
                if (!dates.isEmpty() && hasDate(d.date) && launch::restatesInKoreaTime(text, dates.last(), d))
                    dates.last() = d;
                else if (!d.bareYear && !shipDate && (hasDate(d.date) || d.relative) && !tallyPeriod(text, s.start, d)
                    && !futurePeriod(text, s.start, d) && !(!dates.isEmpty() && launch::restatesInOtherZone(text, dates.last(), d)))
                    dates << d;
                bareYear = bareYear || d.bareYear;
                const QStringView lead = QStringView(text).mid(s.start, d.start - s.start).trimmed();
                if (d.bareYear && !headYear.date.isKnown()
                    && (lead.isEmpty() || lead.compare(QLatin1String("back"), Qt::CaseInsensitive) == 0)) // ("Back in 2019, ...")
                    headYear = d;
                else if (headYear.date.isKnown() && d.date.precision == DatePrecision::Year)
                    otherYear = std::min(otherYear, d.start);
            }
            if (headYear.date.isKnown() && !dates.isEmpty())
                launch::placeInHeadYear(text, headYear, otherYear, dates);
            // (Only for a firing told with its verb: "Not a launch." under "SEPT. 8 -
            // ENGINE TEST" is no launch of that day.)
            const bool fired = std::any_of(sc.cues.begin(), sc.cues.end(),
                                           [](const LaunchCue &c) { return c.verb && !c.definite && !c.connective; });
            if (dates.isEmpty() && !bareYear && fired && sectionDate.date.isKnown())
                dates << sectionDate;
        }

        const int mentionsBefore = int(ms.size());
        QVector<std::pair<int, DateMention>> listed; // launches of the other days of a date list
        const QVector<launch::Segment> segments = launch::splitSentence(build, m_fields, s, si, sc, dates, listed);
        launch::readSegmentFields(build, m_fields, tagger, s, si, sc, sentenceWords, classAnchors, segments, result.sentenceLaunch);
        // "North Korea last tested an SLBM in 2022": a launch this sentence introduces,
        // with only a year to date it, is history told in passing (unless later dated).
        if (bareYear && dates.isEmpty() && build.primary >= 0) {
            for (int k = mentionsBefore; k < ms.size(); ++k) {
                if (k != build.primary)
                    yearOnly.insert(k);
            }
        }
        // Each other listed day: the same facts, told of that day's launch.
        for (const auto &[of, d] : listed) {
            if (!d.date.isKnown())
                continue;
            // "... on 2026/1/4, 3/17 and 9/15 this year, and today's launch is the
            // seventh": a listed day that is the report's own launch's is that launch;
            // "the launches of 6 January, 8 May, 22 October and 7 November" after
            // "... fired on 22 October": so is one an earlier sentence told.
            // (The day copied out: a lambda may not capture a structured binding.)
            const QDate day = d.date.earliest;
            const LaunchMention *target = &ms[of];
            if (d.date.isDay()
                && std::any_of(ms.begin(), ms.end(), [day, target](const LaunchMention &m) {
                       return &m != target && m.date.isDay() && m.date.earliest == day;
                   }))
                continue;
            LaunchMention copy = ms[of];
            copy.role = LaunchRole::Mentioned;
            copy.evidence.erase(std::remove_if(copy.evidence.begin(), copy.evidence.end(),
                                               [](const Evidence &e) { return e.field == QLatin1String("date"); }),
                                copy.evidence.end());
            copy.date = FuzzyDate();
            const int k = build.create(LaunchRole::Mentioned, d.start, d.end);
            copy.evidence.prepend(ms[k].evidence.first());
            ms[k] = copy;
            build.verbReported[k] = true;
            build.setDate(k, d, si);
        }
    }

    // "In January, the North tested a new hypersonic missile. Experts say Saturday's
    // missile could be a variant of that Hwasong-16B": "that" + a designation points
    // back to the launch the sentence before told, which it names.
    for (int si = 1; si < sentences.size(); ++si) {
        const int before = result.sentenceLaunch[si - 1];
        if (before < 0 || before == result.sentenceLaunch[si] || !ms[before].names.isEmpty())
            continue;
        const Sentence &s = sentences.at(si);
        // First the words without the designation, within the sentence: finding the
        // designations costs a hundred times more, and most sentences hold a "that"
        // but no "like that". (Any match of the test below is one of these.) Read
        // by hand from each "that": a scan for the words before it, which may end
        // inside any word, cost 1% of all extraction.
        if (!LaunchPhrases::holdsDemonstrativeThat(QStringView(text).mid(s.start, s.end - s.start)))
            continue;
        for (const LexiconHit &h : m_fields.names(text, s.start, s.end)) {
            // "of/like/as/than that Hwasong-16B": a demonstrative, not "said that Hwasong-19 ...".
            static const GatedRegex demonstrative(QStringLiteral("\\b(?:of|like|as|than|from|to|resembles?|resembling)\\s+that\\s+$"),
                                                          QRegularExpression::CaseInsensitiveOption);
            const int from = std::max(s.start, h.start - 24);
            const auto dm = demonstrative.firstMatch(QStringView(text).mid(from, h.start - from));
            if (dm.hasMatch()) {
                ms[before].names << h.value;
                build.evidence(ms[before], QStringLiteral("name"), from + int(dm.capturedStart()), h.end);
                break;
            }
        }
    }
    const int firstRow = int(ms.size()); // the table rows' mentions follow the sentences'
    launch::readTableLaunches(build, m_fields, tagger, sentences, tables);
    launch::finishMentions(build, article, sentences, tagger);

    int primary = build.primary;
    const QVector<int> &dateSentence = build.dateSentence;
    const QVector<bool> &verbReported = build.verbReported;

    // Keep launches the text tells something concrete of; a bare "the tests"
    // in an essay is no launch.
    QVector<LaunchMention> kept;
    QVector<int> remap(ms.size(), -1);
    QVector<int> foldedInto(ms.size(), -1); // a sentence's launch told again by a table row
    for (int k = 0; k < ms.size(); ++k) {
        const LaunchMention &m = ms[k];
        const bool concrete = verbReported[k] || hasDate(m.date) || dateSentence[k] >= 0 || m.site.isLocated() || !m.site.text.isEmpty()
            || m.count.isKnown() || m.distanceKm.isValid() || m.apogeeKm.isValid() || m.splashdown.isKnown();
        if (!concrete || (yearOnly.contains(k) && !hasDate(m.date)))
            continue;
        // "Japan protested after the launches of 6 January and 27 August" under a table
        // of launches: a day a row already lists is that row's launch, told again,
        // and what the sentence adds goes to the row (the report's own launch too).
        if (k < firstRow && m.date.precision == DatePrecision::Day) {
            const auto row = std::find_if(ms.begin() + firstRow, ms.end(), [&m](const LaunchMention &r) {
                return r.date.precision == DatePrecision::Day && r.date.earliest == m.date.earliest;
            });
            if (row != ms.end()) {
                const int j = int(row - ms.begin());
                launch::foldIntoRow(build, ms[j], m);
                if (k == primary) {
                    ms[j].role = LaunchRole::Primary;
                    primary = j;
                }
                foldedInto[k] = j;
                continue;
            }
        }
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
            if (remap[k] >= 0 && k != primary && foldedInto[k] < 0)
                finalIndex[k] = next++;
        }
        for (int k = 0; k < ms.size(); ++k) {
            if (foldedInto[k] >= 0)
                finalIndex[k] = finalIndex[foldedInto[k]];
        }
    }
    for (int &l : result.sentenceLaunch)
        l = l >= 0 ? finalIndex[l] : -1;
    result.launches = kept;
    return result;
}

} // namespace atlas
