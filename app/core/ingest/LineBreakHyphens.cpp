#include "ingest/LineBreakHyphens.h"

#include <QSet>

namespace atlas {

bool startsCompounds(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("short"), QStringLiteral("medium"), QStringLiteral("long"), QStringLiteral("intermediate"),
        QStringLiteral("close"), QStringLiteral("mid"), QStringLiteral("sea"), QStringLiteral("surface"),
        QStringLiteral("air"), QStringLiteral("ground"), QStringLiteral("ship"), QStringLiteral("land"),
        QStringLiteral("submarine"), QStringLiteral("anti"), QStringLiteral("multi"), QStringLiteral("multiple"),
        QStringLiteral("solid"), QStringLiteral("liquid"), QStringLiteral("hypersonic"), QStringLiteral("nuclear"),
        QStringLiteral("self"), QStringLiteral("non"), QStringLiteral("low"), QStringLiteral("high"),
        QStringLiteral("well"), QStringLiteral("full"), QStringLiteral("large"), QStringLiteral("small"),
        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
        QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("first"), QStringLiteral("second"),
        QStringLiteral("third"), QStringLiteral("follow"), QStringLiteral("state"), QStringLiteral("cross"),
        QStringLiteral("north"), QStringLiteral("south"), QStringLiteral("east"), QStringLiteral("west"),
        QStringLiteral("co"), QStringLiteral("pre"), QStringLiteral("post"), QStringLiteral("ex"),
        QStringLiteral("vice"), QStringLiteral("semi"), QStringLiteral("quasi"), QStringLiteral("fire"),
        QStringLiteral("test"), QStringLiteral("so"), QStringLiteral("year"), QStringLiteral("day"),
        QStringLiteral("month"), QStringLiteral("week"), QStringLiteral("hard"), QStringLiteral("tit"),
    };
    return words.contains(word.toLower());
}

QString joinLineBreakHyphens(const QString &text)
{
    if (!text.contains(QLatin1String("-\n")))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype copied = 0;
    for (qsizetype at = text.indexOf(QLatin1String("-\n")); at >= 0; at = text.indexOf(QLatin1String("-\n"), at + 2)) {
        // The fragment before the hyphen: letters only, at least two.
        qsizetype w = at;
        while (w > 0 && (text.at(w - 1).isLetter() || text.at(w - 1) == u'\'' || text.at(w - 1) == QChar(0x2019)))
            --w;
        if (at - w < 2 || !text.at(at - 1).isLetter() || (w > 0 && text.at(w - 1) == u'-'))
            continue; // "--", "ROK-U.S.-", a lone letter
        // The next line opens with a lower-case letter (after any indentation).
        qsizetype next = at + 2;
        while (next < n && (text.at(next) == u' ' || text.at(next) == u'\t'))
            ++next;
        if (next >= n || !text.at(next).isLetter() || !text.at(next).isLower())
            continue;
        const bool keepHyphen = startsCompounds(text.mid(w, at - w));
        out += QStringView(text).mid(copied, at - copied);
        if (keepHyphen)
            out += u'-';
        copied = next;
        // The rest of the broken word's line follows; the paragraph's next line break
        // is kept, so a heading or a list stays where it was.
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace atlas
