#include "extract/launch/ForeignFirings.h"

#include <algorithm>

namespace atlas::launch {

namespace {

// Only a few short words may stand between the cue and the missile it fires
// ("test-fired the", "a test-firing of its", "launched an unarmed"), or between a
// modifier and its launch noun ("the Hyunmoo-5 'monster missile' test"): no
// clause mark and at most two words ("THAAD battery tracked the launch" is
// another clause's subject); between a verb's subject and the verb, `maxWords`
// ("a Sineva ballistic missile was launched": four).
bool fewWordsBetween(QStringView between, int maxLength, int maxWords = 2)
{
    if (between.size() > maxLength)
        return false;
    int words = 0;
    bool in = false;
    for (QChar c : between) {
        if (c == u',' || c == u'.' || c == u';' || c == u':' || c == u'(')
            return false;
        const bool letter = c.isLetterOrNumber() || c == u'-';
        words += letter && !in;
        in = letter;
    }
    return words <= maxWords;
}

// "Iskander-type", "Tomahawk-style", "Patriot-evading": the name is the first
// half of a compound that likens or sets against it the North's own missile
// (not "Hyunmoo-series", which is the family itself).
bool compoundModifier(const QString &text, const LexiconHit &h)
{
    if (h.end + 1 >= text.size() || text.at(h.end) != u'-')
        return false;
    qsizetype e = h.end + 1;
    while (e < text.size() && text.at(e).isLetter())
        ++e;
    const QStringView second = QStringView(text).mid(h.end + 1, e - h.end - 1);
    for (const char *w : {"type", "like", "style", "esque", "class", "evading", "derived", "based", "inspired", "lookalike", "copy"}) {
        if (second.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool dropForeignFirings(const QString &text, const Sentence &sentence, const MissileLexicon &lexicon, QVector<LaunchCue> *cues)
{
    // Each cue's own few words only: a name that starts at most kObject units
    // after it (its object, after a determiner), for a launch noun one that
    // ends at most kModifier units before it, for a verb its subject's, at most
    // kSubject before; the regex runs only where a word
    // there opens like a foreign name.
    constexpr int kObject = 12, kModifier = 24, kSubject = 44, kLongestName = 24;
    const auto before = cues->size();
    cues->erase(std::remove_if(cues->begin(), cues->end(),
                               [&](const LaunchCue &cue) {
                                   const bool after = lexicon.mayNameForeign(text, cue.end, std::min(sentence.end, cue.end + kObject + 1));
                                   const int modifiersFrom = std::max(sentence.start, cue.start - (cue.verb ? kSubject : kModifier) - kLongestName);
                                   // (A verb's subject, asked of every firing verb, only as a name
                                   // is written: capitalised.)
                                   const bool modifier = lexicon.mayNameForeign(text, modifiersFrom, cue.start, cue.verb);
                                   if (!after && !modifier)
                                       return false;
                                   const int from = modifier ? modifiersFrom : cue.end;
                                   const int to = std::min(sentence.end, cue.end + kObject + kLongestName);
                                   for (const LexiconHit &h : lexicon.foreignDesignations(text, from, to)) {
                                       if (compoundModifier(text, h))
                                           continue;
                                       // The object: "test-fired the Hyunmoo-5", "the test-firing of its Hyunmoo-5".
                                       if (h.start >= cue.end && fewWordsBetween(QStringView(text).mid(cue.end, h.start - cue.end), kObject))
                                           return true;
                                       // A launch noun's modifier: "the Hyunmoo-5 test", "Type-12 test-firing".
                                       if (!cue.verb && h.end <= cue.start
                                           && fewWordsBetween(QStringView(text).mid(h.end, cue.start - h.end), kModifier))
                                           return true;
                                       // A verb's subject: "a Sineva ballistic missile was launched",
                                       // "Tu-95MS strategic bombers also launched cruise missiles".
                                       if (cue.verb && h.end <= cue.start
                                           && fewWordsBetween(QStringView(text).mid(h.end, cue.start - h.end), kSubject, 4))
                                           return true;
                                   }
                                   return false;
                               }),
                cues->end());
    return cues->size() != before;
}

} // namespace atlas::launch
