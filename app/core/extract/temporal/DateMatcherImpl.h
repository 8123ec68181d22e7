#pragma once
// The date matcher shared by DateMatcher.cpp (explicit dates, years, the run over
// the tokens) and RelativeDates.cpp (weekdays, relative expressions, parts and
// weeks of months): internal to the temporal tagger, not an interface.
#include "extract/temporal/DateMatcher.h"
#include "extract/temporal/DiscourseDates.h"

namespace atlas::temporal::detail {

// What one pattern produced: the token range it covers and the date.
struct Match {
    int first = 0;
    int end = 0; // token index after the last
    FuzzyDate date;
    QString timeOfDay;
    bool relative = false;
    bool bareYear = false;
    bool countsDays = false; // "the next day", "three days later": a day counted from another
    int dayOffset = 0;
    int listMonth = 0; // a single month-day ("Jan. 24") that a list of days may follow
    int listYear = 0;
    bool valid = false;
};

bool isOrdinalNoun(QStringView w);

constexpr int kFutureWindowDays = 31;

enum class WeekdayRule { OnOrBefore, StrictlyBefore, StrictlyAfter, BeforePrevious };

class Matcher {
public:
    Matcher(QStringView text, const TokenList &toks, const ResolveContext &ctx)
        : m_text(text), t(toks), m_ctx(ctx) {}

    void run(QVector<DateMention> &out);

private:
    // Token tests.
    bool has(int i) const { return i >= 0 && i < t.size(); }
    Lex lex(int i) const { return has(i) ? t[i].lex : Lex::None; }
    bool isPunct(int i, char16_t c) const { return has(i) && t[i].kind == TokKind::Punct && t[i].punct == QChar(c); }
    bool isMonth(int i) const { return has(i) && t[i].lex == Lex::Month && t[i].capitalised && monthWordOk(i); }
    bool isWeekday(int i) const { return has(i) && t[i].lex == Lex::Weekday && t[i].capitalised && weekdayWordOk(i); }
    bool isDay(int i) const
    {
        return has(i) && t[i].kind == TokKind::Number && !t[i].grouped && t[i].digits <= 2 && t[i].value >= 1
            && t[i].value <= 31 && !clockColon(i + 1) && !followedByUnitGlue(i);
    }
    // "6:30" is a clock; "Jan. 6: an IRBM flew" is a day and its label colon.
    bool clockColon(int i) const
    {
        return isPunct(i, u':') && has(i + 1) && t[i + 1].kind == TokKind::Number && !t[i + 1].spaceBefore;
    }
    bool isYear(int i) const
    {
        return has(i) && t[i].kind == TokKind::Number && !t[i].grouped && !t[i].ordinal && t[i].digits == 4
            && t[i].value >= 1900 && t[i].value <= 2100 && !followedByUnitGlue(i) && !clockColon(i + 1);
    }
    // "1990s", "10-year", "25km": a number glued to a word is not a day or year.
    bool followedByUnitGlue(int i) const
    {
        return has(i + 1) && !t[i + 1].spaceBefore
            && (t[i + 1].kind == TokKind::Word
                || (isPunct(i + 1, u'-') && has(i + 2) && t[i + 2].kind == TokKind::Word && !isMonth(i + 2)));
    }
    bool monthWordOk(int i) const;
    bool ordinalNounFollows(int i) const
    {
        return has(i) && t[i].kind == TokKind::Word && isOrdinalNoun(m_text.mid(t[i].start, t[i].end - t[i].start));
    }
    bool weekdayWordOk(int i) const;
    int skipDot(int i) const { return isPunct(i, u'.') && !t[i].spaceBefore ? i + 1 : i; }
    int skipComma(int i) const { return isPunct(i, u',') ? i + 1 : i; }
    // "May 2025", "May, 2025": the year that may follow a month (or a day after
    // it). Sets year (0 when none) and returns the index after what was read.
    int optionalYear(int i, int &year) const
    {
        const int afterComma = skipComma(i);
        year = isYear(afterComma) ? t[afterComma].value : 0;
        if (year)
            return afterComma + 1;
        // "20 March Juche 116 (2027)", "April 8, Reiwa 9 (2027)": an era's year (with
        // the common era's in brackets, when given, agreeing), read as datelines read it.
        if (has(afterComma) && t[afterComma].kind == TokKind::Word) {
            const int from = t[afterComma].start;
            int length = 0;
            if (const int era = eraYearAfter(m_text.mid(from), &length); era > 0) {
                int k = afterComma;
                while (has(k) && t[k].start < from + length)
                    ++k;
                year = era;
                return k;
            }
        }
        return i;
    }
    // "24 January (Wednesday)", "2027. 1. 5. (Tue.)": the weekday in brackets
    // after a date is that date's.
    int bracketedWeekday(int i, int &weekday) const
    {
        if (isPunct(i, u'(') && isWeekday(i + 1)) {
            const int close = isPunct(i + 2, u'.') ? i + 3 : i + 2;
            if (isPunct(close, u')')) {
                weekday = t[i + 1].value;
                return close + 1;
            }
        }
        return i;
    }
    bool isNumberish(int i, int &value) const;
    // Whether any pattern of run() can start at word token i (see its definition).
    bool mayStartAtWord(int i) const;

    // Patterns: each returns true and fills m when a date starts at token i.
    bool matchIso(int i, Match &m) const;
    bool matchNumericDayMonth(int i, Match &m) const;
    bool matchHyphenatedDayMonth(int i, Match &m) const;
    bool fiveTokenDay(int i, const QDate &d, Match &m, bool closingDot = false) const;
    bool matchNumericDayMonthWithoutYear(int i, Match &m) const;
    bool dayFirstClockFollows(int i) const;
    bool dayFirstZoneAt(int i) const;
    bool matchMonthFirst(int i, int weekday, Match &m) const;
    bool matchDayFirst(int i, int weekday, Match &m) const;
    bool matchWeekday(int i, Match &m);
    bool matchPartOfMonth(int i, Match &m) const;
    bool matchWeekOfMonth(int i, Match &m) const;
    bool matchMonthAlone(int i, Match &m) const;
    bool matchRelative(int i, Match &m) const;
    bool matchCountedRelative(int i, Match &m) const;
    bool matchOrdinalDay(int i, Match &m) const;
    bool matchBareYear(int i, Match &m) const;
    int listedDays(const Match &first, QVector<DateMention> &out) const;
    int dayFirstList(int i, QVector<DateMention> &out) const;
    int isoListedDays(int first, int year, QVector<DateMention> &out) const;
    bool isListConjunction(int j) const;
    int moreListedDays(int k, bool ordinalsOk, QVector<int> &days, bool &closed) const;

    // Resolution.
    FuzzyDate monthDay(int month, int day, int year, int weekday) const;
    bool yearForMonth(int month, int modifier, int &year) const; // modifier: 0, -1 last, +1 next
    FuzzyDate partOfMonth(int year, int month, int part) const;  // part 0 early, 1 mid, 2 late
    FuzzyDate weekdayDate(int weekday, WeekdayRule rule) const;
    static FuzzyDate daySpan(const FuzzyDate &firstDay, int lastDay);

    QStringView m_text;
    const TokenList &t;
    const ResolveContext &m_ctx;
    mutable bool m_lookingBack = false; // the date follows "since", "after", "last": never in the future
    QDate m_lastWeekdayDay; // the day of the last resolved weekday, for "the previous Saturday"
    bool m_lastWeekdaySeen = false;
};

} // namespace atlas::temporal::detail
