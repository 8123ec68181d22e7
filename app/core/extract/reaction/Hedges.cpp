// Whether the words before a stance trigger hedge it: a modal, a negation, a
// plan or a hope ("is likely to condemn", "did not condemn"), an infinitive
// without a verb of doing it, or a conditional clause; and the two cases where
// "will" / "would" state a policy instead (see Hedges.h).
#include "extract/reaction/Hedges.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/WordChecks.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace atlas {

namespace {
QRegularExpression ci(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}
} // namespace

namespace {
// "said sanctions would not solve the problem and called on all parties ...": a
// verb in the past or with -s is a verb of its own, which a modal or a "not"
// before an "and" cannot govern ("would ... and call" it could). Where the hedge
// words may start for the trigger at triggerStart: after that "and".
int ownVerbFrom(const QString &sentence, int from, int triggerStart)
{
    int e = triggerStart;
    while (e < sentence.size() && sentence.at(e).isLetter())
        ++e;
    const QStringView verb = QStringView(sentence).mid(triggerStart, e - triggerStart);
    const bool finite = verb.endsWith(QLatin1String("ed"), Qt::CaseInsensitive)
                        || (verb.endsWith(QLatin1Char('s'), Qt::CaseInsensitive) && !verb.endsWith(QLatin1String("ss"), Qt::CaseInsensitive));
    if (!finite)
        return from;
    const QStringView before = QStringView(sentence).mid(from, triggerStart - from);
    int cut = from;
    for (const char *joint : {" and ", " but "}) {
        const qsizetype at = before.lastIndexOf(QLatin1String(joint));
        if (at >= 0)
            cut = std::max(cut, from + int(at) + int(std::strlen(joint)));
    }
    return cut;
}
} // namespace

namespace {
// Whether the word opening `words` has no ending of a finite verb (-ed, -s, -ing):
// "urge", "condemn", "call".
bool isBareVerb(QStringView words)
{
    qsizetype n = 0;
    while (n < words.size() && words.at(n).isLetter())
        ++n;
    const QStringView w = words.left(n);
    return n >= 3 && !w.endsWith(QLatin1String("ed"), Qt::CaseInsensitive) && !w.endsWith(u's', Qt::CaseInsensitive)
        && !w.endsWith(QLatin1String("ing"), Qt::CaseInsensitive);
}

// The hedge or the infinitive right before a trigger, in before (its words up to
// the trigger).
bool hedgedBefore(QStringView before)
{
    // Case-sensitive on purpose: "In May" is a month, "may" a hedge.
    static const reaction::ReaderPattern hedge{QRegularExpression(QStringLiteral(
        "\\b(?:may|might|could|would|will|shall|should|must|can|cannot|likely|unlikely|expected|poised|set\\s+to|"
        "plans?\\s+to|planning|intends?|intending|wants?\\s+to|hopes?\\s+to|ready\\s+to|going\\s+to|is\\s+to|are\\s+to|"
        "yet\\s+to|about\\s+to|not|never|no\\s+longer|refused|refuses|declined|declines|failed|fails|"
        "without|rather\\s+than|instead\\s+of|reportedly|declining|refusing)\\s+(?:\\w+\\s+){0,4}$|n't\\s+(?:\\w+\\s+){0,1}$|\\bas\\s+$"
        // Holding back: "refrained from criticising", "stopped short of condemning",
        // "avoided criticizing" (right before the verb: "urged it to refrain from
        // provocations and condemned ..." still condemns).
        "|\\b(?:refrain(?:s|ed|ing)?\\s+from|stop(?:s|ped|ping)?\\s+short\\s+of|avoid(?:s|ed|ing)?)\\s+(?:\\w+ly\\s+)?$"))};
    // Each pattern needs one of its words first (reaction/WordChecks.h).
    static const reaction::AsciiWordSet hedgeWords{
        "may", "might", "could", "would", "will", "shall", "should", "must", "can", "cannot", "likely", "unlikely",
        "expected", "poised", "set", "plan", "plans", "planning", "intend", "intends", "intending", "want", "wants",
        "hope", "hopes", "ready", "going", "is", "are", "yet", "about", "not", "never", "no", "refused", "refuses",
        "declined", "declines", "failed", "fails", "without", "rather", "instead", "reportedly", "as", "declining",
        "refusing", "refrain", "refrains", "refrained", "refraining", "stop", "stops", "stopped", "stopping", "avoid",
        "avoids", "avoided", "avoiding"};
    if ((hedgeWords.maybeIn(before) || reaction::containsLatin1(before, "n't")) && hedge.match(before).hasMatch())
        return true;
    // A habit, not this launch's reaction: "has in the past called on Pyongyang",
    // "on previous occasions urged", "in previous years criticized".
    for (const char *habit : {"in the past ", "on previous occasions ", "in previous years "})
        if (reaction::containsLatin1(before, habit))
            return true;
    // An infinitive ("to condemn") is a reaction only after a verb of doing it.
    static const reaction::ReaderPattern infinitive = ci("\\bto\\s+(?:\\w+ly\\s+)?$");
    static const reaction::ReaderPattern doing = ci(
        "\\b(?:met|meet|meets|gathered|convened|agreed|pledged|vowed|moved|rushed|hastened|continued|continues|"
        "continue|sought|went\\s+on|took\\s+steps|came\\s+together)\\s+to\\s+(?:\\w+ly\\s+)?$");
    static const reaction::AsciiWordSet toWord{"to"};
    return toWord.maybeIn(before) && infinitive.match(before).hasMatch() && !doing.match(before).hasMatch();
}
} // namespace

