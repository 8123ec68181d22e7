#pragma once
// A date as precise as the text that gave it, and no more.
//
// "early May 2025" is 1-10 May, never 1 May; "on Tuesday" in an undated article
// stays an unknown date with a weekday. Bounds are inclusive. Calendar arithmetic
// that produces these bounds uses boost::gregorian (see extract/TemporalTagger).
#include <QDate>
#include <QString>
#include <QStringList>
#include <QMetaType>

namespace atlas {

enum class DatePrecision {
    Day,         // one calendar day
    Week,        // about a week ("a week earlier"): a 7-day window
    PartOfMonth, // early (1-10), mid (11-20), late (21-end)
    Month,       // a whole month
    DayOfYear,   // month and day known, year not ("since November 5")
    Year,        // a whole year
    Unknown      // nothing datable; a weekday may still be known
};

QString precisionName(DatePrecision p);            // "day", "part-of-month", ...
DatePrecision precisionFromName(const QString &name); // Unknown for anything else

struct FuzzyDate {
    QDate earliest;                 // invalid when unknown / day-of-year
    QDate latest;                   // inclusive
    DatePrecision precision = DatePrecision::Unknown;
    int weekday = 0;                // Qt::DayOfWeek (1 = Monday .. 7 = Sunday), 0 = none stated
    int month = 0;                  // for DayOfYear: 1-12
    int day = 0;                    // for DayOfYear: 1-31
    QString text;                   // the words it came from

    static FuzzyDate onDay(const QDate &d, const QString &text = {});
    static FuzzyDate between(const QDate &first, const QDate &last, DatePrecision p,
                             const QString &text = {});
    static FuzzyDate unknown(int weekday = 0, const QString &text = {});
    static FuzzyDate dayOfYear(int month, int day, const QString &text = {});

    bool isKnown() const { return earliest.isValid() && latest.isValid(); }
    bool isDay() const { return precision == DatePrecision::Day && isKnown(); }
    // Middle day of the range, for sorting and placing; invalid when unknown.
    QDate midpoint() const;
    // Human form: "14 Jan 2025", "1–10 May 2025 (early May)", "Tuesday (date unknown)".
    QString display() const;
    // Same bounds, precision, weekday and day-of-year: the text does not matter.
    bool sameDate(const FuzzyDate &o) const;
    bool operator==(const FuzzyDate &o) const { return sameDate(o) && text == o.text; }
    bool operator!=(const FuzzyDate &o) const { return !(*this == o); }
};

QString weekdayName(int weekday); // "Monday"; empty for 0

// Bounds on a date that the text does not state but context implies (an
// office-holder's tenure, another article's dated mention). Always shown as an
// inference with its evidence, beside the stated date and never in its place.
struct DateInference {
    QDate earliest; // may be invalid: open below
    QDate latest;   // may be invalid: open above
    QStringList evidence;

    bool isEmpty() const { return !earliest.isValid() && !latest.isValid(); }
    // Narrow to the intersection with another inference, keeping both evidences.
    void narrow(const QDate &from, const QDate &to, const QString &why);
};

} // namespace atlas

Q_DECLARE_METATYPE(atlas::FuzzyDate)
