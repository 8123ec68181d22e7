#pragma once
// Dates as a reader of the app's language writes them: "14 Jan 2025" in
// English, "2025년 1월 14일" in Korean, "2025年1月14日" in Japanese (and Chinese).
//
// Every date a user sees (timeline, map caption, details, reactions, tooltips,
// pictures) goes through here, at the precision the text gave it and no finer.
// Month and weekday names come from the QLocale; the few words around a date
// ("week of", "date unknown") are tr() strings. Machine formats (CSV, JSON,
// the command line's extract output) keep ISO 8601 and never come here.
//
// English keeps the day-month-year order and the C locale's names whatever the
// territory ("Sep", not en_GB's "Sept"), so English pictures and tests do not
// change from one desktop to another.
#include "model/FuzzyDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace atlas {

struct LaunchEvent;

class DateText {
    Q_DECLARE_TR_FUNCTIONS(atlas::DateText)
public:
    // One day: "14 Jan 2025" | "2025년 1월 14일" | "2025年1月14日".
    static QString day(const QDate &d, const QLocale &locale = QLocale());
    // With its weekday: "Tue 14 Jan 2025" | "2025년 1월 14일 (화)" | "2025年1月14日(火)".
    static QString dayWithWeekday(const QDate &d, const QLocale &locale = QLocale());
    // A day of the month with its weekday, for a day axis: "Tue 14" | "14일 (화)" | "14日(火)".
    static QString dayOfMonth(const QDate &d, const QLocale &locale = QLocale());
    // Without the year: "14 Jan" | "1월 14일" | "1月14日".
    static QString dayMonth(const QDate &d, const QLocale &locale = QLocale());
    // A month and day of no stated year: "5 November" | "11월 5일" | "11月5日".
    static QString monthDay(int month, int day, const QLocale &locale = QLocale());
    // A month of a year: Long "January 2025", Short "Jan 2025" | "2025년 1월" | "2025年1月".
    static QString month(const QDate &d, const QLocale &locale = QLocale(),
                         QLocale::FormatType format = QLocale::LongFormat);
    // A month's name: Long "January", Short "Jan", Narrow "J" | "1월", "1월", "1" | "1月", "1月", "1".
    static QString monthName(int month, const QLocale &locale = QLocale(),
                             QLocale::FormatType format = QLocale::LongFormat);
    // A year: "2025" | "2025년" | "2025年".
    static QString year(int year, const QLocale &locale = QLocale());
    // A weekday (1 = Monday): "Tuesday"/"Tue" | "화요일"/"화" | "火曜日"/"火"; empty for 0.
    static QString weekday(int weekday, const QLocale &locale = QLocale(),
                           QLocale::FormatType format = QLocale::LongFormat);
    // Inclusive days: "1–10 May 2025", "28 Apr – 4 May 2025" | "2025년 5월 1–10일" | "2025年5月1日～10日".
    static QString range(const QDate &first, const QDate &last, const QLocale &locale = QLocale());
    // The same without the year when both ends share it: "1–10 May" | "5월 1–10일" | "5月1日～10日".
    static QString shortRange(const QDate &first, const QDate &last, const QLocale &locale = QLocale());

    // A FuzzyDate at its precision (what FuzzyDate::display() is in English):
    // "Tue 14 Jan 2025", "week of 14–20 Jan 2025", "1–10 May 2025", "January 2025",
    // "2025", "5 November (year not stated)", "Tuesday (date unknown)", "date unknown".
    static QString fuzzy(const FuzzyDate &d, const QLocale &locale = QLocale());
    // The compact form a timeline mark wears: "14 Jan", "Jan 2025", "1–10 May", "2025", "Tue".
    static QString fuzzyShort(const FuzzyDate &d, const QLocale &locale = QLocale());
    // Bounds the context implies: "inferred 6 Jan 2025", "inferred after 1 Jan 2025", ...
    static QString inference(const DateInference &inf, const QLocale &locale = QLocale());
    // A launch's one-line name with its date in this locale ("Tue 14 Jan 2025 · KN-23 · Wonsan").
    static QString launchLabel(const LaunchEvent &launch, const QLocale &locale = QLocale());
};

} // namespace atlas
