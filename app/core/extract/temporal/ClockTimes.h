#pragma once
// Clock times ("7:10 a.m.", "07:48 KST", "noon local time (03:00 GMT)") and
// time-of-day words ("early morning", "afternoon") over the tagger's tokens.
// A time with a known zone is converted to Korea time (UTC+9), since every
// launch is dated in the calendar of the place it happened.
#include "extract/TemporalTagger.h"
#include "extract/temporal/DateTokens.h"

namespace atlas::temporal {

// Matches a time starting at token i; on success fills `out` (spans in text
// coordinates, without offset) and returns the index after the last token.
// Returns i when nothing matches.
int matchTime(QStringView text, const TokenList &toks, int i, TimeMention &out);

// A time-of-day word right at token i ("morning", "early morning", "night");
// returns the index after it, or i. `words` gets the normalised form.
int matchDayPeriod(const TokenList &toks, int i, QString &words);

// Whether matchTime or matchDayPeriod can match from this token: a number
// that is no ordinal (a clock reading), "noon", "midday", "midnight", or a
// time-of-day word or "early"/"late" before one. For any other token both
// return i: the tagger's lists of times skip them without trying.
inline bool mayStartTime(const Token &tok)
{
    if (tok.kind == TokKind::Number)
        return !tok.ordinal;
    if (tok.kind != TokKind::Word)
        return false;
    switch (tok.lex) {
    case Lex::Noon: case Lex::Midday: case Lex::Midnight:
    case Lex::Early: case Lex::Late:
    case Lex::Morning: case Lex::Afternoon: case Lex::Evening: case Lex::Night: case Lex::Overnight: case Lex::Dawn:
        return true;
    default:
        return false;
    }
}

} // namespace atlas::temporal
