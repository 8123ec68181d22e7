#pragma once
// Finds date expressions in text and resolves them to FuzzyDates against an
// anchor (the article's publication date, which may be unknown). Calendar
// arithmetic uses boost::gregorian.
//
// "early May 2025" -> 1-10 May 2025 (part-of-month); "on Tuesday" with a
// publication date -> the latest Tuesday on or before it (day); without one ->
// unknown with weekday Tuesday; "since November 5" with no year -> day-of-year.
#include "extract/temporal/OffsetMemo.h"
#include "model/FuzzyDate.h"

#include <QDate>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <memory>

namespace atlas {

namespace temporal {
struct Token;
}

struct DateMention {
    int start = 0;         // span in the text given to tag(), plus offset
    int end = 0;           // exclusive
    FuzzyDate date;
    QString timeOfDay;     // "early morning", "afternoon", "12:00 local (03:00 GMT)" when stated
    bool relative = false; // resolved from the anchor ("last month", "a week earlier", weekdays)
    bool bareYear = false; // a year on its own ("since 2006", "in 2019"): background, rarely an event's date
    int koreaDayShift = 0; // days the date was moved to Korea's calendar by a zoned clock time next to it
    // "the next day" (+1), "the previous day" (-1), "three days later" (+3): a day
    // counted from another day the text states. When the sentence or its paragraph
    // states that day, the mention is resolved from it and is not `relative`.
    bool countsDays = false;
    int dayOffset = 0;
    bool dateline = false; // "SEOUL, Feb 28 (Reuters) -": when the story was filed (only with keepDatelines)
    // A day written without its year ("on Jan. 20") that the tagger put in the
    // coming weeks, after the reference: "the inauguration on Jan. 20" in a 6
    // January report. A reader who knows the day is past (a launch reported)
    // takes the year before.
    bool yearAhead = false;
};

// A clock time or a time-of-day word, with or without a date next to it
// ("at approximately noon local time (03:00 GMT)", "during the afternoon hours").
struct TimeMention {
    int start = 0;
    int end = 0;           // exclusive
    QString text;          // normalised: "12:00 local (03:00 GMT)", "07:10", "07:48 KST", "afternoon"
    int minutes = -1;      // the clock time as first stated, minutes after midnight; -1 for a word
    int koreaMinutes = -1; // the same moment in Korea time (UTC+9); -1 when no zone or local time is known
    int koreaDayShift = 0; // Korea's calendar day minus the stated day (-1, 0, +1)
};

// A tagger serves one article on one thread: it keeps its answers (see
// m_tagMemo), so it must not be shared between threads.
class TemporalTagger {
public:
    // anchor: the publication date; invalid when the article has none.
    explicit TemporalTagger(const QDate &anchor = {}) : m_anchor(anchor) {}

    // All date expressions in text, in order. offset is added to every span so a
    // sentence can be tagged with spans that index the whole article.
    //
    // A dateline's date ("SEOUL, Feb 28 (Reuters) - ... on Wednesday") is when the
    // story was filed, not when anything in it happened: it is left out when the
    // sentence states a date of its own, unless keepDatelines is set.
    QVector<DateMention> tag(const QString &text, int offset = 0) const;

    // Resolves an expression relative to another date rather than the anchor
    // ("a week earlier" than 14 January -> the week ending 10 January).
    QVector<DateMention> tagRelativeTo(const QString &text, const FuzzyDate &reference, int offset = 0) const;

    // Clock times and time-of-day words, in order (dates are not included).
    QVector<TimeMention> times(const QString &text, int offset = 0) const;

    QDate anchor() const { return m_anchor; }

    // A year stated elsewhere in an article without a publication date: used for
    // yearless months and days ("in March" after "early May 2025") only when there
    // is no anchor. 0 (the default) leaves them undatable / day-of-year.
    void setYearHint(int year)
    {
        m_yearHint = year;
        forget();
    }
    int yearHint() const { return m_yearHint; }

    // The whole article, whose spans tag()'s offsets index: "The next day" with
    // no day in its own sentence counts from the last day stated earlier in the
    // same paragraph or list item ("April 28. The destroyer fired ... The next
    // day, ..."), not from the publication date. Unset: from the anchor.
    void setDocument(const QString &text)
    {
        m_document = text;
        forget();
    }

    // Report datelines among the dates (the publication-date detector wants them).
    void setKeepDatelines(bool keep)
    {
        m_keepDatelines = keep;
        forget();
    }

private:
    void forget()
    {
        m_tagMemo.clear();
        m_timesMemo.clear();
    }

    QDate m_anchor;
    int m_yearHint = 0;
    QString m_document;
    bool m_keepDatelines = false;

    // The launch pass asks for a sentence's dates and clock times, and the
    // reaction pass for its dates again: each answer is kept under the offset
    // it was asked at, with the text it was for, so asking again costs a
    // comparison instead of tokenising the sentence again.
    struct Tagged {
        int offset = 0;
        QString text;
        QVector<DateMention> answer;
        // The tokens tag() read (none when the text holds no date): the launch
        // pass asks for the clock times of a stretch that is most often the
        // whole sentence it tagged just before, and the tokens were half the
        // cost of tagging.
        std::shared_ptr<const QVarLengthArray<temporal::Token, 64>> tokens; // a temporal::TokenList
    };
    struct Timed {
        int offset = 0;
        QString text;
        QVector<TimeMention> answer;
    };
    mutable temporal::OffsetMemo<Tagged> m_tagMemo;
    mutable temporal::OffsetMemo<Timed> m_timesMemo;
};

} // namespace atlas
