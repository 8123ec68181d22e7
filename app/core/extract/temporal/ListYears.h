#pragma once
// "the launches of 6 January, 8 May, 22 October and 7 November 2025": a list of
// days, each with its own month, whose year is written once, after the last.
// Every day of the list is of that year; read alone, "6 January" would take the
// reference's year (in a January 2026 answer, 2026).
#include "extract/TemporalTagger.h"

#include <QStringView>
#include <QVector>

namespace atlas::temporal {

// Whether a date's own words give its year: four figures in a row ("19 February
// 2024", not "19 February").
bool statesYear(QStringView said);

// Gives the yearless days in out[from..] that are listed before a day with its
// year (separated only by commas, "and", "&" or semicolons) that year.
void shareListYear(QStringView text, QVector<DateMention> &out, qsizetype from);

} // namespace atlas::temporal
