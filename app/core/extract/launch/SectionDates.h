#pragma once
// A factbox, a timeline or a briefing note writes each launch under a heading
// that opens with its date ("JAN. 6 - HYPERSONIC IRBM", "## 14 January:
// Kanggye", "March 10 — Yellow Sea") and tells it below without the day. The
// launch pass dates such a section's undated sentences by its heading.
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"

#include <QString>

namespace atlas::launch {

// The date a heading opens with (after a Markdown or list marker): a day, with
// or without its year, or a month; an unknown date when the heading does not
// open with one, is a sentence or too long to be a section's title.
DateMention headingDate(const QString &text, const Sentence &heading, const TemporalTagger &tagger);

} // namespace atlas::launch
