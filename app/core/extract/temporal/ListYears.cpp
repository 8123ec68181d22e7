#include "extract/temporal/ListYears.h"

namespace atlas::temporal {

bool statesYear(QStringView said)
{
    int digits = 0;
    for (QChar c : said) {
        digits = c.isDigit() ? digits + 1 : 0;
        if (digits == 4)
            return true;
    }
    return false;
}

namespace {

// What may stand between two listed days: ", ", " and ", ", and ", " & ", "; ".
bool isListGap(QStringView gap)
{
    const QStringView g = gap.trimmed();
    return g.isEmpty() || g == u',' || g == u';' || g == u'&' || g == QLatin1String("and")
        || g == QLatin1String(", and") || g == QLatin1String(",and");
}

bool isPlainDay(const DateMention &dm)
{
    return dm.date.isDay() && !dm.relative && !dm.countsDays && !dm.bareYear && !dm.dateline;
}

// A listed day without its year: placed by the reference, or with none a day of the year.
bool isListedDay(const DateMention &dm)
{
    return isPlainDay(dm) || (dm.date.precision == DatePrecision::DayOfYear && !dm.relative && !dm.dateline);
}

} // namespace

void shareListYear(QStringView text, QVector<DateMention> &out, qsizetype from)
{
    for (qsizetype last = from; last < out.size(); ++last) {
        const DateMention &anchor = out[last];
        if (!isPlainDay(anchor) || !statesYear(text.mid(anchor.start, anchor.end - anchor.start)))
            continue;
        const int year = anchor.date.earliest.year();
        for (qsizetype k = last - 1; k >= from; --k) {
            DateMention &dm = out[k];
            const DateMention &next = out[k + 1];
            if (!isListedDay(dm) || dm.end > next.start || !isListGap(text.mid(dm.end, next.start - dm.end))
                || statesYear(text.mid(dm.start, dm.end - dm.start)))
                break;
            const bool placed = dm.date.isDay();
            const QDate day(year, placed ? dm.date.earliest.month() : dm.date.month,
                            placed ? dm.date.earliest.day() : dm.date.day);
            if (!day.isValid())
                break;
            const QString said = dm.date.text;
            const int weekday = dm.date.weekday;
            dm.date = FuzzyDate::onDay(day, said);
            dm.date.weekday = weekday;
        }
    }
}

} // namespace atlas::temporal
