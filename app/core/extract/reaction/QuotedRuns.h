#pragma once
// A quotation of several sentences ("The UK condemns the launch. We stand with
// our partners," Cooper said.) is split by the sentence splitter into pieces
// that each hold half a quotation: the first has no speaker, the last no
// stance, and neither closes its marks. The reaction pass reads such a run of
// sentences as one, so that the speaker, the stance and the quoted words meet
// again; the launch pass keeps the splitter's sentences.
#include "extract/SentenceSplitter.h"

#include <QString>
#include <QVector>

namespace atlas::reaction {

// Whether a quotation is open after the mark `mark` (", \u201C or \u201D), given
// whether one was open before it: a straight mark toggles, a curly opening mark
// opens, a curly closing mark closes. (An apostrophe is no mark.)
inline bool openAfterMark(char16_t mark, bool open)
{
    return mark == u'"' ? !open : mark == u'\u201C';
}

// How far a run may reach: a quotation longer than this is a speech or a
// transcript, whose pieces are read one by one as before.
inline constexpr int kMaxQuotedRunSentences = 4;
inline constexpr int kMaxQuotedRunLength = 1200;

// The sentences with each run that opens a quotation and closes it in a later
// sentence of the same paragraph joined into one; *joined says whether any was.
// Headings are never joined, nor are sentences a blank line apart.
QVector<Sentence> joinQuotedRuns(const QString &text, const QVector<Sentence> &sentences, bool *joined);

} // namespace atlas::reaction
