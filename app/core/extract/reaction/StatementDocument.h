#pragma once
// A government's own statement or press release ("Statement by the Spokesperson",
// "Press release", "Nota à imprensa nº 392"): its sentences are the issuer's own
// words, quotation marks or not. News about a statement ("Japan issued a
// statement condemning ...") is no statement: the marker must be a line of the
// document's head on its own, or open or close one.
#include <QStringView>

#include <algorithm>

namespace atlas::reaction {

// Asks `visit` of each of the document's first `count` non-empty lines (trimmed,
// within its first `within` characters) until it answers true; whether one did.
// The head a statement's marker or a letterhead is looked for in.
template <class Visit>
bool anyHeadLine(QStringView text, int count, qsizetype within, Visit &&visit)
{
    qsizetype at = 0;
    const qsizetype head = std::min<qsizetype>(text.size(), within);
    for (int lines = 0; at < head && lines < count;) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0 || end > head)
            end = head;
        const QStringView line = text.mid(at, end - at).trimmed();
        at = end + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (visit(line))
            return true;
    }
    return false;
}

// Whether the head of the text (its first dozen lines, at most 1,200
// characters) marks it as an official statement or release.
bool isStatementDocument(QStringView text);

// Whether one trimmed line of the head is a statement's heading: the three
// patterns, tried only on lines mayBeStatementHeading lets through.
bool isStatementHeading(QStringView line);

// False only when the line holds, in no case, any word a heading pattern needs
// ("statement", "release", "communiqu", "comunicado", "imprensa", "claration"):
// then isStatementHeading is false too, and its patterns (most of the cost of
// reading a head) need not run.
bool mayBeStatementHeading(QStringView line);

} // namespace atlas::reaction
