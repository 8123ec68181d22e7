#include "render/DateText.h"

#include "model/Launch.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"

#include <QStringList>

namespace atlas {

namespace {

// How a language writes dates. Korean, Japanese and Chinese write year, month,
// day with unit words (년 월 일 / 年 月 日) and name months by number; every other
// language keeps the day-month-year order the English app always had, with
// that language's month names.
struct DateStyle {
    QString day;            // a whole date
    QString dayWithWeekday;
    QString dayMonth;       // no year
    QString dayOfMonth;     // day and weekday, no month
    QString monthLong;      // month and year
    QString monthShort;
    QString year;
    // Ranges inside one month: first + dash + last ("1" "–" "10 May 2025").
    QString sameMonthFirst, sameMonthLast, sameMonthFirstNoYear, sameMonthLastNoYear;
    QString dash;           // between days of one month
    // Ranges across months of one year: first + wideDash + last.
    QString sameYearFirst, sameYearLast, sameYearFirstNoYear, sameYearLastNoYear;
    QString wideDash;
    bool numericMonths = false; // "1월", "1月": the narrow name is the number
};

enum class Family { Western, Korean, CJK };

Family familyOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Korean: return Family::Korean;
    case QLocale::Japanese:
    case QLocale::Chinese: return Family::CJK;
    default: return Family::Western;
    }
}

const DateStyle &styleOf(const QLocale &locale)
{
    // Format letters (d, M, y, ddd) are QLocale's; every other character is literal.
    // Rows: day, with weekday, day-month, day-of-month; month long, short, year;
    // one month's range (first, last, then without year) and its dash; one year's
    // range (the same four) and its dash; whether months are named by number.
    static const DateStyle western{
        QStringLiteral("d MMM yyyy"), QStringLiteral("ddd d MMM yyyy"), QStringLiteral("d MMM"), QStringLiteral("ddd d"),
        QStringLiteral("MMMM yyyy"), QStringLiteral("MMM yyyy"), QStringLiteral("yyyy"),
        QStringLiteral("d"), QStringLiteral("d MMM yyyy"), QStringLiteral("d"), QStringLiteral("d MMM"), QStringLiteral("–"),
        QStringLiteral("d MMM"), QStringLiteral("d MMM yyyy"), QStringLiteral("d MMM"), QStringLiteral("d MMM"), QStringLiteral(" – "),
        false};
    static const DateStyle korean{
        QStringLiteral("yyyy년 M월 d일"), QStringLiteral("yyyy년 M월 d일 (ddd)"), QStringLiteral("M월 d일"), QStringLiteral("d일 (ddd)"),
        QStringLiteral("yyyy년 M월"), QStringLiteral("yyyy년 M월"), QStringLiteral("yyyy년"),
        QStringLiteral("yyyy년 M월 d"), QStringLiteral("d일"), QStringLiteral("M월 d"), QStringLiteral("d일"), QStringLiteral("–"),
        QStringLiteral("yyyy년 M월 d일"), QStringLiteral("M월 d일"), QStringLiteral("M월 d일"), QStringLiteral("M월 d일"), QStringLiteral(" – "),
        true};
    static const DateStyle cjk{
        QStringLiteral("yyyy年M月d日"), QStringLiteral("yyyy年M月d日(ddd)"), QStringLiteral("M月d日"), QStringLiteral("d日(ddd)"),
        QStringLiteral("yyyy年M月"), QStringLiteral("yyyy年M月"), QStringLiteral("yyyy年"),
        QStringLiteral("yyyy年M月d日"), QStringLiteral("d日"), QStringLiteral("M月d日"), QStringLiteral("d日"), QStringLiteral("～"),
        QStringLiteral("yyyy年M月d日"), QStringLiteral("M月d日"), QStringLiteral("M月d日"), QStringLiteral("M月d日"), QStringLiteral("～"),
        true};
    switch (familyOf(locale)) {
    case Family::Korean: return korean;
    case Family::CJK: return cjk;
    case Family::Western: break;
    }
    return western;
}

// The locale whose names are used: English always speaks the C locale's
// (territories differ: en_GB abbreviates September "Sept"). Others are rebuilt
// from their language and territory: the system locale can say "Korean" (from
// LANGUAGE=ko) while its month names come from LC_TIME=C, "January".
QLocale namesOf(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale::c();
    return QLocale(locale.language(), locale.script(), locale.territory());
}

QString formatted(const QDate &d, const QString &pattern, const QLocale &locale)
{
    return d.isValid() ? namesOf(locale).toString(d, pattern) : QString();
}

QString joinedRange(const QDate &first, const QDate &last, const QLocale &locale, bool withYear)
{
    const DateStyle &s = styleOf(locale);
    if (!first.isValid() || !last.isValid() || first == last) {
        const QDate one = first.isValid() ? first : last;
        return withYear ? DateText::day(one, locale) : DateText::dayMonth(one, locale);
    }
    if (first.year() != last.year()) // the year on both ends: "28 Dec 2024 – 3 Jan 2025"
        return formatted(first, s.day, locale) + s.wideDash + formatted(last, s.day, locale);
    if (first.month() == last.month())
        return formatted(first, withYear ? s.sameMonthFirst : s.sameMonthFirstNoYear, locale) + s.dash
            + formatted(last, withYear ? s.sameMonthLast : s.sameMonthLastNoYear, locale);
    return formatted(first, withYear ? s.sameYearFirst : s.sameYearFirstNoYear, locale) + s.wideDash
        + formatted(last, withYear ? s.sameYearLast : s.sameYearLastNoYear, locale);
}

} // namespace

QString DateText::day(const QDate &d, const QLocale &locale) { return formatted(d, styleOf(locale).day, locale); }

