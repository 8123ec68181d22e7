#include "extract/reaction/StatementDocument.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"

namespace atlas::reaction {

bool isStatementDocument(QStringView text)
{
    // The line opens with the marker ("Statement by Minister Joly on ...", "Press
    // release", "Joint Statement", "Media release"), or ends with it ("03.12.2025 -
    // Press release", "UK condemns ...: Foreign Secretary statement"), or names the
    // statement's maker ("Foreign Ministry Spokesperson's Statement on ...").
    static const ReaderPattern opens = ci(
        "^[\\s\\W]*(?:(?:joint\\s+|press\\s+|official\\s+)?statement\\b|press\\s+releases?\\b|media\\s+release\\b"
        "|communiqu[eé]\\b|nota\\s+(?:à|a)\\s+imprensa\\b|comunicado\\b|déclaration\\b)");
    // (Closing only after a separator: "Japan protests launch in strong statement"
    // is a news headline.)
    static const ReaderPattern closes = ci(
        "[-\u2013\u2014:|]\\s*(?:[\\w'\u2019.]+\\s+){0,4}(?:statement|press\\s+release|media\\s+release)\\s*$");
    // (Capitalised, as in a title: prose says "in a statement by the ministry".)
    static const ReaderPattern makers{QRegularExpression(QStringLiteral("['\u2019]s\\s+Statement\\s+on\\b|\\bStatement\\s+(?:by|of)\\s+the\\b"))};
    qsizetype at = 0;
    const qsizetype head = std::min<qsizetype>(text.size(), 1200);
    for (int lines = 0; at < head && lines < 12;) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0 || end > head)
            end = head;
        const QStringView line = text.mid(at, end - at).trimmed();
        at = end + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (line.size() > 200)
            continue; // prose, not a heading
        if (opens.match(line).hasMatch() || closes.match(line).hasMatch() || makers.match(line).hasMatch())
            return true;
    }
    return false;
}

} // namespace atlas::reaction
