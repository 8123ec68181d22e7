#pragma once
// The clock a story's stamp is read in when the stamp names no zone: the zone
// the page declares for all its times ("channel · all times UTC"), else the
// zone of the city the story is datelined from ("February 11, 2025 10:05 PM"
// over "WASHINGTON — ..."). A stamp late in a US evening is already the next
// day in Korea, and weekdays in the story ("Wednesday morning local time")
// count from Korea's day.
//
// Only a dateline proper counts: a city in capitals leading a line of the
// article's head, followed by a dash, a comma or an agency in brackets
// ("NEW YORK (AP) —", "LONDON, Nov 7 (Reuters) -", "SEOUL, South Korea —").
// Cities are the ones news about Korea is filed from; daylight saving follows
// the US and EU rules of the stamp's year.
#include <QDate>
#include <QString>

#include <optional>

namespace atlas {

// Minutes east of UTC of the clock a zone-less stamp of `day` is in, or none
// when the head of the text (its first headChars characters) declares no zone
// and has no known dateline city.
std::optional<int> unzonedStampUtcOffset(const QString &text, const QDate &day, int headChars = 2500);

} // namespace atlas
