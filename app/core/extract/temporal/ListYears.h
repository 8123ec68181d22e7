#pragma once
// "the launches of 6 January, 8 May, 22 October and 7 November 2025": a list of
// days, each with its own month, whose year is written once, after the last.
// Every day of the list is of that year; read alone, "6 January" would take the
// reference's year (in a January 2026 answer, 2026).
#include "extract/TemporalTagger.h"

#include <QStringView>
#include <QVector>

namespace atlas::temporal {

// Gives the yearless days in out[from..] that are listed before a day with its
// year (separated only by commas, "and", "&" or semicolons) that year.
void shareListYear(QStringView text, QVector<DateMention> &out, qsizetype from);

} // namespace atlas::temporal
