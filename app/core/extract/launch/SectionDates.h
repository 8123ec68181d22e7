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
//
// A day alone on its line ("August 26", "26 August 2025") is most often the
// article's stamp or dateline, so it is a section's date only when the caller
// allows it (a chronology: such headings more than once in the article).
// `alone`, when given, says whether the heading was such a day alone.
DateMention headingDate(const QString &text, const Sentence &heading, const TemporalTagger &tagger,
                        bool dayAloneDatesSection = false, bool *alone = nullptr);

// How many headings of the sentences are a day alone on their line: two or
// more make the article a chronology (entries under "August 26", "October 15").
int dayAloneHeadings(const QString &text, const QVector<Sentence> &sentences, const TemporalTagger &tagger);

} // namespace atlas::launch
