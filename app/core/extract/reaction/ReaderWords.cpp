// The reaction sentence reader's word helpers (see ReaderWords.h): moved out of
// ReactionSentenceReader.cpp so that the reader's two halves share them and each
// file keeps one job.
#include "extract/reaction/ReaderWords.h"

#include "extract/reaction/ReaderPattern.h"

#include <QSet>

namespace atlas::reaction {

namespace {

const QStringList &prepositions()
{
    static const QStringList words{
        QStringLiteral("in"),      QStringLiteral("at"),         QStringLiteral("to"),        QStringLiteral("into"),
        QStringLiteral("onto"),    QStringLiteral("during"),     QStringLiteral("for"),       QStringLiteral("from"),
        QStringLiteral("with"),    QStringLiteral("of"),         QStringLiteral("about"),     QStringLiteral("against"),
        QStringLiteral("amid"),    QStringLiteral("amidst"),     QStringLiteral("after"),     QStringLiteral("following"),
        QStringLiteral("toward"),  QStringLiteral("towards"),    QStringLiteral("on"),        QStringLiteral("over"),
        QStringLiteral("between"), QStringLiteral("among"),      QStringLiteral("across"),    QStringLiteral("near"),
        QStringLiteral("by"),      QStringLiteral("than"),       QStringLiteral("like"),      QStringLiteral("including"),
        QStringLiteral("via"),     QStringLiteral("through"),    QStringLiteral("under"),     QStringLiteral("within"),
        QStringLiteral("without"), QStringLiteral("before"),     QStringLiteral("despite"),   QStringLiteral("behind"),
        QStringLiteral("beyond"),  QStringLiteral("around"),     QStringLiteral("off"),       QStringLiteral("upon"),
        QStringLiteral("versus"),  QStringLiteral("involving"),  QStringLiteral("targeting"), QStringLiteral("regarding"),
        QStringLiteral("concerning"), QStringLiteral("visit"),   QStringLiteral("visiting"),  QStringLiteral("toured")};
    return words;
}

bool isPreposition(const QString &w)
{
    static const QSet<QString> preps(prepositions().cbegin(), prepositions().cend());
    return preps.contains(w);
}

} // namespace

QRegularExpression ci(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern),
                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

QVector<QStringList> countryLists(const QString &s, const QVector<ActorMention> &mentions, int before,
                                  QVector<int> *firstStarts)
{
    static const ReaderPattern joiner{QRegularExpression(QStringLiteral("^[\\s,]*(?:and|&|as well as)?[\\s,]*(?:the\\s+)?$"))};
    QVector<QStringList> lists;
    QStringList run;
    int lastEnd = -1;
    for (const ActorMention &m : mentions) {
        if (m.start >= before)
            break;
        if (!isCountryKind(m) || m.organization || m.country == QLatin1String("North Korea"))
            continue;
        if (lastEnd >= 0 && !joiner.match(s.mid(lastEnd, m.start - lastEnd)).hasMatch()) {
            if (run.size() > 1)
                lists << run;
            run.clear();
        }
        if (run.isEmpty() && firstStarts) {
            // Where the list that this mention may start would begin.
            firstStarts->resize(lists.size() + 1);
            (*firstStarts)[lists.size()] = m.start;
        }
        if (!run.contains(m.country))
            run << m.country;
        lastEnd = m.end;
    }
    if (run.size() > 1)
        lists << run;
    if (firstStarts)
        firstStarts->resize(lists.size());
    return lists;
}

bool PrevWord::isPreposition() const
{
    static const AsciiWordSet preps(prepositions());
    // A word of ASCII letters is one run: in the set exactly when its lower case is.
    return asciiLetters ? !view.isEmpty() && preps.maybeIn(view) : reaction::isPreposition(lowered());
}

QString capitalized(QString role)
{
    // "foreign ministry" as the text spells it reads "Foreign Ministry" as a role;
    // a name the text already capitalises is kept as given.
    for (const QChar c : role) {
        if (c.isUpper())
            return role;
    }
    static const QStringList small{QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("for"), QStringLiteral("the")};
    QStringList words = role.split(QLatin1Char(' '));
    for (QString &w : words) {
        if (!w.isEmpty() && !small.contains(w))
            w[0] = w.at(0).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

QString withoutAudience(const QString &region)
{
    static const AsciiWordSet sayingWords{"told", "telling", "tells", "speaking", "spoke", "briefed", "briefing"};
    if (!sayingWords.maybeIn(region))
        return region;
    static const QRegularExpression audience = ci(
        "\\b(?:told|tells|telling|briefed|briefing|(?:speaking|spoke|talking|talked)\\s+to)\\s+(?:the\\s+|a\\s+|local\\s+|foreign\\s+)?"
        "(?:reporters|journalists|media|press|newspaper)\\b");
    QString out = region;
    for (auto it = audience.globalMatch(region); it.hasNext();) {
        const auto m = it.next();
        out.replace(int(m.capturedStart()), int(m.capturedLength()), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    return out;
}

} // namespace atlas::reaction
