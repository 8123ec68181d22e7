#include "extract/reaction/FollowingQuote.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/SpeakerWords.h"

#include <QRegularExpression>

namespace atlas::reaction {

namespace {

// The speaker words: a surname (with a title), a pronoun, "the statement".
// Whether word is a whole word of text.
bool holdsWord(QStringView text, QStringView word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return true;
    }
    return false;
}

SpeaksAgain isSpeaker(QStringView words, QStringView surname, QStringView subjectWords)
{
    while (words.endsWith(QLatin1Char('.'))) // the sentence's stop, read with the name
        words.chop(1);
    static const ReaderPattern pronoun{QRegularExpression(QStringLiteral(
        "^(?:he|she|they|the\\s+(?:statement|release|readout|communiqu\u00E9|communique|post|message|ministry|office|spokes(?:man|woman|person)))$"),
        QRegularExpression::CaseInsensitiveOption)};
    if (pronoun.match(words).hasMatch() || isReferringSpeaker(words))
        return SpeaksAgain::Referring;
    if (surname.isEmpty()) {
        // A capitalised last word the stance's subject holds.
        const QStringView last = words.mid(words.lastIndexOf(QLatin1Char(' ')) + 1);
        return last.size() >= 2 && last.front().isUpper() && holdsWord(subjectWords, last) ? SpeaksAgain::Named : SpeaksAgain::No;
    }
    if (surname.size() < 2)
        return SpeaksAgain::No;
    // "Mr. Kihara", "Kihara", "Foreign Minister Kihara": ends with the surname.
    if (!words.endsWith(surname))
        return SpeaksAgain::No;
    const qsizetype at = words.size() - surname.size();
    return at == 0 || words.at(at - 1).isSpace() ? SpeaksAgain::Named : SpeaksAgain::No;
}

} // namespace

SpeaksAgain speaksAgain(QStringView before, QStringView after, QStringView surname, QStringView subjectWords)
{
    // After the quotation: '," Mr. Kihara said.', '," said Kihara.', '," he added.'
    static const ReaderPattern speakerFirst{QRegularExpression(QStringLiteral(
        "^[\\s,.]*((?:[\\p{L}.'\u2019-]+\\s+){0,3}?[\\p{L}.'\u2019-]+)\\s+(?:said|says|added|adds|stated|wrote|told\\s+[\\w-]+)\\s*(?:[.,;:]|$)"))};
    static const ReaderPattern verbFirst{QRegularExpression(QStringLiteral(
        "^[\\s,.]*(?:said|says|added|adds|stated|wrote)\\s+((?:[\\p{L}.'\u2019-]+\\s+){0,3}?[\\p{L}.'\u2019-]+)\\s*(?:[.,;:]|$)"))};
    // Before it: 'Mr. Kihara said: "', 'She added, "'.
    static const ReaderPattern speakerBefore{QRegularExpression(QStringLiteral(
        "^\\s*((?:[\\p{L}.'\u2019-]+\\s+){0,3}?[\\p{L}.'\u2019-]+)\\s+(?:said|says|added|adds|stated|wrote|told\\s+[\\w-]+)\\s*[:,]?\\s*$"))};
    if (!after.trimmed().isEmpty()) {
        RegexMatch m = speakerFirst.match(after);
        if (!m.hasMatch())
            m = verbFirst.match(after);
        if (m.hasMatch())
            return isSpeaker(m.capturedView(1), surname, subjectWords);
    }
    if (!before.trimmed().isEmpty()) {
        const RegexMatch m = speakerBefore.match(before);
        if (m.hasMatch())
            return isSpeaker(m.capturedView(1), surname, subjectWords);
    }
    return SpeaksAgain::No;
}

} // namespace atlas::reaction
