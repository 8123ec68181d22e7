#include "extract/LaunchCues.h"

#include <algorithm>

namespace atlas {

namespace {
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression ci(const QString &pattern)
{
    QRegularExpression re(pattern, kCi);
    re.optimize();
    return re;
}

QStringView before(const QString &text, int pos, int floor, int width)
{
    const int from = std::max(floor, pos - width);
    return QStringView(text).mid(from, pos - from);
}

QStringView after(const QString &text, int pos, int ceiling, int width)
{
    const int to = std::min(ceiling, pos + width);
    return QStringView(text).mid(pos, std::max(0, to - pos));
}
// Walks back over at most five words (stopping at punctuation) to the nearest
// determiner: "the", "this", "its", "latest", a possessive ("North Korea's") make
// a definite reference; "a", "an", "another", numbers or none an indefinite one.
bool nearestDeterminerIsDefinite(const QString &text, int pos, int floor)
{
    static const QStringList definite{QStringLiteral("the"), QStringLiteral("this"), QStringLiteral("that"),
                                      QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("such"),
                                      QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("latest"),
                                      QStringLiteral("recent"), QStringLiteral("today's"), QStringLiteral("yesterday's")};
    static const QStringList indefinite{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("another"),
                                        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                        QStringLiteral("several"), QStringLiteral("multiple"), QStringLiteral("separate"),
                                        QStringLiteral("new"), QStringLiteral("successful")};
    int p = pos;
    for (int words = 0; words < 5 && p > floor; ++words) {
        while (p > floor && text.at(p - 1) == QLatin1Char(' '))
            --p;
        const int e = p;
        while (p > floor && (text.at(p - 1).isLetterOrNumber() || text.at(p - 1) == QLatin1Char('-')
                             || text.at(p - 1) == QLatin1Char('\'') || text.at(p - 1) == QChar(0x2019)))
            --p;
        if (p == e)
            break; // punctuation: the noun phrase starts here
        QString w = text.mid(p, e - p).toLower();
        w.replace(QChar(0x2019), QLatin1Char('\''));
        if (definite.contains(w) || w.endsWith(QLatin1String("'s")))
            return true;
        if (indefinite.contains(w))
            return false;
    }
    return false;
}
} // namespace

LaunchCueFinder::LaunchCueFinder()
{
    m_cue = ci(QStringLiteral(
        "(?<![\\w-])(?:"
        "(?<verb>(?:test[- ])?(?:fired|launched|firing|launching)(?!\\w)(?=(?:\\s+(?:off|up))?\\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several|at least|more than|up to|both|what|its|it|them|the|another|one|some|(?:[\\w-]+\\s+){1,3}(?:missiles?|projectiles?|rockets?)|missiles?|projectiles?|rockets?|ballistic|cruise|hypersonic|short|medium|long|intermediate|intercontinental|(?-i:[A-Z]{2,})|SRBM|ICBM|from|into|toward|towards|eastward|westward|on|at|in|off|early|late|this|\\w+-range)\\b)|"
        "(?:test[- ])?(?:fires|launches)(?!\\w)(?=\\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several|at least|more than|up to|what|another|missiles?|projectiles?|rockets?|ballistic|cruise|hypersonic|short|medium|long|intermediate|intercontinental|(?-i:[A-Z]{2,}))\\b)|"
        "(?:were|was|been|being|are|is|had|have|has)\\s+(?:(?:reportedly|apparently|also|all|first|then|later|successfully|simultaneously)\\s+)?(?:test[- ])?(?:fired|launched)(?!\\w)|"
        "(?:test[- ])?(?:fired|launched)(?=\\s*(?:,|\\.|$))|"
        "lobbed|splashed down|splashing down|test-fired|test-launched)|"
        "(?<noun>(?:test[- ])?(?:launch(?:es)?|firings?)|tests?(?:[- ](?:firings?|launch(?:es)?))?)"
        ")(?![\\w-])"));
    m_missile = ci(QStringLiteral("(?<![\\w-])(?:missiles?|projectiles?|rockets?|[A-Z]?[A-Z]BMs?|hypersonic|"
                                  "Hwasong|Hwaseong|KN-?\\d|Pukguksong|Hwasal|Haeil|Pulhwasal|Padasuri|air[- ]defen[cs]e)"));
    m_relevant = ci(QStringLiteral(
        "(?<![\\w-])(?:(?:the|this|that|these|those|both|each|one of the|all)\\s+(?:[\\w-]+\\s+){0,3}?(?:missiles?|projectiles?|rockets?|weapons?)|"
        "fl(?:ew|own|ying|ight)|travel(?:l)?(?:ed|ing)|splash(?:ed|ing)? down|landed|landing|fell|falling|"
        "altitude|apogee|exclusive economic zone|EEZ)(?![\\w-])"));
    m_artillery = ci(QStringLiteral("(?<![\\w-])(?:artillery|howitzers?|shells|rounds of|coastal guns?|mortars?)(?![\\w-])"));
    m_parade = ci(QStringLiteral("(?<![\\w-])(?:parades?|paraded|on display|displays|displayed|unveil(?:ed|s|ing)?|"
                                 "showcas(?:e|ed|es|ing)|exhibit(?:ed|ion|ions)?|showed off|rolled out)(?![\\w-])"));
    m_supply = ci(QStringLiteral("(?<![\\w-])(?:suppl(?:y|ied|ies|ying)|export(?:ed|s|ing)?|ship(?:ped|ments?)|transferr?(?:ed|ing)|"
                                 "sold|sell(?:s|ing)?|provid(?:ed|ing)|deliver(?:ed|ies|ing)|arms deals?)(?![\\w-])"));
    // Generic history: never one launch, whatever verb it uses.
    m_generic = ci(QStringLiteral("(?<![\\w-])(?:over the (?:past |last )?(?:\\w+ )?(?:years?|decades?)|for (?:years|decades)|"
                                  "throughout (?:its|the) history|in the past decade|(?:numerous|countless|many|dozens of|hundreds of) "
                                  "(?:missile )?(?:tests|launches)|over (?:the )?(?:past|last) (?:\\w+ )?(?:years?|decades?))(?![\\w-])"));
    // Background that is generic unless a missile was fired in the sentence.
    m_background = ci(QStringLiteral("(?<![\\w-])(?:since (?:19|20)\\d\\d|history of|long record of|track record)(?![\\w-])"));
    m_satellite = ci(QStringLiteral("(?<![\\w-])satellites?(?![\\w-])"));
    m_pastLaunchVerb = ci(QStringLiteral("(?<![\\w-])(?:test[- ])?(?:fired|launched)(?![\\w-])"));
    {
        QStringList groups;
        for (const QRegularExpression *re : {&m_missile, &m_pastLaunchVerb, &m_artillery, &m_parade, &m_supply,
                                             &m_generic, &m_background, &m_satellite})
            groups << QStringLiteral("(%1)").arg(re->pattern());
        m_signals = ci(groups.join(QLatin1Char('|')));
    }
    m_hypotheticalBefore = ci(QStringLiteral(
        "(?<![\\w-])(?:could|would|might|can|cannot|will|shall|should|must|(?-i:may)|able to|capable of|likely to|expected to|"
        "plans? to|planning to|prepar(?:e|es|ed|ing) (?:to|for)|ready to|threaten(?:s|ed|ing)? to|vow(?:s|ed)? to|"
        "intends? to|set to|poised to|possib(?:le|ility of)|potential|imminent|upcoming|future|next|if|unless|"
        "speculation|whether)(?:\\s+[\\w-]+){0,3}\\s+$"));
    m_hypotheticalAfter = ci(QStringLiteral("^(?:\\s+[\\w-]+){0,4}\\s+(?:could|would|might|(?-i:may)|will|is likely|is expected|"
                                            "was likely|is possible|is imminent|could be imminent)(?![\\w-])"));
    m_notMissileTest = ci(QStringLiteral("(?<![\\w-])(?:nuclear|atomic|underground|engine|ground|static|ejection|"
                                         "cold[- ]launch system|parachute|ground[- ]jet|thrust|stress|drug|covid)"
                                         "(?:\\s+[\\w-]+){0,1}\\s+$"));
    m_foreignSubject = ci(QStringLiteral(
        "(?:^|[^\\w-])(?:Russia|Russian (?:forces|troops|military|army|navy)|Moscow|Ukraine|Ukrainian (?:forces|troops)|Kyiv|"
        "South Korea|Seoul|the United States|the U\\.S\\.|the US|U\\.S\\. forces|Washington|Japan|Tokyo|China|Beijing|"
        "Iran|Israel|India|Pakistan|the allies|allied forces)\\s+(?:(?:has|have|had|also|then|reportedly|successfully|"
        "itself|again)\\s+){0,2}$"));
    m_connectiveBefore = ci(QStringLiteral("(?<![\\w-])(?:since|following|previous|prior|earlier|last)"
                                           "(?:\\s+[\\w-]+){0,5}\\s+$"));
    m_genericNoun = ci(QStringLiteral("^(?:\\s+(?:of|on|in))?\\s+(?:activit(?:y|ies)|programs?|programmes?|capabilit(?:y|ies)|"
                                      "pads?|sites?|vehicles?|facilit(?:y|ies)|window|preparations?|ban|moratorium|"
                                      "platforms?|systems?|technology|campaign)(?![\\w-])"));
}

quint32 LaunchCueFinder::wordClasses(const QString &text, int start, int end)
{
    // Hand-written on purpose: every sentence of every article goes through this
    // one pass, and most say nothing of a launch. Word starts are compared,
    // lower-cased, against stems (looked up by first letter); each stem sets the
    // bit of what it may signal, so the extractor skips the regular expressions
    // a sentence cannot match.
    struct Stem { const char *stem; quint32 bits; };
    static const Stem stems[] = {
        {"fire", Cue | PastVerb}, {"launch", Cue | PastVerb}, {"test", Cue}, {"lobbed", Cue}, {"splash", Cue | Sea},
        {"missile", Missile}, {"projectile", Missile}, {"rocket", Missile}, {"hypersonic", Missile},
        {"cruise", Missile}, {"ballistic", Missile}, {"icbm", Missile}, {"srbm", Missile}, {"irbm", Missile},
        {"mrbm", Missile}, {"slbm", Missile}, {"crbm", Missile}, {"air", Missile}, {"anti", Missile},
        {"sam", Missile}, {"hgv", Missile}, {"weapon", Missile}, {"surface", Missile},
        {"hwas", Missile | Designation}, {"kn", Missile | Designation}, {"pukguk", Missile | Designation},
        {"haeil", Missile | Designation}, {"pulhwa", Missile | Designation}, {"scud", Missile | Designation},
        {"nodong", Missile | Designation}, {"rodong", Missile | Designation | Claim}, {"musudan", Missile | Designation},
        {"taepo", Missile | Designation}, {"chollima", Missile | Designation}, {"unha", Missile | Designation},
        {"padasuri", Missile | Designation}, {"bukgeuk", Missile | Designation},
        {"km", Length}, {"kilomet", Length}, {"mile", Length}, {"nautical", Length}, {"nmi", Length},
        {"sea", Sea}, {"coast", Sea}, {"water", Sea}, {"eez", Sea}, {"exclusive", Sea}, {"target", Sea},
        {"land", Sea}, {"fell", Sea}, {"fall", Sea}, {"shore", Sea}, {"ocean", Sea}, {"hit", Sea}, {"struck", Sea},
        {"impact", Sea}, {"plung", Sea}, {"crash", Sea}, {"drop", Sea}, {"inland", Sea}, {"eastern", Sea}, {"western", Sea},
        {"from", From},
        {"chiefs", Claim}, {"jcs", Claim}, {"military", Claim}, {"ministry", Claim}, {"defen", Claim},
        {"kcna", Claim}, {"central", Claim}, {"state", Claim}, {"officials", Claim}, {"government", Claim},
        {"guard", Claim}, {"indo", Claim}, {"pentagon", Claim},
        {"altitude", Flight}, {"apogee", Flight}, {"height", Flight}, {"peak", Flight}, {"soar", Flight},
        {"high", Flight}, {"climb", Flight}, {"rose", Flight}, {"flew", Flight}, {"flown", Flight}, {"fly", Flight},
        {"flight", Flight}, {"travel", Flight}, {"cover", Flight}, {"arc", Flight}, {"glid", Flight},
        {"the", Definite}, {"this", Definite}, {"these", Definite}, {"those", Definite}, {"both", Definite},
        {"artillery", Exclusion}, {"howitzer", Exclusion}, {"shells", Exclusion}, {"rounds", Exclusion},
        {"mortar", Exclusion}, {"guns", Exclusion}, {"gun", Exclusion},
        {"parade", Exclusion}, {"display", Exclusion}, {"unveil", Exclusion}, {"showcas", Exclusion},
        {"exhibit", Exclusion}, {"showed", Exclusion}, {"rolled", Exclusion},
        {"suppl", Exclusion}, {"export", Exclusion}, {"ship", Exclusion}, {"transfer", Exclusion}, {"sold", Exclusion},
        {"sell", Exclusion}, {"provid", Exclusion}, {"deliver", Exclusion}, {"arms", Exclusion},
        {"years", Exclusion}, {"year", Exclusion}, {"decade", Exclusion}, {"decades", Exclusion}, {"history", Exclusion},
        {"numerous", Exclusion}, {"countless", Exclusion}, {"dozens", Exclusion}, {"hundreds", Exclusion},
        {"many", Exclusion}, {"record", Exclusion}, {"since", Exclusion}, {"satellite", Exclusion}};
    // Stems by first letter, built once.
    static const QVector<QVector<const Stem *>> byLetter = [] {
        QVector<QVector<const Stem *>> t(26);
        for (const Stem &st : stems)
            t[st.stem[0] - 'a'] << &st;
        return t;
    }();
    quint32 mask = 0;
    const QChar *data = text.constData();
    int i = std::max(0, start);
    end = std::min(end, int(text.size()));
    ushort lower[12];
    while (i < end) {
        while (i < end && !data[i].isLetter())
            ++i;
        const int w = i;
        while (i < end && data[i].isLetter())
            ++i;
        const int len = std::min(i - w, 12);
        if (len == 0)
            continue;
        for (int k = 0; k < len; ++k) {
            const ushort c = data[w + k].unicode();
            lower[k] = (c >= 'A' && c <= 'Z') ? ushort(c + 32) : c;
        }
        if (lower[0] < 'a' || lower[0] > 'z')
            continue;
        for (const Stem *st : byLetter.at(lower[0] - 'a')) {
            int k = 1;
            while (st->stem[k] && k < len && lower[k] == ushort(st->stem[k]))
                ++k;
            if (!st->stem[k] && (k == len || (st->bits & Definite) == 0))
                mask |= st->bits;
        }
    }
    return mask;
}

bool LaunchCueFinder::mayConcernLaunch(const QString &text, int start, int end) const
{
    const quint32 m = wordClasses(text, start, end);
    return m & (Cue | Missile | Flight | Sea);
}

int LaunchCueFinder::clauseStart(const QString &text, int pos, int floor)
{
    static const QRegularExpression connective(
        QStringLiteral("(?<![\\w-])(?:since|following|after|when|while|including|as|before|until)\\s+(?:[^,;:()—–]*)$"), kCi);
    int p = pos;
    while (p > floor) {
        const QChar c = text.at(p - 1);
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2014)
            || c == QChar(0x2013) || c == QLatin1Char('('))
            break;
        --p;
    }
    const auto m = connective.match(QStringView(text).mid(p, pos - p));
    if (m.hasMatch())
        return p + int(m.capturedStart());
    while (p < pos && text.at(p).isSpace())
        ++p;
    return p;
}

