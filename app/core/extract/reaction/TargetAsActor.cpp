#include "extract/reaction/TargetAsActor.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"

#include <algorithm>

namespace atlas::reaction {

bool northKoreaIsTheTarget(QStringView sentence, Stance stance, int actorStart, int actorEnd)
{
    // North Korea's own stances of these kinds (KCNA condemning drills, urging
    // Washington) stay: only a sentence aimed at it is read as nobody's of North Korea.
    if (stance == Stance::Acknowledge || stance == Stance::Support || stance == Stance::Cooperation)
        return false;
    static const QString north = QStringLiteral("(?:North\\s+Korea|the\\s+North|Pyongyang|the\\s+DPRK|DPRK|the\\s+Democratic\\s+People['’]s\\s+Republic\\s+of\\s+Korea)");
    static const ReaderPattern target{QRegularExpression(
        QStringLiteral("(?<![\\w-])%1['’]s?\\s+(?:[\\w-]+\\s+){0,3}?(?:launch(?:es)?|missiles?|provocations?|actions|tests?|firings?|programs?|programmes?|development)(?![\\w-])"
                       "|(?<![\\w-])(?:urges?|urged|urging|calls?\\s+on|called\\s+on|condemns?|condemned|demands?|demanded|warns?|warned|warning)\\s+%1(?![\\w-])"
                       // "North Korea is blatantly violating UN resolutions"
                       "|(?<![\\w-])%1\\s+(?:(?:is|was|has|have|keeps|continues\\s+to)\\s+)?(?:[a-z]+ly\\s+)?(?:violat|breach|defy|defie|flout|threaten|endanger)[a-z]*(?![\\w-])")
            .arg(north),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption)};
    const bool outside = actorStart < 0 || actorEnd > sentence.size() || actorEnd <= actorStart;
    const QStringView actor = outside ? QStringView() : sentence.mid(actorStart, actorEnd - actorStart);
    static const ReaderPattern firstPerson{QRegularExpression(QStringLiteral("^(?:we|our|us|i|my)$"), QRegularExpression::CaseInsensitiveOption)};
    const bool fallback = outside || firstPerson.match(actor).hasMatch();
    // Without a fallback, the actor must lie inside the criticism that names it.
    int from = 0;
    while (from < sentence.size()) {
        const RegexMatch m = target.match(sentence.mid(from));
        if (!m.hasMatch())
            return false;
        const int start = from + int(m.capturedStart()), end = from + int(m.capturedEnd());
        if (fallback || (actorStart >= start && actorEnd <= end))
            return true;
        from = std::max(end, from + 1);
    }
    return false;
}

} // namespace atlas::reaction
