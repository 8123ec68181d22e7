#include "extract/reaction/StanceObject.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/TextSearch.h"
#include "extract/reaction/WordChecks.h"

#include <QSet>
#include <algorithm>

namespace atlas::reaction {

namespace {

bool isWordChar(QChar c) { return c.isLetter() || c == QLatin1Char('-'); }

// Lower-case ASCII copy of a short word, for the small sets below.
QString lowerWord(QStringView w) { return w.toString().toLower(); }

} // namespace

namespace {

// The marks that end the object of a stance verb.
bool endsObject(QChar c)
{
    switch (c.unicode()) {
    case u',': case u';': case u':': case u'!': case u'?': case u'"': case u'(': case u')':
    case u'\u201C': case u'\u201D': case u'\u2014': case u'\u2013':
        return true;
    default:
        return false;
    }
}

// Words that end the object of a stance verb: another phrase begins. Compared
// as the lower-cased word would be, without a copy: the stops are ASCII
// letters, and a word with anything else cannot lower-case to one of them
// (U+212A lower-cases to "k", which no stop holds).
bool isObjectStop(QStringView w)
{
    static const AsciiWordSet stops{"as",     "for",     "which",  "that",      "who",   "while",  "when",
                                    "during", "amid",    "after",  "before",    "because", "saying", "calling",
                                    "adding", "since",   "but",    "following", "in",    "on"};
    for (const QChar c : w) {
        const char16_t u = c.unicode();
        if (char16_t((u | 0x20) - 'a') >= 26)
            return false;
    }
    return stops.maybeIn(w);
}

} // namespace

QStringView objectAfter(const QString &s, int triggerEnd)
{
    const int limit = std::min<int>(int(s.size()), triggerEnd + 90);
    int i = triggerEnd;
    int end = triggerEnd;
    while (i < limit) {
        const QChar c = s.at(i);
        if (endsObject(c))
            break;
        // A full stop ends the object, the one of "U.S. sanctions" does not.
        if (c == QLatin1Char('.') && !(i + 2 < s.size() && s.at(i + 1) == QLatin1Char(' ') && s.at(i + 2).isLower())
            && !(i + 1 < s.size() && s.at(i + 1).isLetter()))
            break;
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        int j = i;
        while (j < limit && isWordChar(s.at(j)))
            ++j;
        // "over", "about", "at" lead the object of a concern; they do not end it.
        if (isObjectStop(QStringView(s).mid(i, j - i)))
            break;
        // "condemned it and expressed concern about ...": a second verb, with its own object.
        if (j - i == 3 && QStringView(s).mid(i, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            int k = j;
            while (k < s.size() && s.at(k) == QLatin1Char(' '))
                ++k;
            int l = k;
            while (l < s.size() && s.at(l).isLetter())
                ++l;
            if (l - k > 3 && s.at(k).isLower() && QStringView(s).mid(k, l - k).endsWith(QLatin1String("ed")))
                break;
        }
        end = j;
        i = j;
    }
    return QStringView(s).mid(triggerEnd, end - triggerEnd);
}

namespace {
const AsciiWordSet &launchWords()
{
    static const AsciiWordSet launch{"launch",      "launches",  "launched", "launching",   "missile",
                                     "missiles",    "test",      "tests",    "firing",      "firings",
                                     "projectile",  "projectiles", "rocket", "rockets",     "icbm",
                                     "icbms",       "ballistic", "satellite", "provocation", "provocations"};
    return launch;
}
} // namespace

bool namesLaunch(QStringView phrase) { return launchWords().maybeIn(phrase); }

bool namesOtherMatter(QStringView phrase)
{
    static const AsciiWordSet other{"drill",     "drills",     "exercise", "exercises", "manoeuvre",
                                    "manoeuvres", "maneuver",  "maneuvers", "wargames", "sanction", "sanctions",
                                    // history: textbooks, shrines, the wartime and colonial past
                                    "history", "historical", "colonial", "wartime", "textbook", "textbooks", "shrine",
                                    // ties between other countries ("the growing military cooperation
                                    // between Moscow and Pyongyang")
                                    "cooperation", "ties", "partnership", "collaboration", "alignment",
                                    // an official's visit ("denounced the visit as a reckless show of force")
                                    "visit", "visits", "trip", "trips", "tour"};
    return other.maybeIn(phrase) && !launchWords().maybeIn(phrase);
}

bool namesKnownExercise(QStringView object, QStringView text)
{
    // The name: capitalised words at the start of the object, after "the".
    qsizetype i = 0;
    while (i < object.size() && object.at(i).isSpace())
        ++i;
    if (object.mid(i).startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        i += 4;
    const qsizetype nameStart = i;
    qsizetype nameEnd = i;
    for (int words = 0; words < 4 && i < object.size() && object.at(i).isUpper(); ++words) {
        while (i < object.size() && isWordChar(object.at(i)))
            ++i;
        nameEnd = i;
        while (i < object.size() && object.at(i) == QLatin1Char(' '))
            ++i;
    }
    const QStringView name = object.mid(nameStart, nameEnd - nameStart);
    // A country or a leader is an actor's name, not an exercise's: those are
    // never called drills below, so only the search costs.
    if (name.size() < 3 || namesLaunch(name))
        return false;
    static const AsciiWordSet exerciseWords{"drill", "drills", "exercise", "exercises", "manoeuvres",
                                            "maneuvers", "wargames", "war-games"};
    int seen = 0;
    for (qsizetype at = text.indexOf(name); at >= 0 && seen < 50; at = text.indexOf(name, at + 1), ++seen) {
        // One of the two words after the name ("Freedom Shield exercise",
        // "Freedom Shield joint drills").
        qsizetype j = at + name.size();
        if (j < text.size() && text.at(j).isLetter())
            continue; // a longer word
        for (int w = 0; w < 2 && j < text.size(); ++w) {
            while (j < text.size() && (text.at(j).isSpace() || text.at(j) == QLatin1Char('"') || text.at(j) == QChar(0x201D)))
                ++j;
            qsizetype k = j;
            while (k < text.size() && isWordChar(text.at(k)))
                ++k;
            if (k == j)
                break;
            if (exerciseWords.maybeIn(text.mid(j, k - j)))
                return true;
            j = k;
        }
    }
    return false;
}

bool theNorthRelativeBefore(QStringView before)
{
    // (Most sentences hold no "North" right before their verb: only those are
    // matched. The pattern allows "the North", an auxiliary and an adverb: 40
    // characters hold them.)
    if (indexOfText(before.right(40), u"the North", 0) < 0)
        return false;
    static const ReaderPattern relative{QRegularExpression(QStringLiteral(
        "(?:\\b(?:a|an|the|its|their|these|those|this|such)\\s+(?:[\\w-]+\\s+){0,3}?(?:that\\s+|which\\s+)?"
        "|(?:,\\s*|\\s)(?:that|which)\\s+)"
        "the\\s+North\\s+(?:(?:has|have|had)\\s+)?(?:(?:also|long|already|repeatedly|[a-z]+ly)\\s+)?$"))};
    return relative.match(before).hasMatch();
}

HeadNoun headNounBefore(const QString &s, int actorStart, int actorEnd, int triggerStart)
{
    HeadNoun none;
    if (actorStart <= 0 || actorEnd > triggerStart)
        return none;
    // Between the actor and the verb: nothing but an auxiliary or an adverb
    // ("North Korea has long denounced").
    static const QSet<QString> between{QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"),
                                       QStringLiteral("also"), QStringLiteral("long"), QStringLiteral("already"),
                                       QStringLiteral("since"), QStringLiteral("then"), QStringLiteral("later")};
    for (int i = actorEnd; i < triggerStart;) {
        if (!isWordChar(s.at(i))) {
            if (!s.at(i).isSpace())
                return none;
            ++i;
            continue;
        }
        int j = i;
        while (j < triggerStart && isWordChar(s.at(j)))
            ++j;
        const QString w = lowerWord(QStringView(s).mid(i, j - i));
        if (!between.contains(w) && !w.endsWith(QLatin1String("ly")))
            return none;
        i = j;
    }
    // Words before the actor, last first.
    static const QSet<QString> determiners{QStringLiteral("a"),    QStringLiteral("an"),    QStringLiteral("the"),
                                           QStringLiteral("its"),  QStringLiteral("their"), QStringLiteral("these"),
                                           QStringLiteral("those"), QStringLiteral("this"), QStringLiteral("such")};
    // Words that cannot be part of the noun phrase an object clause hangs on.
    static const QSet<QString> stops{
        QStringLiteral("of"),    QStringLiteral("for"),   QStringLiteral("to"),    QStringLiteral("in"),
        QStringLiteral("on"),    QStringLiteral("at"),    QStringLiteral("by"),    QStringLiteral("from"),
        QStringLiteral("with"),  QStringLiteral("and"),   QStringLiteral("or"),    QStringLiteral("but"),
        QStringLiteral("said"),  QStringLiteral("says"),  QStringLiteral("told"),  QStringLiteral("as"),
        QStringLiteral("after"), QStringLiteral("while"), QStringLiteral("when"),  QStringLiteral("where"),
        QStringLiteral("who"),   QStringLiteral("is"),    QStringLiteral("was"),   QStringLiteral("are"),
        QStringLiteral("were"),  QStringLiteral("has"),   QStringLiteral("have"),  QStringLiteral("had")};
    int pos = actorStart;
    auto previous = [&](int *wordStart) -> QString {
        int j = pos;
        while (j > 0 && s.at(j - 1).isSpace())
            --j;
        int i = j;
        while (i > 0 && isWordChar(s.at(i - 1)))
            --i;
        *wordStart = i;
        return i < j ? s.mid(i, j - i) : QString();
    };
    int ws = 0;
    QString w = previous(&ws);
    bool relative = false;
    if (w == QLatin1String("that") || w == QLatin1String("which")) {
        relative = true;
        pos = ws;
        // "the drills, which Pyongyang condemned": the comma before "which".
        while (pos > 0 && s.at(pos - 1).isSpace())
            --pos;
        if (w == QLatin1String("which") && pos > 0 && s.at(pos - 1) == QLatin1Char(','))
            --pos;
        w = previous(&ws);
    }
    int nouns = 0;
    int nounEnd = -1;
    while (!w.isEmpty() && nouns < 5) {
        if (determiners.contains(w.toLower()))
            break; // "The joint drills, which ..." starts a sentence
        if (!w.at(0).isLower())
            return none; // a name: the actor's own
        if (stops.contains(w))
            return none;
        if (nounEnd < 0)
            nounEnd = pos;
        ++nouns;
        pos = ws;
        w = previous(&ws);
    }
    if (nouns == 0 || nouns > 4)
        return none;
    // ", exercises Pyongyang condemned": a bare plural after a comma needs no article.
    const bool bare = !determiners.contains(w.toLower());
    if (bare && relative)
        return none;
    const int detStart = bare ? pos : ws;
    if (!relative) {
        // Without "that"/"which": an apposition after a comma or a dash.
        int k = detStart;
        while (k > 0 && s.at(k - 1).isSpace())
            --k;
        if (k == 0 || !QStringLiteral(",\u2014\u2013").contains(s.at(k - 1)))
            return none;
    }
    int end = nounEnd;
    while (end > detStart && s.at(end - 1).isSpace())
        --end;
    return {true, detStart, end};
}

} // namespace atlas::reaction
