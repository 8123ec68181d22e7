#pragma once
// Splits article text into sentences, robust to abbreviations (U.S., U.N., Jan.,
// Gen.), quotes, list items ("- ...") and headings (a line without a final stop).
// Spans index the article text (QString offsets), end exclusive.
#include <QString>
#include <QVector>

namespace atlas {

struct Sentence {
    int start = 0;
    int end = 0;      // exclusive
    bool heading = false; // a short line with no sentence-final punctuation
};

QVector<Sentence> splitSentences(const QString &text);

} // namespace atlas
