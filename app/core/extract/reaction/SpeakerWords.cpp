#include "extract/reaction/SpeakerWords.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"

#include <QRegularExpression>

namespace atlas::reaction {

int committedToFrom(QStringView region)
{
    // Only regions with the noun pay for the pattern.
    static const AsciiWordSet nouns{"commitment", "commitments", "obligation", "obligations",
                                    "guarantee",  "guarantees",  "pledge",     "pledges"};
    if (!nouns.maybeIn(region))
        return -1;
    static const ReaderPattern objects = ci(
        "\\b(?:commitments?|obligations?|guarantees?|pledges?)\\s+to\\s+(?:the\\s+)?"
        "(?:(?:defen[cs]e|security|protection)\\s+of\\s+)?");
    const auto m = objects.match(region);
    return m.hasMatch() ? int(m.capturedEnd()) : -1;
}

FirstPerson firstPersonSubject(QStringView region)
{
    // (A quoted sentence opens with its mark: "\"We call on ...")
    qsizetype i = 0;
    while (i < region.size()
           && (region.at(i).isSpace() || region.at(i) == QLatin1Char('"') || region.at(i) == QChar(0x201C)))
        ++i;
    const QStringView rest = region.mid(i);
    // "We remain committed to diplomacy, and we call on the DPRK ...": a later
    // clause of the same speaker, joined by a comma or semicolon.
    auto joinedClause = [region]() -> FirstPerson {
        static const ReaderPattern joined{QRegularExpression(QStringLiteral(
            "(?:^|[,;])\\s*(?:and\\s+|but\\s+)?(we)(?:\\s+(?:have|will|would|shall|do|must|can|should))?"
            "(?:\\s+(?:again|also|always|further|therefore|jointly|[a-z]+ly))?\\s*$"))};
        if (!region.contains(QLatin1String("we")))
            return {};
        const auto j = joined.match(region);
        return j.hasMatch() ? FirstPerson{true, int(j.capturedStart(1)), int(j.capturedEnd(1))} : FirstPerson{};
    };
    if (!rest.startsWith(QLatin1String("We")) && !rest.startsWith(QLatin1String("Our ")))
        return joinedClause();
    // "We", "We again", "We strongly", "Our government": the pronoun and at most
    // an auxiliary and an adverb, or one noun; "We said Japan ..." has its own subject after it.
    static const ReaderPattern only{QRegularExpression(QStringLiteral(
        // ("We have always called for ...", "We will again urge": an auxiliary first.)
        // ("We continue to call on the DPRK ...": the same speaker, still saying it.)
        "^(?:(We)(?:\\s+(?:have|had|will|would|shall|do|did|must|can|could|should))?"
        "(?:\\s+(?:again|also|always|once\\s+again|further|therefore|jointly|[a-z]+ly))?(?:\\s+continue\\s+to)?"
        // ("Our military strongly condemns", "Our government will firmly respond".)
        "|(Our)\\s+[a-z]+(?:\\s+(?:has|have|had|will|would|shall|does|did|must|can|could|should))?"
        "(?:\\s+(?:again|also|always|once\\s+again|further|therefore|jointly|[a-z]+ly))?"
        // "Our commitment to the defense of Japan remains ironclad": what is
        // committed to is the object, and "Our" the speaker.
        "|(Our)\\s+(?:[a-z-]+\\s+)?(?:commitments?|obligations?|pledges?|guarantees?)\\s+to\\b[^.;!?]*?)\\s*$"))};
    const auto m = only.match(rest);
    if (!m.hasMatch())
        return joinedClause();
    const int g = m.capturedStart(1) >= 0 ? 1 : (m.capturedStart(2) >= 0 ? 2 : 3);
    return {true, int(i + m.capturedStart(g)), int(i + m.capturedEnd(g))};
}

int opensInFirstPerson(QStringView sentence)
{
    // (A numbered or bulleted item's marker is not in the sentence: the splitter
    // steps over "3. " and "- ". A lettered one is: "(a) We ...", "b) Our ...".
    // Read by hand: asked of every stance of a press release.)
    const qsizetype n = sentence.size();
    qsizetype i = 0;
    while (i < n && sentence.at(i).isSpace())
        ++i;
    if (i + 2 < n && sentence.at(i) == u'(' && sentence.at(i + 1).isLower() && sentence.at(i + 2) == u')')
        i += 3;
    else if (i + 1 < n && sentence.at(i).isLower() && sentence.at(i + 1) == u')')
        i += 2;
    while (i < n && sentence.at(i).isSpace())
        ++i;
    const QStringView rest = sentence.mid(i);
    const bool we = rest.startsWith(QLatin1String("We")) && rest.size() > 2 && rest.at(2).isSpace();
    const bool our = rest.startsWith(QLatin1String("Our")) && rest.size() > 3 && rest.at(3).isSpace();
    return we || our ? int(i) : -1;
}

bool isReferringSpeaker(QStringView text)
{
    static const ReaderPattern noun = ci(
        "^\\s*(?:the|a|an)\\s+(?:(?:senior|foreign|ministry|foreign\\s+ministry|defen[cs]e|government)\\s+)?"
        "(?:diplomat|spokesperson|spokeswoman|spokesman|minister|official|envoy|ambassador|secretary|representative|delegate)\\s*$");
    // ""We condemn this launch," he said": the pronoun, too.
    static const ReaderPattern pronoun = ci("^\\s*(?:he|she)\\s*$");
    return noun.match(text).hasMatch() || pronoun.match(text).hasMatch();
}

bool isBareOfficeSpeaker(QStringView text)
{
    static const ReaderPattern speaker{QRegularExpression(QStringLiteral(
        "^\\s*(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:(?i:ministry|foreign|defen[cs]e|unification|government|presidential)\\s+){1,2}"
        "(?i:spokesperson|spokeswoman|spokesman|official)"
        "(?:\\s+\\p{Lu}[\\p{L}'\u2019]*(?:[\\s-]\\p{Lu}?[\\p{L}'\u2019]+){0,2})?\\s*$"))};
    return speaker.match(text).hasMatch();
}

bool isAttendeeSubject(QStringView region)
{
    static const AsciiWordSet words{"participants", "attendees", "those"};
    if (!words.maybeIn(region))
        return false;
    static const ReaderPattern attendees = ci(
        "^[\\s\"\u201C]*(?:the\\s+)?(?:participants|attendees|those\\s+present|those\\s+attending)"
        "(?:\\s+(?:also|again|then|[a-z]+ly))?[\\s\"\u201C]*$");
    return attendees.match(region).hasMatch();
}

} // namespace atlas::reaction

namespace atlas::reaction {

bool namesFirstPersonGroup(QStringView region)
{
    // (Case-sensitive: "We" opens the clause; a paragraph number or a mark may come first.)
    static const ReaderPattern opening{QRegularExpression(QStringLiteral(
        "^[\\s\"\u201C]*(?:\\(?\\d{1,2}[.)]\\s+)?We\\s*,\\s+the\\s"))};
    return region.size() > 8 && opening.match(region).hasMatch();
}

QStringView familyName(const QString &person, const QString &country)
{
    const bool familyFirst = country == QLatin1String("South Korea") || country == QLatin1String("North Korea")
                             || country == QLatin1String("China");
    const qsizetype space = familyFirst ? person.indexOf(QLatin1Char(' ')) : person.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return QStringView(person);
    return familyFirst ? QStringView(person).left(space) : QStringView(person).mid(space + 1);
}

} // namespace atlas::reaction