QString DateText::dayWithWeekday(const QDate &d, const QLocale &locale)
{
    return formatted(d, styleOf(locale).dayWithWeekday, locale);
}

QString DateText::dayOfMonth(const QDate &d, const QLocale &locale)
{
    return formatted(d, styleOf(locale).dayOfMonth, locale);
}

QString DateText::dayMonth(const QDate &d, const QLocale &locale)
{
    return formatted(d, styleOf(locale).dayMonth, locale);
}

QString DateText::monthDay(int month, int day, const QLocale &locale)
{
    if (month < 1 || month > 12)
        return {};
    // A leap year, so 29 February has a date to format.
    const QDate d(2024, month, day);
    if (!d.isValid())
        return {};
    if (familyOf(locale) == Family::Western) // "5 November": the long name, as the articles write it
        return QStringLiteral("%1 %2").arg(day).arg(monthName(month, locale, QLocale::LongFormat));
    return formatted(d, styleOf(locale).dayMonth, locale);
}

QString DateText::month(const QDate &d, const QLocale &locale, QLocale::FormatType format)
{
    const DateStyle &s = styleOf(locale);
    return formatted(d, format == QLocale::LongFormat ? s.monthLong : s.monthShort, locale);
}

QString DateText::monthName(int month, const QLocale &locale, QLocale::FormatType format)
{
    if (month < 1 || month > 12)
        return {};
    if (format == QLocale::NarrowFormat) {
        // CJK narrow names ("1월") are no narrower than the short ones: the number is.
        if (styleOf(locale).numericMonths)
            return QString::number(month);
        return monthName(month, locale, QLocale::LongFormat).left(1);
    }
    return namesOf(locale).standaloneMonthName(month, format);
}

QString DateText::year(int year, const QLocale &locale)
{
    return formatted(QDate(year, 1, 1), styleOf(locale).year, locale);
}

QString DateText::weekday(int weekday, const QLocale &locale, QLocale::FormatType format)
{
    if (weekday < 1 || weekday > 7)
        return {};
    return namesOf(locale).standaloneDayName(weekday, format);
}

QString DateText::range(const QDate &first, const QDate &last, const QLocale &locale)
{
    return joinedRange(first, last, locale, true);
}

QString DateText::shortRange(const QDate &first, const QDate &last, const QLocale &locale)
{
    return joinedRange(first, last, locale, first.year() != last.year());
}

QString DateText::fuzzy(const FuzzyDate &d, const QLocale &locale)
{
    switch (d.precision) {
    case DatePrecision::Day:
        if (d.isKnown())
            return dayWithWeekday(d.earliest, locale);
        break;
    case DatePrecision::DayOfYear:
        if (d.month >= 1 && d.month <= 12)
            return tr("%1 (year not stated)").arg(monthDay(d.month, d.day, locale));
        break;
    case DatePrecision::Month:
        if (d.isKnown())
            return month(d.earliest, locale, QLocale::LongFormat);
        break;
    case DatePrecision::Year:
        if (d.isKnown())
            return year(d.earliest.year(), locale);
        break;
    case DatePrecision::Week:
        if (d.isKnown())
            return tr("week of %1").arg(range(d.earliest, d.latest, locale));
        break;
    case DatePrecision::PartOfMonth:
        if (d.isKnown())
            return range(d.earliest, d.latest, locale);
        break;
    case DatePrecision::Unknown:
        break;
    }
    if (d.weekday)
        return tr("%1 (date unknown)").arg(weekday(d.weekday, locale));
    return tr("date unknown");
}

QString DateText::fuzzyShort(const FuzzyDate &d, const QLocale &locale)
{
    if (d.isKnown()) {
        switch (d.precision) {
        case DatePrecision::Day: return dayMonth(d.earliest, locale);
        case DatePrecision::Month: return month(d.earliest, locale, QLocale::ShortFormat);
        case DatePrecision::Year: return year(d.earliest.year(), locale);
        case DatePrecision::Week:
        case DatePrecision::PartOfMonth: return shortRange(d.earliest, d.latest, locale);
        default: break;
        }
    }
    if (d.precision == DatePrecision::DayOfYear && d.month >= 1 && d.month <= 12) {
        const QDate leap(2024, d.month, d.day);
        return leap.isValid() ? dayMonth(leap, locale) : fuzzy(d, locale);
    }
    if (d.weekday) // an undated "Tuesday": "Tue"; in CJK the whole name ("월" alone reads as "month")
        return weekday(d.weekday, locale, styleOf(locale).numericMonths ? QLocale::LongFormat : QLocale::ShortFormat);
    return fuzzy(d, locale);
}

QString DateText::inference(const DateInference &inf, const QLocale &locale)
{
    if (inf.earliest.isValid() && inf.latest.isValid()) {
        if (inf.earliest == inf.latest)
            return tr("inferred %1").arg(day(inf.earliest, locale));
        return tr("inferred %1 – %2").arg(day(inf.earliest, locale), day(inf.latest, locale));
    }
    if (inf.earliest.isValid())
        return tr("inferred after %1").arg(day(inf.earliest, locale));
    if (inf.latest.isValid())
        return tr("inferred before %1").arg(day(inf.latest, locale));
    return {};
}

QString DateText::launchLabel(const LaunchEvent &launch, const QLocale &locale)
{
    // LaunchEvent::label() with the date and the site in the reader's language.
    QStringList parts{fuzzy(launch.date, locale)};
    if (!launch.classes.isEmpty())
        parts << VocabularyText::missileClasses(launch.classes);
    const QString site = PlaceNames::siteText(launch.site);
    if (!site.isEmpty())
        parts << site;
    return parts.join(QStringLiteral(" · "));
}

} // namespace atlas
