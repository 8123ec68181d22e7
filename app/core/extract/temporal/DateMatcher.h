#pragma once
// Recognises date expressions over the tagger's tokens and resolves each to a
// FuzzyDate as precise as its words allow: an explicit day, a month, part of a
// month, a weekday, or a relative expression counted from a reference day.
#include "extract/TemporalTagger.h"
#include "extract/temporal/DateTokens.h"

#include <QDate>

namespace atlas::temporal {

struct ResolveContext {
    QDate refDay;     // relative expressions count from it ("yesterday"); invalid: unresolvable
    QDate yearRef;    // yearless dates are placed on or before it ("Nov. 6"); invalid: none
    int yearHint = 0; // year for yearless dates when there is no yearRef; 0: none
};

// Appends the date mentions of `text` (spans in text coordinates, no offset).
void findDates(QStringView text, const TokenList &toks, const ResolveContext &ctx,
               QVector<DateMention> &out);

} // namespace atlas::temporal
