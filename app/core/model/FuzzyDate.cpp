#include "model/FuzzyDate.h"

#include <QLocale>

namespace atlas {

QString precisionName(DatePrecision p)
{
    switch (p) {
    case DatePrecision::Day: return QStringLiteral("day");
    case DatePrecision::Week: return QStringLiteral("week");
    case DatePrecision::PartOfMonth: return QStringLiteral("part-of-month");
    case DatePrecision::Month: return QStringLiteral("month");
    case DatePrecision::DayOfYear: return QStringLiteral("day-of-year");
    case DatePrecision::Year: return QStringLiteral("year");
    case DatePrecision::Unknown: break;
    }
    return QStringLiteral("unknown");
}

DatePrecision precisionFromName(const QString &name)
{
    for (auto p : {DatePrecision::Day, DatePrecision::Week, DatePrecision::PartOfMonth,
                   DatePrecision::Month, DatePrecision::DayOfYear, DatePrecision::Year}) {
        if (precisionName(p) == name)
            return p;
    }
    return DatePrecision::Unknown;
}

QString weekdayName(int weekday)
{
    if (weekday < 1 || weekday > 7)
        return {};
    return QLocale::c().dayName(weekday, QLocale::LongFormat);
}

FuzzyDate FuzzyDate::onDay(const QDate &d, const QString &text)
{
    FuzzyDate f;
    f.earliest = f.latest = d;
    f.precision = d.isValid() ? DatePrecision::Day : DatePrecision::Unknown;
    f.text = text;
    return f;
}

FuzzyDate FuzzyDate::between(const QDate &first, const QDate &last, DatePrecision p,
                             const QString &text)
{
    FuzzyDate f;
    f.earliest = first;
    f.latest = last;
    f.precision = p;
    f.text = text;
    return f;
}

FuzzyDate FuzzyDate::unknown(int weekday, const QString &text)
{
    FuzzyDate f;
    f.weekday = weekday;
    f.text = text;
    return f;
}

FuzzyDate FuzzyDate::dayOfYear(int month, int day, const QString &text)
{
    FuzzyDate f;
    f.precision = DatePrecision::DayOfYear;
    f.month = month;
    f.day = day;
    f.text = text;
    return f;
}

QDate FuzzyDate::midpoint() const
{
    if (!isKnown())
        return {};
    return earliest.addDays(earliest.daysTo(latest) / 2);
}

QString FuzzyDate::display() const
{
    const QLocale c = QLocale::c();
    switch (precision) {
    case DatePrecision::Day:
        if (isKnown())
            return earliest.toString(QStringLiteral("ddd d MMM yyyy"));
        break;
    case DatePrecision::DayOfYear:
        if (month >= 1 && month <= 12)
            return QStringLiteral("%1 %2 (year not stated)").arg(day).arg(c.monthName(month));
        break;
    case DatePrecision::Month:
        if (isKnown())
            return earliest.toString(QStringLiteral("MMMM yyyy"));
        break;
    case DatePrecision::Year:
        if (isKnown())
            return QString::number(earliest.year());
        break;
    case DatePrecision::Week:
    case DatePrecision::PartOfMonth:
        if (isKnown()) {
            const QString range = earliest.month() == latest.month()
                ? QStringLiteral("%1–%2").arg(earliest.day()).arg(latest.toString(QStringLiteral("d MMM yyyy")))
                : QStringLiteral("%1 – %2").arg(earliest.toString(QStringLiteral("d MMM")),
                                                latest.toString(QStringLiteral("d MMM yyyy")));
            return precision == DatePrecision::Week ? QStringLiteral("week of %1").arg(range) : range;
        }
        break;
    case DatePrecision::Unknown:
        // ("In June" in an undated story: the month stated, its year not.)
        if (month >= 1 && month <= 12 && !weekday)
            return QStringLiteral("%1 (year not stated)").arg(c.monthName(month));
        break;
    }
    if (weekday)
        return QStringLiteral("%1 (date unknown)").arg(weekdayName(weekday));
    return QStringLiteral("date unknown");
}

bool FuzzyDate::sameDate(const FuzzyDate &o) const
{
    return earliest == o.earliest && latest == o.latest && precision == o.precision
        && weekday == o.weekday && month == o.month && day == o.day;
}

void DateInference::narrow(const QDate &from, const QDate &to, const QString &why)
{
    if (from.isValid() && (!earliest.isValid() || from > earliest))
        earliest = from;
    if (to.isValid() && (!latest.isValid() || to < latest))
        latest = to;
    if (!why.isEmpty())
        evidence << why;
}

} // namespace atlas
