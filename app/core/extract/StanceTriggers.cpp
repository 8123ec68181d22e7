#include "extract/StanceTriggers.h"

#include "extract/CharScan.h"
#include "extract/DirectRegex.h"

#include "extract/reaction/ReaderPattern.h"
#include "extract/reaction/StanceObject.h"
#include "extract/reaction/TalksInUrge.h"
#include "extract/reaction/StanceWords.h"
#include "extract/reaction/WordChecks.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cstring>

namespace atlas {

namespace {
QRegularExpression ci(const char *pattern)
{
    QRegularExpression re(QString::fromUtf8(pattern),
                          QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

struct Pattern {
    Stance stance;
    QRegularExpression re;
};

// Objects that make sympathy "support" of North Korea rather than solidarity
// with an ally; and that make an "acknowledge" about a missile, not artillery.
const reaction::ReaderPattern &northKoreaObject()
{
    static const reaction::ReaderPattern re = ci(
        "\\b(?:north korea|pyongyang|dprk|kim jong|the north|its right|right to|self-defen[cs]e|the launch|the test|the missile"
        "|its\\s+(?:neighbou?r|ally|partner)|sovereign\\s+right)");
    return re;
}
const reaction::ReaderPattern &missileWords()
{
    static const reaction::ReaderPattern re = ci("\\b(?:missiles?|launch(?:es|ed)?|projectiles?|rockets?|trajectory|ballistic|splash)");
    return re;
}
const reaction::ReaderPattern &notMissile()
{
    static const reaction::ReaderPattern re = ci("\\b(?:artillery|nuclear test|shells?|drones?|balloons?)\\b");
    return re;
}

const QVector<Pattern> &activePatterns()
{
    static const QVector<Pattern> patterns{
        {Stance::Condemn,
         ci("\\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|slam(?:s|med|ming)?"
            "|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|censur(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|lambast(?:s|ed|ing)?"
            // "the launch cannot be tolerated", "Japan will not tolerate", "an intolerable act"
            // (the negation is the trigger's, so it is not read as "did not condemn")
            "|intolerable|(?:cannot|can\\s+not|can['\u2019]t|won['\u2019]t|(?:will|must|should|would)\\s+not|not)\\s+(?:be\\s+)?"
            "(?:tolerated|tolerate|condoned|condone)"
            // "an extremely dangerous act that Japan can never accept"
            "|(?:cannot|can\\s+not|can['\u2019]t|won['\u2019]t|(?:will|can|could)\\s+never|(?:will|would)\\s+not)\\s+(?:be\\s+)?accept(?:ed)?)\\b")},
        {Stance::Condemn,
         ci("\\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?"
            "|term(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing))\\b(?=[^.;:!?]{0,80}?\\b(?:violations?|breach(?:es)?|provocations?"
            "|unacceptable|outrageous|reckless)\\b)")},
        // "said the launch was a brazen violation", "told reporters it was totally unacceptable",
        // "told reporters that the launches "threaten the peace ... and are absolutely unacceptable""
        {Stance::Condemn,
         ci("\\b(?:said|says|stated|added|noted|told\\s+[\\w-]+)\\b(?=[^.;!?]{0,140}?\\b(?:was|were|is|are|constituted?|constitutes"
            "|represented?|represents)\\s+(?:[^.;!?\"\u201C]{0,100}?\\sand\\s+)?[\"\u201C]?(?:(?:totally|absolutely|completely|utterly|simply|clearly|a|an|clear|flagrant|brazen|"
            "blatant|serious|grave|direct|another|yet|further)\\s+){0,4}(?:unacceptable|outrageous|reckless|violations?"
            "|breach(?:es)?|provocations?|provocative)\\b)")},
        {Stance::Protest,
         ci("\\b(?:lodg|fil|issu|register|deliver|sen[dt]|launch|ma[dk]|voic|conve)\\w*\\s+(?:an?\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?protests?\\b"
            "|\\bprotested\\b|\\bsummon(?:s|ed|ing)?\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ambassador|envoy|charg)")},
        {Stance::Concern,
         ci("\\b(?:express|voic|rais|reiterat|conve|flagg?|register)\\w*\\s+(?:its\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,2}?"
            "(?:concerns?|alarm|worry|worries|dismay|unease|regret)\\b"
            "|\\b(?:is|are|was|were|remain(?:s|ed)?|been|said\\s+it\\s+was)\\s+(?:\\w+ly\\s+)?(?:concerned|alarmed|worried|troubled)\\b"
            "|\\b(?:deeply|gravely|seriously|extremely|very)\\s+(?:concerned|alarmed|worried|troubled)\\b"
            "|\\b(?:serious|grave|deep|profound)\\s+concerns?\\b"
            // "Seoul deeply regrets the launch": regret said as a verb; or as an
            // adjective, "said it was "deeply regrettable" that the North ...".
            "|\\bregret(?:s|ted|table)\\b"
            // "Brazil follows with concern the developments", "noted with deep concern"
            "|\\b(?:(?:follow|view|watch|observ|monitor)\\w*|not(?:e|es|ed|ing))\\s+(?:[\\w-]+\\s+){0,4}?with\\s+(?:great\\s+|grave\\s+|deep\\s+|serious\\s+|growing\\s+)?"
            "(?:concern|alarm|worry)\\b")},
        {Stance::Urge,
         ci("\\b(?:urg(?:e|es|ed|ing)|(?<!\\bphone\\s)(?<!\\bvideo\\s)(?<!\\ba\\s)(?<!\\bthe\\s)call(?:s|ed|ing)?\\s+(?:on|upon)"
            "(?!\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\\s+\\d|\\d))|appeal(?:s|ed|ing)?\\s+to|exhort(?:s|ed|ing)?)\\b"
            "|\\b(?:pressed|pressing|demanded|demanding)\\b(?=[^.;]{0,60}\\b(?:to|that)\\b)"
            "|\\bcall(?:s|ed|ing)?\\s+for\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:restraint|halt|end|stop|cessation|moratorium|compliance)\\b"
            // "China hopes all parties will remain calm and exercise restraint": Beijing's urge.
            "|\\bhop(?:e|es|ed|ing)\\s+(?:that\\s+)?(?:all\\s+|the\\s+|both\\s+)*(?:relevant\\s+|concerned\\s+)?(?:parties|sides)\\b"
            "[^.;]{0,60}?\\bexercis(?:e|es|ed|ing)\\s+(?:maximum\\s+|utmost\\s+)?restraint\\b")},
        {Stance::Support,
         ci("\\b(?:express|voic|offer|extend|show|declar|pledg|reaffirm)\\w*\\s+(?:its\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,2}?"
            "(?:support|sympathy|understanding|backing|solidarity)\\b"
            "|\\b(?:defend(?:s|ed|ing)?|justif(?:y|ies|ied|ying)|backed|endors(?:e|es|ed|ing))\\b"
            // "We stand in full solidarity with Japan", "stands alongside its partners",
            // "Russia stands with the DPRK": whose side (an ally's is cooperation, see keepTrigger).
            "|\\bstand(?:s|ing)?(?:\\s+(?:firmly|resolutely|united|together))?"
            "(?:\\s+in\\s+(?:full\\s+|firm\\s+|complete\\s+|close\\s+|strong\\s+)?solidarity)?(?=\\s+(?:with|alongside)\\b)"
            // "understands the DPRK's security concerns": sympathy with its reasons.
            "|\\bunderst(?:and|ands|anding|ood)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?"
            "(?:concerns?|reasons?|position|motives?|worries|logic|rationale)\\b"
            // "a forced response to the drills", "a predictable reaction": the launch
            // excused as an answer (who to, keepTrigger decides); "a direct consequence
            // of Washington's policy", "the root cause lies in ... hostile policy".
            // (Not "direct" as a start, a look-up at every "director" and "directly":
            // "a direct consequence" starts at its noun.)
            "|\\b(?:forced|predictable|inevitable|legitimate|justified|justifiable|natural|logical|understandable)\\s+"
            "(?:response|reaction|countermeasure|answer)s?\\b"
            "|\\bconsequences?\\s+of\\b(?=[^.;]{0,100}?\\b(?:Washington|United\\s+States|U\\.S\\.|US|allies|drills|exercises"
            "|militar\\w*|hostile|pressure))"
            "|\\broot\\s+causes?\\b(?=[^.;]{0,160}?\\b(?:Washington|United\\s+States|U\\.S\\.|US|allies|drills|exercises|militar\\w*"
            "|hostile|pressure|sanctions|security\\s+concerns))"
            "|\\bas\\s+(?:a\\s+)?justification\\b|\\bciting\\b[^.;]{0,40}\\bself-defen[cs]e\\b"
            "|\\b(?:said|says)\\b(?=[^.;]{0,80}?\\b(?:sovereign\\s+right|right\\s+to\\s+(?:self-defen|defend|ensure|strengthen|bolster|build\\s+up"
            "|protect|safeguard|develop|enhance|boost))|[^.;]{0,140}?,?\\s+and\\s+that\\s+[^.;]{0,40}?\\bright\\s+to\\s+(?:self-defen|defend|strengthen|bolster|protect|safeguard))"
            "|\\bblam(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:U\\.S\\.|US|United States|Washington|Seoul|South Korea|Tokyo|Japan|allies"
            "|joint|military|the\\s+drills|(?:U\\.S\\.|US)-)")},
        {Stance::Acknowledge,
         ci("\\b(?:confirm(?:s|ed|ing)?|detect(?:s|ed|ing)?|corroborat(?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)"
            "|verif(?:y|ies|ied)|track(?:s|ed|ing)?|report(?:s|ed|ing)?|spott(?:ed|ing)|identifi(?:ed|es))\\b"
            "|\\b(?:is|was|are|were)\\s+[\"\u201C]?aware\\s+of\\b|(?<=:\\s)aware\\s+of\\b"
            // An office stating the facts: "Japan's Defense Ministry said the missiles ...".
            "|\\b(?:said|says|say|announced|stated|told\\s+(?:reporters|journalists|lawmakers|parliament))\\b(?=\\s+(?:that\\s+)?(?:the|a|an|two|three|several|multiple|its|North)\\s+"
            "(?:[\\w-]+\\s+){0,3}?(?:missiles?|launch(?:es)?|projectiles?|ICBM|SRBMs?)\\b)")},
        {Stance::Cooperation,
         // ("committed to further strengthen trilateral security cooperation". Not
         // "commitment": its own pattern below reads it, and it is everywhere. Not
         // "strengthen" itself: common in the news of the North's other alliances
         // ("The strengthening alliance between Pyongyang and Moscow"), it opened
         // such sentences to the whole reading, 1% of extraction, for one reaction
         // in 23 held-out sets.)
         ci("\\b(?:(?:reaffirm|affirm|reiterat|underscor|emphasi[sz]|stress|pledg|vow|highlight|renew|agree)\\w*"
            "|commit(?:s|ted|ting)?)\\b"
            "(?=[^.;!?]{0,140}?\\b(?:cooperation|co-operation|coordination|coordinate|alliance|alliances|commitment|partnership"
            "|solidarity|unified stance|united front|collaboration|trilateral|bilateral)\\b)"
            "|\\bironclad\\b"
            // "consulting closely with our allies", "will keep working "shoulder to
            // shoulder" with Seoul": working with partners, said with an adverb or an idiom.
            // ("keep coordinating closely on their response": what they coordinate on; not
            // "over decades", a span of time.)
            "|\\b(?:consult|coordinat|work|cooperat|collaborat)\\w*\\s+(?:very\\s+|so\\s+)?closely\\s+(?:with|together|on)\\b"
            // "Japan will share information closely with the United States".
            // (From "closely", the word the scan can start it at.)
            "|(?<=\\bshare\\sinformation\\s|\\bshare\\sintelligence\\s|\\bshare\\sdata\\s|\\bshares\\sinformation\\s|\\bshares\\sintelligence\\s|\\bshares\\sdata\\s"
            "|\\bshared\\sinformation\\s|\\bshared\\sintelligence\\s|\\bshared\\sdata\\s|\\bsharing\\sinformation\\s|\\bsharing\\sintelligence\\s|\\bsharing\\sdata\\s)closely\\s+with\\b"
            // "Both nations would keep close coordination with the United States".
            "|(?<=\\bkeep\\s|\\bkeeps\\s|\\bkept\\s|\\bkeeping\\s|\\bmaintain\\s|\\bmaintains\\s|\\bmaintained\\s|\\bmaintaining\\s)"
            "close\\s+(?:cooperation|co-operation|coordination|communication|contact|consultations?)\\s+with\\b"
            // "remains committed to the defence of the ROK and Japan".
            "|\\bcommitted\\s+to\\s+(?:the\\s+)?(?:defen[cs]e|security)\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+Korea|ROK|South\\s+Korea|Japan|"
            "(?:its|our|their)\\s+(?:allies|partners|ally)|allies|partners)\\b"
            // The adverb first ("would closely coordinate with"), or the manner of
            // an action ("stay on alert in close cooperation with the United States").
            // ... or shares what it learns ("is closely sharing information with the U.S.").
            // (The quotation may close after the verb, "was "closely sharing" information
            // on the launch with the U.S.")
            "|\\bclosely\\s+(?:(?:consult|coordinat|work|cooperat|collaborat)\\w*|shar(?:e|es|ed|ing)[\"\u201D]?\\s+(?:information|intelligence|data)"
            "(?:\\s+(?:on|about)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:launch|launches|missile|missiles|firing|test))?)[\"\u201D]?\\s+with\\b"
            // (Matched from "close", the word the scan can start it at.)
            // (Partners unnamed too: "confirmed they would respond in close coordination".)
            "|(?<=\\bin\\s)closer?\\s+(?:cooperation|co-operation|coordination|consultation|collaboration)\\b"
            "|\\bshoulder[- ]to[- ]shoulder\\b"
            // "will continue to work with like-minded partners such as the US": working
            // with allies or partners named as such.
            "|\\bwork(?:s|ed|ing)?\\s+(?:together\\s+)?with\\s+(?:its\\s+|our\\s+|their\\s+|other\\s+)?"
            "(?:like-minded\\s+|international\\s+|regional\\s+|key\\s+|close\\s+)?(?:partners|allies)\\b")},
        {Stance::Dialogue,
         // "urg" is urge, urged, urging; not "urgency" or "urgent".
         // "stands ready to contribute ... through peaceful dialogue" too.
         ci("\\b(?:offer|propos|call|push|seek|sought|urg(?!enc|ent)|express|signal|reiterat|stress|renew|extend|favou?r|reaffirm|hope|hoping|ready)\\w*\\b"
            // ("We hope all parties ... stay committed to the direction of political
            // settlement ... through meaningful dialogue": Beijing's wording.)
            "(?=[^.;!?]{0,100}?\\b(?:talks|dialogue|negotiations|negotiating\\s+table|diplomacy|summit|sit\\s+down\\s+with|to\\s+talk"
            // ("resolution" left out: the UN's resolutions are in half the sentences.)
            "|(?:political|peaceful|diplomatic)\\s+(?:settlement|solution))\\b)"
            // (Not "hardly open", "less open", "claimed to be open": looked back for only
            // once the word is read, not at every word.)
            "|\\b(?:willing(?:ness)?|readiness|openness|open|interest)"
            "(?<!hardly\\sopen)(?<!less\\sopen)(?<!claimed\\sto\\sbe\\sopen)(?<!claims\\sto\\sbe\\sopen)(?<!claim\\sto\\sbe\\sopen)"
            "\\s+(?:to|in|for)\\s+(?:\\w+\\s+){0,2}?"
            "(?:meet|meeting|talk|talks|engag\\w*|negotiat\\w*|dialogue|diplomacy|resum\\w*|sit\\s+down|hold\\s+talks)\\b"
            // "would love to meet Kim", "would be happy to sit down with him": a wish to
            // meet (from "would", so the hedge test does not read it as a doubt)
            "|\\bwould\\s+(?:love|like|be\\s+(?:happy|glad|delighted))\\s+to\\s+(?:meet|talk|sit\\s+down)\\b"
            // "The door to dialogue remains open"
            "|\\bdoor\\s+(?:to|for)\\s+(?:\\w+\\s+){0,2}?(?:dialogue|talks|diplomacy|negotiations|engagement)\\b"
            // "would "not give up on dialogue"", "will never abandon diplomacy": a
            // pledge to keep talking, its negation part of the pledge (the trigger
            // starts at "would" so the hedge test does not read it as a doubt).
            "|\\b(?:will|would|shall)\\s+[\"\u201C]?(?:not|never)\\s+(?:give\\s+up\\s+on|abandon|walk\\s+away\\s+from)\\s+"
            "(?:[\\w-]+\\s+){0,2}?(?:dialogue|talks|diplomacy|negotiations|engagement)\\b"
            // "Washington "remains committed to diplomacy" with the North": committed to
            // talking (committed to an ally's defence is cooperation).
            "|\\bcommitted\\s+to\\s+(?:[\\w-]+\\s+){0,2}?(?:dialogue|talks|diplomacy|negotiations|engagement)\\b")},
    };
    return patterns;
}

// Which gates each pattern needs (reaction/StanceWords.h): a word of its first
// gate and, where given, one of its second ("called ... a violation"). In the
// order of activePatterns().
const QVector<QPair<quint32, quint32>> &patternNeeds()
{
    using namespace reaction;
    static const QVector<QPair<quint32, quint32>> needs{
        {kGateCondemn, 0},  {kGateCalled, kGateViolation}, {kGateSaid, kGateViolation}, {kGateProtest, 0},
        {kGateConcern, 0},  {kGateUrge, 0},                {kGateSupport, 0},           {kGateAck, 0},
        {kGateCoopVerb, kGateCoopObject},                  {kGateDialogue, 0}};
    return needs;
}


const QRegularExpression &passivePattern()
{
    static const QRegularExpression re = ci(
        "\\b(?:was|were|been|being|is|are)\\s+(?:(?:all|also|quickly|swiftly|immediately|promptly|later|since|widely|roundly|"
        "sharply|strongly|publicly|\\w+ly)\\s+){0,3}"
        "(condemned|denounced|criticised|criticized|slammed|deplored|rebuked|confirmed|detected|corroborated|tracked|"
        "acknowledged|protested|verified)\\s+"
        // "was condemned in a joint statement by the foreign ministers of ...": the
        // occasion between the verb and its agent.
        "(?:in\\s+(?:a|an|the|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|communiqu[eé]|declaration|call|message|letter|briefing)\\s+)?"
        "by\\s+");
    return re;
}

const QRegularExpression &nominalPattern()
{
    static const QRegularExpression re = ci(
        "\\b(condemnation|criticism|rebuke|protests?|concerns?)\\s+(?:from|by)\\s+");
    return re;
}

Stance passiveStance(const QString &verb)
{
    const QString v = verb.toLower();
    if (v.startsWith(QLatin1String("protest")))
        return Stance::Protest;
    if (v.startsWith(QLatin1String("confirm")) || v.startsWith(QLatin1String("detect"))
        || v.startsWith(QLatin1String("corroborat")) || v.startsWith(QLatin1String("track"))
        || v.startsWith(QLatin1String("acknowledg")) || v.startsWith(QLatin1String("verif")))
        return Stance::Acknowledge;
    return Stance::Condemn;
}

Stance nominalStance(const QString &noun)
{
    const QString n = noun.toLower();
    if (n.startsWith(QLatin1String("protest")))
        return Stance::Protest;
    if (n.startsWith(QLatin1String("concern")))
        return Stance::Concern;
    return Stance::Condemn;
}

// A stance that depends on what the verb is about.
// "Pyongyang has long denounced the drills", "the gangsters, who condemn ...": a habit
// or a description of someone, not a response to this launch.
bool habitualJudgement(const StanceTrigger &t, const QString &s)
{
    if (t.stance != Stance::Condemn && t.stance != Stance::Protest && t.stance != Stance::Urge)
        return false;
    const int from = std::max(0, t.start - 40);
    const QStringView before = QStringView(s).mid(from, t.start - from);
    // Each pattern needs one of its words (reaction/WordChecks.h).
    static const reaction::AsciiWordSet habitWords{"has", "have", "had"};
    static const reaction::AsciiWordSet relativeWords{"who", "which", "that"};
    static const reaction::ReaderPattern habit = ci("\\b(?:has|have|had)\\s+(?:long|always|often|routinely)\\s+$");
    if (habitWords.maybeIn(before) && habit.match(before).hasMatch())
        return true;
    // "which North Korea routinely condemns", "Beijing usually urges restraint":
    // what an actor does as a rule, said with a word of frequency right before.
    static const reaction::AsciiWordSet frequencyWords{"routinely", "regularly", "usually", "habitually", "typically",
                                                       "customarily", "invariably", "frequently", "often", "always",
                                                       "generally"};
    static const reaction::ReaderPattern frequency = ci(
        "\\b(?:routinely|regularly|usually|habitually|typically|customarily|invariably|frequently|often|always|generally)\\s+$");
    if (frequencyWords.maybeIn(before) && frequency.match(before).hasMatch())
        return true;
    static const reaction::ReaderPattern relative = ci("(?:,\\s*|\\s)(?:who|which|that)\\s+$");
    if (relativeWords.maybeIn(before) && relative.match(before).hasMatch()) {
        int e = t.start;
        while (e < s.size() && s.at(e).isLetter())
            ++e;
        const QString verb = s.mid(t.start, e - t.start).toLower();
        return !verb.endsWith(QLatin1String("ed")); // "who condemned it" is still an event
    }
    return false;
}

// What keepTrigger asks of the whole sentence, worked out once per sentence.
struct SentenceMemo {
    int missile = -1; // -1: not yet known
};

bool keepTrigger(StanceTrigger &t, const QString &s, SentenceMemo &memo)
{
    if (habitualJudgement(t, s))
        return false;
    // "condemned the joint drills", "expressed concern over the exercises": a
    // stance about another matter, not a reaction to the launch.
    if (t.form == StanceTrigger::Active
        && (t.stance == Stance::Condemn || t.stance == Stance::Protest || t.stance == Stance::Concern)
        && reaction::namesOtherMatter(reaction::objectAfter(s, t.end)))
        return false;
    // "told reporters that tariffs imposed by Washington ... were absolutely
    // unacceptable", "that Western sanctions against Pyongyang ... are
    // unacceptable": a verb of saying judges what its clause is about, up to the
    // judgement's copula; another matter there is no reaction to the launch.
    if (t.form == StanceTrigger::Active && t.stance == Stance::Condemn) {
        const QStringView verb = QStringView(s).mid(t.start, std::min(6, int(s.size()) - t.start));
        static const QLatin1String sayingVerbs[] = {QLatin1String("said"), QLatin1String("says"), QLatin1String("stated"),
                                                    QLatin1String("added"), QLatin1String("noted"), QLatin1String("told")};
        if (std::any_of(std::begin(sayingVerbs), std::end(sayingVerbs),
                        [&](QLatin1String v) { return verb.startsWith(v, Qt::CaseInsensitive); })) {
            static const reaction::ReaderPattern copula = ci("\\b(?:was|were|is|are|constituted?|constitutes|represented?|represents)\\b");
            const QStringView clause = QStringView(s).mid(t.end, std::min(150, int(s.size()) - t.end));
            const RegexMatch c = copula.match(clause);
            const QStringView judged = c.hasMatch() ? clause.left(c.capturedStart()) : clause;
            static const reaction::AsciiWordSet trade{"tariff", "tariffs", "trade", "duties", "levies"};
            static const reaction::AsciiWordSet launch{"launch", "launches", "missile", "missiles", "test", "tests", "firing", "firings"};
            if (reaction::namesOtherMatter(judged) || (trade.maybeIn(judged) && !launch.maybeIn(judged)))
                return false;
        }
    }
    // "regrets the launch", "cannot accept such provocations": regret and refusal
    // are a reaction to the launch only when what follows is the launch (or
    // nothing: "an act that Japan can never accept.") or what North Korea does
    // ("regrets that the North continues to ..."); "regretted that the United
    // States had deployed ...", "cannot accept Tokyo's territorial claim" are not.
    if (t.form == StanceTrigger::Active && (t.stance == Stance::Concern || t.stance == Stance::Condemn)) {
        const QStringView words = QStringView(s).mid(t.start, t.end - t.start);
        if (words.startsWith(QLatin1String("regret"), Qt::CaseInsensitive) || words.endsWith(QLatin1String("accept"), Qt::CaseInsensitive)
            || words.endsWith(QLatin1String("accepted"), Qt::CaseInsensitive)) {
            static const reaction::ReaderPattern launchObject = ci(
                "^\\s*(?:[.,;:!?)\"\u201D]|$|(?:that\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?(?:launch|launches|launching|missiles?|tests?|test-firing|firings?"
                "|provocations?|acts?|actions?|decision|move|behaviou?r)\\b"
                // "regrets that the North continues to pour its resources into weapons":
                // what North Korea does.
                "|that\\s+(?:the\\s+North|North\\s+Korea|Pyongyang|the\\s+DPRK|the\\s+regime)\\b)");
            if (!launchObject.match(QStringView(s).mid(t.end, 80)).hasMatch())
                return false;
        }
    }
    // The words after the trigger, and around it, as the cases below need them.
    const QStringView afterView = QStringView(s).mid(t.end, 90);
    switch (t.stance) {
    case Stance::Support: {
        // Sympathy for an ally is cooperation; for North Korea, support.
        // (The trigger's words read in place: no copy.)
        const QStringView words = QStringView(s).mid(t.start, t.end - t.start);
        if (words.startsWith(QLatin1String("blam"), Qt::CaseInsensitive))
            return true; // blaming Washington for the tension: North Korea's side
        // "a forced response", "a direct consequence of ...", "the root cause": the
        // launch excused by what others did. A response or reaction counts only as
        // what the launch is called ("called the test a 'forced response'", "the
        // launch was a predictable reaction") or with what it answers ("a forced
        // response to the drills"), and not denied ("was not a forced response").
        static const reaction::ReaderPattern excuse =
            ci("^(?:forced|predictable|inevitable|legitimate|justified|justifiable|natural|logical|understandable|consequence|root)\\b");
        if (excuse.match(words).hasMatch() && words.contains(u' ')) { // (not "justified the test")
            const int from = std::max(0, t.start - 60);
            const QStringView before = QStringView(s).mid(from, t.start - from);
            // (Denied or rejected anywhere in the clause before it: "did not see the
            // test as a forced response", "it was wrong to describe the launch as a
            // predictable reaction", "denied that the launch was ...".)
            static const reaction::ReaderPattern denied = ci(
                "\\b(?:not|no|never|hardly|wrong|false|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\\b[^.;:]*$");
            if (denied.match(before).hasMatch())
                return false;
            // (... or after it: "a 'forced response,' which she said was shameful",
            // "a claim he rejected as absurd".)
            static const reaction::ReaderPattern rejectedAfter = ci(
                "^[^.;]{0,60}?\\b(?:shameful|absurd|false|baseless|nonsense|rejected|dismissed|denied|wrong)\\b");
            if (rejectedAfter.match(afterView).hasMatch())
                return false;
            static const reaction::ReaderPattern named = ci(
                "\\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|was|were|is|are|as|be|been)\\s+"
                "(?:[\\w'\u2019-]+\\s+){0,6}?(?:(?:a|an|the)\\s+)?[\"\u201C]?(?:(?:direct|only|entirely|perfectly|quite)\\s+)?$");
            static const reaction::ReaderPattern answers = ci("^[\"\u201D]?\\s*(?:to|against)\\b");
            const bool response = !words.startsWith(QLatin1String("conseq"), Qt::CaseInsensitive) && !words.startsWith(QLatin1String("root"), Qt::CaseInsensitive);
            if (!response) {
                // "a direct consequence of Pyongyang's own choices": the launcher's doing.
                static const reaction::ReaderPattern ownDoing = ci(
                    "^(?:\\s+of|\\s+lies\\s+in|\\s+lay\\s+in|\\s+is|\\s+was)?\\s+(?:the\\s+)?(?:Pyongyang|North\\s+Korea|the\\s+North|DPRK|regime|its\\s+own|their\\s+own)");
                return !ownDoing.match(afterView).hasMatch();
            }
            // ("a predictable reaction from a regime that thrives on provocation": whose.)
            static const reaction::ReaderPattern whose = ci("^[\"\u201D]?\\s*(?:from|of|by)\\b");
            if (whose.match(afterView).hasMatch())
                return false;
            return named.match(before).hasMatch() || answers.match(afterView).hasMatch();
        }
        if (words.contains(QLatin1String("justification"), Qt::CaseInsensitive)
            || words.contains(QLatin1String("citing"), Qt::CaseInsensitive))
            return true;
        // "stands with the DPRK" is North Korea's side; "stands alongside its
        // partners", "in solidarity with Japan", an ally's: only the side named counts.
        if (QStringView(s).mid(t.start, 5).startsWith(QLatin1String("stand"), Qt::CaseInsensitive)) {
            static const reaction::ReaderPattern northSide = ci("^\\s*(?:with|alongside)\\s+(?:the\\s+)?(?:north korea|pyongyang|dprk|kim jong|the north)\\b");
            if (!northSide.match(afterView).hasMatch())
                t.stance = Stance::Cooperation;
            return true;
        }
        // "understands the DPRK's security concerns": the North may be inside the trigger.
        const bool understood = QStringView(s).mid(t.start, 5).startsWith(QLatin1String("under"), Qt::CaseInsensitive);
        const QString after = understood ? s.mid(t.start, t.end - t.start + 70) : afterView.toString();
        // "We understand the logic of these steps": the reasons for what was done.
        static const reaction::ReaderPattern reasonsOfSteps =
            ci("^\\w+\\s+(?:the\\s+)?(?:logic|rationale|reasons?|motives?)\\s+(?:of|behind|for)\\s+(?:these|those|such|its|their|this)\\s+"
               "(?:steps?|actions?|measures?|moves?|tests?|launch(?:es)?|decisions?)\\b");
        if (understood && reasonsOfSteps.match(after).hasMatch())
            return true;
        if (!northKoreaObject().match(understood ? after : after.left(70)).hasMatch()) {
            static const reaction::ReaderPattern ally = ci("^\\s*(?:for|with|of|to)\\b");
            if (!ally.match(after).hasMatch())
                return false;
            t.stance = Stance::Cooperation;
        }
        return true;
    }
    case Stance::Acknowledge: {
        // Each pattern needs one of its words (reaction/WordChecks.h).
        static const reaction::AsciiWordSet saidWords{"said", "says", "say", "announced", "stated", "told"};
        static const reaction::AsciiWordSet notMissileWords{"artillery", "nuclear", "shell",   "shells",
                                                            "drone",     "drones",  "balloon", "balloons"};
        static const reaction::ReaderPattern said = ci("^(?:said|says|say|announced|stated|told\\s+\\w+)$");
        const QStringView verb = QStringView(s).mid(t.start, t.end - t.start);
        t.needsOfficialSubject = saidWords.maybeIn(verb) && said.match(verb).hasMatch();
        if (memo.missile < 0) {
            // missileWords() read by hand (the pattern only where folding could matter).
            static const reaction::AsciiStemSet missileStems{"missile", "launch", "projectile", "rocket",
                                                             "trajectory", "ballistic", "splash"};
            const auto answer = missileStems.beginsAWordIn(s);
            memo.missile = answer == reaction::AsciiStemSet::Unknown ? (missileWords().match(s).hasMatch() ? 1 : 0)
                                                                     : (answer == reaction::AsciiStemSet::Yes ? 1 : 0);
        }
        const int aroundFrom = std::max(0, t.start - 80);
        const QStringView around = QStringView(s).mid(aroundFrom, t.end - aroundFrom + 80);
        if (memo.missile != 1 || (notMissileWords.maybeIn(around) && notMissile().match(around).hasMatch()))
            return false;
        // "confirmed that Japan, the United States and the Republic of Korea will
        // continue to work closely together": what they will do, a commitment (the
        // cooperation pattern reads it), not a launch confirmed.
        if (verb.startsWith(QLatin1String("confirm"), Qt::CaseInsensitive)) {
            static const reaction::ReaderPattern willDo = ci(
                "^\\s+that\\s+[^.;]{0,100}?\\b(?:will|would|shall)\\s+(?:continue|keep|further|work|cooperate|coordinate|strengthen|remain|stand)\\b");
            if (willDo.match(afterView).hasMatch())
                return false;
        }
        return true;
    }
    case Stance::Urge: {
        // "called on the North to return to dialogue": asking for talks alone is an
        // offer of dialogue (the dialogue pattern reads the same words), not a demand.
        const QStringView verb = QStringView(s).mid(t.start, 4);
        if (!verb.startsWith(QLatin1String("urg"), Qt::CaseInsensitive)
            && !verb.startsWith(QLatin1String("call"), Qt::CaseInsensitive))
            return true;
        static const reaction::AsciiWordSet talkWords{"talks", "dialogue", "negotiations", "diplomacy", "table"};
        if (!talkWords.maybeIn(afterView))
            return true;
        const QString after = afterView.toString();
        static const reaction::ReaderPattern toTalks = ci(
            "^\\s+(?:(?!to\\s)[\\w.'\u2019-]+\\s+){0,8}?to\\s+(?:(?:return|come\\s+back|go\\s+back|get\\s+back)\\s+to|resume|hold|engage\\s+in"
            "|sit\\s+down\\s+(?:for|to)|begin|start|pursue|seek)\\s+(?:[\\w-]+\\s+){0,3}?"
            "(?:talks|dialogue|negotiations|diplomacy|table)\\b(?![^.;]{0,40}\\b(?:and|or)\\s+(?:to\\s+)?(?:stop|halt|cease|refrain|end|abandon|comply)\\b)");
        return !toTalks.match(after).hasMatch();
    }
    case Stance::Cooperation: {
        // "commitment to engaging ... diplomatically" offers talks rather than alliance.
        static const reaction::ReaderPattern talk = ci("^[^.;]{0,60}?\\bcommitment\\s+to\\s+(?:engag|dialogue|diplomac|talks)");
        static const reaction::AsciiWordSet commitment{"commitment", "commitments"};
        const bool committed = commitment.maybeIn(afterView); // (asked twice below)
        if (committed && talk.match(afterView).hasMatch())
            t.stance = Stance::Dialogue;
        // "reaffirms his commitment to the complete denuclearization of the Korean
        // Peninsula", "to peace and stability": a commitment to a goal, with no
        // alliance, partner or coordination named, is no cooperation.
        static const reaction::AsciiWordSet goalWords{"denuclearization", "denuclearisation", "denuclearized", "denuclearised", "denuclearize", "denuclearise",
                                                      "non", "nonproliferation", "peace", "stability", "disarmament"};
        const QStringView window = QStringView(s).mid(t.end, 160);
        if (t.stance == Stance::Cooperation && committed && goalWords.maybeIn(window)) {
            static const reaction::ReaderPattern goal = ci(
                "^[^.;!?]{0,60}?\\bcommitments?\\s+to\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?"
                "(?:denucleari[sz]\\w*|non-?proliferation|peace|stability|disarmament)\\b");
            static const reaction::ReaderPattern partner = ci(
                "^[^.;!?]*?\\b(?:cooperation|co-operation|coordination|coordinate|alliances?|partnership|solidarity|allies"
                "|collaboration|trilateral|bilateral|defen[cs]e\\s+of|security\\s+of)\\b");
            if (goal.match(window).hasMatch() && !partner.match(window).hasMatch())
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}
} // namespace

bool mayHoldStance(const QString &text)
{
    using namespace reaction;
    const quint32 g = stanceGates(text);
    for (const auto &need : patternNeeds()) {
        if ((g & need.first) && (!need.second || (g & need.second)))
            return true;
    }
    return (g & (kGateCondemn | kGateAck | kGateProtest)) && (g & kGateBy);
}

namespace {

// The same pattern, matching only where the search starts: \G lets PCRE's JIT
// compile it anchored (PCRE2_ANCHORED given at match time would run the slow
// interpreter instead). Run directly by PCRE2: it is tried at every start word.
DirectRegex anchored(const QRegularExpression &re)
{
    return DirectRegex(QRegularExpression(QStringLiteral("\\G(?:") + re.pattern() + QLatin1Char(')'), re.patternOptions()));
}

const QVector<DirectRegex> &anchoredActivePatterns()
{
    static const QVector<DirectRegex> patterns = [] {
        QVector<DirectRegex> out;
        for (const Pattern &p : activePatterns())
            out << anchored(p.re);
        return out;
    }();
    return patterns;
}

// Every match of re in s, as globalMatch gives them. With a scan, only at the
// word starts where re may begin (`bit`), anchored there, skipping those inside
// the previous match: the same matches as a scan of the whole sentence, since a
// match can begin nowhere else (reaction/StanceWords.h).
template<typename F>
void forEachMatch(const QRegularExpression &re, const DirectRegex &anchoredRe, const QString &s,
                  const reaction::StanceScan *scan, quint32 bit, F &&f)
{
    if (!scan) {
        for (auto it = re.globalMatch(s); it.hasNext();)
            f(it.next());
        return;
    }
    if (!(scan->anyStart & bit & scan->needsMet))
        return;
    int reach = 0;
    for (const reaction::StanceStart &start : scan->starts) {
        // A start whose alternative needs a word the sentence lacks cannot match;
        // nor one whose needed words all come before it (each alternative reads
        // them after the word it starts with: reaction/StanceWords.cpp).
        quint32 groups = start.bits & bit & scan->needsMet;
        if (!groups || start.pos < reach)
            continue;
        bool needsAhead = (groups & scan->needsNothing) != 0;
        for (groups &= ~scan->needsNothing; groups && !needsAhead; groups &= groups - 1)
            needsAhead = scan->lastNeedAt[size_t(__builtin_ctz(groups))] > start.pos;
        if (!needsAhead)
            continue;
        // The sentence was checked for unpaired surrogates by the scan.
        const RegexMatch m = anchoredRe.match(s, start.pos);
        if (!m.hasMatch())
            continue;
        reach = int(m.capturedEnd());
        f(m);
    }
}


// The end of "^\s+by\s+" (caseless, ASCII \s) in window, or 0 when it does not
// match there ("condemned by Tokyo": the agent follows).
int byAgentEnd(QStringView window)
{
    auto space = [](QChar c) { return isPcreSpace(c.unicode()); };
    const qsizetype n = window.size();
    qsizetype i = 0;
    while (i < n && space(window.at(i)))
        ++i;
    if (i == 0 || i + 2 > n)
        return 0;
    const ushort b = window.at(i).unicode(), y = window.at(i + 1).unicode();
    if ((b != 'b' && b != 'B') || (y != 'y' && y != 'Y'))
        return 0;
    qsizetype j = i + 2;
    while (j < n && space(window.at(j)))
        ++j;
    return j > i + 2 ? int(j) : 0;
}

} // namespace

bool mayFindStanceTriggers(const reaction::StanceScan &scan)
{
    using namespace reaction;
    const quint32 g = scan.gates;
    if (!g || !scan.valid)
        return false;
    if (scan.foldsToAscii)
        return true;
    // No start whose needed words are there: whatever gates are open, the answer
    // below is no (it is an "and" with these bits).
    if (!(scan.anyStart & scan.needsMet))
        return false;
    return (reaction::openPatternStarts(g) & scan.anyStart & scan.needsMet) != 0;
}

namespace {
// The definition of openPatternStarts: the gates under which findStanceTriggers
// (below) tries each pattern.
quint32 openPatternStartsByRule(quint32 g)
{
    using namespace reaction;
    quint32 running = 0; // the start bits of the patterns whose gates are open
    if ((g & (kGateCondemn | kGateAck | kGateProtest)) && (g & kGateBy))
        running |= patternStarts(kPassivePattern);
    if ((g & (kGateCondemn | kGateProtest | kGateConcern)) && (g & (kGateFrom | kGateBy)))
        running |= patternStarts(kNominalPattern);
    const auto &needs = patternNeeds();
    for (int pi = 0; pi < needs.size(); ++pi) {
        if ((g & needs[pi].first) && (!needs[pi].second || (g & needs[pi].second)))
            running |= patternStarts(pi);
    }
    return running;
}
} // namespace

quint32 reaction::openPatternStarts(quint32 g)
{
    // Asked of every sentence the stance scan reads: from a table of the twelve
    // gates below kGateBy (16 KB), which decide every active pattern; the
    // passive and nominal patterns also need "by" or "from", tested here.
    // (tst_stancewords compares it with the rule for every set of gates.)
    static const std::array<quint32, 1u << 12> active = [] {
        std::array<quint32, 1u << 12> t{};
        for (quint32 low = 0; low < t.size(); ++low)
            t[low] = openPatternStartsByRule(low); // (no "by", no "from": active patterns only)
        return t;
    }();
    static const quint32 passiveStarts = patternStarts(kPassivePattern);
    static const quint32 nominalStarts = patternStarts(kNominalPattern);
    quint32 running = active[g & 0xFFFu];
    if ((g & (kGateCondemn | kGateAck | kGateProtest)) && (g & kGateBy))
        running |= passiveStarts;
    if ((g & (kGateCondemn | kGateProtest | kGateConcern)) && (g & (kGateFrom | kGateBy)))
        running |= nominalStarts;
    return running;
}

quint32 reaction::openPatternStartsByRuleForTests(quint32 g) { return openPatternStartsByRule(g); }

QVector<StanceTrigger> findStanceTriggers(const QString &s)
{
    thread_local reaction::StanceScan scanBuffer;
    reaction::scanStanceWords(s, &scanBuffer);
    return findStanceTriggers(s, scanBuffer);
}

QVector<StanceTrigger> findStanceTriggers(const QString &s, const reaction::StanceScan &scanBuffer)
{
    using namespace reaction;
    QVector<StanceTrigger> out;
    SentenceMemo memo;
    // Each pattern runs only when the sentence holds one of its words: most
    // sentences hold none, and the regular expressions are the costly part.
    const quint32 g = scanBuffer.gates;
    if (!g)
        return out;
    // PCRE finds no match in a sentence with an unpaired surrogate.
    if (!scanBuffer.valid)
        return out;
    // A character PCRE folds to an ASCII letter: scan the whole sentence.
    const StanceScan *scan = scanBuffer.foldsToAscii ? nullptr : &scanBuffer;
    if ((g & (kGateCondemn | kGateAck | kGateProtest)) && (g & kGateBy)) {
        static const DirectRegex anchoredPassive = anchored(passivePattern());
        static const quint32 passiveStarts = patternStarts(kPassivePattern);
        forEachMatch(passivePattern(), anchoredPassive, s, scan, passiveStarts, [&](const auto &m) {
            StanceTrigger t;
            t.stance = passiveStance(m.captured(1));
            t.form = StanceTrigger::Passive;
            t.start = m.capturedStart(1);
            t.end = m.capturedEnd(1);
            t.agentFrom = m.capturedEnd();
            if (keepTrigger(t, s, memo))
                out << t;
        });
    }
    if ((g & (kGateCondemn | kGateProtest | kGateConcern)) && (g & (kGateFrom | kGateBy))) {
        static const DirectRegex anchoredNominal = anchored(nominalPattern());
        static const quint32 nominalStarts = patternStarts(kNominalPattern);
        forEachMatch(nominalPattern(), anchoredNominal, s, scan, nominalStarts, [&](const auto &m) {
            StanceTrigger t;
            t.stance = nominalStance(m.captured(1));
            t.form = StanceTrigger::Nominal;
            t.start = m.capturedStart(1);
            t.end = m.capturedEnd(1);
            t.agentFrom = m.capturedEnd();
            out << t;
        });
    }
    const int passiveCount = int(out.size());
    const auto &needs = patternNeeds();
    const QVector<Pattern> &patterns = activePatterns();
    const QVector<DirectRegex> &anchoredPatterns = anchoredActivePatterns();
    for (int pi = 0; pi < patterns.size(); ++pi) {
        const Pattern &p = patterns[pi];
        if (!(g & needs[pi].first) || (needs[pi].second && !(g & needs[pi].second)))
            continue;
        forEachMatch(p.re, anchoredPatterns[pi], s, scan, patternStarts(pi), [&](const auto &m) {
            StanceTrigger t;
            t.stance = p.stance;
            t.start = m.capturedStart();
            t.end = m.capturedEnd();
            bool covered = false;
            for (int i = 0; i < passiveCount; ++i)
                covered = covered || (t.start < out[i].end && out[i].start < t.end);
            // "tests long criticised by its neighbours", "a launch condemned by Tokyo":
            // a verb followed by "by" is passive even without an auxiliary, so the actor
            // is the agent after "by" (none when the agent is vague), never the subject.
            const int agentEnd = byAgentEnd(QStringView(s).mid(t.end, 8));
            if (!covered && agentEnd > 0 && (t.stance == Stance::Condemn || t.stance == Stance::Protest)) {
                t.form = StanceTrigger::Passive;
                t.agentFrom = t.end + agentEnd;
            }
            if (!covered && keepTrigger(t, s, memo))
                out << t;
        });
    }
    reaction::addTalksAskedInUrges(s, out);
    std::sort(out.begin(), out.end(), [](const StanceTrigger &a, const StanceTrigger &b) {
        return a.start != b.start ? a.start < b.start : int(a.stance) < int(b.stance);
    });
    return out;
}

} // namespace atlas
