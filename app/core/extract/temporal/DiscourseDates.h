#pragma once
// Dates that depend on the text around them rather than on their own words:
// a report's dateline, and days counted from another day ("the next day").
#include "extract/TemporalTagger.h"

#include <QStringView>
#include <QVector>

namespace atlas::temporal {

// Marks the date of a dateline opening `text` ("SEOUL, Sept. 18 (Yonhap) --",
// "Pyongyang, April 3 (KCNA) --", "SEOUL, Feb 28 (Reuters) -"). Returns its
// index in `dates`, or -1.
int markDateline(QStringView text, QVector<DateMention> &dates);

// A year of a named era right after a day: KCNA's "Juche 114 (2025)" ("Pyongyang,
// November 26 Juche 114 (2025) (KCNA) --"), Japan's "Reiwa 7 (2025)" ("25 November,
// Reiwa 7 (2025)"), "Heisei 31". Returns the common-era year (a year in brackets
// after it must agree), and in *end where those words end in `suffix`; 0 when the
// suffix does not open so (a comma may come first). Shared by the dateline mark
// here and the publication-date detector.
int eraYearAfter(QStringView suffix, int *end);

// Resolves "the next day", "the previous day", "three days later" from a day the
// same sentence states: the nearest such day before it, or for a day counted
// backwards ("the previous day, state media reported Thursday") the first one
// after it. Those resolved are no longer `relative`. Returns whether any day
// count is left unresolved.
bool anchorCountedDays(QVector<DateMention> &dates);

// The same from the last day stated in `context`: the dates of the paragraph or
// list item ahead of the sentence, tagged by the caller.
void anchorCountedDaysOn(const QVector<DateMention> &context, QVector<DateMention> &dates);

// Where the paragraph or list item holding `position` starts in `document`:
// after a blank line, a line that ends its sentence (text with one paragraph
// per line) or at a line opening a list item; at most `maxChars` back.
int paragraphStart(QStringView document, int position, int maxChars);

} // namespace atlas::temporal
