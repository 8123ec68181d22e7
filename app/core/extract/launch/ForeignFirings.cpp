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
    const QVector<LexiconHit> foreign = lexicon.foreignDesignations(text, sentence.start, sentence.end);
    if (foreign.isEmpty())
        return false;
    const auto before = cues->size();
    cues->erase(std::remove_if(cues->begin(), cues->end(),
                               [&](const LaunchCue &cue) {
                                   for (const LexiconHit &h : foreign) {
                                       // The object: "test-fired the Hyunmoo-5", "the test-firing of its Hyunmoo-5".
                                       if (h.start >= cue.end && onlyDeterminers(QStringView(text).mid(cue.end, h.start - cue.end), 12))
                                           return true;
                                       // A launch noun's modifier: "the Hyunmoo-5 test", "Type-12 test-firing".
                                       if (!cue.verb && h.end <= cue.start
                                           && onlyDeterminers(QStringView(text).mid(h.end, cue.start - h.end), 24))
                                           return true;
                                   }
                                   return false;
                               }),
                cues->end());
    return cues->size() != before;
}

} // namespace atlas::launch
