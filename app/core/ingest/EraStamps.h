#pragma once
// Dates written in the Japanese era calendar, as the Prime Minister's Office and
// ministries stamp their bulletins: "R7.12.13 (Sat)", "R5/11/21", "Reiwa 7.4.2",
// "H29.8.29", "令和7年1月14日". Reiwa n is 2018 + n (Reiwa 1 = 2019), Heisei n
// is 1988 + n (Heisei 1 = 1989). The tagger does not read them: a bare
// "R7.12.13" is a version number or a road as often as a date, so only the
// publication-date detector asks, on a stamp or dateline line.
#include <QDate>
#include <QStringView>

namespace atlas {

// The first era date in `line`, its span in [*start, *end); an invalid date when none.
QDate japaneseEraDate(QStringView line, int *start, int *end);

} // namespace atlas
