#pragma once
// Phrases that tell the launch extractor which launch a cue or a date belongs to,
// or what a launch noun takes: small word tests on the text around a cue, kept
// apart from LaunchExtractor's walk over the sentences. Positions index the text.
#include "extract/LaunchCues.h"
#include "extract/QuantityParser.h"
#include "extract/TemporalTagger.h"

#include <QString>
#include <QVector>

namespace atlas {
namespace LaunchPhrases {

// "since March 1, when new U.N. sanctions took effect": a "when" clause after the
// day (ending at dayEnd) that tells another event, no launch or missile in it, so
// the day is that event's, not a launch's.
bool whenClauseTellsOtherEvent(const QString &text, int dayEnd);
// "its first ICBM test since 31 October 2024": where "first" starts when the cue's
// noun phrase says first and the "since" date follows the cue; -1 otherwise.
int firstSinceAt(const QString &text, const LaunchCue &cue, const DateMention &d, int floor);
// "the launch this morning of an IRBM": where the words after the "of" that follows
// a launch noun start; -1 when no "of" follows it.
int ofAfterLaunchNoun(const QString &text, int nounEnd, int to);
// "The October 22 salvo", "the launch on 14 January": a month-and-day at the noun.
bool ownDayOf(const QString &text, const LaunchCue &cue, const DateMention &d);
// "the military had tracked several missiles": a count right after a detection verb.
bool trackedCount(const QString &text, const CountMatch &c, int floor);
// A character as PCRE's caseless match sees it against a lower-case ASCII letter:
// ASCII letters folded, LONG S as s, KELVIN SIGN as k (the only characters outside
// ASCII in those letters' case sets); 0 for any other character outside ASCII.
inline char16_t foldedLetter(char16_t c)
{
    if (c < 128)
        return c | 0x20; // equals a lower-case letter only for that letter, in either case
    return c == 0x017F ? u's' : c == 0x212A ? u'k' : 0;
}
// Whether s holds "of/like/as/than/from/to/resemble(s)/resembling that " (any
// case, PCRE's \s between): what the regular expression
// (?:of|like|as|than|from|to|resembles?|resembling)\s+that\s+ finds, read
// from each "that" found eight characters at a time.
bool holdsDemonstrativeThat(QStringView s);
// Whether s holds what the determiner branch of LaunchCueFinder's "relevant"
// pattern finds, (?<![\w-])(?:the|this|that|these|those|both|each|one of the|all)
// \s+(?:[\w-]+\s+){0,3}?(?:missiles?|projectiles?|rockets?|weapons?)(?![\w-])
// (caseless, ASCII \w and \s), read by hand: back from each missile noun over at
// most three words to a determiner. Exact for text whose letters are all ASCII
// (PCRE folds LONG S and KELVIN SIGN to s and k: the caller sends such text to
// the pattern).
bool determinerBeforeMissileNoun(QStringView s);
// What ^\s+(?<prep>near|at|off|in)\s+(?:the\s+)? (caseless, PCRE's ASCII \s) matches
// in w, read by hand: the end of the match, with the preposition's span in
// *prepStart, *prepEnd; -1 when there is none (as the pattern answers for w that
// is not valid UTF-16). "(the launch) near Wonsan".
int placePrepositionLead(QStringView w, int *prepStart, int *prepEnd);
// "On Jan. 24, 28 and 30": the other day-precise dates of the list `chosen` is in.
QVector<DateMention> listedWith(const QVector<DateMention> &dates, const DateMention &chosen, const QString &text);

} // namespace LaunchPhrases
} // namespace atlas