SentenceCues LaunchCueFinder::analyse(const QString &text, int start, int end) const
{
    return analyse(text, start, end, wordClasses(text, start, end));
}

SentenceCues LaunchCueFinder::analyse(const QString &text, int start, int end, quint32 words) const
{
    SentenceCues out;
    const QStringView sentence = QStringView(text).mid(start, end - start);
    bool artillery = false, parade = false, supply = false, generic = false, background = false, satellite = false;
    bool firedOrLaunched = false;
    if (words & Exclusion) {
        // One scan for every signal the verdict needs (one regex, numbered groups).
        auto sig = m_signals.globalMatch(sentence);
        while (sig.hasNext()) {
            const auto m = sig.next();
            if (m.capturedStart(1) >= 0) out.missileTerm = true;
            else if (m.capturedStart(2) >= 0) firedOrLaunched = true;
            else if (m.capturedStart(3) >= 0) artillery = true;
            else if (m.capturedStart(4) >= 0) parade = true;
            else if (m.capturedStart(5) >= 0) supply = true;
            else if (m.capturedStart(6) >= 0) generic = true;
            else if (m.capturedStart(7) >= 0) background = true;
            else if (m.capturedStart(8) >= 0) satellite = true;
        }
    } else if (words & Missile) {
        out.missileTerm = m_missile.match(sentence).hasMatch();
    }
    if (artillery && !out.missileTerm)
        out.exclusion = QStringLiteral("artillery");
    else if (parade && !firedOrLaunched)
        out.exclusion = QStringLiteral("parade display");
    else if (supply && !firedOrLaunched)
        out.exclusion = QStringLiteral("supplies or exports");
    else if (generic || (background && !firedOrLaunched))
        out.exclusion = QStringLiteral("generic history");
    else if (satellite && !out.missileTerm)
        out.exclusion = QStringLiteral("satellite");
    if (!out.exclusion.isEmpty())
        return out;

    auto it = (words & Cue) ? m_cue.globalMatch(QStringView(text).left(end), start) : QRegularExpressionMatchIterator();
    while ((words & Cue) && it.hasNext()) {
        const auto m = it.next();
        LaunchCue cue;
        cue.start = int(m.capturedStart());
        cue.end = int(m.capturedEnd());
        cue.verb = m.capturedStart(QStringLiteral("noun")) < 0;
        const QStringView pre = before(text, cue.start, start, 60);
        const QStringView post = after(text, cue.end, end, 40);
        if (m_hypotheticalBefore.match(pre).hasMatch())
            continue;
        if (!cue.verb) {
            if (m_notMissileTest.match(pre).hasMatch() || m_hypotheticalAfter.match(post).hasMatch()
                || m_genericNoun.match(post).hasMatch())
                continue;
            // A bare "test" needs a missile in the sentence; "the launch" refers back on its own.
            if (!out.missileTerm && !m.captured(0).contains(QLatin1String("launch"), Qt::CaseInsensitive))
                continue;
            // Which launch: "the/this/its latest" test refers back, "a/another" test
            // is new; the nearest determiner decides.
            cue.definite = nearestDeterminerIsDefinite(text, cue.start, start);
        } else {
            if (!out.missileTerm)
                continue; // "fired" what? Not a missile launch without a missile in the sentence.
            if (m_foreignSubject.match(before(text, cue.start, start, 60)).hasMatch())
                continue;
            const QString word = m.captured(0).toLower();
            // "the missiles were fired from ..." refers to missiles already reported.
            if (word.startsWith(QLatin1String("were")) || word.startsWith(QLatin1String("was"))
                || word.startsWith(QLatin1String("been")) || word.startsWith(QLatin1String("being"))
                || word.startsWith(QLatin1String("are")) || word.startsWith(QLatin1String("is"))) {
                static const QRegularExpression subjectDefinite(
                    QStringLiteral("(?:the|this|these|those|its|both)\\s+(?:[\\w-]+[\\s,]+){0,9}$"), kCi);
                cue.definite = subjectDefinite.match(before(text, cue.start, start, 90)).hasMatch();
            }
        }
        // Coming down is part of the flight already told, never a new launch.
        if (m.captured(0).startsWith(QLatin1String("splash"), Qt::CaseInsensitive))
            cue.definite = true;
        cue.connective = m_connectiveBefore.match(before(text, cue.start, start, 50)).hasMatch()
            && !cue.definite;
        out.cues << cue;
    }
    out.relevant = !out.cues.isEmpty() || ((words & (Flight | Sea | Definite)) && m_relevant.match(sentence).hasMatch());
    return out;
}

} // namespace atlas
