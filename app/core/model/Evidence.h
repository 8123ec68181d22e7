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
    QString text;    // the exact text of [start, end)

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
