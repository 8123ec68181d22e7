#pragma once
// Date tests the launch extractor decides with: whether a launch has a date yet,
// whether two dates could be one day, whether a date is one day, whether the words
// before a date make it an earlier one, and how far a date lies from a cue. Pure
// functions on dates and text, kept apart from the walk that uses them.
#include "extract/LaunchCues.h"
#include "extract/TemporalTagger.h"
#include "model/FuzzyDate.h"

#include <QString>

namespace atlas::launch {

// A date stated in some form: a known period, a weekday, or a day without its year.
bool hasDate(const FuzzyDate &d);
// Could two stated dates be the same day? Unknown dates are compatible with
// anything that has their weekday.
bool compatibleDates(const FuzzyDate &a, const FuzzyDate &b);
// A single day, stated with or without its year, or a weekday still unresolved.
bool isDayPrecise(const FuzzyDate &d);
// "a week earlier", "last month", "since November 5", "the previous Saturday".
bool isEarlierDate(const QString &text, const DateMention &d, int floor);
// Characters between a date mention and a launch cue (0 when they touch or overlap).
int cueDistance(const DateMention &d, const LaunchCue &cue);
// A launch told has happened: a day written without its year that the tagger put
// in the coming weeks ("launched ... on Jan 25" in a 28 December report, a
// table's "Jan. 6" row in a December report) is moved to the one before the
// report. (The day after the report's is not moved: a report stamped in Hawaii
// or New York on 6 November tells a launch on 7 November, Korea's day.)
void placeToldDayBeforeReport(DateMention &d, const QDate &report);
// The same day or month `years` years later (or earlier): a month's last day stays
// its last (February of a leap year); the weekday, no longer known, is dropped.
FuzzyDate shiftedYears(const FuzzyDate &d, int years);
// "In 2017, the North fired an ICBM on July 4", "In 2017 the overflights stopped
// pretending: a Hwasong-12 crossed Hokkaido on 29 August": a year alone heading
// the sentence (`head`, from the tagger) is the year of the days and months the
// sentence goes on to give without theirs, up to `until` (where another year is
// named: "..., and in 2023 it fired one on May 3"); `dates` are moved to it.
void placeInHeadYear(const QString &text, const DateMention &head, int until, QVector<DateMention> &dates);
// "On December 3, 2025 (December 2 in Washington, DC)", "Tuesday morning (Monday
// evening ET)": a day in brackets right after another, said for another place or
// zone, is the same moment on another calendar, not a second date.
bool restatesInOtherZone(const QString &text, const DateMention &before, const DateMention &d);
// "3:05 p.m. Hawaii Standard Time today (10:05 a.m. July 8, Korea Standard Time)":
// the date restated in brackets in Korea time, which is the launch's (the atlas
// dates launches in Korea time).
bool restatesInKoreaTime(const QString &text, const DateMention &before, const DateMention &d);

} // namespace atlas::launch
