// The facts each stretch of a launch sentence tells (see SegmentFields.h).
#include "extract/launch/SegmentFields.h"

#include "extract/LaunchPhrases.h"
#include "extract/QuantityParser.h"

#include "extract/GatedRegex.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace atlas::launch {

using LaunchPhrases::ofAfterLaunchNoun;
using LaunchPhrases::trackedCount;

namespace {

const QStringList &rangeClasses()
{
    static const QStringList classes{QStringLiteral("CRBM"), QStringLiteral("SRBM"), QStringLiteral("MRBM"),
                                     QStringLiteral("IRBM"), QStringLiteral("ICBM")};
    return classes;
}

QString kmText(const Quantity &q) { return QString::number(q.value, 'f', 0) + QStringLiteral(" km"); }

} // namespace

void readSegmentFields(MentionBuilder &build, const LaunchFieldFinder &fields, const TemporalTagger &tagger,
                       const Sentence &s, int si, const SentenceCues &sc, quint32 sentenceWords,
                       const StemTrie::Starts &classAnchors, const QVector<Segment> &segments,
                       QVector<int> &sentenceLaunch)
{
    const QString &text = build.text();
    QVector<LaunchMention> &ms = build.ms;
    QSet<int> &definiteCount = build.definiteCount;
    QVector<bool> &unnamedSea = build.unnamedSea;
    QString &lastSea = build.lastSea;
    int &lastSeaOf = build.lastSeaOf;
    bool anyVerb = false;
    for (const LaunchCue &c : sc.cues)
        anyVerb = anyVerb || c.verb;
    for (int g = 0; g < segments.size(); ++g) {
        const Segment &seg = segments.at(g);
        if (seg.mention < 0)
            continue;
        const int a = seg.start;
        const int b = g + 1 < segments.size() ? segments.at(g + 1).start : s.end;
        LaunchMention &m = ms[seg.mention];
        sentenceLaunch[si] = seg.mention;
        // Which finders can match at all (one cheap pass over the words).
        const quint32 words = segments.size() == 1 ? sentenceWords : LaunchCueFinder::wordClasses(text, a, b);

        if (m.claimant.isEmpty() && (sentenceWords & LaunchCueFinder::Claim)
            && LaunchFieldFinder::mayNameClaimant(text, s.start, s.end, sentenceWords)) {
            const ClaimantHit c = fields.claimant(text, s.start, s.end);
            if (!c.who.isEmpty()) {
                m.claimant = c.who;
                build.evidence(m, QStringLiteral("claimant"), c.start, c.end);
            }
        }
        for (const LexiconHit &h : LaunchFieldFinder::mayNameClass(words) ? fields.classes(text, a, b, &classAnchors) : QVector<LexiconHit>()) {
            if (!m.classes.contains(h.value)) {
                if (rangeClasses().contains(h.value)) {
                    for (const QString &c : m.classes) {
                        if (rangeClasses().contains(c))
                            build.conflict(m, QStringLiteral("class"), c, h.value);
                    }
                }
                m.classes << h.value;
            }
            build.evidence(m, QStringLiteral("class"), h.start, h.end);
        }
        for (const LexiconHit &h : (words & LaunchCueFinder::Designation) ? fields.names(text, a, b) : QVector<LexiconHit>()) {
            if (!m.names.contains(h.value))
                m.names << h.value;
            build.evidence(m, QStringLiteral("name"), h.start, h.end);
        }
        // A stated number beats "the missile", here or in a later sentence of the launch.
        // "a test-firing of two types of missiles", "a salvo of several missiles": a
        // number right after a launch noun counts what was fired too.
        auto followsLaunchNoun = [&](const CountMatch &c) {
            for (const LaunchCue &cue : sc.cues) {
                if (!cue.verb && cue.start >= a && c.start - cue.end <= 8 && c.end > cue.end)
                    return true;
                const int of = cue.verb ? -1 : ofAfterLaunchNoun(text, cue.end, b);
                if (of >= 0 && c.start >= of && c.start - of <= 4)
                    return true;
            }
            return false;
        };
        bool nounOf = false; // a launch noun followed by "of" (the only way a noun cue takes a count)
        for (const LaunchCue &cue : sc.cues)
            nounOf = nounOf || (!cue.verb && cue.start >= a && cue.end < b && ofAfterLaunchNoun(text, cue.end, b) >= 0);
        // "a test-fire of strategic cruise missiles ... The two strategic cruise missiles
        // launched flew for 9,455 seconds": a count known only as "at least two" (a bare
        // plural, "several") is made exact by the launch's missiles numbered later.
        const bool openCount = seg.cue && (seg.verbCue || nounOf) && m.count.isKnown() && m.count.max < 0
            && !definiteCount.contains(seg.mention) && QuantityParser::mayNameExactCount(text, a, b);
        if (seg.cue && (seg.verbCue || nounOf) && (!m.count.isKnown() || definiteCount.contains(seg.mention) || openCount)) {
            const auto counts = QuantityParser::counts(text, a, b);
            const CountMatch *pick = nullptr;
            for (const CountMatch &c : counts) {
                if (openCount) {
                    if (c.count.min == c.count.max && c.count.min >= 2 && c.count.min >= m.count.min) {
                        pick = &c;
                        break;
                    }
                    continue;
                }
                if (!c.definite && (seg.verbCue || followsLaunchNoun(c) || trackedCount(text, c, a))) {
                    pick = &c;
                    break;
                }
            }
            // "fired cruise missiles", "a test-fire of cruise missiles": a weak count (after
            // a launch noun only the bare plural: "a flight test of the new missile" counts nothing).
            if (!pick && !counts.isEmpty() && !m.count.isKnown()
                && (seg.verbCue || (nounOf && counts.first().count.min >= 2)))
                pick = &counts.first();
            // "- April 29: cruise missiles fired from the new destroyer": a list item's
            // plural noun with no number is at least two, as after a launch verb (the
            // item's noun is its cue; the parser's bare plural needs a verb before it).
            CountMatch notePlural;
            if (!pick && counts.isEmpty() && !m.count.isKnown()) {
                for (const LaunchCue &cue : sc.cues) {
                    if (cue.note && cue.start >= a && cue.end <= b && cue.end - cue.start > 1
                        && text.at(cue.end - 1).toLower() == u's') {
                        notePlural.start = cue.start;
                        notePlural.end = cue.end;
                        notePlural.count.min = 2;
                        notePlural.count.text = text.mid(cue.start, cue.end - cue.start);
                        notePlural.definite = true;
                        pick = &notePlural;
                        break;
                    }
                }
            }
            if (pick) {
                if (definiteCount.contains(seg.mention))
                    m.evidence.erase(std::remove_if(m.evidence.begin(), m.evidence.end(),
                                                    [](const Evidence &e) { return e.field == QLatin1String("count"); }),
                                     m.evidence.end());
                m.count = pick->count;
                if (pick->definite)
                    definiteCount.insert(seg.mention);
                else
                    definiteCount.remove(seg.mention);
                build.evidence(m, QStringLiteral("count"), pick->start, pick->end);
            }
        }
        // Where it was fired from: a "from ..." after a launch verb of this stretch
        // ("provocations from Pyongyang" is not a launch site).
        // "The October 22 salvo from the Pyongyang area": a launch noun right before "from" too.
        int siteFrom = seg.firstVerb;
        // "launch detected at 7:58 a.m. KST from the Kusong area": and after a detection verb.
        static const GatedRegex nounFrom(
            QStringLiteral("^\\s+(?:(?:was|were)\\s+)?(?:(?:detected|spotted|observed|tracked|conducted|carried out)(?![\\w-])[^,;]{0,40}?\\s)?from\\s"),
            QRegularExpression::CaseInsensitiveOption);
        for (int ci = 0; siteFrom < 0 && ci < sc.cues.size() && (words & LaunchCueFinder::From); ++ci) {
            const LaunchCue &cue = sc.cues.at(ci);
            if (!cue.verb && cue.start >= a && cue.end < b
                && nounFrom.firstMatch(QStringView(text).mid(cue.end, std::min(b, cue.end + 64) - cue.end)).hasMatch())
                siteFrom = cue.end;
        }
        // "The May 8 firing near Wonsan": a launch noun (or verb) followed by where it was.
        for (int ci = 0; !m.site.isLocated() && m.site.text.isEmpty() && ci < sc.cues.size(); ++ci) {
            const LaunchCue &cue = sc.cues.at(ci);
            if (cue.start < a || cue.end >= b)
                continue;
            const SiteHit site = fields.siteAfterNoun(text, cue.end, std::min(b, cue.end + 60));
            if (site.isValid()) {
                m.site = site.site;
                build.evidence(m, QStringLiteral("site"), site.start, site.end);
            }
        }
        if (siteFrom >= 0 && (words & LaunchCueFinder::From) && !m.site.isLocated() && m.site.text.isEmpty()) {
            const SiteHit site = fields.site(text, siteFrom, std::min(b, siteFrom + 160));
            if (site.isValid()) {
                m.site = site.site;
                build.evidence(m, QStringLiteral("site"), site.start, site.end);
            }
        }
        // "launched two cruise missiles near Nampo": a place a few words after a launch verb.
        for (int ci = 0; !m.site.isLocated() && m.site.text.isEmpty() && ci < sc.cues.size(); ++ci) {
            const LaunchCue &cue = sc.cues.at(ci);
            if (!cue.verb || cue.start < a || cue.end >= b)
                continue;
            const SiteHit site = fields.siteNearAfterVerb(text, cue.end, b);
            if (site.isValid()) {
                m.site = site.site;
                build.evidence(m, QStringLiteral("site"), site.start, site.end);
            }
        }
        // "(a) Kanggye, 14 January: several SRBMs, ~250 km": a list item in note form
        // names its place first (or as "Hamhung area" among its fields) and its
        // distance with no verb.
        const LaunchCue *note = nullptr;
        for (const LaunchCue &cue : sc.cues)
            if (cue.note && cue.start >= a && cue.end <= b)
                note = &cue;
        if (note && !m.site.isLocated() && m.site.text.isEmpty() && note->itemStart >= s.start) {
            SiteHit site = fields.siteOpeningItem(text, note->itemStart, b);
            if (!site.isValid())
                site = fields.siteAreaInItem(text, note->itemStart, b);
            if (site.isValid()) {
                m.site = site.site;
                build.evidence(m, QStringLiteral("site"), site.start, site.end);
            }
        }
        for (const QuantityHit &q : (words & LaunchCueFinder::Length) ? fields.flight(text, a, b, anyVerb, note != nullptr) : QVector<QuantityHit>()) {
            Quantity &slot = q.apogee ? m.apogeeKm : m.distanceKm;
            const QString field = q.apogee ? QStringLiteral("apogee") : QStringLiteral("distance");
            if (!slot.isValid()) {
                slot = q.quantity;
                build.evidence(m, field, q.start, q.end);
            } else if (std::abs(slot.value - q.quantity.value) > 1.0) {
                build.conflict(m, field, kmText(slot), kmText(q.quantity));
                build.evidence(m, field, q.start, q.end);
            }
        }
        const bool splash = (words & LaunchCueFinder::Sea) && LaunchFieldFinder::mayNameSplashdown(words);
        for (const SplashHit &h : splash ? fields.splashdowns(text, a, b, &classAnchors) : QVector<SplashHit>()) {
            bool used = false;
            if (!h.sea.isEmpty() && m.splashdown.sea.isEmpty()) {
                m.splashdown.sea = h.sea;
                used = true;
            }
            if (!h.sea.isEmpty()) {
                lastSea = h.sea;
                lastSeaOf = seg.mention;
            }
            // "test-fired cruise missiles over the same waters in February": the sea last named for another launch.
            if (h.sameSea && m.splashdown.sea.isEmpty() && lastSeaOf >= 0 && lastSeaOf != seg.mention) {
                m.splashdown.sea = lastSea;
                used = true;
            }
            if (!h.eez.isEmpty() && m.splashdown.eez.isEmpty()) {
                m.splashdown.eez = h.eez;
                used = true;
            }
            if (h.land && !m.splashdown.land) {
                m.splashdown.land = true;
                used = true;
            }
            if (h.unnamedSea) {
                unnamedSea[seg.mention] = true;
                used = true;
            }
            if (used) {
                const QString words = text.mid(h.start, h.end - h.start);
                // Bounded: each splashdown phrase of a long run would otherwise be appended.
                if (m.splashdown.text.isEmpty())
                    m.splashdown.text = words;
                else if (m.splashdown.text.size() < 240 && !m.splashdown.text.contains(words))
                    m.splashdown.text += QStringLiteral(" … ") + words;
                build.evidence(m, QStringLiteral("splashdown"), h.start, h.end);
            }
        }
        if (seg.cue && m.timeOfDay.isEmpty()) {
            const auto times = tagger.times(text.mid(a, b - a), a);
            if (!times.isEmpty()) {
                m.timeOfDay = times.first().text;
                build.evidence(m, QStringLiteral("time"), times.first().start, times.first().end);
            }
        }
        if (!seg.sinceOnly)
            build.current = seg.mention;
    }
}

} // namespace atlas::launch
