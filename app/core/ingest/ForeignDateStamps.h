#pragma once
// Dates in a stamp or dateline line that a translated or foreign-language page
// keeps from its source: a month named in Portuguese, Spanish, French, German,
// Italian, Dutch or Indonesian ("13.out.2025 às 23h15", "13 de outubro de 2025",
// "7. Januar 2025", "3 Mei 2025"), and a year of the Thai Buddhist Era
// ("3 December B.E. 2568 (2025)": B.E. n is n - 543 of the common era).
//
// Why only here: the tagger reads English text, and in English prose "mar",
// "set", "out" or "ago" are words, not months. On a short stamp line, a day, one
// of these month words and a four-figure year together leave no doubt; the
// publication-date detector asks, as it asks EraStamps for Japanese era dates.
#include <QDate>
#include <QStringView>

namespace atlas {

// The first such date in `line`, its span in [*start, *end); an invalid date when none.
// Dates with an English month and a common-era year are left to the tagger.
QDate foreignStampDate(QStringView line, int *start, int *end);

} // namespace atlas
