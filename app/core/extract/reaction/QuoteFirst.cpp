// A quote before its speaker, read for the SentenceReader: ""This launch is a
// violation ...," a spokesperson said", ""...," Senator Wong said". The speaker
// is found after the quote, the stance in the quoted words themselves.
#include "extract/ReactionSentenceReader.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"
#include "extract/reaction/SpeakerWords.h"
#include "extract/reaction/StanceObject.h"

#include <QRegularExpression>

namespace atlas::reaction {

QVector<SentenceReader::Found> SentenceReader::readQuoteFirst()
{
    QVector<Found> out;
    static const ReaderPattern speakerAfter{QRegularExpression(QStringLiteral(
        "^\\s*[\u201C\"]([^\u201D\"]{2,800})[\u201D\"]\\s*,?\\s*(.{1,120}?)\\s+(said|says|added|stated|noted|told\\s+[\\w-]+)\\b"))};
    static const ReaderPattern verbFirst{QRegularExpression(QStringLiteral(
        "^\\s*[\u201C\"]([^\u201D\"]{2,800})[\u201D\"]\\s*,?\\s*(said|says|added|stated)\\s+(.{1,120}?)\\s*(?:[.,;]|$)"))};
    const auto a = speakerAfter.match(m_s);
    const auto b = a.hasMatch() ? a : verbFirst.match(m_s);
    if (!b.hasMatch())
        return out;
    const int sg = a.hasMatch() ? 2 : 3; // speaker group
    const int vg = a.hasMatch() ? 3 : 2; // verb group
    const QString speaker = b.captured(sg);
    if (m_lex.mentionsNonActor(speaker))
        return out;
    // "UN" inside the quote is what was said, not who said it.
    m_contextFrom = int(b.capturedStart(sg));
    QVector<ActorGroup> groups = groupsIn(int(b.capturedStart(sg)), int(b.capturedEnd(sg)), {}, false);
    m_contextFrom = 0;
    static const ReaderPattern titledSurname{QRegularExpression(QStringLiteral("^\\s*(?:\\p{Lu}[\\p{L}.]*\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+)\\s*$"))};
    if (const auto t = groups.isEmpty() ? titledSurname.match(speaker) : RegexMatch(); t.hasMatch()) {
        // ""...," Senator Wong said": the person named before (the last reacting,
        // else the last the sentence before named), by surname and another title
        // ("Senator", "Ms", "Mr", "Dr").
        for (int source = 0; source < 2; ++source) {
            const ActorGroup named = source == 0 ? m_d.lastPerson : speakerBefore(false);
            // ("Wi said": Korean and Chinese names give the family name first.)
            const QString surname = named.person.section(QLatin1Char(' '), -1);
            const bool bySurname = surname.size() >= 2 && t.captured(1) == surname;
            const bool byFamilyName = !named.countries.isEmpty() && named.person.contains(QLatin1Char(' '))
                                      && t.captured(1) == familyName(named.person, named.countries.first());
            if (!named.countries.isEmpty() && (bySurname || byFamilyName)) {
                ActorGroup g = named;
                g.start = int(b.capturedStart(sg));
                g.end = int(b.capturedEnd(sg));
                groups << g;
                break;
            }
        }
    }
    if (groups.isEmpty() && isReferringSpeaker(speaker)) {
        // ""...," the diplomat said": the person the sentence before named.
        ActorGroup g = speakerBefore(false);
        if (!g.countries.isEmpty()) {
            g.start = int(b.capturedStart(sg));
            g.end = int(b.capturedEnd(sg));
            groups << g;
        }
    }
    if (groups.isEmpty() && isBareOfficeSpeaker(speaker)) {
        // ""...," ministry spokesperson Koo Byoung-sam said": an office named bare
        // is the outlet's own country's (as "the Unification Ministry" is).
        if (const QString home = homeCountry(); !home.isEmpty()) {
            ActorGroup g;
            g.countries = QStringList{home};
            g.start = int(b.capturedStart(sg));
            g.end = int(b.capturedEnd(sg));
            groups << g;
        }
    }
    if (groups.isEmpty())
        return out;
    // The stance is in the quoted words themselves.
    static const QVector<QPair<Stance, QRegularExpression>> cues{
        {Stance::Condemn, ci("\\b(?:condemn\\w*|denounc\\w*|violat\\w*|breach\\w*|provocat\\w*|unacceptable|outrageous|reckless|deplor\\w*)")},
        {Stance::Urge, ci("\\b(?:call\\s+on|urge\\w*|(?:must|should)\\s+(?:immediately\\s+)?(?:stop|cease|halt|refrain|abandon)|refrain\\s+from)")},
        {Stance::Concern, ci("\\b(?:concern\\w*|alarm\\w*|worr\\w*)")},
        // ("We will continue to work closely with the United States and South Korea.")
        {Stance::Cooperation, ci("\\b(?:alliance|ironclad|cooperation|coordinat\\w*|solidarity|stand\\s+with|shoulder\\s+to\\s+shoulder"
                                 "|(?:work|working|consult|consulting)\\s+closely\\s+with)\\b")},
        {Stance::Dialogue, ci("\\b(?:dialogue|talks|negotiat\\w*|diplomacy)\\b")},
        // "a forced measure to ensure its sovereign right to self-defense": the
        // launch defended as a right.
        // ("The DPRK has every right to ensure its security.")
        {Stance::Support, ci("\\b(?:sovereign\\s+right|legitimate\\s+right|right\\s+to\\s+self-defen[cs]e|forced\\s+measure|justified"
                             "|(?:every|full|perfect)\\s+right\\s+to\\s+(?:ensure|defend|protect|safeguard|strengthen|bolster)"
                             // "We understand the concerns of our Korean friends": sympathy with its reasons.
                             "|underst(?:and|ands|ood)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?(?:concerns?|reasons?|position|motives?|worries))")},
    };
    // "We understand the concerns of ...": the concern is understood, not felt.
    static const QRegularExpression understoodBefore = ci("\\bunderst(?:and|ands|ood)\\s+(?:[\\w'\u2019-]+\\s+){0,4}$");
    // "address each other's legitimate concerns", "the security concerns of all
    // sides": concerns the speaker names as others' (a call for talks), not its own.
    // (Bare adjectives say nothing of whose: "grave security concerns for Japan" are the speaker's.)
    static const QRegularExpression othersConcerns = ci(
        "\\b(?:each\\s+other['’]s|their|parties['’]|sides['’])\\s+(?:[\\w'’-]+\\s+)?$"
        "|\\b(?:address|accommodat|respect|take\\s+into\\s+account|meet(?:s|ing)?)\\w*\\s+(?:[\\w'’-]+\\s+){0,3}$");
    // "to refrain from further provocative actions", "must stop its provocations":
    // what an urge asks the North to stop is named, not judged.
    static const QRegularExpression askedToStop = ci(
        "\\b(?:refrain(?:s|ed|ing)?\\s+from|desist(?:s|ed|ing)?\\s+from|stop|cease|halt|end|abandon|avoid)\\s+(?:[\\w'\u2019-]+\\s+){0,3}$");
    // The speaker is whom the next sentence's "The spokesperson" or "He" means.
    for (const ActorGroup &g : groups) {
        if (!g.person.isEmpty()) {
            m_d.lastPerson = g;
            m_d.firstPersonGroup.clear();
        }
        if (!g.countries.isEmpty()) {
            m_d.lastCountry = g.countries.first();
            m_d.lastCountryAt = m_offset;
        }
    }
    const QString quote = b.captured(1);
    for (const auto &cue : cues) {
        // "provocative and large-scale exercises by Washington": a judgement of
        // the drills, not of the launch; another judging word may still count.
        bool cued = false;
        for (auto it = cue.second.globalMatch(quote); it.hasNext() && !cued;) {
            const auto m = it.next();
            const QStringView before = QStringView(quote).left(m.capturedStart()).right(60);
            if (cue.first == Stance::Concern && (understoodBefore.match(before).hasMatch() || othersConcerns.match(before).hasMatch()))
                continue;
            if (cue.first == Stance::Condemn && askedToStop.match(before).hasMatch())
                continue;
            cued = cue.first != Stance::Condemn || !namesOtherMatter(QStringView(quote).mid(m.capturedEnd(), 60));
        }
        if (!cued)
            continue;
        StanceTrigger t;
        t.stance = cue.first;
        t.start = int(b.capturedStart(vg));
        t.end = int(b.capturedEnd(vg));
        for (const ActorGroup &g : groups) {
            for (const QString &c : g.countries)
                out.append({t, g, c});
        }
    }
    return out;
}

} // namespace atlas::reaction
