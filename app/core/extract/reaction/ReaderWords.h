#pragma once
// The reaction sentence reader's word helpers: the word before a position, runs
// of coordinated countries, an office's capitalisation, the audience of a saying.
// They read text only and know nothing of SentenceReader; they sit apart so that
// its two halves (ReactionSentenceReader.cpp reads triggers and quotes,
// reaction/ActorGroups.cpp turns actor mentions into actors) share one copy.
// Internal to the reaction extractor; offsets index the text they are given.
#include "extract/ActorLexicon.h"
#include "extract/reaction/WordChecks.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace atlas::reaction {

// Longer "sentences" are blobs, not prose (ReactionExtractor skips them too).
constexpr int kMaxSentenceRead = 3000;

// A case-insensitive pattern with Unicode properties, optimised once.
QRegularExpression ci(const char *pattern);

inline bool isCountryKind(const ActorMention &m)
{
    return m.kind == ActorMention::Country || m.kind == ActorMention::Demonym || m.kind == ActorMention::Metonym;
}

// Coordinated runs of two or more countries in a sentence ("South Korea, Japan,
// and the U.S."), before `before`. North Korea, the target, and organisations
// are never among "the allies".
// *firstStarts, when given, gets where each returned list begins.
QVector<QStringList> countryLists(const QString &s, const QVector<ActorMention> &mentions, int before,
                                  QVector<int> *firstStarts = nullptr);

// The word before pos (letters, digits and hyphens, after skipping what is
// neither), without copying it: where it is, and whether it is ASCII letters
// only. Then comparing it with a lower-case word ignoring ASCII case is
// comparing its lower-cased copy with that word; any other word is compared
// through the copy.
struct PrevWord {
    QStringView view;
    int start = 0;
    bool asciiLetters = false;

    PrevWord(const QString &s, int pos)
    {
        int j = pos;
        while (j > 0 && !s.at(j - 1).isLetterOrNumber())
            --j;
        int i = j;
        while (i > 0 && (s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == QLatin1Char('-')))
            --i;
        start = i;
        view = QStringView(s).mid(i, j - i);
        asciiLetters = true;
        for (const QChar c : view)
            asciiLetters = asciiLetters && isAsciiLetter(c.unicode());
    }
    QString lowered() const { return view.toString().toLower(); }
    bool is(QLatin1String lower) const
    {
        if (!asciiLetters)
            return lowered() == lower;
        if (view.size() != lower.size())
            return false;
        for (qsizetype k = 0; k < view.size(); ++k) {
            if (char(view.at(k).unicode() | 0x20) != lower.at(k))
                return false;
        }
        return true;
    }
    bool isPreposition() const;
};

// The word before pos, lower-cased; its start in *wordStart.
inline QString previousWord(const QString &s, int pos, int *wordStart = nullptr)
{
    const PrevWord w(s, pos);
    if (wordStart)
        *wordStart = w.start;
    return w.lowered();
}

// "foreign ministry" as the text spells it reads "Foreign Ministry" as a role.
QString capitalized(QString role);

// The region before a verb without the audience of a saying: "told reporters
// Tokyo had lodged a protest" is said by an official, and the reporters it was
// told to are no speakers (the non-actor words would otherwise drop it).
QString withoutAudience(const QString &region);

} // namespace atlas::reaction
