// Reads one sentence's reactions: where each stance trigger's subject is, which
// triggers are hedged or about something else than the launch, quotes before
// their speaker, and what the sentence leaves for "He" or "It" in the next one.
// Whose actors they are is reaction/ActorGroups.cpp; quotes before their speaker,
// reaction/QuoteFirst.cpp; word helpers are reaction/ReaderWords.h.
#include "extract/ReactionSentenceReader.h"

#include "extract/reaction/Hedges.h"
#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/ReaderWords.h"
#include "extract/reaction/SpeakerWords.h"
#include "extract/reaction/StanceObject.h"
#include "extract/reaction/TextSearch.h"
#include "extract/reaction/WordChecks.h"
#include "geo/Gazetteer.h"

#include <QRegularExpression>
#include <algorithm>

namespace atlas::reaction {

// "..., South Korea's military said, days after Pyongyang criticized ...": the
// subordinate clause has its own subject.
static const ReaderPattern &firstClause()
{
    static const ReaderPattern p = ci(
        "(?:[;:]|,\\s+(?:while|whereas|but)\\b|\\s(?:but|while|whereas|that)\\s"
        "|,\\s+(?:[\\w-]+\\s+){0,2}?(?:after|before|when|because|since|although|though|until|as)\\s)");
    return p;
}

// Where the subject of trigger k starts; *inherit when it shares the previous
// trigger's subject ("acknowledged the tests and underscored ...").
namespace {
// Whether `words` open with a subject pronoun ("it had", "he would", "they").
bool startsWithPronounSubject(QStringView words)
{
    const QStringView w = words.trimmed();
    for (const char *p : {"it", "he", "she", "they"}) {
        const QLatin1String pronoun(p);
        if (w.startsWith(pronoun) && (w.size() == pronoun.size() || w.at(pronoun.size()).isSpace()))
            return true;
    }
    return false;
}
} // namespace

int SentenceReader::subjectRegion(const QVector<StanceTrigger> &triggers, int k, bool *inherit, int *uncut)
{
    *inherit = false;
    static const ReaderPattern laterClause = ci(
        "(?:[;:]|,\\s+(?:while|whereas|but|with|as|although|though|and|who|which|after)\\b|\\s(?:but|while|whereas|that)\\s"
        // "urged Pyongyang to refrain ... and said Washington remained open to
        // dialogue": what is said has its own subject (or, with none, the speaker's).
        "|\\s(?:and\\s+)?(?:said|says|added|stated|noted)\\s+(?:that\\s+)?)");
    int from = 0;
    if (k > 0 && triggers[k - 1].form == StanceTrigger::Active) {
        from = triggers[k - 1].end;
        const QStringView between = QStringView(m_s).mid(from, triggers[k].start - from);
        int cut = -1;
        static const AsciiWordSet laterWords{"while", "whereas", "but",  "with", "as",    "although", "though",
                                             "and",   "who",     "which", "after", "that", "said",  "says",
                                             "added", "stated",  "noted"};
        if (containsAnyOf(between, {u';', u':'}) || laterWords.maybeIn(between)) {
            cut = int(laterClause.lastMatchEnd(between));
            // A clause cut inside a quotation that closes before this trigger
            // ("condemns the launches, which violate UN Security Council
            // resolutions," and called on ...): the quotation's words are the
            // speaker's, no subject of what follows it.
            if (cut >= 0) {
                const int close = int(std::max(between.lastIndexOf(u'"'), between.lastIndexOf(u'\u201D')));
                if (close >= cut)
                    cut = -1;
            }
        }
        if (cut < 0) {
            // "Seoul condemned the launch, Tokyo lodged a protest": a country
            // named right after a comma and right before the verb starts a
            // clause of its own; the first clause's subject stops there.
            const int comma = int(between.lastIndexOf(QLatin1Char(',')));
            if (comma >= 0 && opensOwnClause(from + comma + 1, triggers[k].start))
                cut = comma + 1;
            // (So after "and": "Japan protested the launch and South Korea's presidential
            // office condemned it".)
            // (The first such "and": "... and the United States and South Korea condemned
            // it" keeps both.)
            for (qsizetype andAt = cut < 0 ? between.indexOf(QLatin1String(" and ")) : -1; andAt >= 0 && cut < 0;
                 andAt = between.indexOf(QLatin1String(" and "), andAt + 1)) {
                if (opensOwnClause(from + int(andAt) + 5, triggers[k].start))
                    cut = int(andAt) + 5;
            }
        }
        *uncut = from + std::max(cut, 0);
        if (cut < 0) {
            *inherit = true;
            return from;
        }
        // "South Korea called it a provocation, and Japan's government said it had
        // protested": a pronoun after the saying stands for the sayer, so the main
        // clause (where the reader looks for its subject) starts at the cut before
        // the saying, not at the sentence's first clause.
        if (startsWithPronounSubject(between.mid(cut))) {
            qsizetype say = -1;
            for (const char *verb : {" said", " says", " added", " stated", " noted"})
                say = std::max(say, between.left(cut).lastIndexOf(QLatin1String(verb)));
            if (say > 0)
                *uncut = from + std::max(int(laterClause.lastMatchEnd(between.left(say))), 0);
        }
        return from + cut;
    }
    if (k > 0)
        from = triggers[k - 1].end;
    *uncut = from;
    const QStringView before = QStringView(m_s).mid(from, triggers[k].start - from);
    int cut = 0;
    static const AsciiWordSet firstWords{"while", "whereas", "but",     "that",   "after", "before", "when",
                                         "because", "since", "although", "though", "until", "as"};
    if (containsAnyOf(before, {u';', u':'}) || firstWords.maybeIn(before)) {
        if (const qsizetype end = firstClause().lastMatchEnd(before); end >= 0)
            cut = int(end);
        cut = outsideClosedRelative(before, cut);
    }
    from += cut;
    // An introductory phrase before the first comma ("In July 2025,", "Similarly,",
    // "According to X,"): skipped, but "In Seoul," tells where the sentence is set.
    static const ReaderPattern intro = ci(
        "^[\\s\\-\u2013\u2014\u2022*\"\u201C]*(?:in|on|at|during|after|following|despite|amid|while|when|though|although|as|"
        "since|similarly|meanwhile|however|earlier|later|separately|according|before|last|this|early|late|also|still|"
        "instead|additionally|moreover|furthermore|afterward|afterwards|then|yet|but|and|elsewhere|likewise|by contrast|"
        "in response|in a statement|speaking|responding|asked|separately|for its part|for their part|notably|today|"
        "yesterday|overnight)\\b[^,]*,");
    // The introduction ends at a comma and starts with one of its words.
    static const AsciiWordSet introWords{
        "in", "on", "at", "during", "after", "following", "despite", "amid", "while", "when", "though", "although", "as",
        "since", "similarly", "meanwhile", "however", "earlier", "later", "separately", "according", "before", "last",
        "this", "early", "late", "also", "still", "instead", "additionally", "moreover", "furthermore", "afterward",
        "afterwards", "then", "yet", "but", "and", "elsewhere", "likewise", "by", "speaking", "responding", "asked",
        "for", "notably", "today", "yesterday", "overnight"};
    const QStringView introText = QStringView(m_s).mid(from, triggers[k].start - from);
    const bool mayIntroduce = introText.contains(QLatin1Char(',')) && introWords.maybeIn(introText);
    // (No match object made, nor destroyed, when the pattern need not run.)
    if (!mayIntroduce)
        return from;
    const auto m = intro.match(introText);
    if (m.hasMatch()) {
        static const QRegularExpression inPlace(QStringLiteral("^[\\s\\-]*In\\s+([A-Z][\\p{L}'\u2019-]+(?:\\s+[A-Z][\\p{L}'\u2019-]+)?)\\s*,"));
        const auto p = inPlace.match(m.captured());
        if (p.hasMatch()) {
            QString c = m_lex.countryForMetonym(p.captured(1));
            if (c.isEmpty()) {
                if (const Place *place = m_gaz.find(p.captured(1)))
                    c = m_lex.countryForIso(place->country);
            }
            m_setting = c;
        }
        from += int(m.capturedEnd());
    }
    return from;
}

// "Ishiba, who has said that he will step down once his party chooses a new
// leader, said the launch was ...": a clause opener inside a relative clause that
// closes before the verb opens no clause of the verb; the cut falls back to the
// last opener before the relative clause (or none).
int SentenceReader::outsideClosedRelative(QStringView before, int cut)
{
    if (cut <= 0)
        return cut;
    static const AsciiWordSet relativeWords{"who", "which", "whose"};
    if (!relativeWords.maybeIn(before.left(cut)))
        return cut;
    static const ReaderPattern relative = ci(",\\s+(?:who|which|whose)\\b[^,;:]*,");
    int out = cut;
    bool decided = false;
    relative.forEachMatch(before, [&](const auto &m) {
        if (decided || m.capturedStart() >= cut) {
            decided = true;
            return;
        }
        if (m.capturedEnd() > cut) {
            const qsizetype end = firstClause().lastMatchEnd(before.left(m.capturedStart()));
            out = end >= 0 ? int(end) : 0;
            decided = true;
        }
    });
    return out;
}

// Whether [from, verbStart) is only actors ("Tokyo", "Seoul and Tokyo", "South
// Korea's JCS"): the subject of a clause that starts at from.
bool SentenceReader::opensOwnClause(int from, int verbStart) const
{
    int first = -1, last = -1;
    for (const ActorMention &m : m_mentions) {
        if (m.start < from || m.end > verbStart)
            continue;
        if (first < 0)
            first = m.start;
        last = std::max(last, m.end);
    }
    if (first < 0)
        return false;
    static const ReaderPattern lead = ci("^\\s*(?:the\\s+)?$");
    static const ReaderPattern trail = ci("^(?:['\u2019]s\\s+[\\w-]+)?\\s*(?:\\w+ly\\s+)?$");
    return lead.match(QStringView(m_s).mid(from, first - from)).hasMatch()
           && trail.match(QStringView(m_s).mid(last, verbStart - last)).hasMatch();
}

// "North Korea fired two missiles in what Seoul called a provocation", "conducted
// what Japan termed a reckless launch": the subject of the verb is the one
// between "what" and it; the launcher before "what" judges nothing.
int SentenceReader::afterFreeRelative(int from, int triggerStart) const
{
    const QStringView region = QStringView(m_s).mid(from, triggerStart - from);
    static const AsciiWordSet whatWord{"what"};
    if (!whatWord.maybeIn(region))
        return from;
    static const ReaderPattern what = ci("\\bwhat\\s+(?=(?:[\\w.'\u2019-]+\\s+){1,8}$)");
    const auto m = what.match(region);
    return m.hasMatch() ? from + int(m.capturedEnd()) : from;
}

// "expressed concern that Russia is expanding its cooperation with the North":
// a concern or a condemnation of what another country does, with no launch in
// it, is about that country, not a reaction to the launch.
bool SentenceReader::aboutAnotherCountry(const StanceTrigger &t, const QVector<ActorGroup> &groups) const
{
    if (t.form != StanceTrigger::Active || (t.stance != Stance::Concern && t.stance != Stance::Condemn))
        return false;
    static const ReaderPattern thatBefore = ci("^\\s+(?:[\\w,-]+\\s+){0,4}?that\\s+(?:the\\s+)?$");
    for (const ActorMention &m : m_mentions) {
        if (m.start < t.end)
            continue;
        if (m.start - t.end > 60 || !isCountryKind(m) || m.country.isEmpty() || m.country == QLatin1String("North Korea"))
            return false;
        for (const ActorGroup &g : groups) {
            if (g.countries.contains(m.country))
                return false;
        }
        if (!thatBefore.match(QStringView(m_s).mid(t.end, m.start - t.end)).hasMatch())
            return false;
        return !namesLaunch(QStringView(m_s).mid(m.end));
    }
    return false;
}

// "She called on Washington to abandon its policy of ...": an urge addressed to
// another country than North Korea, about something else than the North or its
// launch, asks that country to change its own conduct; no reaction to the launch.
// ("urged China to use its influence on Pyongyang" names the North: kept.)
bool SentenceReader::isIntolerance(const StanceTrigger &t) const
{
    const QStringView words = QStringView(m_s).mid(t.start, t.end - t.start);
    return words.contains(QLatin1String("tolerat"), Qt::CaseInsensitive)
        || words.contains(QLatin1String("condon"), Qt::CaseInsensitive)
        || words.contains(QLatin1String("accept"), Qt::CaseInsensitive);
}

bool SentenceReader::urgesAnotherCountry(const StanceTrigger &t) const
{
    if (t.form != StanceTrigger::Active || t.stance != Stance::Urge)
        return false;
    for (const ActorMention &m : m_mentions) {
        if (m.start < t.end)
            continue;
        const QStringView gap = QStringView(m_s).mid(t.end, m.start - t.end).trimmed();
        if (!(gap.isEmpty() || gap.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0) || !isCountryKind(m)
            || m.country.isEmpty() || m.country == QLatin1String("North Korea") || m.organization)
            return false;
        static const ReaderPattern north = ci(
            "\\b(?:north\\s+korea|pyongyang|dprk|the\\s+north|kim\\s+jong|launch\\w*|missiles?|nuclear|provocations?)\\b");
        return !north.match(QStringView(m_s).mid(m.end, 140)).hasMatch();
    }
    return false;
}

bool SentenceReader::urgesThePublic(const StanceTrigger &t) const
{
    if (t.form != StanceTrigger::Active || t.stance != Stance::Urge)
        return false;
    // (Case-sensitive where a capital says it: "Australian travellers", "Americans".)
    static const ReaderPattern publicObject{QRegularExpression(QStringLiteral(
        "^\\s+(?:(?i:the|its|all|local|nearby|coastal|island|area)\\s+|[A-Z][a-z]+\\s+){0,3}"
        "(?:(?i:residents|citizens|people|public|population|inhabitants|households|ships|vessels|boats|fishermen|fishing\\s+boats|"
        "aircraft|airlines|pilots|travell?ers|tourists|nationals|passengers|mariners|sailors|seafarers|expatriates|everyone|anyone)"
        "|[A-Z][a-z]+(?:ans|ese))(?![\\w'\u2019-])"))}; // (not "the Democratic People's Republic")
    return publicObject.match(QStringView(m_s).mid(t.end, 80)).hasMatch();
}

// "the Tae-tong-ryeong-shil (Office of the President)", "the Hap-cham (Joint
// Chiefs of Staff)": brackets that gloss a name in another language with an
// office are the name, not an aside.
bool SentenceReader::isGloss(int start, int end) const
{
    if (end - start < 3 || m_s.at(start) != QLatin1Char('(') || start == 0 || !m_s.at(start - 1).isSpace()
        || start < 2 || !m_s.at(start - 2).isLetter())
        return false;
    for (const ActorMention &m : m_mentions) {
        if (m.start >= start + 1 && m.start <= start + 2 && m.end >= end - 2 && m.end <= end - 1)
            return m.kind == ActorMention::Office || m.kind == ActorMention::Title;
    }
    return false;
}

// "the G7 foreign ministers — Canada, France, Germany, Italy, Japan, the UK and
// the US — condemned ...": an aside between dashes or brackets that lists two or
// more countries right after a grouping's name (a few words, such as its
// ministers, between) names who speaks: the members, not the grouping. Returns
// the grouping the aside stands for (empty: an aside like any other).
QString SentenceReader::groupWithMembersAside(int start, int end) const
{
    const QChar open = m_s.at(start);
    if (open != u'(' && open != u'\u2014' && open != u'\u2013')
        return {};
    QString grouping;
    int members = 0;
    for (const ActorMention &m : m_mentions) {
        if (m.end <= start && m.end >= start - 40 && m.kind != ActorMention::Person && m_lex.isOrganization(m.country))
            grouping = m.country; // the last one before the aside
        else if (m.start > start && m.end < end && (m.kind == ActorMention::Country || m.kind == ActorMention::Metonym)
                 && !m.country.isEmpty() && !m_lex.isOrganization(m.country) && m.country != QLatin1String("North Korea"))
            ++members;
    }
    return members >= 2 ? grouping : QString();
}

// "denounced Freedom Shield as ...": the object is a name the article calls an
// exercise elsewhere. (An actor's name, "condemned Pyongyang", is never one.)
bool SentenceReader::objectIsKnownExercise(const StanceTrigger &t) const
{
    // A name starts right after the verb (and "the"): most objects fail here.
    int at = t.end;
    while (at < m_s.size() && m_s.at(at) == QLatin1Char(' '))
        ++at;
    if (QStringView(m_s).mid(at, 4).compare(QLatin1String("the "), Qt::CaseInsensitive) == 0)
        at += 4;
    if (at >= m_s.size() || !m_s.at(at).isUpper())
        return false;
    const QStringView object = objectAfter(m_s, t.end);
    int lead = 0;
    while (lead < object.size() && object.at(lead).isSpace())
        ++lead;
    int nameAt = lead;
    if (object.mid(lead).startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        nameAt += 4;
    if (nameAt >= object.size() || !object.at(nameAt).isUpper())
        return false; // no name ("the launch", "the drills": read by namesOtherMatter)
    const int objectStart = t.end + lead;
    for (const ActorMention &m : m_mentions) {
        if (m.start >= objectStart && m.start <= objectStart + 4)
            return false;
    }
    return namesKnownExercise(object, m_article.text);
}

// The person the sentence before named, even in passing; for "It" (neuter), the
// ministry or command that sentence opened with.
bool SentenceReader::previousSentenceNames(const QString &noun) const
{
    if (noun.isEmpty())
        return true;
    if (!m_d.sentences || m_d.current <= 0)
        return false;
    const Sentence &p = m_d.sentences->at(m_d.current - 1);
    return QStringView(m_article.text).mid(p.start, p.end - p.start).contains(noun, Qt::CaseInsensitive);
}

ActorGroup SentenceReader::speakerBefore(bool neuter)
{
    if (!m_d.sentences || m_d.current <= 0)
        return {};
    const Sentence &p = m_d.sentences->at(m_d.current - 1);
    if (p.end - p.start > kMaxSentenceRead)
        return {};
    const QString ps = m_article.text.mid(p.start, p.end - p.start);
    SentenceReader before(m_lex, m_gaz, m_article, m_d, ps, p.start);
    return neuter ? before.openingInstitution() : before.lastPersonNamed();
}

// "Speaking also on behalf of Greece and Latvia, the representative of Denmark
// condemned the launch": the countries a speaker speaks for react with it. Only
// the clause "on behalf of ..." closed by a comma, before the speaker and the
// stance word.
namespace {
// Where "on behalf of" (or "On behalf of") starts in text; -1 when it is not there.
qsizetype onBehalfOfAt(QStringView text)
{
    const qsizetype at = indexOfText(text, u"on behalf of", 0);
    return at >= 0 ? at : indexOfText(text, u"On behalf of", 0);
}
} // namespace

void SentenceReader::addCountriesSpokenFor(int stanceStart, QVector<ActorGroup> &groups) const
{
    ActorGroup &group = groups.last(); // the speaker, after the clause
    const QStringView before = QStringView(m_s).left(stanceStart);
    const qsizetype at = onBehalfOfAt(before);
    if (at < 0)
        return;
    // (Up to the comma before the speaker: "On behalf of Estonia, Lithuania and
    // Latvia, Finland's delegate ...".)
    const qsizetype comma = group.start > at ? before.left(group.start).lastIndexOf(u',') : before.indexOf(u',', at);
    if (comma <= at)
        return;
    const qsizetype end = comma;
    for (const ActorMention &m : m_mentions) {
        if (m.start >= at && m.end <= end && !m.country.isEmpty() && !m.organization
            && m.country != QLatin1String("North Korea")
            && std::none_of(groups.begin(), groups.end(), [&](const ActorGroup &g) { return g.countries.contains(m.country); }))
            group.countries << m.country;
    }
}

// The countries a statement was said, a few sentences before, to be delivered
// on behalf of ("I am delivering this statement on behalf of France, Japan,
// Latvia, the Republic of Korea, the United Kingdom and the United States."), to
// the sentence's end; none when no such sentence is among the five before.
QStringList SentenceReader::countriesSpokenForBefore() const
{
    if (!m_d.sentences)
        return {};
    for (int i = m_d.current - 1; i >= 0 && i >= m_d.current - 5; --i) {
        const Sentence &p = m_d.sentences->at(i);
        if (p.end <= p.start || p.end > m_article.text.size() || p.end - p.start > kMaxSentenceRead)
            continue;
        const QStringView view = QStringView(m_article.text).mid(p.start, p.end - p.start);
        const qsizetype at = onBehalfOfAt(view);
        if (at < 0)
            continue;
        QStringList out;
        const QString tail = view.mid(at).toString();
        for (const ActorMention &m : m_lex.find(tail)) {
            if (!m.country.isEmpty() && !m.organization && m.country != QLatin1String("North Korea") && !out.contains(m.country))
                out << m.country;
        }
        return out;
    }
    return {};
}

// "The North's artillery firing is a provocation ... we urge it to stop": a
// sentence about artillery or rocket-launcher fire that names no missile and no
// launch reacts to no launch.
bool SentenceReader::aboutArtilleryOnly() const
{
    static const QRegularExpression artillery(QStringLiteral("(?<![\\w-])(?:artillery|shelling|shells|howitzers?|rocket\\s+launchers?|MLRS)(?![\\w-])"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression launch(QStringLiteral("(?<![\\w-])(?:missiles?|ICBMs?|SRBMs?|IRBMs?|SLBMs?|launch(?:es|ed|ing)?(?![\\w-])|test-fir\\w*|fired\\s+(?:a|an|two|three|several)\\s)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // (Most reaction sentences name a missile, and most others no artillery: plain
    // searches for their letters first, the patterns only where both may count.)
    const QStringView v(m_s);
    // ("howitzers" and "MLRS" are told with "artillery", "shells" or "rocket launchers".)
    if (containsText(v, u"issile") || !(containsText(v, u"rtiller") || containsText(v, u"hell") || containsText(v, u"auncher")))
        return false;
    return artillery.match(m_s).hasMatch() && !launch.match(m_s).hasMatch();
}

ActorGroup SentenceReader::lastPersonNamed()
{
    const QVector<ActorGroup> groups = makeGroups(m_mentions);
    for (int i = int(groups.size()) - 1; i >= 0; --i) {
        if (!groups[i].person.isEmpty())
            return groups[i];
    }
    // No name: one person named by office or delegation ("the foreign minister",
    // "The representative of Brazil", "Canada's delegate").
    static const ReaderPattern delegateBefore = ci(
        "\\b(?:representative|delegate|ambassador|envoy|spokesperson|spokesman|spokeswoman)\\s+(?:of|for|from)\\s+(?:the\\s+)?$");
    static const ReaderPattern delegateAfter = ci(
        "^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(?:representative|delegate|ambassador|envoy)\\b");
    static const AsciiWordSet delegateWords{"representative", "delegate", "ambassador", "envoy",
                                            "spokesperson",   "spokesman", "spokeswoman"};
    const bool delegates = delegateWords.maybeIn(m_s);
    for (int i = int(groups.size()) - 1; i >= 0; --i) {
        const ActorGroup &g = groups[i];
        if (g.countries.size() != 1)
            continue;
        if (g.onePerson)
            return g;
        if (delegates
            && (delegateBefore.match(QStringView(m_s).left(g.start)).hasMatch()
                || delegateAfter.match(QStringView(m_s).mid(g.end, 40)).hasMatch()))
            return g;
    }
    return {};
}

ActorGroup SentenceReader::openingInstitution()
{
    const QVector<ActorGroup> groups = groupsIn(0, int(m_s.size()), {}, true);
    if (groups.isEmpty())
        return {};
    const ActorGroup &g = groups.first();
    // It opens the sentence (after "The" at most) and is one country's, not a person's.
    // It opens the sentence, after an introduction ("On the same day,") and a
    // name it glosses ("the Tae-tong-ryeong-shil (") at most.
    static const ReaderPattern opening = ci(
        "^(?:[^,]{0,40},\\s*)?(?:the\\s+)?(?:[\\p{L}'\u2019-]+\\s*\\(\\s*)?$");
    const QString before = m_s.left(g.start).trimmed();
    if (!before.isEmpty() && before.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0
        && !opening.match(m_s.left(g.start)).hasMatch())
        return {};
    // ("President Lee Jae Myung's office convened ...": a person's office is an
    // institution, the office after the name the title leads.)
    static const ReaderPattern officeAfter = ci("^(?:\\s+[A-Z][\\p{L}-]*){0,4}['\u2019]s\\s+office\\b");
    const bool officeOf = g.onePerson && officeAfter.match(QStringView(m_s).mid(g.end, 48)).hasMatch();
    if (g.countries.size() != 1 || (g.onePerson && !officeOf) || m_lex.mentionsNonActor(m_s.left(g.end)))
        return {};
    return g;
}

QVector<SentenceReader::Found> SentenceReader::read(const QVector<StanceTrigger> &triggers)
{
    QVector<Found> out;
    static const QRegularExpression parenthetical(QStringLiteral(
        ",\\s+(?:who|which|where|whose|when)\\b[^,]*,|[\u2014\u2013]\\s?[^\u2014\u2013]*[\u2014\u2013]|\\([^)]*\\)"));
    QVector<ActorGroup> previous;
    for (int k = 0; k < triggers.size(); ++k) {
        const StanceTrigger &t = triggers[k];
        QVector<ActorGroup> groups;
        int clauseStart = std::max(0, t.start - 60);
        QString actorText;
        // "... stage their Freedom Edge exercise, a drill the North has repeatedly
        // denounced": a relative clause on a noun whose subject is the North (a name
        // the lexicon leaves out, for its other senses); the stance is its, about
        // that noun, and no reaction to a launch.
        if (t.form == StanceTrigger::Active && theNorthRelativeBefore(QStringView(m_s).left(t.start))) {
            previous.clear();
            continue;
        }
        if (t.form == StanceTrigger::Active) {
            bool inherit = false;
            int uncut = 0;
            int from = subjectRegion(triggers, k, &inherit, &uncut);
            if (!inherit)
                from = afterFreeRelative(from, t.start);
            if (inherit && !previous.isEmpty()) {
                groups = previous;
            } else {
                QVector<QPair<int, int>> excluded;
                const QString region = m_s.mid(from, t.start - from);
                QStringList groupingsListed; // groupings whose members an aside lists
                // (An iterator, even an empty one, costs as much to make and free as
                // a short match: made only when the pattern may match.)
                if (mayHoldParenthetical(region)) {
                    for (auto it = parenthetical.globalMatch(region); it.hasNext();) {
                        const auto p = it.next();
                        const int a = from + int(p.capturedStart()), b = from + int(p.capturedEnd());
                        if (const QString grouping = groupWithMembersAside(a, b); !grouping.isEmpty())
                            groupingsListed << grouping;
                        else if (!isGloss(a, b))
                            excluded.append({a, b});
                    }
                }
                // "The U.S. commitments to the defense of the Republic of Korea and Japan
                // remain ironclad": the countries defended are what is committed to, not
                // who commits; only the owner of the commitment speaks.
                const qsizetype asides = excluded.size();
                if (const int objects = committedToFrom(region); objects >= 0)
                    excluded.append({from + objects, t.start});
                groups = groupsIn(from, t.start, excluded, true);
                // (The grouping itself gives way to the members listed, if they were read.)
                auto isListedGrouping = [&](const ActorGroup &g) {
                    return g.countries.size() == 1 && groupingsListed.contains(g.countries.first());
                };
                if (!groupingsListed.isEmpty() && !std::all_of(groups.cbegin(), groups.cend(), isListedGrouping))
                    groups.removeIf(isListedGrouping);
                // "Minister X called it unacceptable and said Japan had lodged a protest":
                // the speaker's own country, told by the speaker, keeps the speaker's name.
                for (ActorGroup &g : groups) {
                    if (!g.person.isEmpty() || !g.role.isEmpty())
                        continue;
                    for (const ActorGroup &p : std::as_const(previous)) {
                        if (p.countries == g.countries && (!p.person.isEmpty() || !p.role.isEmpty())) {
                            g = p;
                            break;
                        }
                    }
                }
                lendQuoteSpeaker(t, groups);
                if (!groups.isEmpty() && namesFirstPersonGroup(region)) {
                    QStringList signatories;
                    for (ActorGroup &g : groups) {
                        g.ownWords = true;
                        for (const QString &c : g.countries) {
                            if (!signatories.contains(c))
                                signatories << c;
                        }
                    }
                    m_d.firstPersonGroup = signatories;
                    m_d.firstPersonGroupQuoted = containsAnyOf(m_s, {u'"', u'\u201C', u'\u201D'});
                }
                if (groups.isEmpty() && uncut < from) {
                    // "X said that it had detected": the main clause's subject.
                    const QStringView main = QStringView(m_s).mid(uncut, from - uncut);
                    if (mayHoldParenthetical(main)) {
                        for (auto it = parenthetical.globalMatch(main); it.hasNext();) {
                            const auto p = it.next();
                            excluded.append({uncut + int(p.capturedStart()), uncut + int(p.capturedEnd())});
                        }
                    }
                    groups = groupsIn(uncut, t.start, excluded, true);
                }
                PronounSpan he = pronounSubject(region);
                int heBase = from;
                if (!he.found && groups.isEmpty() && uncut < from) {
                    // "It said that it had detected": the main clause's pronoun.
                    he = pronounSubject(QStringView(m_s).mid(uncut, t.start - uncut));
                    heBase = uncut;
                }
                ActorGroup named;
                if (groups.isEmpty() && he.found && previousSentenceNames(he.officeNoun))
                    named = speakerBefore(he.neuter);
                if (named.countries.isEmpty() && !he.neuter)
                    named = m_d.lastPerson;
                if (groups.isEmpty() && he.found && !named.countries.isEmpty()) {
                    // The actor named before, evidenced by the pronoun in this sentence.
                    ActorGroup g = named;
                    g.start = heBase + he.start;
                    g.end = heBase + he.end;
                    groups << g;
                }
                if (groups.isEmpty()) {
                    // "We call on the DPRK to refrain ...", "Our offer ... stands": the
                    // signatories a joint statement named for its "We"; or the
                    // answerer of a transcript's turn; or the speaker the passage is
                    // quoting or transcribing, last named.
                    if (const FirstPerson we = firstPersonSubject(region); we.found) {
                        ActorGroup g;
                        // (Only outside quotation marks: a quoted "We" is its speaker's.)
                        const bool quoted = containsAnyOf(m_s, {u'"', u'\u201C', u'\u201D'});
                        const SpeakerTurn *turn = m_d.firstPersonGroup.isEmpty() && !quoted ? answererTurn() : nullptr;
                        if (!m_d.firstPersonGroup.isEmpty() && quoted == m_d.firstPersonGroupQuoted) {
                            g.countries = m_d.firstPersonGroup;
                        } else if (turn) {
                            // (No country told: no reaction, rather than the last country named.)
                            if (!turn->country.isEmpty())
                                g.countries = QStringList{turn->country};
                            g.person = turn->person;
                        } else if (const QStringList behalf = quoted ? QStringList() : countriesSpokenForBefore(); !behalf.isEmpty()) {
                            // "I am delivering this statement on behalf of France, Japan, ...":
                            // whom the next sentences' "We" means.
                            m_d.firstPersonGroup = behalf;
                            m_d.firstPersonGroupQuoted = false;
                            g.countries = behalf;
                        } else if (const QString speaker = quoted ? QString() : recordSpeakerCountry(); !speaker.isEmpty()) {
                            // "Mr. Yamanouchi (Japan): ... We condemn ...": a record's speaker.
                            g.countries = QStringList{speaker};
                        } else if (const QString head = quoted ? QString() : letterheadCountry(); !head.isEmpty()) {
                            // A press release's own "We", "Our military": its letterhead's.
                            g.countries = QStringList{head};
                        } else {
                            if (m_d.lastPerson.countries == QStringList{m_d.lastCountry})
                                g = m_d.lastPerson;
                            g.countries = QStringList{m_d.lastCountry};
                        }
                        g.start = from + we.start;
                        g.end = from + we.end;
                        g.ownWords = true;
                        if (!g.countries.isEmpty() && !g.countries.first().isEmpty())
                            groups << g;
                    }
                }
                if (groups.isEmpty() && !m_d.lastGroup.isEmpty() && m_d.current - m_d.lastGroupSentence == 1) {
                    // "The three allies urged the DPRK to ... They reiterated that the
                    // door to diplomacy remains open and called on the DPRK to ...": the
                    // group that reacted in the sentence before (only there: a sentence
                    // between may name other people "They" means).
                    static const ReaderPattern they{QRegularExpression(QStringLiteral(
                        "^\\s*They(?:\\s+(?:also|then|later|again|further|jointly|together|[a-z]+ly))?\\s*$"))};
                    if (const auto m = they.match(region); m.hasMatch()) {
                        ActorGroup g;
                        g.countries = m_d.lastGroup;
                        g.start = from + int(region.indexOf(QLatin1String("They")));
                        g.end = g.start + 4;
                        groups << g;
                    }
                }
                if (groups.isEmpty() && isAttendeeSubject(region)) {
                    // "Participants "urged the North ..."": those at the meeting the
                    // sentence before said an office convened or held.
                    ActorGroup g = speakerBefore(true);
                    if (!g.countries.isEmpty()) {
                        g.start = from;
                        g.end = t.start;
                        groups << g;
                    }
                }
                if (groups.isEmpty() && t.stance == Stance::Support && !containsAnyOf(m_s, {u'"', u'\u201C', u'\u201D'})) {
                    // "Mr. Yermolov (Russian Federation): ... What happened on 18 August
                    // was a predictable response to those provocative drills": in a
                    // speaker's turn of a record or transcript, a judgement with no
                    // actor for its subject is the speaker's.
                    ActorGroup g;
                    if (const SpeakerTurn *turn = answererTurn(); turn && !turn->country.isEmpty()) {
                        g.countries = QStringList{turn->country};
                        g.person = turn->person;
                    } else if (const QString country = recordSpeakerCountry(); !country.isEmpty()) {
                        g.countries = QStringList{country};
                    }
                    if (!g.countries.isEmpty()) {
                        g.start = from;
                        g.end = t.start;
                        groups << g;
                    }
                }
                if (groups.isEmpty() && k > 0 && !previous.isEmpty())
                    groups = previous; // "..., and urged" with no new subject
                // "3. We sternly warn North Korea ..., and we urge it to ...", "Our military
                // sternly warns North Korea and strongly condemns ...": a press release's
                // own sentence in the first person is its letterhead's, whatever country
                // it names on the way.
                // (The letterhead only then: it is read once per article, on demand.)
                if (const int we = opensInFirstPerson(m_s); we >= 0 && !containsAnyOf(m_s, {u'"', u'\u201C', u'\u201D'})) {
                    if (const QString head = letterheadCountry(); !head.isEmpty()) {
                        ActorGroup g;
                        g.countries = QStringList{head};
                        g.start = we;
                        g.end = we + (m_s.at(we) == QLatin1Char('W') ? 2 : 3);
                        g.ownWords = true;
                        groups = QVector<ActorGroup>{g};
                    }
                }
                if (!groups.isEmpty() && groups.last().start >= from) {
                    // "..., a drill North Korea has denounced": a relative clause on a
                    // noun; only its own actor speaks, and about that noun.
                    const HeadNoun head = headNounBefore(m_s, groups.last().start, groups.last().end, t.start);
                    if (head.found) {
                        if (namesOtherMatter(QStringView(m_s).mid(head.start, head.end - head.start))) {
                            previous.clear();
                            continue;
                        }
                        groups.erase(std::remove_if(groups.begin(), groups.end(),
                                                    [&](const ActorGroup &g) { return g.start < head.end; }),
                                     groups.end());
                    }
                }
                actorText = withoutAudience(region);
                // "Ishiba, who will step down once his party chooses a leader, said":
                // an aside about the speaker names no one who speaks instead.
                // ("Miyake, who is now a research director at the Canon Institute,": what
                // the speaker is still tells whether an official speaks.)
                static const ReaderPattern copular = ci("^,\\s+who\\s+(?:is|are|has\\s+been|remains)\\b");
                for (qsizetype a = 0; a < asides; ++a) {
                    const auto [s, e] = excluded.at(a);
                    if (!copular.match(QStringView(m_s).mid(s, e - s)).hasMatch())
                        actorText.replace(s - from, e - s, QString(e - s, QLatin1Char(' ')));
                }
                clauseStart = groups.isEmpty() ? from : std::max(from, groups.last().end);
                if (clauseStart > t.start)
                    clauseStart = from;
            }
        } else {
            groups = listAfter(t.agentFrom);
            if (!groups.isEmpty())
                actorText = m_s.mid(t.agentFrom, groups.last().end - t.agentFrom);
        }
        // "Russia and North Korea are acting in close coordination", "The US and North
        // Korea worked closely on ...": cooperation with the launcher is no reaction to it.
        if (t.stance == Stance::Cooperation
            && std::any_of(groups.begin(), groups.end(), [&](const ActorGroup &g) {
                   // (Not "North Korea's activities", watched in close cooperation.)
                   const QStringView after = QStringView(m_s).mid(g.end, 2);
                   return g.countries.contains(QLatin1String("North Korea")) && after != u"'s" && after != u"\u2019s";
               }))
            continue;
        if (t.form == StanceTrigger::Active && t.stance == Stance::Cooperation && isMannerOfCooperation(m_s, t.start)) {
            // "will closely monitor North Korea's activities in close cooperation with
            // the international community": the North is what is watched, never the
            // one cooperating with the allies.
            for (ActorGroup &g : groups)
                g.countries.removeAll(QStringLiteral("North Korea"));
            groups.erase(std::remove_if(groups.begin(), groups.end(), [](const ActorGroup &g) { return g.countries.isEmpty(); }),
                         groups.end());
        }
        if (t.form == StanceTrigger::Active && !groups.isEmpty())
            dropObjectsOfStance(t, groups);
        if (!groups.isEmpty())
            addCountriesSpokenFor(t.start, groups);
        previous = groups;
        const bool policy = ((t.stance == Stance::Cooperation || t.stance == Stance::Dialogue)
                             && isStatedContinuation(m_s, clauseStart, t.start))
                            || (t.stance == Stance::Cooperation && isPledgedCooperation(m_s, clauseStart, t.start));
        if (groups.isEmpty() || (!policy && isHedged(m_s, clauseStart, t.start)) || m_lex.mentionsNonActor(actorText))
            continue;
        if (aboutAnotherCountry(t, groups) || urgesAnotherCountry(t) || urgesThePublic(t))
            continue;
        if (t.form == StanceTrigger::Active && (t.stance == Stance::Condemn || t.stance == Stance::Protest || t.stance == Stance::Concern)
            && objectIsKnownExercise(t))
            continue;
        // "..., where leaders from the U.S., South Korea and Japan pledged ...":
        // a clause about an earlier occasion, background to the news.
        if (containsLatin1(QStringView(m_s).left(t.start), ", where "))
            continue;
        for (const ActorGroup &g : groups) {
            if (t.needsOfficialSubject && g.role.isEmpty() && g.person.isEmpty())
                continue;
            for (const QString &c : g.countries) {
                StanceTrigger own = t;
                if (c == QLatin1String("North Korea")) {
                    // North Korea confirming or justifying its own launch is its
                    // claim, not a reaction; blaming others is denunciation.
                    if (t.stance == Stance::Acknowledge)
                        continue;
                    // "a clear message to North Korea that its provocative actions will
                    // not be tolerated": what is not tolerated is the launcher's own.
                    if (t.stance == Stance::Condemn && isIntolerance(t))
                        continue;
                    if (t.stance == Stance::Support) {
                        if (!m_s.mid(t.start, 4).startsWith(QLatin1String("blam"), Qt::CaseInsensitive))
                            continue;
                        own.stance = Stance::Condemn;
                    }
                }
                // One reaction per country and stance in a sentence: the fuller
                // naming wins ("Australia's Foreign Minister Penny Wong ... Canberra").
                auto same = std::find_if(out.begin(), out.end(), [&](const Found &f) {
                    return f.country == c && f.trigger.stance == own.stance;
                });
                if (same != out.end()) {
                    if (same->group.person.isEmpty() && same->group.role.isEmpty()
                        && (!g.person.isEmpty() || !g.role.isEmpty()))
                        same->group = g;
                    continue;
                }
                out.append({own, g, c});
            }
            if (!g.person.isEmpty()) {
                m_d.lastPerson = g;
                m_d.firstPersonGroup.clear();
            }
            if (!g.countries.isEmpty()) {
                m_d.lastCountry = g.countries.first();
                m_d.lastCountryAt = m_offset;
            }
        }
        // (A stance's subject of two countries or more: one group, or a list. Most
        // are one group of one country: nothing is built for them.)
        if (groups.size() == 1 && groups.first().countries.size() >= 2) {
            m_d.lastGroup = groups.first().countries;
            m_d.lastGroupSentence = m_d.current;
        } else if (groups.size() >= 2) {
            QStringList together;
            for (const ActorGroup &g : std::as_const(groups)) {
                for (const QString &c : g.countries) {
                    if (!together.contains(c))
                        together << c;
                }
            }
            if (together.size() >= 2) {
                m_d.lastGroup = together;
                m_d.lastGroupSentence = m_d.current;
            }
        }
    }
    // "Britain's Foreign Office said the UK condemned the launch": the saying only
    // carries the stance it reports, so a country's "said" acknowledge gives way to
    // any other stance the same country takes in the sentence.
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Found &f) {
                  if (f.trigger.stance != Stance::Acknowledge || !f.trigger.needsOfficialSubject)
                      return false;
                  return std::any_of(out.begin(), out.end(), [&](const Found &o) {
                      return o.country == f.country && o.trigger.stance != Stance::Acknowledge;
                  });
              }),
              out.end());
    return out;
}

const SpeakerTurn *SentenceReader::answererTurn()
{
    if (!m_d.turnsRead) {
        m_d.turns = SpeakerTurns::read(m_article.text, m_lex);
        m_d.turnsRead = true;
    }
    return m_d.turns.at(m_offset);
}

} // namespace atlas::reaction
