#include "extract/launch/SectionDates.h"

#include "extract/launch/LaunchDateRules.h"
#include "extract/temporal/DateTokens.h"

namespace atlas::launch {

namespace {
constexpr int kMaxHeading = 90; // longer is a line of prose without its stop
}

DateMention headingDate(const QString &text, const Sentence &heading, const TemporalTagger &tagger,
                        bool dayAloneDatesSection, bool *alone)
{
    if (alone)
        *alone = false;
    int from = heading.start;
    const int to = heading.end;
    // "## ", "* ", "- ", "• ", "> ": the marker before the title's words.
    while (from < to && (text.at(from).isSpace() || text.at(from) == u'#' || text.at(from) == u'*'
                         || text.at(from) == u'-' || text.at(from) == QChar(0x2022) || text.at(from) == u'>'))
        ++from;
    if (to - from < 3 || to - from > kMaxHeading || !text.at(from).isLetterOrNumber())
        return {};
    // Most headings hold no figure and no word of time: the tagger's own first test
    // (it tags nothing where temporal::mayHoldDate says no) spares the copy and the call.
    if (!temporal::mayHoldDate(QStringView(text).mid(from, to - from)))
        return {};
    for (DateMention d : tagger.tag(text.mid(from, to - from), from)) {
        if (d.start > from + 1)
            break; // the heading does not open with it
        const DatePrecision p = d.date.precision;
        if (d.relative || d.bareYear
            || (p != DatePrecision::Day && p != DatePrecision::DayOfYear && p != DatePrecision::Month))
            return {};
        // A title follows the date after a dash or colon ("- HYPERSONIC IRBM",
        // ": Kanggye"): a date alone on its line, or with its clock ("November
        // 7, 2025 at 12:35 AM EST", "Thursday, 8 May 2025 19:42 WIB"), is the
        // article's stamp or dateline, not a section's.
        int i = d.end;
        while (i < to && text.at(i).isSpace())
            ++i;
        const bool separated = i < to && (text.at(i) == u'-' || text.at(i) == u':' || text.at(i) == QChar(0x2013)
                                          || text.at(i) == QChar(0x2014));
        bool titled = false;
        for (++i; separated && i < to && !titled; ++i)
            titled = text.at(i).isLetter();
        if (!titled) {
            // Alone: nothing after the date but a colon or stop ("August 26",
            // "October 15:"); a clock or a zone after it makes it a stamp.
            int k = d.end;
            while (k < to && (text.at(k).isSpace() || text.at(k) == u':' || text.at(k) == u'.'))
                ++k;
            const bool dayAlone = k == to && (p == DatePrecision::Day || p == DatePrecision::DayOfYear);
            if (alone)
                *alone = dayAlone;
            if (!dayAlone || !dayAloneDatesSection)
                return {};
        }
        placeToldDayBeforeReport(d, tagger.anchor());
        return d;
    }
    return {};
}

int dayAloneHeadings(const QString &text, const QVector<Sentence> &sentences, const TemporalTagger &tagger)
{
    int count = 0;
    for (const Sentence &s : sentences) {
        bool alone = false;
        if (s.heading && s.end > s.start)
            headingDate(text, s, tagger, false, &alone);
        count += alone;
    }
    return count;
}

} // namespace atlas::launch
