#include "extract/launch/ForeignFirings.h"

#include <algorithm>

namespace atlas::launch {

namespace {

// Only a determiner, a number or a possessive may stand between the cue and the
// missile it fires ("test-fired the", "a test-firing of its", "launched two"):
// further away, the name is a comparison ("fired a KN-23, a missile like
// Russia's Iskander") or another clause's.
bool onlyDeterminers(QStringView between, int maxLength)
{
    if (between.size() > maxLength)
        return false;
    for (QChar c : between) {
        if (c == u',' || c == u'.' || c == u';' || c == u':' || c == u'(')
            return false;
    }
    return true;
}

} // namespace

bool dropForeignFirings(const QString &text, const Sentence &sentence, const MissileLexicon &lexicon, QVector<LaunchCue> *cues)
{
    // Each cue's own few words only: a name that starts at most kObject units
    // after it (its object, after a determiner), or for a launch noun one that
    // ends at most kModifier units before it; the regex runs only where a word
    // there opens like a foreign name.
    constexpr int kObject = 12, kModifier = 24, kLongestName = 24;
    const auto before = cues->size();
    cues->erase(std::remove_if(cues->begin(), cues->end(),
                               [&](const LaunchCue &cue) {
                                   const bool after = lexicon.mayNameForeign(text, cue.end, std::min(sentence.end, cue.end + kObject + 1));
                                   const int modifiersFrom = std::max(sentence.start, cue.start - kModifier - kLongestName);
                                   const bool modifier = !cue.verb && lexicon.mayNameForeign(text, modifiersFrom, cue.start);
                                   if (!after && !modifier)
                                       return false;
                                   const int from = modifier ? modifiersFrom : cue.end;
                                   const int to = std::min(sentence.end, cue.end + kObject + kLongestName);
                                   for (const LexiconHit &h : lexicon.foreignDesignations(text, from, to)) {
                                       // The object: "test-fired the Hyunmoo-5", "the test-firing of its Hyunmoo-5".
                                       if (h.start >= cue.end && onlyDeterminers(QStringView(text).mid(cue.end, h.start - cue.end), kObject))
                                           return true;
                                       // A launch noun's modifier: "the Hyunmoo-5 test", "Type-12 test-firing".
                                       if (!cue.verb && h.end <= cue.start
                                           && onlyDeterminers(QStringView(text).mid(h.end, cue.start - h.end), kModifier))
                                           return true;
                                   }
                                   return false;
                               }),
                cues->end());
    return cues->size() != before;
}

} // namespace atlas::launch
