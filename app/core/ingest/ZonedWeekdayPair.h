#pragma once
// Korea's day for an article dated on US time, told by the story itself: "at
// around 6:48 a.m. local time Tuesday, or 5:48 p.m. Monday Eastern time" under a
// dateline of Monday, July 12. US wires date their stories by their own clock,
// and a launch in a Korean morning is the evening before in America; the
// weekdays the story gives ("on Tuesday morning") count from Korea's day, the
// day after the dateline's.
#include <QDate>
#include <QString>

namespace atlas {

// The day after `published` when the text pairs a weekday in a US zone that is
// `published`'s own ("Monday Eastern time", "EDT Monday", "Monday in
// Washington") with the next weekday a few words before it, in the same
// sentence ("6:48 a.m. local time Tuesday, or ..."); otherwise an invalid date.
// (The US clock told first, "12:50 p.m. Tuesday in Hawaii, or 7:50 a.m.
// Wednesday in Korea", is no such pair: the launch's clock time, read in its
// zone, already gives Korea's day.)
QDate koreaDayFromZonedWeekdays(const QString &text, const QDate &published);

} // namespace atlas
