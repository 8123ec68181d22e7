#include "extract/TemporalTagger.h"

#include "extract/temporal/CalendarMath.h"
#include "extract/temporal/ClockTimes.h"
#include "extract/temporal/DateMatcher.h"
#include "extract/temporal/DateTokens.h"
#include "extract/temporal/DiscourseDates.h"

#include <algorithm>
#include <type_traits>

// The tagger tokenises once per call into a per-thread buffer, then runs the
// date patterns and the clock-time patterns over the tokens. Clock times are
// then attached to the date next to them, and a time whose zone puts Korea on
// another calendar day moves that date (a launch at 23:30 GMT on 5 May is a
// launch on 6 May in Korea).
namespace atlas {
namespace {

using namespace temporal;

TokenList &tokenBuffer()
{
    thread_local TokenList buffer;
    return buffer;
}

void collectTimes(QStringView text, const TokenList &toks, QVector<TimeMention> &out)
{
    for (int i = 0; i < toks.size();) {
        if (!mayStartTime(toks[i])) { // "the", "of", "May", marks: most tokens start no time
            ++i;
            continue;
        }
        TimeMention tm;
        int j = matchTime(text, toks, i, tm);
        if (j > i) {
            out.append(tm);
            i = j;
            continue;
        }
        QString words;
        j = matchDayPeriod(toks, i, words);
        if (j > i) {
            tm.start = toks[i].start;
            tm.end = toks[j - 1].end;
            tm.text = words;
            out.append(tm);
            i = j;
            continue;
        }
        ++i;
    }
}

// Moves a date by the days a zoned clock time puts Korea ahead of it.
void moveToKoreaDay(DateMention &dm, int shift)
{
    FuzzyDate &f = dm.date;
    dm.koreaDayShift = shift;
    if (f.isKnown() && f.precision == DatePrecision::Day) {
        f.earliest = addDays(f.earliest, shift);
        f.latest = f.earliest;
        if (f.weekday != 0)
            f.weekday = weekdayOf(f.earliest);
    } else if (f.precision == DatePrecision::Unknown && f.weekday != 0) {
        f.weekday = (f.weekday - 1 + shift + 7) % 7 + 1;
    } else if (f.precision == DatePrecision::DayOfYear) {
        // Stepped through a leap year so 28 February + 1 is 29 February.
        const QDate moved = addDays(makeDate(2024, f.month, f.day), shift);
        if (moved.isValid()) {
            f.month = moved.month();
            f.day = moved.day();
        }
        if (f.weekday != 0)
            f.weekday = (f.weekday - 1 + shift + 7) % 7 + 1;
    } else {
        dm.koreaDayShift = 0; // a range or month: a few hours do not move it
    }
}

// Gives each date the clock time written right next to it and moves the
// date to Korea's calendar day when the time's zone says so. Both lists are in
// text order, so each date looks only at the times within reach: linear even
// for a megabyte-long "sentence".
void attachTimes(QStringView text, QVector<DateMention> &dates, const QVector<TimeMention> &times)
{
    constexpr int kNear = 40; // characters: "on Monday at 7:10 a.m." / "at 03:00 GMT on 5 May"
    int firstTime = 0;
    for (int d = 0; d < dates.size(); ++d) {
        DateMention &dm = dates[d];
        while (firstTime < times.size() && times[firstTime].end < dm.start - kNear)
            ++firstTime;
        if (dm.bareYear)
            continue;
        // Another date between a time and this one claims the time instead.
        const int leftLimit = d > 0 ? dates[d - 1].end : 0;
        const int rightLimit = d + 1 < dates.size() ? dates[d + 1].start : text.size();
        const TimeMention *best = nullptr;
        int bestGap = kNear + 1;
        for (int k = firstTime; k < times.size() && times[k].start <= dm.end + kNear; ++k) {
            const TimeMention &tm = times[k];
            if (tm.minutes < 0 && !dm.timeOfDay.isEmpty())
                continue;
            int gap;
            if (tm.start >= dm.end)
                gap = tm.start - dm.end;
            else if (tm.end <= dm.start)
                gap = dm.start - tm.end;
            else
                continue; // inside the date's own words ("Friday morning")
            if (tm.start < leftLimit || tm.end > rightLimit)
                continue;
            // Not across a sentence end, a semicolon or a line break.
            const int lo = std::min(tm.end, dm.end), hi = std::max(tm.start, dm.start);
            bool blocked = false;
            for (int c = lo; c < hi && !blocked; ++c) {
                const QChar ch = text[c];
                if (ch == u'.' && c + 1 < hi && text[c + 1].isSpace()
                    && !(c >= 2 && text[c - 1].isLower() && text[c - 2] == u'.'))
                    blocked = true; // a full stop, but not the one of "a.m."
                if (ch == u'\n' || ch == u';')
                    blocked = true;
            }
            if (!blocked && gap < bestGap) {
                bestGap = gap;
                best = &tm;
            }
        }
        if (!best)
            continue;
        // A clock reading is more precise than a word the date already carries.
        if (best->minutes >= 0 || dm.timeOfDay.isEmpty())
            dm.timeOfDay = best->text;
        if (best->koreaDayShift != 0)
            moveToKoreaDay(dm, best->koreaDayShift);
    }
}

// `tokensOut`, when given, gets a copy of text's tokens, or stays untouched
// (and the function returns early) when the text holds no date.
// "since Oct 31 last year", "in October last year", "on March 3 this year": a
// day or month written without its year, right before a year counted from the
// reference, is in that year; the two read as one date.
void joinYearAfterDay(QStringView text, QVector<DateMention> &out)
{
    for (int k = 0; k + 1 < out.size(); ++k) {
        DateMention &d = out[k];
        const DateMention &y = out[k + 1];
        const DatePrecision p = d.date.precision;
        if (y.date.precision != DatePrecision::Year || !y.relative || !y.date.isKnown() || !d.date.isKnown() || d.relative
            || d.date.weekday != 0
            || (p != DatePrecision::Day && p != DatePrecision::Month) || d.end > y.start
            || !text.mid(d.end, y.start - d.end).trimmed().isEmpty()
            || text.mid(y.end, 2).startsWith(QLatin1String("'s")) || text.mid(y.end, 2).startsWith(QStringLiteral("\u2019s")))
            continue; // ("on Wednesday this year's first ...": a weekday, and "this year's" no date of it)
        const QStringView own = text.mid(d.start, d.end - d.start);
        int digits = 0, run = 0;
        for (QChar c : own) {
            run = c.isDigit() ? run + 1 : 0;
            digits = std::max(digits, run);
        }
        if (digits >= 4 || own.contains(u'\'') || own.contains(u'\u2019'))
            continue; // "Oct 31, 2024 last year" or "May '24": the year is stated
        const int years = y.date.earliest.year() - d.date.earliest.year();
        const QDate first = d.date.earliest.addYears(years);
        const QDate last = p == DatePrecision::Day ? first : QDate(first.year(), first.month(), 1).addMonths(1).addDays(-1);
        if (!first.isValid() || first.day() != d.date.earliest.day())
            continue; // 29 February of a year without one
        FuzzyDate joined = p == DatePrecision::Day ? FuzzyDate::onDay(first) : FuzzyDate::between(first, last, p);
        joined.text = d.date.text + u' ' + y.date.text;
        d.date = joined;
        d.end = y.end;
        out.remove(k + 1);
    }
}

// "Yesterday, on the 13th, at around 7:40 a.m.", "today (the 14th)": a day said
// twice, the second restating the first, reads as one date (two would be two
// launches, the first then counted from the second).
void joinRestatedDay(QStringView text, QVector<DateMention> &out)
{
    for (int k = 0; k + 1 < out.size(); ++k) {
        const DateMention &a = out[k];
        DateMention &b = out[k + 1];
        if (!a.date.isDay() || !b.date.isDay() || !a.date.isKnown() || !b.date.isKnown() || a.date.earliest != b.date.earliest
            || a.end > b.start || b.start - a.end > 6)
            continue;
        const QStringView gap = text.mid(a.end, b.start - a.end).trimmed();
        if (!(gap.isEmpty() || gap == u"," || gap == u"(" || gap == u", on"))
            continue;
        b.date.text = text.mid(a.start, b.end - a.start).toString();
        b.start = a.start;
        out.removeAt(k);
        --k;
    }
}

QVector<DateMention> tagWith(QStringView text, const ResolveContext &ctx, int offset,
                             std::shared_ptr<const TokenList> *tokensOut = nullptr)
{
    QVector<DateMention> out;
    // Most sentences hold no date at all: a quick look for a figure or a word
    // of time spares them the tokenizer and the patterns.
    if (text.isEmpty() || !mayHoldDate(text))
        return out;
    // Tokens to keep are read straight into their own list, not copied there.
    std::shared_ptr<TokenList> kept = tokensOut ? std::make_shared<TokenList>() : nullptr;
    TokenList &toks = kept ? *kept : tokenBuffer();
    tokenize(text, toks);
    if (tokensOut)
        *tokensOut = std::move(kept);
    findDates(text, toks, ctx, out);
    if (out.size() > 1)
        joinYearAfterDay(text, out);
    if (out.size() > 1)
        joinRestatedDay(text, out);
    if (!out.isEmpty()) {
        QVector<TimeMention> times;
        collectTimes(text, toks, times);
        if (!times.isEmpty())
            attachTimes(text, out, times);
    }
    if (offset != 0) {
        for (DateMention &dm : out) {
            dm.start += offset;
            dm.end += offset;
        }
    }
    return out;
}

constexpr int kParagraphLookBack = 800; // characters searched back for the day "the next day" counts from

struct DiscourseOptions {
    const QString *document = nullptr; // empty: no paragraph to look back into
    bool keepDatelines = false;
};

// tagWith, then what the words around the dates decide: a dateline gives way to
// the sentence's own date, and counted days ("the next day") are resolved from
// the day the sentence or its paragraph states.
QVector<DateMention> tagInContext(const QString &text, const ResolveContext &ctx, int offset, const DiscourseOptions &o,
                                  std::shared_ptr<const TokenList> *tokensOut = nullptr)
{
    QVector<DateMention> out = tagWith(text, ctx, 0, tokensOut);
    if (out.isEmpty())
        return out;
    const int dateline = markDateline(text, out);
    if (dateline >= 0 && !o.keepDatelines) {
        bool ownDate = false;
        for (int k = 0; k < out.size(); ++k)
            ownDate = ownDate || (k != dateline && !out[k].bareYear);
        if (ownDate)
            out.remove(dateline);
    }
    if (anchorCountedDays(out) && !o.document->isEmpty() && offset > 0 && offset + text.size() <= o.document->size()
        && QStringView(*o.document).mid(offset, text.size()) == QStringView(text)) {
        const int from = paragraphStart(*o.document, offset, kParagraphLookBack);
        if (from < offset) {
            const QVector<DateMention> before = tagWith(o.document->mid(from, offset - from), ctx, 0);
            anchorCountedDaysOn(before, out);
        }
    }
    if (offset != 0) {
        for (DateMention &dm : out) {
            dm.start += offset;
            dm.end += offset;
        }
    }
    return out;
}

} // namespace

static_assert(std::is_same_v<TokenList, QVarLengthArray<Token, 64>>, "TemporalTagger.h names the token list's type");

QVector<DateMention> TemporalTagger::tag(const QString &text, int offset) const
{
    const Tagged *known = m_tagMemo.find(offset);
    if (known && known->text == text)
        return known->answer;
    ResolveContext ctx;
    ctx.refDay = m_anchor;
    ctx.yearRef = m_anchor;
    ctx.yearHint = m_yearHint;
    std::shared_ptr<const TokenList> tokens; // left empty when the text holds no date (then times() reads it itself)
    QVector<DateMention> out = tagInContext(text, ctx, offset, {&m_document, m_keepDatelines}, &tokens);
    m_tagMemo.put({offset, text, out, std::move(tokens)});
    return out;
}

QVector<DateMention> TemporalTagger::tagRelativeTo(const QString &text, const FuzzyDate &reference, int offset) const
{
    ResolveContext ctx;
    ctx.refDay = reference.isDay() ? reference.earliest : QDate();
    ctx.yearRef = reference.isKnown() ? reference.latest : m_anchor;
    ctx.yearHint = m_yearHint;
    if (!reference.isKnown() && reference.precision == DatePrecision::DayOfYear)
        ctx.yearHint = 0;
    return tagInContext(text, ctx, offset, {&m_document, m_keepDatelines});
}

QVector<TimeMention> TemporalTagger::times(const QString &text, int offset) const
{
    QVector<TimeMention> out;
    if (text.isEmpty())
        return out;
    const Timed *known = m_timesMemo.find(offset);
    if (known && known->text == text)
        return known->answer;
    const Tagged *tagged = m_tagMemo.find(offset);
    if (tagged && tagged->tokens && tagged->text == text) {
        collectTimes(text, *tagged->tokens, out); // tag() read this very text
    } else if (mayHoldTime(text)) { // most parts of a sentence hold no figure and no time word
        TokenList &toks = tokenBuffer();
        tokenize(text, toks);
        collectTimes(text, toks, out);
    }
    for (TimeMention &tm : out) {
        tm.start += offset;
        tm.end += offset;
    }
    m_timesMemo.put({offset, text, out});
    return out;
}

} // namespace atlas