bool isHedged(const QString &sentence, int clauseStart, int triggerStart)
{
    const int from = std::max(clauseStart, triggerStart - 60);
    if (hedgedBefore(QStringView(sentence).mid(from, triggerStart - from))) {
        // (Both patterns end at the trigger: a hedge in the words after an "and"
        // is one in all of them, so only a hedged trigger needs the second look.)
        const int own = ownVerbFrom(sentence, from, triggerStart);
        if (own == from || hedgedBefore(QStringView(sentence).mid(own, triggerStart - own)))
            return true;
    }
    // "will likely call the launch destabilizing and urge restraint": a verb in its
    // bare form right after "and" is the same modal's (a finite "condemned" or
    // "urges" is a clause of its own).
    if (QStringView(sentence).mid(from, triggerStart - from).endsWith(QLatin1String(" and "))
        && isBareVerb(QStringView(sentence).mid(triggerStart))) {
        static const reaction::ReaderPattern modal{QRegularExpression(QStringLiteral(
            "\\b(?:will|would|may|might|could|should|likely|expected\\s+to|set\\s+to|poised\\s+to)\\s+(?:[a-z]+ly\\s+)?[a-z]+\\b"))};
        // (From the sentence's words before the clause the reader cut: the subject
        // and its modal may lie before it.)
        const int modalFrom = std::max(0, triggerStart - 120);
        const QStringView lead = QStringView(sentence).mid(modalFrom, triggerStart - modalFrom);
        // (In the trigger's own clause: "Leaders ..., who will meet next week, condemn
        // the launch and urge ..." hedge nothing.)
        qsizetype m = -1; // where the last modal starts
        for (qsizetype at = 0; at < lead.size();) {
            const RegexMatch r = modal.match(lead.mid(at));
            if (!r.hasMatch())
                break;
            m = at + r.capturedStart();
            at = at + std::max<qsizetype>(r.capturedEnd(), 1);
        }
        if (m >= 0 && !lead.mid(m).contains(u',') && ownVerbFrom(sentence, modalFrom + int(m), triggerStart - 5) == modalFrom + int(m))
            return true;
    }
    // A conditional or question clause.
    static const reaction::ReaderPattern conditional = ci("\\b(?:if|whether|unless|should\\s+it)\\b");
    static const reaction::AsciiWordSet conditionalWords{"if", "whether", "unless", "should"};
    const QStringView clause = QStringView(sentence).mid(clauseStart, triggerStart - clauseStart);
    return conditionalWords.maybeIn(clause) && conditional.match(clause).hasMatch();
}

// "will continue to work closely with", "would keep its doors open for dialogue":
// a government saying what it keeps doing states a policy; "will" and "would"
// there are no speculation (the hedge test reads them so everywhere else).
bool isStatedContinuation(const QString &sentence, int clauseStart, int triggerStart)
{
    const int from = std::max(clauseStart, triggerStart - 60);
    const QStringView before = QStringView(sentence).mid(from, triggerStart - from);
    static const reaction::AsciiWordSet keepWords{"continue", "keep", "remain", "stay"};
    if (!keepWords.maybeIn(before))
        return false;
    static const reaction::ReaderPattern continuation{QRegularExpression(QStringLiteral(
        "\\b(?:will|would|shall)\\s+(?:\\w+ly\\s+)?(?:continue|keep|remain|stay)\\s+"
        "(?:to\\s+)?(?:[\\w\u2019'-]+\\s+){0,3}[\"\u201C]?$"))};
    return continuation.match(before).hasMatch();
}

bool isMannerOfCooperation(const QString &sentence, int triggerStart)
{
    const QStringView trigger = QStringView(sentence).mid(triggerStart, 24);
    // ("in close cooperation with" starts at "close": "closely" and "close" both.)
    if (trigger.startsWith(QLatin1String("close"), Qt::CaseInsensitive))
        return true;
    // "would work closely with", "will coordinate closely with": the verb first.
    static const reaction::ReaderPattern verbFirst = ci("^(?:consult|coordinat|work|cooperat|collaborat)\\w*\\s+closely\\b");
    return verbFirst.match(trigger).hasMatch();
}

bool isPledgedCooperation(const QString &sentence, int clauseStart, int triggerStart)
{
    if (!isMannerOfCooperation(sentence, triggerStart))
        return false;
    const int from = std::max(clauseStart, triggerStart - 60);
    QString before = sentence.mid(from, triggerStart - from);
    static const QRegularExpression pledge(QStringLiteral("\\b(?:will|would|shall)\\b")); // (also replaced below: Qt)
    if (!pledge.match(before).hasMatch())
        return false;
    static const reaction::ReaderPattern doubt = ci("\\b(?:probably|possibly|perhaps|likely|unlikely|reportedly|not|never)\\b|n't\\b");
    if (doubt.match(before).hasMatch())
        return false;
    // Any other hedge still counts: "may", "could", "is expected to", "if".
    before.replace(pledge, QStringLiteral("xxxx"));
    static const reaction::ReaderPattern conditional = ci("\\b(?:if|whether|unless)\\b");
    return !hedgedBefore(QStringView(before)) && !conditional.match(QStringView(sentence).mid(clauseStart, triggerStart - clauseStart)).hasMatch();
}

} // namespace atlas
