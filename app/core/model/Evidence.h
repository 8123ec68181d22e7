#pragma once
// Where a fact came from: an article and a character span of its text.
// Offsets index Article::text as QString (UTF-16 code units), end exclusive.
#include <QString>
#include <QVector>

namespace atlas {

struct Evidence {
    QString articleId;
    QString field;   // "date", "site", "distance", "class", "count", "reaction", ...
    int start = -1;
    int end = -1;
    // Where the text of [start, end) is read from: the span's own text
    // (sourceStart -1: read back from JSON, written by hand), or a text holding it
    // from sourceStart on. The extractor gives the whole article's text, shared and
    // never copied: an article cites some forty spans, and a copy of each was an
    // allocation kept for as long as the extraction (2% of extraction's time).
    QString source;
    int sourceStart = -1;

    // The exact text of [start, end).
    QString text() const
    {
        return sourceStart < 0 ? source : source.mid(start - sourceStart, end - start);
    }

    bool isValid() const { return start >= 0 && end >= start; }
    bool operator==(const Evidence &o) const
    {
        return articleId == o.articleId && field == o.field && start == o.start && end == o.end;
    }
};

using EvidenceList = QVector<Evidence>;

// Evidence for one field out of a list; the first match, or an invalid Evidence.
Evidence evidenceFor(const EvidenceList &list, const QString &field);

} // namespace atlas
