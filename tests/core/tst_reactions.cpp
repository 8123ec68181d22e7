// ReactionExtractor: actors (countries, officials, metonyms, group references),
// stances, quotes, dates, and what is not a reaction (speculation, analysts),
// on sentences written for these tests rather than the bundled articles.
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/StanceTriggers.h"
#include "extract/reaction/StanceWords.h"
#include "extract/TemporalTagger.h"
#include "geo/Gazetteer.h"

#include "ReactionTestRun.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace atlas;

namespace {

QVector<Reaction> extract(const QString &text, const QDate &published = {})
{
    return testing::extractReactions(text, published);
}

// "Japan:condemn" for each reaction, sorted and without repeats.
QStringList keys(const QVector<Reaction> &reactions) { return testing::reactionKeys(reactions); }

const Reaction *find(const QVector<Reaction> &rs, const QString &actor, Stance stance)
{
    for (const Reaction &r : rs) {
        if (r.actor == actor && r.stance == stance)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestReactions : public QObject {
    Q_OBJECT

private slots:
    // Each row: the text, reactions that must be found, and whether they must be all.
    void stances_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("exact");
        auto row = [](const char *name, const char *text, QStringList expected, bool exact = false) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected << exact;
        };
        // condemn
        row("condemn: condemned", "Australia condemned the launch on Sunday.", {"Australia:condemn"});
        row("condemn: denounced", "Canada's foreign minister denounced the test as reckless.", {"Canada:condemn"});
        row("condemn: criticised", "The UK criticised Pyongyang for the firing.", {"United Kingdom:condemn"});
        row("condemn: criticized", "French officials criticized the missile launch.", {"France:condemn"});
        row("condemn: slammed", "Tokyo slammed the launch as reckless.", {"Japan:condemn"});
        row("condemn: deplored", "The European Union deplored the ballistic missile test.", {"European Union:condemn"});
        row("condemn: called it a violation", "Italy called the launch a clear violation of UN resolutions.", {"Italy:condemn"});
        row("condemn: said it was a violation", "A White House spokesperson said the launch was a brazen violation of UN resolutions.",
            {"United States:condemn"});
        row("condemn: told reporters unacceptable", "Japanese Prime Minister Shigeru Ishiba told reporters the launches were totally unacceptable.",
            {"Japan:condemn"});
        // (the copula far from the verb of saying, after a first predicate)
        row("condemn: told reporters, threaten and are unacceptable", "Prime Minister Sanae Takaichi told reporters that the launches \"threaten the peace and security of Japan and the international community and are absolutely unacceptable.\"",
            {"Japan:condemn"});
        row("condemn: said, endanger and were reckless", "Australia's foreign minister said the firings, which endangered shipping across the region and alarmed fishermen, were reckless.",
            {"Australia:condemn"});
        row("condemn: stated, long subject", "The Canadian government stated that the repeated launches of ballistic missiles over the past several weeks are a clear violation of UN resolutions.",
            {"Canada:condemn"});
        row("condemn: noted, two predicates", "The French foreign ministry noted that the launch had raised tensions on the peninsula and in the wider region and was unacceptable.",
            {"France:condemn"});
        row("condemn: added, subject clause", "Germany's foreign office added that North Korea's decision to fire a missile over Japan without any warning was a grave provocation.",
            {"Germany:condemn"});
        // (guards: the clause judged is about another matter)
        row("condemn: told reporters, tariffs", "Japanese Prime Minister Shigeru Ishiba told reporters that tariffs imposed by Washington last month on Japanese cars, steel and aluminum were threatening jobs and absolutely unacceptable.",
            {}, true);
        row("condemn: told reporters, sanctions", "Russian Foreign Ministry spokeswoman Maria Zakharova told reporters that Western sanctions against Pyongyang, imposed in violation of common sense, \"threaten the region and are absolutely unacceptable.\"",
            {}, true);
        row("condemn: said, the drills", "China said the joint drills held near the peninsula last week were a provocation.", {}, true);
        // condemn, said as what will not be borne
        row("condemn: cannot be tolerated", "Italy's prime minister said the test \"cannot be tolerated\".", {"Italy:condemn"});
        row("condemn: will not tolerate", "Canada will not tolerate such reckless provocations, its foreign minister said.", {"Canada:condemn"});
        row("condemn: can't be tolerated", "Spain's foreign minister said the firings can't be tolerated.", {"Spain:condemn"});
        row("condemn: must not be condoned", "The Dutch foreign minister said the launch must not be condoned.", {"Netherlands:condemn"});
        row("condemn: intolerable", "Poland called the test an intolerable threat to regional stability.", {"Poland:condemn"});
        row("condemn: in condemning", "Australia joined the United States, Japan and South Korea in condemning the launch.",
            {"Australia:condemn", "Japan:condemn", "South Korea:condemn", "United States:condemn"}, true);
        // protest
        row("protest: lodged", "Japan lodged a strong protest through diplomatic channels.", {"Japan:protest"});
        row("protest: issued formal", "Tokyo issued a formal protest via its embassy in Beijing.", {"Japan:protest"});
        row("protest: filed", "The Japanese government filed a protest with North Korea.", {"Japan:protest"});
        row("protest: protested", "South Korea protested the launch through the truce village.", {"South Korea:protest"});
        row("protest: summoned", "Seoul summoned the Russian ambassador over the missile transfer.", {"South Korea:protest"});
        // concern
        row("concern: expressed", "India expressed concern over the missile launch.", {"India:concern"});
        row("relative past is an event", "Tokyo thanked Canberra, which condemned the missile launch within the hour.", {"Australia:condemn"});
        row("passive without auxiliary", "The test, swiftly condemned by Japan's foreign ministry, came hours before the summit.", {"Japan:condemn"}, true);
        row("passive without auxiliary, agent list", "Launches denounced by Seoul and Tokyo alike resumed on Sunday.", {"Japan:condemn", "South Korea:condemn"}, true);
        // A "said" that carries a stance is not an extra acknowledge of the same country.
        row("said carries condemn", "Australia's foreign ministry said Canberra condemned the missile test in the strongest terms.", {"Australia:condemn"}, true);
        row("said carries protest", "Japan's defence ministry said Tokyo had protested the ballistic missile launch through its embassy in Beijing.", {"Japan:protest"}, true);
        row("said carries urge", "South Korea's foreign ministry said Seoul urged Pyongyang to stop the missile launches.", {"South Korea:urge"}, true);
        row("concern: deeply", "Australia's foreign ministry said it was deeply concerned by the test.", {"Australia:concern"});
        row("concern: alarm", "Germany voiced alarm at the ICBM launch.", {"Germany:concern"});
        // Regret said as a verb.
        row("concern: deeply regrets", "South Korea deeply regrets the launch.", {"South Korea:concern"});
        row("concern: regretted", "Japan regretted the launch, officials said.", {"Japan:concern"});
        // Regret as an adjective, about the launch or what the North does.
        row("concern: deeply regrettable quoted", "South Korea's Unification Ministry said it was \"deeply regrettable\" that the North continued to raise tensions.", {"South Korea:concern"}, true);
        row("concern: launch regrettable", "South Korea's foreign ministry said the launch was deeply regrettable.", {"South Korea:concern"});
        row("concern: regrettable that Pyongyang", "Japan's foreign minister said it was regrettable that Pyongyang had fired another missile.", {"Japan:concern"});
        row("concern: very regrettable act", "Canada called the missile launch a very regrettable act.", {"Canada:concern"});
        row("concern: most regrettable", "Australia said the test was most regrettable.", {"Australia:concern"});
        row("concern: regrets the decision", "The Australian Government regrets North Korea's decision to launch another missile.", {"Australia:concern"});
        row("concern: quoted regrets", "President Lee's office said in a statement that it \"deeply regrets\" the launch.", {"South Korea:concern"});
        row("concern: greatly regrets", "Indonesia greatly regrets the missile launch by the DPRK.", {"Indonesia:concern"});
        row("concern: regrets nothing", "He regrets nothing, the analyst said of the launch.", {}, true);
        // What a country "can never accept" it condemns.
        row("condemn: can never accept", "Japan's representative said this is an extremely dangerous act that Japan can never accept.", {"Japan:condemn"});
        row("condemn: will not accept", "Japan will not accept North Korea's missile launches.", {"Japan:condemn"});
        row("condemn: cannot accept", "Tokyo cannot accept the launch, the minister said.", {"Japan:condemn"});
        row("condemn: won't accept", "Seoul won't accept such provocations, the ministry said.", {"South Korea:condemn"});
        row("condemn: would not accept", "Australia said it would not accept the DPRK's continued launches.", {"Australia:condemn"});
        row("condemn: did not accept is no stance", "Japan did not accept the invitation to talks.", {}, true);
        // Regret and refusal of another matter are no reaction to the launch.
        row("condemn: cannot accept another claim", "Separately, Seoul said it cannot accept Tokyo's renewed territorial claim to the Dokdo islets.", {}, true);
        row("concern: regretted another deployment", "China said it regretted that the United States had deployed new missile defence systems.", {}, true);
        row("concern: regrets the talks' failure", "Japan regrets the collapse of the trade talks with Seoul.", {}, true);
        // what North Korea does, after "that"
        row("concern: regrets that the North", "The Unification Ministry said the government regrets that the North continues to pour its resources into weapons development.",
            {"South Korea:concern"});
        row("concern: regrets that North Korea", "Japan regrets that North Korea keeps firing missiles toward its waters.", {"Japan:concern"});
        row("concern: regretted that Pyongyang", "Australia regretted that Pyongyang had ignored repeated calls for restraint.", {"Australia:concern"});
        row("concern: regrets that the DPRK", "Canada regrets that the DPRK has chosen provocation over dialogue.", {"Canada:concern"});
        row("concern: regrets that the regime", "The United Kingdom regrets that the regime continues its reckless missile programme.", {"United Kingdom:concern"});
        row("concern: regretted that Seoul", "China regretted that Seoul had joined the drills.", {}, true);
        row("condemn: will not accept sanctions", "Russia said it would not accept new sanctions on Pyongyang.", {}, true);
        row("condemn: won't accept such provocations", "Seoul won't accept such provocations, the ministry said.", {"South Korea:condemn"});
        row("concern: serious", "Japan described the firing as a matter of serious concern for the region.", {"Japan:concern"});
        row("concern: raised", "The Philippines raised its concerns about the missile flight.", {"Philippines:concern"});
        // urge
        row("urge: urged to halt", "China urged North Korea to halt further launches.", {"China:urge"});
        row("urge: called on to refrain", "The United Nations called on Pyongyang to refrain from provocations.", {"United Nations:urge"});
        row("urge: urging stop", "Britain condemned the test, with its Foreign Office urging Pyongyang to stop.",
            {"United Kingdom:condemn", "United Kingdom:urge"});
        row("urge: called for restraint", "Russia called for restraint on all sides after the launch.", {"Russia:urge"});
        row("urge: pressed", "Washington pressed North Korea to return to compliance.", {"United States:urge"});
        // support
        row("support: sympathy", "Russian Foreign Minister Sergey Lavrov expressed sympathy for North Korea's position.", {"Russia:support"});
        row("support: justification", "Moscow defended the launch, citing \"self-defense\" as justification.", {"Russia:support"});
        row("support: backing", "Beijing voiced backing for Pyongyang's right to self-defence.", {"China:support"});
        row("support: defended", "The Kremlin defended North Korea's missile programme.", {"Russia:support"});
        row("support: justified", "Iran justified the test as a sovereign right.", {"Iran:support"});
        row("support: defended its neighbour", "Russia, which has deepened military ties with Pyongyang, defended its neighbour.",
            {"Russia:support"});
        row("support: sovereign right", "Kremlin spokesman Dmitry Peskov said North Korea had a sovereign right to ensure its security.",
            {"Russia:support"});
        row("support: blamed Washington", "Russia and China, which have vetoed new sanctions, blamed Washington for raising tensions.",
            {"China:support", "Russia:support"}, true);
        // support: the launch excused as an answer to what others did
        row("support: called it a forced response", "Russia called the April 7 Hwasong-21 test a \"forced response.\"", {"Russia:support"});
        row("support: was a predictable reaction", "Kremlin spokesman Dmitry Peskov said the launch was \"a predictable reaction\" to the Freedom Edge exercise.",
            {"Russia:support"});
        row("support: a forced response to", "China's foreign ministry described the firing as a forced response to the joint drills.", {"China:support"});
        row("support: direct consequence of", "Zakharova said the situation was a direct consequence of the confrontational policy of Washington and its allies.",
            {"Russia:support"});
        row("support: the natural reaction", "In Moscow, foreign ministry spokeswoman Maria Zakharova said the launch was \"the natural reaction\" to the \"provocative\" drills.",
            {"Russia:support"});
        row("support: root cause", "China's envoy said the root cause lay in the unaddressed security concerns of the DPRK.", {"China:support"});
        row("support: understand the logic", "\"We understand the logic of these steps,\" Russian Foreign Ministry spokeswoman Maria Zakharova said.",
            {"Russia:support"});
        row("support: legitimate countermeasure", "Iran's foreign ministry said the test was a legitimate countermeasure against U.S. pressure.", {"Iran:support"});
        // (Review) denied or rejected anywhere around it, or the launcher's own doing
        row("support: wrong to describe", "Chinese foreign ministry spokesperson Lin Jian said it was wrong to describe the launch as a predictable reaction to the drills.", {}, true);
        row("support: did not see as", "Lin Jian said Beijing did not see the test as a \"forced response.\"", {}, true);
        row("support: denied that", "Japanese Foreign Minister Takeshi Iwaya denied that the launch was a forced response to allied drills.", {}, true);
        row("support: claim rejected after", "South Korean Unification Minister Kim Yung-ho said Pyongyang had called the test a \"forced response,\" a claim he rejected as absurd.", {}, true);
        row("support: reaction from a regime", "U.S. State Department spokesman Matthew Miller said the launch was a predictable reaction from a regime that thrives on provocation.", {"United States:acknowledge"}, true);
        row("support: consequence of its own choices", "U.S. officials said the launch was a direct consequence of Pyongyang's own choices, not of the drills.", {}, true);
        // (guards: denied, or a response that is no excuse of the launch)
        row("support: not a forced response", "Japan's defence minister said the launch was not a \"forced response\" to anything.", {}, true);
        row("support: a natural response for Japan", "Japan's prime minister said a stronger missile defence was a natural step for the country.", {}, true);
        row("support: consequences of the launch", "Australia warned of the consequences of the launch for regional security.", {}, true);
        row("support: root cause, no reason", "Analysts debated the root cause of the failure at Sohae.", {}, true);
        // acknowledge
        row("acknowledge: confirmed", "Japan's Ministry of Defense confirmed the missile fell outside its EEZ.", {"Japan:acknowledge"});
        row("acknowledge: detected", "South Korea's military detected the launch at 7:10 a.m.", {"South Korea:acknowledge"});
        row("acknowledge: passive", "The missile launch was quickly confirmed by Japanese Defense Minister Gen Nakatani.", {"Japan:acknowledge"});
        row("acknowledge: corroborated", "The trajectory of the missile was corroborated by the U.S. military.", {"United States:acknowledge"});
        row("acknowledge: reported", "The Pentagon reported tracking a ballistic missile.", {"United States:acknowledge"});
        row("acknowledge: office said", "Japan's Defense Ministry said the missiles appeared to have landed outside its EEZ.",
            {"Japan:acknowledge"}, true);
        row("acknowledge: aware of", "The U.S. Indo-Pacific Command said it was aware of the missile launch.", {"United States:acknowledge"});
        row("acknowledge: country said is not enough", "Japan said the missile was one of many.", {}, true);
        // standing with a side: an ally's is cooperation, North Korea's support
        row("cooperation: stands in solidarity", "Germany stands in full solidarity with Japan and South Korea after the launch.", {"Germany:cooperation"});
        row("cooperation: stands alongside", "France stands alongside its partners in the region.", {"France:cooperation"});
        row("cooperation: stands firmly with", "Australia stands firmly with the Republic of Korea, its foreign minister said.", {"Australia:cooperation"});
        row("cooperation: stands with partners", "Canada stands with its partners in the Indo-Pacific.", {"Canada:cooperation"});
        row("support: stands with the DPRK", "Russia stands with the DPRK against Western pressure, the Kremlin said.", {"Russia:support"});
        // dialogue offered as readiness or an open door
        // Watching "with concern" is concern.
        row("concern: follows with concern", "Brazil follows with concern the developments on the Korean peninsula.", {"Brazil:concern"});
        row("concern: noted with deep concern", "Japan noted with deep concern the launch of the missile.", {"Japan:concern"});
        row("concern: watching with growing concern", "India is watching the situation with growing concern.", {"India:concern"});
        row("concern: views with alarm", "Canada views the launch with alarm.", {"Canada:concern"});
        row("concern: monitoring with concern", "Australia is monitoring developments closely with concern.", {"Australia:concern"});
        // "not ... with concern" is no concern ("not" is no stem of "noted").
        row("concern: did not react with alarm", "Tokyo did not react with alarm to the launch.", {}, true);
        row("concern: does not view with concern", "Beijing does not view the test with concern, its ambassador said.", {}, true);
        // Beijing's formula: a hope that all parties exercise restraint is a call for it.
        row("urge: hopes all parties restraint", "China hopes all parties will remain calm and exercise restraint.", {"China:urge"});
        row("urge: hoped the relevant parties", "Beijing hoped the relevant parties would exercise restraint and avoid escalation.", {"China:urge"});
        row("urge: hopes that all sides", "Russia hopes that all sides will exercise maximum restraint, the Kremlin said.", {"Russia:urge"});
        row("urge: hoping both sides", "India said it was hoping both sides would exercise restraint.", {"India:urge"});
        row("urge: quoted hope", "Spokesperson Lin Jian said China \"hopes all parties will remain calm and exercise restraint\" after the launch.", {"China:urge"});
        // The official wording of a stance in quotation marks (a scare quote) is still the stance.
        row("scare quotes: strong protest", "Japan said it had lodged a \"strong protest\" with Pyongyang.", {"Japan:protest"});
        row("scare quotes: curly protest", "Tokyo lodged a \u201cstrong protest\u201d through diplomatic channels in Beijing.", {"Japan:protest"});
        row("scare quotes: strongly condemned", "South Korea's presidential office said it had \"strongly condemned\" the launch.", {"South Korea:condemn"});
        row("scare quotes: serious concern", "Australia's foreign minister voiced \"serious concern\" over the launch.", {"Australia:concern"});
        row("scare quotes: formal protest", "Japan filed a \"formal protest\" with North Korea over the launch.", {"Japan:protest"});
        row("scare quotes: grave concern", "Seoul expressed \"grave concern\" over the launch.", {"South Korea:concern"});
        row("scare quotes: grave provocation", "Germany called the launch a \"grave provocation\".", {"Germany:condemn"});
        row("scare quotes: stern protest", "Japan delivered a \"stern protest\" to Pyongyang.", {"Japan:protest"});
        row("scare quotes: strongly worded protest", "Seoul sent a \"strongly worded protest\" to Pyongyang on Friday.", {"South Korea:protest"});
        row("scare quotes: firmly urged", "Canada said it had \"firmly urged\" North Korea to halt its launches.", {"Canada:urge"});
        // Every state can react: not only the usual two dozen (actors.json lists the UN's members).
        row("country: Thailand urges", "Thailand urges the DPRK to refrain from further actions.", {"Thailand:urge"});
        row("country: Thai demonym", "The Royal Thai Government expresses its grave concern over the launch.", {"Thailand:concern"});
        row("country: Turkey's ministry", "Turkey's foreign ministry condemned the launch.", {"Turkey:condemn"});
        row("country: Malaysia restraint", "Malaysia called for restraint after the launch.", {"Malaysia:urge"});
        row("country: Argentine ministry", "The Argentine Foreign Ministry condemned the missile launch.", {"Argentina:condemn"});
        row("country: Viet Nam diacritics", "Việt Nam calls on the DPRK to exercise restraint.", {"Vietnam:urge"});
        row("country: ASEAN", "ASEAN foreign ministers expressed grave concern over the launches.", {"ASEAN:concern"});
        row("dialogue: stands ready", "Vietnam stands ready to contribute to peaceful dialogue among the parties concerned.", {"Vietnam:dialogue"});
        row("dialogue: ready to support efforts", "Indonesia is ready to support any efforts toward dialogue on the peninsula.", {"Indonesia:dialogue"});
        // a wish to meet, and talks proposed as sitting down together
        // cooperation pledged with "will" or "would" and the verb first
        row("cooperation: would work closely", "Japan said it would work closely with the United States and South Korea.", {"Japan:cooperation"});
        // Committed to working together.
        row("cooperation: committed to further strengthen", "After the launch, Japan committed to further strengthen trilateral security cooperation.", {"Japan:cooperation"});
        row("cooperation: committed to deepening", "After the launch, South Korea committed to deepening its security cooperation with Japan.", {"South Korea:cooperation"});
        row("cooperation: committed themselves", "After the launch, the Canadian and Australian ministers committed themselves to closer coordination with Seoul.", {"Canada:cooperation", "Australia:cooperation"});
        row("cooperation: commits to solidarity", "After the launch, Australia commits to standing in solidarity with Japan.", {"Australia:cooperation"});
        row("cooperation: committed to strengthening coordination", "France committed to strengthening coordination with its G7 partners after the launch.", {"France:cooperation"});
        row("cooperation: would coordinate closely", "Seoul said it would coordinate closely with Washington.", {"South Korea:cooperation"});
        row("cooperation: would cooperate closely", "The UK said it would cooperate closely with its allies.", {"United Kingdom:cooperation"});
        row("cooperation: will collaborate closely", "Canada said it will collaborate closely with Japan on the response.", {"Canada:cooperation"});
        // A finite verb after the "and" of a modal's clause is its own.
        row("finite after modal and 1", "Japan will raise the matter at the UN and urged restraint on Tuesday.", {"Japan:urge"});
        row("finite after modal and 2", "Seoul may consider new sanctions and condemned the launch.", {"South Korea:condemn"});
        row("modal of a relative clause", "Japan and South Korea, whose militaries could be targets, strongly condemn the launch and urge restraint.",
            {"Japan:condemn", "Japan:urge", "South Korea:condemn", "South Korea:urge"});
        row("cooperation: work closely together", "Japan and Australia said they will continue to work closely together on the response.", {"Japan:cooperation", "Australia:cooperation"});
        row("cooperation: share information closely", "Japan's chief cabinet secretary said Japan will share information closely with the United States.", {"Japan:cooperation"});
        row("cooperation: sharing intelligence closely", "Seoul said it was sharing intelligence closely with Washington.", {"South Korea:cooperation"});
        row("cooperation: keep close coordination", "Seoul said it would keep close coordination with Washington.", {"South Korea:cooperation"});
        row("cooperation: maintain close communication", "Tokyo said it would maintain close communication with Seoul.", {"Japan:cooperation"});
        row("cooperation: committed to the defence", "The State Department said the United States remains committed to the defence of the Republic of Korea.", {"United States:cooperation"});
        row("cooperation: committed to the security", "Canberra said Australia is committed to the security of its partners in the region.", {"Australia:cooperation"});
        row("cooperation: would consult closely", "Australia said it would consult closely with Japan.", {"Australia:cooperation"});
        row("dialogue: would love to meet", "President Trump said he would love to meet Kim Jong Un.", {"United States:dialogue"});
        row("dialogue: would like to meet", "Japan's prime minister said he would like to meet Kim Jong Un without preconditions.", {"Japan:dialogue"});
        row("dialogue: would be happy to talk", "South Korea's president said he would be happy to talk with Kim.", {"South Korea:dialogue"});
        row("dialogue: would be glad to sit down", "China's foreign minister said he would be glad to sit down with both sides.", {"China:dialogue"});
        row("dialogue: would love to talk", "Russia's foreign minister said Moscow would love to talk with all parties.", {"Russia:dialogue"});
        row("dialogue: proposed to sit down", "South Korea's unification minister proposed that the North sit down with Seoul without preconditions.", {"South Korea:dialogue"});
        row("dialogue: offered to sit down", "Japan offered to sit down with Pyongyang at any time.", {"Japan:dialogue"});
        row("dialogue: proposed to talk", "South Korea proposed to talk about reducing military tensions.", {"South Korea:dialogue"});
        row("dialogue: called to sit down", "The United States called on North Korea to sit down with it.", {"United States:dialogue"});
        row("dialogue: hopes to talk", "Mongolia hopes to talk with all parties about peace on the peninsula.", {"Mongolia:dialogue"});
        row("dialogue: door remains open", "South Korea's president said the door to dialogue remains open.", {"South Korea:dialogue"});
        // Open to diplomacy, as to dialogue or talks; rows expecting none are exact, or they
        // could not fail.
        row("dialogue: open to diplomacy 1", "Washington remained open to diplomacy with Pyongyang, the U.S. envoy said.", {"United States:dialogue"});
        row("dialogue: open to diplomacy 2", "Seoul is open to diplomacy, the minister said.", {"South Korea:dialogue"});
        row("dialogue: open to diplomacy 3", "Japan's prime minister said Tokyo was open to diplomacy with the North.", {"Japan:dialogue"});
        row("dialogue: willingness for diplomacy 4", "The US envoy stressed Washington's willingness for diplomacy.", {"United States:dialogue"});
        row("dialogue: open to direct diplomacy 5", "Australia remains open to direct diplomacy with Pyongyang, the minister said.", {"Australia:dialogue"});
        row("dialogue: diplomacy open to criticism", "Japan's foreign ministry said its diplomacy is open to criticism.", {}, true); // (exact: no stance at all)
        row("dialogue: hardly open to diplomacy", "The United States is hardly open to diplomacy, a Chinese foreign ministry spokesperson said.", {}, true); // (exact: no stance at all)
        row("dialogue: claimed to be open", "North Korea said the United States claimed to be open to diplomacy while staging hostile drills.", {}, true); // (exact: no stance at all)
        row("dialogue: door for talks", "Seoul said the door for talks with Pyongyang was still open.", {"South Korea:dialogue"});
        row("dialogue: door to diplomacy", "The U.S. envoy said the door to diplomacy with the North is open.", {"United States:dialogue"});
        // sharing what it learns, the quotation closing after the verb
        row("cooperation: quoted sharing", "South Korea's military said it was \"closely sharing\" information with the United States.", {"South Korea:cooperation"});
        row("cooperation: sharing on the launch", "Japan's defence ministry said it was closely sharing data on the launch with Washington.", {"Japan:cooperation"});
        row("cooperation: quoted sharing on the missile", "Seoul's JCS said it was \u201cclosely sharing\u201d intelligence about the missile with Tokyo.", {"South Korea:cooperation"});
        row("cooperation: shares information", "The Philippines closely shares information on the firing with its allies, its defence chief said.", {"Philippines:cooperation"});
        row("cooperation: shared intelligence", "Australia closely shared intelligence with Japan after the test.", {"Australia:cooperation"});
        // cooperation
        row("cooperation: reaffirmed", "Washington reaffirmed its alliance with Seoul after the launch.", {"United States:cooperation"});
        row("cooperation: underscored", "Japan's prime minister underscored the importance of close cooperation with Seoul.", {"Japan:cooperation"});
        row("cooperation: reiterated", "The U.S. Defense Secretary reiterated the importance of trilateral coordination.", {"United States:cooperation"});
        row("cooperation: ironclad", "The United States reiterated its \u201cironclad commitment\u201d to the defense of Japan.", {"United States:cooperation"});
        row("cooperation: after a phone call", "In a phone call on Friday, U.S. Secretary of State Antony Blinken and his South Korean "
            "counterpart Cho Tae-yul reaffirmed their ironclad alliance.", {"South Korea:cooperation", "United States:cooperation"}, true);
        row("cooperation: pledged", "Australia pledged closer partnership with Tokyo after the ICBM test.", {"Australia:cooperation"});
        // dialogue
        row("dialogue: willingness", "President Lee Jae Myung signaled his willingness to meet Kim Jong Un.", {"South Korea:dialogue"});
        row("dialogue: called for talks", "China called for a return to talks after the missile launch.", {"China:dialogue"});
        row("dialogue: offered", "Seoul offered dialogue without preconditions.", {"South Korea:dialogue"});
        row("dialogue: interest", "The U.S. expressed interest in resuming dialogue with Pyongyang.", {"United States:dialogue"});
        row("dialogue: open to", "Tokyo said it remained open to talks with North Korea.", {"Japan:dialogue"});
        // A hope for talks is an offer of dialogue.
        row("dialogue: hoped through dialogue", "Vietnam's foreign ministry said Hanoi hoped the two Koreas would settle their differences through dialogue.",
            {"Vietnam:dialogue"}, true);

        // Beijing's wording: a political settlement is talking, however far the word "dialogue".
        row("dialogue: political settlement", "China hopes all parties will stay committed to the direction of political settlement, a spokesperson said.",
            {"China:dialogue"});
        row("dialogue: long hope", "Mao Ning said: \"We hope all parties will face squarely the crux of the Peninsula issue, stay committed to the direction of political settlement, and address each other's legitimate concerns in a balanced way through meaningful dialogue.\"",
            {"China:dialogue"});
        row("dialogue: political solution", "Mao Ning said China hopes the relevant parties will work for a political solution.",
            {"China:dialogue"});
        row("dialogue: peaceful settlement", "Vietnam's foreign ministry said Hanoi called for a peaceful settlement of the issue.",
            {"Vietnam:dialogue"});
        row("dialogue: diplomatic solution", "Indonesia's foreign minister expressed hope for a diplomatic solution.",
            {"Indonesia:dialogue"});        row("dialogue: hopes for negotiations", "Jakarta hopes for an early return to negotiations on the peninsula, Indonesia's foreign minister said.",
            {"Indonesia:dialogue"}, true);
        row("dialogue: hope and no criticism", "A spokesman for the Chinese foreign ministry said Beijing hoped every side would ease tensions through talks "
            "and refrained from criticising Pyongyang.", {"China:dialogue"}, true);
        // Asking for talks alone is dialogue, not a demand; with a demand beside it, both.
        row("dialogue: called on to return to dialogue", "Seoul's unification ministry called on Pyongyang to return to dialogue.",
            {"South Korea:dialogue"}, true);
        row("dialogue: urged back to the table", "Canberra urged North Korea to come back to the negotiating table.", {"Australia:dialogue"}, true);
        row("dialogue: called on to resume talks", "The EU called on the North to resume talks without delay.", {"European Union:dialogue"}, true);
        row("dialogue: urged to engage in diplomacy", "Washington urged the North to engage in diplomacy, a State Department spokesperson said.",
            {"United States:dialogue"}, true);
        row("urge and dialogue", "Tokyo urged Pyongyang to halt its launches and return to talks.", {"Japan:dialogue", "Japan:urge"}, true);
        row("concern that another country helped the launch", "Seoul expressed deep concern that Russia may have helped North Korea build the missile.",
            {"South Korea:concern"}, true);
        row("history beside the launch", "Seoul condemned the missile launch, a day after protesting Tokyo's textbooks.", {"South Korea:condemn"}, true);
        row("object relative: the launch which X condemned", "South Korea tracked the launch, which Japan condemned within the hour.",
            {"Japan:condemn", "South Korea:acknowledge"}, true);
        row("concern that the North", "Tokyo voiced concern that Pyongyang could fire more missiles.", {"Japan:concern"}, true);
        // Reported speech: "X told reporters Tokyo had lodged a protest" is the protest of
        // the country the speaker speaks for, not an acknowledgement of the launch.
        row("reported protest: told reporters", "Japan's top government spokesman told reporters Tokyo had lodged a strong protest over the missile launch.",
            {"Japan:protest"}, true);
        row("reported protest: told a news conference", "Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that Japan had protested the ballistic missile launch.",
            {"Japan:protest"}, true);
        row("reported protest: defence minister", "The Japanese defence minister told journalists Tokyo had filed a protest with Pyongyang via its embassy in Beijing.",
            {"Japan:protest"}, true);
        row("reported protest: told parliament", "South Korea's foreign minister told parliament Seoul had delivered a protest to the North over the launches.",
            {"South Korea:protest"}, true);
        row("reported protest: speaking to reporters", "Speaking to reporters, the Japanese defence minister said the government had lodged a protest through diplomatic channels.",
            {"Japan:protest"}, true);
        // dialogue, as a commitment to talking ("committed to the defence of" an ally is cooperation)
        row("dialogue: remains committed to diplomacy", "The spokesperson added that Washington \"remains committed to diplomacy\" with the North.",
            {"United States:dialogue"}, true);
        row("dialogue: committed to dialogue", "Seoul remains fully committed to dialogue with Pyongyang, the unification minister said.",
            {"South Korea:dialogue"});
        row("dialogue: committed to resuming talks", "Tokyo is committed to resuming talks on the abductions, the chief cabinet secretary said.",
            {"Japan:dialogue"});
        row("not dialogue: committed to the defence", "The United States remains committed to the defense of the Republic of Korea, the Pentagon said.",
            {"United States:cooperation"}, true);
        // A broadcaster reports; it does not react, nor lends its report to the actor before.
        row("broadcaster's report is nobody's reaction",
            "The Joint Chiefs of Staff condemned the launch. Japanese broadcaster NHK, citing government sources, reported the missiles had flown 300 km.",
            {"South Korea:condemn"}, true);
        // A quotation before its speaker, then a participle of the speaker's: a second stance.
        row("quote first, then urging", "\"The launch is a flagrant violation of U.N. resolutions,\" a State Department spokesperson said, urging Pyongyang \"to refrain from further destabilizing acts.\"",
            {"United States:condemn", "United States:urge"}, true);
        row("quote first, then calling on", "\"We condemn this reckless launch,\" Canada's foreign minister said, calling on the North to end its provocations.",
            {"Canada:condemn", "Canada:urge"}, true);
        // A reduced relative clause: "a launch Tokyo condemned" is Tokyo's condemnation only.
        row("object relative: a launch X condemned", "North Korea fired a ballistic missile on Monday, a launch Tokyo condemned as reckless.",
            {"Japan:condemn"}, true);
        // A grouping's members listed in an aside right after its name speak, not the grouping.
        row("members between dashes", "The G7 foreign ministers \u2014 Canada, France, Germany, Italy, Japan, the UK and the US \u2014 \"condemned in the strongest terms\" the launch.",
            {"Canada:condemn", "France:condemn", "Germany:condemn", "Italy:condemn", "Japan:condemn", "United Kingdom:condemn", "United States:condemn"}, true);
        row("members between en dashes", "The Group of Seven \u2013 Britain, Canada, France, Germany, Italy, Japan and the United States \u2013 condemned the ICBM launch.",
            {"Canada:condemn", "France:condemn", "Germany:condemn", "Italy:condemn", "Japan:condemn", "United Kingdom:condemn", "United States:condemn"}, true);
        row("members in brackets", "NATO allies (Canada, Norway and Poland) urged North Korea to stop its launches.",
            {"Canada:urge", "Norway:urge", "Poland:urge"}, true);
        row("members then a second stance", "ASEAN's ministers \u2014 Indonesia, Malaysia and the Philippines \u2014 condemned the launch and urged Pyongyang to return to talks.",
            {"Indonesia:condemn", "Malaysia:condemn", "Philippines:condemn", "Indonesia:dialogue", "Malaysia:dialogue", "Philippines:dialogue"});
        row("members of the G7 in brackets", "The G7 (Canada, France, Germany, Italy, Japan, the United Kingdom and the United States) condemned the launch.",
            {"Canada:condemn", "France:condemn", "Germany:condemn", "Italy:condemn", "Japan:condemn", "United Kingdom:condemn", "United States:condemn"}, true);
        // (Not a list of members: one country, or an aside after a country.)
        row("grouping with one country aside", "The G7 \u2014 which Japan chairs this year \u2014 condemned the launch.",
            {"G7:condemn"}, true);
        row("country with countries aside", "South Korea's foreign minister \u2014 who met his Japanese and French counterparts last week \u2014 condemned the launch.",
            {"South Korea:condemn"}, true);
    }
    void stances()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, exact);
        const QStringList got = keys(extract(text));
        for (const QString &e : expected)
            QVERIFY2(got.contains(e), qPrintable(QStringLiteral("missing %1 in %2").arg(e, got.join(QLatin1String(", ")))));
        if (exact)
            QCOMPARE(got, [&] { QStringList s = expected; s.sort(); return s; }());
    }

    void actors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        // Foreign ministries named by their own names stand for their countries.
        row("ministry for europe", "The Ministry for Europe and Foreign Affairs \"firmly condemns\" the launch.", {"France:condemn"});
        row("global affairs canada", "Global Affairs Canada condemned the ballistic missile launch.", {"Canada:condemn"});
        row("fcdo", "The FCDO condemned North Korea's missile launch on Tuesday.", {"United Kingdom:condemn"});
        row("dfat", "The Department of Foreign Affairs and Trade condemned the launch.", {"Australia:condemn"});
        row("farnesina", "The Farnesina condemned the missile launch.", {"Italy:condemn"});
        row("auswaertiges amt", "The Auswärtiges Amt condemned the missile launch.", {"Germany:condemn"});
        // The UN members a Security Council meeting names ("The representative of Guyana ...").
        row("un member: representative of", "The representative of Guyana called on the DPRK to refrain from further launches.", {"Guyana:urge"});
        row("un member: delegate", "Sierra Leone's delegate condemned the launch.", {"Sierra Leone:condemn"});
        // A UN summary's other names for a country's speaker.
        row("un member: delegate of", "The delegate of Denmark condemned the launch.", {"Denmark:condemn"});
        // "The Joint Chiefs" is South Korea's Joint Chiefs of Staff.
        row("joint chiefs, short", "The Joint Chiefs called the launch \"a grave provocation.\"", {"South Korea:condemn"});
        row("joint chiefs, short, said", "The Joint Chiefs said the launch was a clear violation of U.N. resolutions.", {"South Korea:condemn"});
        // (Artillery named beside a missile launch leaves the reaction to the launch.)
        row("artillery and missile", "South Korea condemned the missile launch and the artillery drills that followed.", {"South Korea:condemn"});
        row("un member: speaker for", "The speaker for the United Kingdom condemned the launch as a flagrant violation.", {"United Kingdom:condemn"});
        row("un member: speaker for urged", "The speaker for Slovenia urged the DPRK to refrain from further launches.", {"Slovenia:urge"});
        // The countries a speaker speaks for react with it.
        row("on behalf of", "Speaking also on behalf of Greece and Latvia, the representative of Denmark condemned the launch.",
            {"Denmark:condemn", "Greece:condemn", "Latvia:condemn"});
        row("on behalf of three", "On behalf of Estonia, Lithuania and Latvia, Finland's delegate expressed concern about the launch.",
            {"Finland:concern", "Estonia:concern", "Lithuania:concern", "Latvia:concern"});
        row("on behalf of group", "Speaking on behalf of the Nordic countries, the representative of Norway condemned the launch.", {"Norway:condemn"});
        // (Not the countries after "on behalf of" in another clause, after the stance word.)
        row("on behalf of after", "Japan condemned the launch, which Seoul discussed on behalf of its allies.", {"Japan:condemn"});
        row("un member: somalia", "Somalia's representative condemned the launch as a violation of resolutions.", {"Somalia:condemn"});
        row("un member: demonym", "The Jamaican representative expressed concern over the launch.", {"Jamaica:concern"});
        row("un member: long form", "The Republic of Chad urged restraint after the launch.", {"Chad:urge"});
        row("un member: given name is no country", "Chad condemned the launch, his colleague said.", {});
        // A country's long official form, as its own statements give it.
        row("long form poland", "The Ministry of Foreign Affairs of the Republic of Poland strongly condemns the launch.", {"Poland:condemn"});
        row("long form thailand", "The Kingdom of Thailand expresses grave concern over the launch.", {"Thailand:concern"});
        row("long form germany", "The Federal Republic of Germany condemns the launch in the strongest terms.", {"Germany:condemn"});
        row("long form philippines", "The Republic of the Philippines urges the DPRK to refrain from further launches.", {"Philippines:urge"});
        row("long form greece", "The Hellenic Republic condemns the launch in the strongest terms.", {"Greece:condemn"});
        row("long form vietnam", "The Socialist Republic of Viet Nam calls on all parties to exercise restraint.", {"Vietnam:urge"});
        // "State Dept", a newsroom's short form of the State Department.
        row("state dept short form 1", "The State Dept said it condemned the launch.", {"United States:condemn"});
        row("state dept short form 2", "A State Dept spokesperson said: \"We condemn the launch.\"", {"United States:condemn"});
        row("state dept short form 3", "State Dept spox by email: \"We condemn the DPRK's ballistic missile launches.\"", {"United States:condemn"});
        row("state dept short form 4", "The State Dept. urged North Korea to return to talks.", {"United States:dialogue"});
        row("state dept ends a sentence", "The launch was condemned by the State Dept. Japan also lodged a protest.", {"Japan:protest", "United States:condemn"});
        row("state dept short form 5", "Asked about the launch, the State Dept called it a violation of UN resolutions.", {"United States:condemn"});
        row("official with possessive", "Japan's Chief Cabinet Secretary Yoshimasa Hayashi condemned the launch.", {"Japan:condemn"});
        row("demonym and title", "South Korean Foreign Minister Cho Tae-yul condemned the launch.", {"South Korea:condemn"});
        row("office-holder alone", "Secretary Blinken denounced the test.", {"United States:condemn"});
        row("surname after full name", "Sergey Lavrov flew to Pyongyang. Lavrov expressed sympathy for North Korea.", {"Russia:support"});
        row("metonym Seoul", "Seoul condemned the missile launch.", {"South Korea:condemn"});
        row("metonym Washington", "Washington condemned the missile launch.", {"United States:condemn"});
        row("metonym Beijing", "Beijing urged restraint from all sides. Beijing called for restraint after the launch.", {"China:urge"});
        row("metonym Moscow", "Moscow defended Pyongyang's right to test missiles.", {"Russia:support"});
        row("metonym Tokyo", "Tokyo lodged a protest over the missile.", {"Japan:protest"});
        // (A statement, not sanctions: denouncing sanctions is no reaction to a launch.)
        row("metonym Pyongyang", "Pyongyang's foreign ministry denounced the U.S. statement.", {"North Korea:condemn"});
        row("setting gives country", "In Tokyo, the foreign ministry condemned the launch.", {"Japan:condemn"});
        // An office or title "of" a country is that country's.
        row("ministry of country", "The Ministry of Foreign Affairs of Mongolia expresses its concern over the launch.", {"Mongolia:concern"});
        row("ministry of the country", "The Ministry of Foreign Affairs of the Republic of Korea strongly condemned the launch.", {"South Korea:condemn"});
        row("minister of country", "The Foreign Minister of Singapore urged restraint after the launch.", {"Singapore:urge"});
        row("office of capital", "The Foreign Office of Berlin condemned the test.", {"Germany:condemn"});
        row("president of the country", "The President of the Philippines expressed concern over the missile test.", {"Philippines:concern"});
        row("setting Seoul office", "In Seoul, the Office of National Security urged North Korea to halt the launches.", {"South Korea:urge"});
        row("its office", "Germany condemned the act, with its Foreign Office urging Pyongyang to stop.", {"Germany:condemn", "Germany:urge"});
        row("three actors", "South Korea, Japan, and the U.S. swiftly condemned the launches.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("two officials", "Both Secretary Blinken and South Korean Foreign Minister Cho Tae-yul condemned the launch.",
            {"South Korea:condemn", "United States:condemn"});
        row("both nations", "The launches prompted a response from South Korea and Japan. Both nations have condemned the acts.",
            {"Japan:condemn", "South Korea:condemn"});
        row("the three allies", "South Korea, Japan and the United States held talks on Monday. The three allies condemned the firing.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("officials from all three nations",
            "Seoul, Tokyo and Washington were consulted. Officials from all three nations met to reaffirm their alliance.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("passive by list", "The launch was condemned by Australia and New Zealand.", {"Australia:condemn", "New Zealand:condemn"});
        // The occasion between the verb and its agent; an office's holders "of" their countries.
        row("passive in a joint statement", "The launch of 25 November was condemned in a joint statement by the foreign ministers of Japan, "
            "South Korea and the United States.", {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("footnote after the agent", "The launch was condemned by Japan and the United States.[19][20] Seoul said nothing.",
            {"Japan:condemn", "United States:condemn"});
        row("footnote glued to the actor", "Japan[c] condemned the launch.", {"Japan:condemn"});
        row("footnote ends the line", "The launch was condemned by Australia.[4]", {"Australia:condemn"});
        row("passive in a statement", "The launch was swiftly condemned in a statement by Japan's foreign ministry.", {"Japan:condemn"});
        row("passive ministers of", "The launch was condemned by the foreign ministers of Australia and New Zealand.",
            {"Australia:condemn", "New Zealand:condemn"});
        row("passive in a call", "The firing was condemned in a phone call by the leaders of France and Germany.",
            {"France:condemn", "Germany:condemn"});
        row("passive in their communique", "The tests were denounced in their communique by the defence chiefs of Canada and Britain.",
            {"Canada:condemn", "United Kingdom:condemn"});
        row("nominal from", "The firing drew condemnation from Canada and Germany.", {"Canada:condemn", "Germany:condemn"});
        row("place in a phrase is no speaker", "Trump, during his visit to South Korea, signaled his willingness to meet Kim.",
            {"United States:dialogue"});
        row("places listed after a preposition", "The response between Seoul, Washington, and Tokyo underscores the alliance.", {});
        row("said that it", "South Korea's Joint Chiefs of Staff said in a statement that it had detected the missile launch.",
            {"South Korea:acknowledge"});
        row("subordinate clause subject", "North Korea fired a ballistic missile on Monday, South Korea's military said, days after Pyongyang criticized Seoul's new president.",
            {"North Korea:condemn"});
        row("JCS is South Korea's", "The JCS said it strongly condemned the repeated launches.", {"South Korea:condemn"});
        row("office in a capital", "The Foreign Office in London criticised the tests as destabilising.", {"United Kingdom:condemn"});
        row("spokesperson for a ministry", "A spokesperson for the Chinese foreign ministry urged restraint after the launch.", {"China:urge"});
        row("organisation and title", "UN Secretary-General Antonio Guterres strongly condemned the launch of a ballistic missile.",
            {"United Nations:condemn"});
        row("officials in a capital", "Officials in Seoul and Tokyo condemned the launch.", {"Japan:condemn", "South Korea:condemn"});
        row("one country named twice", "Australia's Foreign Minister Penny Wong said Canberra stood with its partners and denounced the launch.",
            {"Australia:condemn"});
        row("north korea blames", "North Korea's foreign ministry blamed the U.S.-South Korea drills for the tension.", {"North Korea:condemn"});
        row("where clause is background", "The summit at Camp David in 2023, where leaders from the U.S. and Japan pledged cooperation, was recalled.", {});
        row("relative clause", "Secretary Blinken, who was in Seoul with South Korean officials, denounced the launch.",
            {"United States:condemn"});
        // A title without its country after North Korea is named: the country that
        // reacts, not the one it reacts to.
        row("with a title after the launcher", "Canada condemned North Korea's missile launch, with Foreign Minister Maria Lund calling it reckless.",
            {"Canada:condemn"});
        row("while a title urges", "Sweden criticised North Korea over the test, while Foreign Minister Karl Berg urged restraint.",
            {"Sweden:condemn", "Sweden:urge"});
        row("and a title urges talks", "Ireland condemned North Korea's test on Wednesday, and Foreign Minister Sean Doyle urged Pyongyang to return to talks.",
            {"Ireland:condemn", "Ireland:dialogue"});
        row("and a title urges", "Denmark condemned North Korea's launch, and Foreign Minister Lars Holm urged Pyongyang to stop.",
            {"Denmark:condemn", "Denmark:urge"});
        row("possessive launcher before a title", "Norway criticised the DPRK's firing, and Defence Minister Tore Sandvik urged an end to the tests.",
            {"Norway:condemn", "Norway:urge"});
        // A relative clause inside a quotation names no subject for what follows the quotation.
        row("quoted which then called on", "A spokesperson said the U.S. \"condemns the launches, which violate multiple UN Security Council resolutions,\" and called on Pyongyang \"to refrain from further acts.\"",
            {"United States:condemn", "United States:urge"});
        row("quoted which then urged", "Canada said it \"condemns the launch, which violates UN resolutions,\" and urged Pyongyang to stop.",
            {"Canada:condemn", "Canada:urge"});
        row("quoted which then urged the North", "South Korea said it \"condemns the provocation, which violates UN resolutions,\" and urged the North to stop.",
            {"South Korea:condemn", "South Korea:urge"});
        row("curly quoted which then called for talks", "Germany said it \u201Ccondemns the test, which the UN Security Council has banned,\u201D and called for talks.",
            {"Germany:condemn", "Germany:dialogue"});
        row("quoted which names the UN", "Australia said it \"condemns the launch, which defies the United Nations,\" and urged North Korea to stop.",
            {"Australia:condemn", "Australia:urge"});
        row("he after a person", "Foreign Minister Penny Wong of Australia spoke. Australian Foreign Minister Penny Wong condemned the test. She urged Pyongyang to stop.",
            {"Australia:condemn", "Australia:urge"});
    }
    void actors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(extract(text)), expected);
    }

    // Actors named the way a UN summary, a press release or a liveblog names them,
    // and stances given to the wrong actor (each kind with sentences of our own).
    // Every row must give exactly the reactions listed.
    void referencesAndOwnSubjects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("delegate then He 1", "The representative of Brazil said the firing breached the Council's resolutions. He called on Pyongyang to return to negotiations.",
            {"Brazil:dialogue"});
        row("delegate then He 2", "Mexico's delegate spoke after the briefing. She urged the North to halt its ballistic missile programme.",
            {"Mexico:urge"});
        row("delegate then He 3", "The ambassador of Australia addressed the chamber on Tuesday. He condemned the missile launch in strong terms.",
            {"Australia:condemn"});
        row("delegate then He 4", "Canada's envoy took the floor next. She expressed grave concern over the ICBM test.",
            {"Canada:concern"});
        row("delegate then He 5", "The Japanese foreign minister spoke to reporters. He said Tokyo had lodged a protest with Pyongyang.",
            {"Japan:protest"});
        row("delegate then He 6", "The representative of India said the test was regrettable. He also urged restraint on all sides.",
            {"India:concern", "India:urge"});
        // A pronoun, or "His office", before a quoted verb: the person named last.
        row("pronoun before quoted verb 1", "President Lee Jae Myung chaired an emergency meeting. He said he \"strongly condemns\" the launch.",
            {"South Korea:condemn"});
        row("pronoun before quoted verb 2", "South Korean President Lee Jae Myung chaired an emergency meeting of the National Security Council. His office said it \"strongly condemns\" the launch.",
            {"South Korea:condemn"});
        row("pronoun before quoted verb 3", "Australian Foreign Minister Penny Wong spoke in Canberra. Her office said it had \"strongly condemned\" the launch.",
            {"Australia:condemn"});
        row("pronoun before quoted verb 4", "Canadian Foreign Minister Anita Anand met her G7 counterparts. Her spokesperson said she was \"deeply concerned\" by the launch.",
            {"Canada:concern"});
        row("pronoun before quoted verb 5", "Japanese Defence Minister Gen Nakatani spoke to reporters. He \"strongly protested\" the launch through diplomatic channels.",
            {"Japan:protest"});
        row("pronoun before quoted verb 6", "The missile flew 600 km before landing in the sea. He said it \"strongly condemns\" the launch.",
            {});
        // A pronoun after a saying in a later clause is that clause's sayer.
        row("sayer of a later clause 1", "South Korea called the launch a provocation, and Japan's government said it had protested to North Korea.",
            {"South Korea:condemn", "Japan:protest"});
        row("sayer of a later clause 2", "South Korea condemned the launch, and Japan said it had protested.",
            {"South Korea:condemn", "Japan:protest"});
        row("sayer of a later clause 3", "Japan lodged a protest; the Australian government said it condemned the launch.",
            {"Japan:protest", "Australia:condemn"});
        row("sayer of a later clause 4", "Seoul condemned the test, but Washington said it was deeply concerned.",
            {"South Korea:condemn", "United States:concern"});
        row("sayer of a later clause 5", "China urged restraint, while Russia's foreign ministry said it was deeply concerned.",
            {"China:urge", "Russia:concern"});
        // "The office", "The ministry" taking up an office named in the sentence before.
        row("office taken up 1", "South Korea's presidential office convened a national security meeting. The office said the launches were a provocation and urged Pyongyang to stop.",
            {"South Korea:condemn", "South Korea:urge"});
        row("office taken up 2", "Japan's foreign ministry summoned no one. The ministry said it had lodged a protest through its embassy in Beijing.",
            {"Japan:protest"});
        row("office taken up 3", "Australia's Department of Foreign Affairs and Trade issued a note. The department also said it condemns the launch.",
            {"Australia:condemn"});
        row("office taken up 4", "The Unification Ministry of South Korea held a briefing. The unification ministry said it regrets the launch deeply.",
            {"South Korea:concern"});
        row("office taken up 5", "The missile flew 600 km before landing in the sea. The office said it condemns the launch.",
            {});
        // ... and as the stance verb's own subject, its adverb and quotation mark between.
        row("office taken up 6", "South Korea's National Security Council met later Friday morning. The council \"strongly condemned\" the launches.",
            {"South Korea:condemn"});
        row("office taken up 7", "Japan's defence ministry held a briefing. The ministry strongly condemned the launch.",
            {"Japan:condemn"});
        row("office taken up 8", "Australia's Department of Foreign Affairs issued a note. The department \"deplores\" the launch.",
            {"Australia:condemn"});
        row("office taken up 9", "Canada's foreign ministry summoned no one. The ministry \"firmly\" condemned the test.",
            {"Canada:condemn"});
        row("office taken up 10", "The missile flew 600 km before landing in the sea. The council strongly condemned the launch.",
            {});
        // (Review) an office the sentence before does not name is no one's.
        row("office not named before 1", "Japan's foreign ministry lodged a protest. The United States said it was consulting allies. The ministry said it strongly condemned the launch.",
            {"Japan:protest"});
        row("office not named before 2", "The Kremlin declined to comment. The ministry said it strongly condemned the launch.",
            {});
        // A relative clause on the speaker, closed before the verb: its "that" and
        // its nouns are no subject of the verb.
        row("aside on the speaker 1", "Japanese Prime Minister Shigeru Ishiba, who has announced that he will step down once his party chooses a new leader, said the launch was \"absolutely unacceptable.\"",
            {"Japan:condemn"});
        row("aside on the speaker 2", "German Foreign Minister Johann Wadephul, who said last week that talks with Pyongyang were overdue, condemned the launch.",
            {"Germany:condemn"});
        row("aside on the speaker 3", "Britain's foreign secretary, who had warned that a launch was likely, condemned the \"reckless\" test.",
            {"United Kingdom:condemn"});
        row("aside on the speaker 4", "Japan's defence minister, whose ministry said that the missile fell outside the EEZ, lodged a protest.",
            {"Japan:protest"});
        row("aside on the speaker 5", "The French foreign ministry, which noted that China had been warned, urged North Korea to return to talks.",
            {"France:dialogue"});
        row("aside on the speaker 6", "Seoul's unification minister, who once served in the opposition party, expressed regret over the launch.",
            {"South Korea:concern"});
        row("aside on the speaker 7", "Australia's foreign minister, who said on Monday that China should use its influence, condemned the launch.",
            {"Australia:condemn"});
        row("aside on the speaker 8", "The Philippine foreign ministry, which warned last month that Russia was arming Pyongyang, expressed grave concern over the launch.",
            {"Philippines:concern"});
        row("aside on the speaker 9", "New Zealand's foreign minister, who was once a newspaper editor, condemned the launch.",
            {"New Zealand:condemn"});
        row("aside on the speaker 11 (what he is now)", "Former Japanese diplomat Kunihiko Miyake, who is now a research director at the Canon Institute, called the launch a provocation.",
            {});
        row("aside on the speaker 10", "Japan's chief cabinet secretary, who told reporters that the United States had been informed, lodged a strong protest.",
            {"Japan:protest"});
        // A quotation before "he said", or after 'He said:', spoken by the person
        // (or delegate) the sentence before named.
        row("quote then he said 1", "The representative of Brazil took the floor. \"We condemn this launch,\" he said.",
            {"Brazil:condemn"});
        row("quote then he said 2", "Brazilian Foreign Minister Mauro Vieira took the floor. \"We condemn this launch,\" he said.",
            {"Brazil:condemn"});
        row("quote then he said 3", "The representative of the Republic of Korea said the JCS had detected two missiles. \"My delegation condemns this launch, which is a clear violation of resolutions,\" he said.",
            {"South Korea:acknowledge", "South Korea:condemn"});
        row("quote then he said 4", "Mexico's delegate spoke after the briefing. \"We are deeply concerned by this launch,\" she said.",
            {"Mexico:concern"});
        row("quote then he said 5", "The ambassador of Australia addressed the chamber. \"We urge the DPRK to refrain from further launches,\" she said.",
            {"Australia:urge"});
        row("quote then he said 6", "The missile flew 600 km before landing in the sea. \"We condemn this launch,\" he said.",
            {});
        row("he said colon we 1", "The representative of Brazil took the floor. He said: \"We condemn this launch.\"",
            {"Brazil:condemn"});
        row("he said colon we 2", "Brazilian Foreign Minister Mauro Vieira spoke next. She said: \"We are deeply concerned by the launch.\"",
            {"Brazil:concern"});
        row("he said colon we 3", "Canada's envoy took the floor next. She said: \"We strongly condemn the ICBM test.\"",
            {"Canada:condemn"});
        row("he said colon we 4", "The ambassador of Australia addressed the chamber on Tuesday. He said: \"We call on Pyongyang to halt its launches.\"",
            {"Australia:urge"});
        row("he said colon we 5", "Mexico's delegate spoke after the briefing. She said: \"We deplore this launch.\"",
            {"Mexico:condemn"});
        row("he said colon we 6", "The missile flew 600 km before landing in the sea. He said: \"We condemn this launch.\"",
            {});
        row("It after an office 1", "South Korea's Joint Chiefs of Staff sent reporters a text message. It denounced the firing and warned of a stern response.",
            {"South Korea:condemn"});
        row("It after an office 2", "Japan's coast guard issued a navigational warning. It said that it had spotted a projectile falling into the sea.",
            {"Japan:acknowledge"});
        row("It after an office 3", "Australia's foreign ministry posted a statement at noon. It strongly denounced the missile launch.",
            {"Australia:condemn"});
        row("It after an office 4", "The Pentagon briefed allies overnight. It said that it had tracked the missile over the sea.",
            {"United States:acknowledge"});
        row("It after an office 5", "Germany's Foreign Office reacted within the hour. It called on North Korea to stop its launches.",
            {"Germany:urge"});
        row("It after an office 6", "The missile flew 600 km before landing in the sea. It said the launch was unacceptable.",
            {});
        row("group of three with two named 1", "South Korea's envoy spoke by phone with his counterparts from the United States and Japan. All three nations agreed to coordinate their diplomatic moves.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("group of three with two named 2", "Seoul condemned the launch. Its vice minister met officials from Washington and Tokyo, and the three countries pledged trilateral cooperation.",
            {"Japan:cooperation", "South Korea:condemn", "South Korea:cooperation", "United States:cooperation"});
        row("group of three with two named 3", "Australia's foreign minister called her colleagues in Tokyo and Seoul after the ICBM test. The three ministers reaffirmed their partnership.",
            {"Australia:cooperation", "Japan:cooperation", "South Korea:cooperation"});
        row("group of three with two named 4", "Japan protested the missile launch. Its defence minister later spoke with counterparts from Australia and the Philippines; all three nations vowed closer coordination.",
            {"Australia:cooperation", "Japan:cooperation", "Japan:protest", "Philippines:cooperation"});
        row("group of three with two named 5", "The United States condemned the launch. Its envoy then held talks with officials from Seoul and Tokyo. The three sides pledged to coordinate their next steps at the United Nations.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:condemn", "United States:cooperation"});
        // "with his U.S. and Japanese counterparts": the partners named by demonyms.
        row("group of three with his counterparts 1", "Seoul's chief nuclear envoy, Lee Jun-il, held phone talks with his U.S. and Japanese counterparts. The three sides agreed to closely coordinate their response.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("group of three with her counterparts 2", "Japan's foreign minister spoke with her American and South Korean counterparts. The three ministers agreed to coordinate closely.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("group of three with his counterparts 3", "Australia's foreign minister met with his Japanese and Philippine counterparts in Manila. The three nations pledged closer coordination.",
            {"Australia:cooperation", "Japan:cooperation", "Philippines:cooperation"});
        row("group of three with his counterparts 4", "South Korea's defence minister spoke with his American and Japanese counterparts on Friday. All three countries vowed to strengthen trilateral cooperation.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("group of three with her counterparts 5", "Canada's foreign minister spoke with her British and French counterparts. The three sides agreed to coordinate their response at the UN.",
            {"Canada:cooperation", "France:cooperation", "United Kingdom:cooperation"});
        // The people and offices of the sentence before, of exactly that many countries.
        row("group of three by people and offices 1", "Secretary of State Marco Rubio spoke by phone with Japanese Foreign Minister Toshimitsu Motegi and South Korean Foreign Minister Cho Hyun. The three ministers condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("group of three by people and offices 2", "The U.S. Secretary of State called the Japanese Foreign Minister and the South Korean Foreign Minister on Sunday. The three ministers agreed to coordinate closely.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("group of three by people and offices 3", "The British Foreign Secretary met the French Foreign Minister and the German Foreign Minister in Brussels. The three ministers condemned the launch.",
            {"France:condemn", "Germany:condemn", "United Kingdom:condemn"});
        row("group of two by people and offices 4", "The Japanese Prime Minister held talks with the Australian Prime Minister in Canberra. The two leaders condemned the launch.",
            {"Australia:condemn", "Japan:condemn"});
        row("group of three by people and offices 5", "Chinese Foreign Minister Wang Yi hosted the Japanese Foreign Minister and the South Korean Foreign Minister in Beijing. The three ministers pledged closer coordination.",
            {"China:cooperation", "Japan:cooperation", "South Korea:cooperation"});
        // ... or of the last sentence that names them, a few back: a statement names
        // the ministers once, and each later sentence speaks of them as a group.
        row("group of three by people, sentences back 1", "Secretary of State Marco Rubio, Japanese Foreign Minister Toshimitsu Motegi, and Republic of Korea Foreign Minister Cho Hyun spoke by phone today. "
            "They discussed the launch, which landed within Japan's exclusive economic zone. The three ministers condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("group of three by people, sentences back 2", "The British Foreign Secretary met the French Foreign Minister and the German Foreign Minister in Brussels. "
            "The meeting lasted two hours. The talks covered Ukraine and Japan's security. The three ministers condemned the launch.",
            {"France:condemn", "Germany:condemn", "United Kingdom:condemn"});
        // A group of no stated number: the people named before, however many.
        row("the foreign ministers, no number 1", "Secretary of State Marco Rubio, Japanese Foreign Minister Toshimitsu Motegi, and Republic of Korea Foreign Minister Cho Hyun spoke by phone today. "
            "The Secretary and the Foreign Ministers strongly condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("the foreign ministers, no number 2", "Japanese Foreign Minister Toshimitsu Motegi met his South Korean counterpart Cho Hyun in Tokyo. "
            "The ministers reaffirmed their commitment to trilateral security cooperation.",
            {"Japan:cooperation", "South Korea:cooperation"});
        row("the foreign ministers, no number 3", "The Australian Foreign Minister, the New Zealand Foreign Minister and the Canadian Foreign Minister met in Ottawa. "
            "The talks were long. The foreign ministers condemned the launch.",
            {"Australia:condemn", "Canada:condemn", "New Zealand:condemn"});
        row("the foreign ministers, no number 4", "The Japanese Prime Minister held talks with the Australian Prime Minister in Canberra. The leaders condemned the launch.",
            {"Australia:condemn", "Japan:condemn"});
        row("the foreign ministers, no number 5", "Chinese Foreign Minister Wang Yi hosted the Japanese Foreign Minister and the South Korean Foreign Minister in Beijing. "
            "The defence ministers were not present. The ministers pledged closer coordination.",
            {"China:cooperation", "Japan:cooperation", "South Korea:cooperation"});
        // (Review) not where they met
        row("the ministers, not the venue 1", "U.S. Defense Secretary Pete Hegseth, Japanese Defense Minister Gen Nakatani and South Korean Defense Minister Ahn Gyu-back met in Singapore. "
            "The ministers condemned the launch.", {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("the ministers, not the venue 2", "U.S. Defense Secretary Pete Hegseth, Japanese Defense Minister Gen Nakatani and South Korean Defense Minister Ahn Gyu-back met in Singapore. "
            "The three ministers condemned the launch.", {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("the ministers, not the venue 3", "Japanese Foreign Minister Takeshi Iwaya and South Korean Foreign Minister Cho Hyun met at the summit in Kuala Lumpur. "
            "The ministers condemned the launch.", {"Japan:condemn", "South Korea:condemn"});
        // (guard: one country named before is no group of ministers)
        row("the foreign ministers, one country", "Japanese Foreign Minister Toshimitsu Motegi spoke in Tokyo. The ministers condemned the launch.", {});
        // A clause of its own after "and", its actor right before its verb.
        row("and-clause own actor 1", "Japan protested the launch and South Korea condemned it on Thursday.",
            {"Japan:protest", "South Korea:condemn"});
        row("and-clause own actor 2", "Japan protested the launch through its embassy in Beijing and South Korea's presidential office condemned it.",
            {"Japan:protest", "South Korea:condemn"});
        row("and-clause own actor 3", "Australia condemned the launch and New Zealand urged North Korea to stop its tests.",
            {"Australia:condemn", "New Zealand:urge"});
        row("and-clause own actor 4", "The United States condemned the test and the Japanese foreign ministry lodged a protest.",
            {"Japan:protest", "United States:condemn"});
        row("and-clause own actor 5", "Germany condemned the launch and France expressed deep concern.",
            {"France:concern", "Germany:condemn"});
        // (Review) The first "and" that opens a clause: both countries after it.
        row("and-clause two actors", "Japan protested the launch and the United States and South Korea condemned it.",
            {"Japan:protest", "South Korea:condemn", "United States:condemn"});
        // One actor, two verbs: the second keeps the first's.
        row("and-clause same actor", "Japan condemned the launch and urged Pyongyang to stop.",
            {"Japan:condemn", "Japan:urge"});
        // Groups named by their officials, envoys, foreign or defence ministers.
        row("group nouns officials", "The defense chiefs of South Korea, the United States and Japan held a video call. The three officials condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("group nouns envoys", "The nuclear envoys of South Korea, the United States and Japan met in Seoul. The three envoys condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("group nouns foreign ministers", "Japan, the United States and South Korea held talks. The three foreign ministers strongly condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("group nouns defence ministers", "Japan and Australia held talks in Canberra. The two defence ministers condemned the launch.",
            {"Australia:condemn", "Japan:condemn"});
        row("group nouns diplomats", "Diplomats of France and Germany met on Monday. Both diplomats condemned the launch.",
            {"France:condemn", "Germany:condemn"});
        // An organisation's officer is no country of the group.
        row("group with an organisation's officer", "NATO Secretary-General Mark Rutte met Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung. The three leaders condemned the launch.",
            {});
        // A group named by its number alone, before a verb of saying or of a stance.
        row("bare group the three", "Japan, the United States and South Korea held talks. The three condemned the launch.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("bare group all three", "Japan, the United States and South Korea held talks. All three said the launch was a grave violation of resolutions.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
        row("bare group the two", "Japan and Australia held talks in Canberra. The two strongly condemned the launch.",
            {"Australia:condemn", "Japan:condemn"});
        row("bare group the three also", "Secretary of State Marco Rubio spoke by phone with Japanese Foreign Minister Toshimitsu Motegi and South Korean Foreign Minister Cho Hyun. The three also agreed to coordinate closely.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("bare group the two reaffirmed", "South Korea and the United States held talks. The two reaffirmed their alliance after the launch.",
            {"South Korea:cooperation", "United States:cooperation"});
        // Before a noun it is no group: "the three missiles".
        row("bare group before a noun", "Japan, the United States and South Korea tracked the launch. The three missiles were condemned as a violation.",
            {"Japan:acknowledge", "South Korea:acknowledge", "United States:acknowledge"});
        // Of another number of countries: no group resolved.
        row("group of three by people and offices, only two", "The Japanese Prime Minister held talks with the Australian Prime Minister in Canberra. The three leaders condemned the launch.",
            {});
        row("military command 1", "The U.S. Indo-Pacific Command said the missile launch posed no immediate threat to U.S. territory.",
            {"United States:acknowledge"});
        row("military command 2", "INDOPACOM said the ballistic missile was tracked until it fell into the sea.",
            {"United States:acknowledge"});
        row("military command 3", "Pentagon: aware of a ballistic missile launch, monitoring.",
            {"United States:acknowledge"});
        row("military command 4", "Japan MoD: aware of the launch; no damage reported.",
            {"Japan:acknowledge"});
        row("military command 5", "In a statement, the Indo-Pacific Command said the missiles did not threaten U.S. personnel.",
            {"United States:acknowledge"});
        row("right to strengthen 1", "Moscow's foreign ministry said North Korea had every right to strengthen its armed forces.",
            {"Russia:support"});
        row("right to strengthen 2", "A Kremlin spokesman said North Korea had every right to bolster its defence capabilities.",
            {"Russia:support"});
        row("right to strengthen 3", "Iran's foreign ministry said the North had the right to protect itself from foreign threats after the launch.",
            {"Iran:support"});
        row("right to strengthen 4", "The Russian Federation's representative said the test was a reaction to the allies' drills near the peninsula, and that the North had a sovereign right to defend itself.",
            {"Russia:support"});
        row("right to strengthen 5", "China's envoy said the launch came after months of military pressure from Washington and its partners, and that Pyongyang had a right to safeguard its security.",
            {"China:support"});
        row("two stances one subject 1", "\"We condemn the launch,\" a British Foreign Office spokesperson told the BBC. The spokesperson pressed Pyongyang to abandon its weapons programme and said Britain still favoured talks.",
            {"United Kingdom:condemn", "United Kingdom:dialogue", "United Kingdom:urge"});
        row("two stances one subject 2", "Canada's foreign minister urged North Korea to stop its missile launches and said Ottawa was open to talks.",
            {"Canada:dialogue", "Canada:urge"});
        row("two stances one subject 3", "Indonesia's delegate said isolation would not make the peninsula safer but proposed fresh talks.",
            {"Indonesia:dialogue"});
        row("two stances one subject 4", "The German envoy said sanctions alone could not end the crisis but urged Pyongyang to halt its launches.",
            {"Germany:urge"});
        row("two stances one subject 5", "Australia's foreign minister declined to comment on the sanctions and condemned the missile launch.",
            {"Australia:condemn"});
        row("two stances one subject 6", "The Philippine foreign ministry said it would not take sides and expressed concern over the ballistic missile launch.",
            {"Philippines:concern"});
        row("two stances one subject 7", "Japan's foreign minister condemned the ICBM launch and said Tokyo had lodged a protest through its embassy in Beijing.",
            {"Japan:condemn", "Japan:protest"});
        row("said it was X and a violation 1", "France's ambassador said the test was the fourth since January and \"a clear breach of Security Council resolutions\".",
            {"France:condemn"});
        row("said it was X and a violation 2", "Britain's ambassador said the firing was destabilising and a flagrant violation of international law.",
            {"United Kingdom:condemn"});
        row("said it was X and a violation 3", "A State Department spokesperson said the missile test was the latest in a series and \"a serious provocation\".",
            {"United States:condemn"});
        row("said it was X and a violation 4", "Germany's foreign ministry said the launch was dangerous and a violation of several resolutions.",
            {"Germany:condemn"});
        row("said it was X and a violation 5", "Japan's defence minister said the ICBM had flown for 70 minutes and was \"totally unacceptable\".",
            {"Japan:condemn"});
        row("not about the launch 1", "Seoul's delegate criticised the firing and raised concerns about the arms partnership linking Moscow with Pyongyang.",
            {"South Korea:condemn"});
        row("not about the launch 2", "Japan expressed concern over the deepening cooperation between Russia and North Korea.",
            {});
        row("not about the launch 3", "Australia's foreign minister voiced alarm about the new partnership between Moscow and Pyongyang.",
            {});
        row("not about the launch 4", "The allies began the Iron Mace exercise on Monday. North Korea's foreign ministry denounced Iron Mace as a rehearsal for invasion.",
            {});
        row("not about the launch 5", "The Pacific Shield drills started in March. Pyongyang condemned Pacific Shield as \"a reckless provocation\".",
            {});
        row("not about the launch 6", "Seoul and Washington opened Ulchi Guardian exercises. KCNA denounced the Ulchi Guardian as a threat.",
            {});
        row("not about the launch 7", "Japan condemned Pyongyang over the ballistic missile launch.",
            {"Japan:condemn"});
        row("not about the launch 8", "The navies of Japan and the US held the Sea Dragon exercise. Tokyo condemned the ballistic missile launch on Sunday.",
            {"Japan:condemn"});
        row("office of a country 1", "A spokesperson for Japan's defence ministry said the missile fell outside the EEZ.",
            {"Japan:acknowledge"});
        row("office of a country 2", "A spokeswoman for the Australian foreign ministry condemned the launch.",
            {"Australia:condemn"});
        row("office of a country 3", "Canada condemned the test. A spokesman for Japan's foreign ministry demanded that Pyongyang stop the launches.",
            {"Canada:condemn", "Japan:urge"});
        row("office of a country 4", "The Secretary-General strongly condemns the launch, his spokesperson said.",
            {"United Nations:condemn"});
        row("office of a country 5", "NATO Secretary-General Mark Rutte condemned the ICBM launch.",
            {"NATO:condemn"});
        row("office of a country 6", "The Secretary General urged Pyongyang to resume dialogue.",
            {"United Nations:dialogue"});
        row("called on a long name 1", "The envoy called on the Democratic People's Republic of Korea to return to diplomacy.",
            {});
        row("called on a long name 2", "Japan called on the North Korean leadership to return to talks.",
            {"Japan:dialogue"});
        row("called on a long name 3", "Seoul called on the North to stop raising tensions and to come back to the table.",
            {"South Korea:urge"});
        // A press release's own "We" and "Our military" are its letterhead's: the
        // office named alone on its first lines.
        row("letterhead we 1", "Republic of Korea Joint Chiefs of Staff\nPress Release\n\n1. North Korea fired an IRBM today.\n\n2. We strongly condemn this launch.",
            {"South Korea:condemn"});
        row("letterhead we 2", "Ministry of Foreign Affairs of Japan\n\nPress release\n\nNorth Korea fired a ballistic missile today. We urge North Korea to halt its launches.",
            {"Japan:urge"});
        row("letterhead we 3", "PRESS RELEASE\nMinistry of National Defense, Republic of Korea\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {"South Korea:condemn"});
        row("letterhead we 4", "Japan Ministry of Defense\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {"Japan:condemn"});
        row("place line no letterhead", "Tokyo, Japan\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {});
        // "I am delivering this statement on behalf of A, B and C." over "We condemn ...".
        row("on behalf of then we", "North Korea fired an ICBM on Monday.\n\nI am delivering this statement on behalf of France, Japan and the United Kingdom.\n\nWe strongly condemn the launch.",
            {"France:condemn", "Japan:condemn", "United Kingdom:condemn"});
        row("on behalf of then we later", "North Korea fired an ICBM on Monday.\n\nOn behalf of Canada and Australia, I read the following.\n\nThe launch flew far. We urge the DPRK to halt its launches.",
            {"Australia:urge", "Canada:urge"});
        row("on behalf of too far back", "North Korea fired an ICBM on Monday.\n\nI speak on behalf of Canada and Australia.\n\nOne. Two. Three. Four. Five. Six.\n\nWe condemn the launch.",
            {});
        // (Review) a ministry named by its own name heads the release too; its own
        // first-person sentence is its, whatever country it names on the way.
        row("letterhead metonym", "Foreign, Commonwealth & Development Office\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {"United Kingdom:condemn"});
        row("letterhead acronym", "FCDO\n\nPress release\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {"United Kingdom:condemn"});
        row("letterhead ministry for europe", "Ministry for Europe and Foreign Affairs\n\nThe DPRK launched an ICBM today. We condemn this launch.",
            {"France:condemn"});
        row("letterhead warn then urge", "Republic of Korea Joint Chiefs of Staff\n\n1. North Korea fired an IRBM today.\n\n2. We sternly warn North Korea that any further provocation will be met with an overwhelming response, and we urge it to halt its launches.",
            {"South Korea:urge"});
        row("letterhead lettered item", "Republic of Korea Joint Chiefs of Staff\n\n(a) North Korea fired an IRBM today.\n\n(b) We strongly condemn the launch.",
            {"South Korea:condemn"});
        row("letterhead our military warns", "Republic of Korea Joint Chiefs of Staff\n\n1. North Korea fired an IRBM today.\n\n2. Our military sternly warns North Korea and strongly condemns the launch.",
            {"South Korea:condemn"});
        row("letterhead our military", "Republic of Korea Joint Chiefs of Staff\n\n1. North Korea fired an IRBM today.\n\n2. Our military strongly condemns this launch.",
            {"South Korea:condemn"});
        row("headline no letterhead", "Japan protests North Korea's launch\n\nNorth Korea fired an IRBM today, and the ministry spoke. We strongly condemn this launch.",
            {});
        // A site's name beside its section's ("UK Parliament | Written questions",
        // "Hansard — UK Parliament") is read alone; and a document's own "The
        // Government" is its letterhead's, never the last country named.
        row("letterhead site and section", "UK Parliament | Written questions, answers and statements\n\nThe DPRK launched an ICBM today, days after Japan protested. We condemn this launch.",
            {"Japan:protest", "United Kingdom:condemn"});
        row("letterhead section after dash", "Hansard \u2014 UK Parliament\n\nThe DPRK launched an ICBM today. We call on the DPRK to halt its launches.",
            {"United Kingdom:urge"});
        row("the government of letterhead", "UK Parliament | Written questions, answers and statements\n\nThe DPRK launched an ICBM on 12 November. Canada and New Zealand protested. The Government condemns these launches in the strongest terms.",
            {"Canada:protest", "New Zealand:protest", "United Kingdom:condemn"});
        row("the government has of letterhead", "Ministry of Foreign Affairs of Japan\n\nNorth Korea fired a ballistic missile today. The Government has strongly protested to North Korea.",
            {"Japan:protest"});
        row("his majesty's government", "Foreign, Commonwealth & Development Office\n\nThe DPRK launched an ICBM today. His Majesty's Government remains deeply concerned by the launch.",
            {"United Kingdom:concern"});
        row("the government without letterhead", "North Korea fired an ICBM today, Japan's defence ministry said. The Government condemns the launch in the strongest terms.",
            {});
        row("the government of a country named", "North Korea fired an ICBM today. The Government of Japan strongly protested.",
            {"Japan:protest"});
        // A relative clause on a noun whose subject is "the North": its stance, about
        // that noun, no reaction of the countries before it.
        row("drill the north denounced", "South Korea, the United States and Japan will stage their Freedom Edge exercise in November, a drill the North has repeatedly denounced as a rehearsal for invasion.",
            {});
        row("drills which the north condemned", "The allies began the Ulchi Freedom Shield drills, which the North has long condemned.", {});
        row("exercises that the north condemns", "Seoul and Washington held joint drills, exercises that the North condemns as preparation for war.", {});
        row("a move the north criticised", "Japan deployed Aegis destroyers, a move the North had strongly criticised.", {});
        row("exercise which the north denounced", "The three allies held the Freedom Edge exercise, which the North denounced.", {});
        row("an exercise the north condemned", "The allies staged live-fire drills near the border, an exercise the North condemned as hostile.", {});
        row("drills that the north denounced", "Tokyo and Seoul held talks on the drills that the North had bitterly denounced.", {});
        row("the north after the verb", "Japan condemned the launch, which the North said was a routine test.", {"Japan:condemn"});
        row("the north in another clause", "South Korea said the North had repeatedly violated resolutions and condemned the launch.", {"South Korea:condemn"});
        row("the north as object", "Japan strongly condemned the North on Tuesday.", {"Japan:condemn"});
        // "He said the root cause ... lay in ...": a judgement said by the person named
        // before, its noun right after the saying.
        row("he said the root cause", "Chinese spokesperson Guo Jiakun spoke in Beijing. He said the root cause of the tension lay in the drills.", {"China:support"});
        row("she said the root cause", "Chinese spokesperson Guo Jiakun spoke in Beijing. She said the root cause of the crisis was the hostile policy of the United States.", {"China:support"});
        row("he said the quoted root cause", "Chinese spokesperson Guo Jiakun spoke in Beijing. He said the \"root cause\" lay in the pressure of the allies.", {"China:support"});
        row("she said that the root cause", "Chinese spokesperson Guo Jiakun spoke in Beijing. She said that the root cause of tensions is the pressure on Pyongyang.", {"China:support"});
        row("he added the root cause", "Chinese spokesperson Guo Jiakun spoke in Beijing. He added the root cause lay in military deterrence.", {"China:support"});
        row("he said a country condemned", "Chinese spokesperson Guo Jiakun spoke in Beijing. He said Japan condemned the launch.", {"Japan:condemn"});
        row("he said the north condemned", "Chinese spokesperson Guo Jiakun spoke in Beijing. He said the North condemned the drills.", {});
        row("parliament in prose no letterhead", "Lawmakers met in London on Monday, and Japan protested the launch. The Government condemns it.",
            {"Japan:condemn", "Japan:protest"});
    }
    void referencesAndOwnSubjects()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(extract(text)), expected);
    }

    // A quotation before its speaker, an office's spokesperson named by no country:
    // the outlet's own country, whose offices it names bare ("The Joint Chiefs of
    // Staff said"); "should stop" is an urge in the quoted words, as "must stop" is.
    void quoteOfABareOfficesSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("ministry spokesperson", "\"North Korea should stop actions that heighten tensions,\" ministry spokesperson Koo Byoung-sam said on Wednesday.",
            {"South Korea:urge"});
        row("foreign ministry spokesman", "\"The North must immediately stop its provocations,\" foreign ministry spokesman Lee Jae-woong said.",
            {"South Korea:urge"});
        row("a defence ministry official", "\"This launch is a clear violation of UN resolutions,\" a defence ministry official said.",
            {"South Korea:condemn"});
        row("the unification ministry spokeswoman", "\"We remain open to dialogue with the North,\" the unification ministry spokeswoman said.",
            {"South Korea:dialogue"});
        row("government official", "\"Pyongyang should halt its missile launches,\" a government official said.",
            {"South Korea:urge"});
    }
    void quoteOfABareOfficesSpeaker()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QString article = QStringLiteral("North Korea fired two ballistic missiles on Tuesday, the Joint Chiefs of Staff said.\n\n") + text;
        QStringList got = keys(extract(article));
        got.removeAll(QStringLiteral("South Korea:acknowledge")); // (the first sentence's)
        QCOMPARE(got, expected);
    }

    // "They" opening the sentence after a group's reaction is that group.
    void theyAfterAGroup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("three allies", "The three allies urged the DPRK to stop its launches. They called on the DPRK to engage in serious and sustained dialogue without preconditions.",
            {"Japan:urge", "South Korea:urge", "United States:urge", "Japan:dialogue", "South Korea:dialogue", "United States:dialogue"});
        row("ministers named", "The foreign ministers of Japan, South Korea and the United States condemned the launch. They also urged Pyongyang to refrain from further provocations.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn", "Japan:urge", "South Korea:urge", "United States:urge"});
        row("jointly", "The three ministers of Japan, South Korea and the United States condemned the launch. They jointly expressed grave concern over the North's nuclear programme.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn", "Japan:concern", "South Korea:concern", "United States:concern"});
        row("two allies", "The Japanese and South Korean defence ministers condemned the launch. They pledged to strengthen trilateral security cooperation with the United States.",
            {"Japan:condemn", "South Korea:condemn", "Japan:cooperation", "South Korea:cooperation"});
        row("then", "The three allies condemned the launch as a provocation. They then called on Pyongyang to return to talks.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn", "Japan:dialogue", "South Korea:dialogue", "United States:dialogue"});
        // (One country before is no group; a sentence between, and "they" means others.)
        row("one country", "Japan condemned the launch. They urged the North to stop.", {"Japan:condemn"});
        row("a sentence between", "The three allies condemned the launch. Analysts said the missile was new. They urged caution over early estimates.",
            {"Japan:condemn", "South Korea:condemn", "United States:condemn"});
    }
    void theyAfterAGroup()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(extract(QStringLiteral("Japan, South Korea and the United States held talks on Monday. ") + text)), expected);
    }

    // Japan's government writes its people's names family name first, the family
    // name in capitals: "Minister of Defense KOIZUMI Shinjiro", then "Minister KOIZUMI".
    void japaneseNameOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::newRow("title before") << QStringLiteral("Minister of Defense KOIZUMI Shinjiro condemned the launch.") << QStringLiteral("Shinjiro Koizumi");
        QTest::newRow("title after") << QStringLiteral("KOIZUMI Shinjiro, Minister of Defense, condemned the launch.") << QStringLiteral("Shinjiro Koizumi");
        QTest::newRow("not in capitals") << QStringLiteral("Defense Minister Koizumi Shinjiro condemned the launch.") << QStringLiteral("Shinjiro Koizumi");
        QTest::newRow("prime minister") << QStringLiteral("Prime Minister TAKAICHI Sanae condemned the launch.") << QStringLiteral("Sanae Takaichi");
        QTest::newRow("surname after the full name") << QStringLiteral("Minister of Defense KOIZUMI Shinjiro spoke to reporters. Minister KOIZUMI later condemned the launch.") << QStringLiteral("Shinjiro Koizumi");
    }
    void japaneseNameOrder()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        const QVector<Reaction> rs = extract(text); // (kept: find points into it)
        const Reaction *r = find(rs, QStringLiteral("Japan"), Stance::Condemn);
        QVERIFY(r);
        QCOMPARE(r->person, person);
    }

    // "confirmed that Japan and the United States will continue to work closely
    // together": a commitment confirmed, not a launch acknowledged.
    void commitmentConfirmedIsNoAcknowledgement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("acknowledged");
        QTest::newRow("will continue to work") << "After the launch, Japan's defence minister confirmed that Japan and the United States will continue to work closely together." << false;
        QTest::newRow("would keep working") << "After the missile launch, Japan's foreign minister confirmed that Japan would keep working with its allies." << false;
        QTest::newRow("will further strengthen") << "After the launch, South Korea's military confirmed that it will further strengthen its readiness with the United States." << false;
        QTest::newRow("would continue to coordinate") << "Following the missile launch, Tokyo confirmed that Japan would continue to coordinate with Washington and Seoul." << false;
        QTest::newRow("will remain in contact") << "After the launch, Seoul confirmed that it will remain in close contact with its allies." << false;
        // (A launch's facts confirmed are.)
        QTest::newRow("had fallen") << "Japan confirmed that the missile had fallen outside its EEZ." << true;
        QTest::newRow("will be analysed") << "South Korea's military confirmed that the missile will be analysed with the United States." << true;
    }
    void commitmentConfirmedIsNoAcknowledgement()
    {
        QFETCH(QString, text);
        QFETCH(bool, acknowledged);
        const auto rs = extract(text);
        QCOMPARE(std::any_of(rs.cbegin(), rs.cend(), [](const Reaction &r) { return r.stance == Stance::Acknowledge; }), acknowledged);
    }

    // One reaction per actor, stance and speaker: two offices of one country are
    // two speakers; an office named in full and then shortened, or not named
    // again, is one. Each row: "Country:stance:office" of every reaction, sorted.
    void oneReactionPerSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("two offices 1", "South Korea's Joint Chiefs of Staff condemned the launch. South Korea's National Security Council met later. The council \"strongly condemned\" the launches.",
            {"South Korea:condemn:Joint Chiefs of Staff", "South Korea:condemn:National Security Council"});
        row("two offices 2", "Japan's Defense Ministry condemned the launch. Japan's Foreign Ministry also condemned it.",
            {"Japan:condemn:Defense Ministry", "Japan:condemn:Foreign Ministry"});
        row("two offices 3", "South Korea's Unification Ministry expressed regret. South Korea's Foreign Ministry also expressed deep regret over the launch.",
            {"South Korea:concern:Foreign Ministry", "South Korea:concern:Unification Ministry"});
        row("one office shortened", "South Korea's Joint Chiefs of Staff condemned the launch. Later the Joint Chiefs condemned it again as a provocation.",
            {"South Korea:condemn:Joint Chiefs of Staff"});
        row("one office then the country", "South Korea's Foreign Ministry condemned the launch. South Korea condemned it again on Tuesday.",
            {"South Korea:condemn:Foreign Ministry"});
    }
    void oneReactionPerSpeaker()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const Reaction &r : extract(text))
            got << r.actor + QLatin1Char(':') + stanceName(r.stance) + QLatin1Char(':') + (r.person.isEmpty() ? r.role : r.person);
        got.sort();
        QCOMPARE(got, expected);
    }

    void notReactions_data()
    {
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
        row("launcher's acts not tolerated", "The allies sent a clear message to North Korea that its provocative actions will not be tolerated.");
        // Artillery or rocket-launcher fire, with no missile and no launch named, is no launch to react to.
        row("artillery quote", "\"The North's artillery firing is a provocation that raises tensions, and we urge it to stop immediately,\" the JCS said.");
        row("artillery condemned", "South Korea condemned the North's coastal artillery drills near the border on Tuesday.");
        row("shelling denounced", "Seoul denounced the shelling of the buffer zone as a violation of the military agreement.");
        row("rocket launchers", "Japan expressed concern about the North's firing of multiple rocket launchers into the sea.");
        row("standing by for updates", "Japanese officials were standing by for updates on the launch.");
        // Committed to what is no cooperation.
        row("committed to denuclearization", "After the launch, Japan said it remained committed to the denuclearization of the peninsula.");
        // Regrettable, of another matter.
        row("regrettable other matter", "After the launch, Japan said it was regrettable that the United States had not consulted it on tariffs.");
        // An urge to the speaker's own people, or to ships and aircraft, is a safety notice.
        row("urging residents", "Japan briefly issued a J-Alert emergency warning for Okinawa after the launch, urging residents to take shelter.");
        row("urged the public", "After the launch the Japanese government urged the public to stay calm.");
        row("urged ships", "The coast guard urged ships in the area to watch for falling debris from the missile.");
        row("called on local fishermen", "Tokyo called on local fishermen to report any debris from the launch.");
        row("urging all citizens", "Seoul's mayor sent an alert about the launch, urging all citizens to stay indoors.");
        // (Review) nationals named by their country, seafarers, everyone.
        row("urged Australian travellers", "After the launch DFAT urged Australian travellers in Japan to follow local advice.");
        row("urged American citizens", "After the launch the US embassy in Seoul urged American citizens to monitor local news.");
        row("urged Australians", "After the launch Canberra urged Australians in the region to follow official advice.");
        row("urged mariners", "After the launch the Japan Coast Guard urged mariners to report any debris.");
        row("urged everyone", "After the launch Japan urged everyone in Okinawa to seek shelter immediately.");
        row("broadcaster said", "The public broadcaster KBS said the missile landed in the East Sea.");
        row("ready for launch", "North Korea appeared ready to launch another missile, Seoul's spy agency said.");
        row("likely to", "Japan is likely to condemn the launch in a statement.");
        row("may", "South Korea may protest the test later this week.");
        row("would", "Washington would denounce any further launch.");
        row("could", "China could express concern if the tests continue.");
        row("expected to", "The U.S. is expected to urge restraint at the council.");
        // The modal's second verb, bare after "and".
        row("modal and bare verb", "Washington will likely call Sunday's launch destabilizing and urge restraint.");
        row("would and bare verb", "Seoul would convene its security council and condemn any launch.");
        row("may and bare verb", "Tokyo may summon the envoy and protest the test.");
        row("expected to and bare verb", "Canberra is expected to brief its partners and urge restraint.");
        row("could and bare verb", "Beijing could postpone the talks and condemn the test.");
        row("committed to its own sovereignty", "KCNA said the army remained committed to the defence of the country's sovereignty against US provocations.");
        row("if", "If North Korea fires again, Japan will condemn it.");
        row("negated", "China did not condemn the launch.");
        row("refused", "Russia refused to criticize the test.");
        // a stance on an official's visit, not on a launch
        row("visit", "Pyongyang denounced the visit as a reckless show of force.");
        row("trip", "China criticized the trip by the US envoy.");
        row("tour", "Russia condemned the tour of the border by the defense secretary.");
        row("visits", "North Korea slammed the visits as provocations.");
        row("possessive visit", "Beijing denounced Hegseth's visit to the DMZ.");
        // a habit told as background, not a reaction to this launch
        row("in the past", "New Zealand has in the past called on Pyongyang to abide by its obligations.");
        row("in the past, condemned", "India has in the past condemned such tests.");
        row("in the past, concern", "Brazil in the past expressed concern about the programme.");
        row("on previous occasions", "Mexico has on previous occasions urged North Korea to stop.");
        row("in previous years", "Indonesia in previous years criticized the launches at the UN.");
        row("question", "Will Japan condemn the launch?");
        row("analyst", "Hong Min of the Korea Institute for National Unification criticized the timing of the launch.");
        row("analysts plural", "South Korean military analysts condemned the missile launch as risky.");
        row("expert quoted", "Experts such as Ahn Chan-il of the World Institute for North Korea Studies warned of \"anxiety\" in Pyongyang.");
        row("no actor", "The launch drew swift condemnation from the international community.");
        row("international community", "The international community condemned the launch.");
        row("domestic opposition", "South Korea's opposition Democratic Party criticized the government's response as inadequate.");
        row("quote by an analyst", "\"The launch is a clear provocation,\" said Hong Min, an analyst at the Korea Institute for National Unification.");
        row("artillery detected", "South Korea detected ten rounds of artillery fire near the border.");
        row("north korea self report", "North Korean state media reported a successful missile test.");
        row("object only", "The launch was a provocation that angered Japan and South Korea.");
        // Passive voice: the actor is the agent after "by"; a vague agent gives no reaction,
        // and the country that merely reported the launch is not the one criticising.
        row("passive vague agent", "North Korea fired a ballistic missile on Tuesday, Japan's defence ministry said, in a string of tests that have been criticised by its neighbours.");
        row("passive vague agent many", "Pyongyang's missile tests, which were condemned by many governments, continued on Sunday, South Korea's military said.");
        row("passive vague region", "The launch was the latest in a run of tests that have been denounced by the region.");
        // A habit or a relative clause describing a group is not a reaction to the launch.
        row("has long denounced", "Pyongyang has long denounced the joint exercises as a rehearsal for war.");
        row("routinely condemns", "North Korea's launches, which Japan routinely condemns, have grown more frequent.");
        row("regularly denounces", "Seoul regularly denounces such missile launches as provocations.");
        row("usually urges", "Beijing usually urges all sides to show restraint.");
        row("generally condemns", "Canberra generally condemns each missile launch within hours.");
        row("often criticizes", "Moscow often criticizes the missile tests as a response to allied pressure.");
        row("have always condemned", "Seoul's conservatives have always condemned such drills by the North.");
        row("relative present", "State media said the country would never forgive the American warmongers, who condemn its rightful defence while massing bombers nearby.");
        row("relative present which", "The commentary mocked the Japanese reactionaries, who denounce every test as a threat.");
        row("relative that urge", "KCNA lashed out at the puppet authorities that urge sanctions at every turn.");
        row("passive critics", "The tests, which have been sharply criticized by rights groups, resumed on Monday, Seoul's military said.");
        row("passive observers", "The missile, part of a programme long condemned by observers abroad, fell into the sea east of the peninsula.");
        row("urgency is no urging", "Seoul feels no urgency to return to the negotiating table, officials in Tokyo believe.");
        row("protested history textbooks", "Seoul protested the new history textbooks approved by Tokyo on Tuesday.");
        row("condemned a shrine visit", "Beijing condemned the Japanese minister's visit to the Yasukuni shrine.");
        row("denounced wartime policies", "South Korea denounced Japan's wartime forced labour policies again.");
        row("drills which a country condemned", "The joint drills, which North Korea condemned as a provocation, ended on Friday.");
        row("exercises that a country denounced", "Japan and Australia resumed the air exercises that Pyongyang denounced last year.");
        // A concern about what another country does, with no launch in it.
        row("concern that another country", "The Japanese foreign minister voiced concern that Moscow was supplying oil to Pyongyang.");
        row("concern on a day that another country", "Australia expressed concern on Tuesday that China was failing to enforce the embargo.");
        row("condemned that another country", "Canada condemned reports that Russian troops were training alongside North Korean units.");
        // Negation: holding back a criticism is no criticism.
        row("refrained from", "Moscow refrained from criticising the missile launch.");
        row("has refrained from", "Beijing has refrained from condemning its neighbour's weapons tests.");
        row("declined to criticize", "The Chinese foreign ministry declined to criticize Pyongyang over the ICBM test.");
        row("did not condemn", "India did not condemn the firing of the ballistic missiles.");
        row("stopped short of", "Vietnam stopped short of condemning the ballistic missile test.");
        row("avoided", "Beijing avoided criticizing the North in its statement on the launch.");
        // A stance about something other than the launch: drills, exercises, sanctions.
        row("drill a country has denounced", "The United States, Japan and Australia ended their naval exercise on Sunday, a drill North Korea has denounced as a rehearsal for invasion.");
        row("exercises a country condemned", "Seoul and Washington held air drills on Friday, exercises Pyongyang condemned as a provocation.");
        row("condemned the drills", "China condemned the joint military drills near its coast on Thursday.");
        row("denounced the sanctions", "Pyongyang's foreign ministry denounced the new sanctions as hostile.");
        row("concern over the exercises", "Russia expressed concern over the large-scale exercises held by the allies.");
    }
    void notReactions()
    {
        QFETCH(QString, text);
        const auto got = extract(text);
        QVERIFY2(got.isEmpty(), qPrintable(keys(got).join(QLatin1String(", "))));
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("quote");
        QTest::newRow("curly") << QStringLiteral("Blinken denounced the launch as \u201cyet another violation of resolutions.\u201d")
                               << QStringLiteral("United States") << QStringLiteral("yet another violation of resolutions");
        QTest::newRow("straight") << QStringLiteral("Japan condemned the test as \"utterly unacceptable\".")
                                  << QStringLiteral("Japan") << QStringLiteral("utterly unacceptable");
        QTest::newRow("urging quote for both stances")
            << QStringLiteral("France condemned the act, with its foreign ministry urging Pyongyang to \"immediately stop the unlawful development, test & transfer of ballistic missiles.\"")
            << QStringLiteral("France") << QStringLiteral("immediately stop the unlawful development, test & transfer of ballistic missiles");
        QTest::newRow("split") << QStringLiteral("Seoul condemned \u201ca grave provocation,\u201d adding it was \u201ca threat to peace\u201d.")
                               << QStringLiteral("South Korea") << QStringLiteral("a grave provocation ... a threat to peace");
        QTest::newRow("single word") << QStringLiteral("Lavrov expressed sympathy for North Korea, citing \"self-defense\" as justification.")
                                     << QStringLiteral("Russia") << QStringLiteral("self-defense");
        // A quotation opened and not closed runs to the sentence's end (its words go on
        // in the next paragraph, which opens with the mark again).
        QTest::newRow("unclosed straight")
            << QStringLiteral("A Foreign Office spokesperson said: \"The UK condemns the DPRK's launch of ballistic missiles, a clear violation of resolutions.\n\n\"These reckless actions threaten peace.\"")
            << QStringLiteral("United Kingdom") << QStringLiteral("The UK condemns the DPRK's launch of ballistic missiles, a clear violation of resolutions");
        QTest::newRow("unclosed curly")
            << QStringLiteral("Japan's foreign ministry said: \u201cJapan strongly condemns the launch, which threatens the region.\n\n\u201cWe will respond firmly.\u201d")
            << QStringLiteral("Japan") << QStringLiteral("Japan strongly condemns the launch, which threatens the region");
        QTest::newRow("guillemets") << QStringLiteral("Germany condemned the launch as \u00ABreckless\u00BB.")
                                    << QStringLiteral("Germany") << QStringLiteral("reckless");
        // A statement under its letterhead is its country's own words, whatever tense
        // it reports in: the sentence is the quote of that country's reactions (not of
        // another country's, and not without a letterhead unless it speaks in the present).
        QTest::newRow("has lodged") << QStringLiteral("Ministry of Defense, Japan\nPress Release (Provisional Translation)\n\n1. North Korea launched a ballistic missile today.\n\n2. Japan has lodged a strong protest against North Korea.")
                                    << QStringLiteral("Japan") << QStringLiteral("Japan has lodged a strong protest against North Korea");
        QTest::newRow("condemned") << QStringLiteral("Ministry of Foreign Affairs, Republic of Korea\nPress Releases\n\nNorth Korea fired an SLBM today. The Republic of Korea strongly condemned the launch.")
                                   << QStringLiteral("South Korea") << QStringLiteral("The Republic of Korea strongly condemned the launch");
        QTest::newRow("expressed") << QStringLiteral("Ministry of Defense, Japan\nPress Release\n\nNorth Korea launched a ballistic missile today.\n\n3. Japan expressed grave concern over the launch.")
                                   << QStringLiteral("Japan") << QStringLiteral("Japan expressed grave concern over the launch");
        QTest::newRow("another country's reaction") << QStringLiteral("Ministry of Defense, Japan\nPress Release\n\nNorth Korea fired a missile today. South Korea condemned the launch.")
                                                     << QStringLiteral("South Korea") << QString();
        QTest::newRow("no letterhead, past") << QStringLiteral("Press release\n\nNorth Korea fired a missile today. Japan condemned the launch.")
                                              << QStringLiteral("Japan") << QString();
        QTest::newRow("letterhead, no statement") << QStringLiteral("Ministry of Defense, Japan\n\nNorth Korea fired a missile today. Japan condemned the launch.")
                                                  << QStringLiteral("Japan") << QString();
    }
    // The reactions of `actor` in text all have `quote`, its evidence where the
    // text holds it (none for an empty quote); at least one reaction is the actor's.
    void quotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, actor);
        QFETCH(QString, quote);
        const auto got = extract(text);
        bool found = false;
        for (const Reaction &r : got) {
            if (r.actor == actor) {
                QCOMPARE(r.quote, quote);
                found = true;
                const Evidence q = evidenceFor(r.evidence, QStringLiteral("quote"));
                QCOMPARE(q.isValid(), !quote.isEmpty());
                if (q.isValid())
                    QVERIFY(quote.startsWith(text.mid(q.start, q.end - q.start)));
            }
        }
        QVERIFY2(found, qPrintable(keys(got).join(QLatin1String(", "))));
    }


    void oneReactionPerCountryAndStanceInASentence()
    {
        const auto got = extract(QStringLiteral("Australia's Foreign Minister Penny Wong said Canberra stood with its partners "
                                                "and denounced the launch."));
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].person, QStringLiteral("Penny Wong"));
    }

    void quoteBeforeSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("quote");
        QTest::newRow("spokesperson said")
            << QStringLiteral("\"This launch is a violation of multiple UN Security Council resolutions,\" a State Department spokesperson said.")
            << QStringLiteral("United States:condemn") << QStringLiteral("This launch is a violation of multiple UN Security Council resolutions");
        QTest::newRow("curly, minister told")
            << QStringLiteral("\u201CWe call on North Korea to refrain from further provocations,\u201D Japan's foreign minister told reporters.")
            << QStringLiteral("Japan:urge") << QStringLiteral("We call on North Korea to refrain from further provocations");
        QTest::newRow("said first")
            << QStringLiteral("\"We are deeply concerned,\" said Australia's foreign minister.")
            << QStringLiteral("Australia:concern") << QStringLiteral("We are deeply concerned");
        QTest::newRow("alliance")
            << QStringLiteral("\"Our alliance is ironclad,\" the U.S. ambassador said on Tuesday.")
            << QStringLiteral("United States:cooperation") << QStringLiteral("Our alliance is ironclad");
        QTest::newRow("speaker from the sentence before")
            << QStringLiteral("The Foreign Office in London criticised the tests. \"These launches violate UN resolutions,\" a spokesperson said.")
            << QStringLiteral("United Kingdom:condemn") << QStringLiteral("These launches violate UN resolutions");
        QTest::newRow("working closely with")
            << QStringLiteral("\"We will continue to work closely with the United States and South Korea,\" Japan's defence minister said.")
            << QStringLiteral("Japan:cooperation") << QStringLiteral("We will continue to work closely with the United States and South Korea");
        QTest::newRow("consulting closely with")
            << QStringLiteral("\u201CWe are consulting closely with our allies,\u201D a State Department spokesperson said.")
            << QStringLiteral("United States:cooperation") << QStringLiteral("We are consulting closely with our allies");
        QTest::newRow("every right to ensure its security")
            << QStringLiteral("\"The DPRK has every right to ensure its security,\" Russia's foreign ministry spokeswoman said.")
            << QStringLiteral("Russia:support") << QStringLiteral("The DPRK has every right to ensure its security");
        QTest::newRow("full right to defend itself")
            << QStringLiteral("\u201CPyongyang has the full right to defend itself against the drills,\u201D a Russian diplomat said.")
            << QStringLiteral("Russia:support") << QStringLiteral("Pyongyang has the full right to defend itself against the drills");
        QTest::newRow("talks")
            << QStringLiteral("\u201CThe door to dialogue remains open,\u201D Seoul's unification ministry said.")
            << QStringLiteral("South Korea:dialogue") << QStringLiteral("The door to dialogue remains open");
    }
    void quoteBeforeSpeaker()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, quote);
        const auto got = extract(text);
        QVERIFY2(keys(got).contains(key), qPrintable(keys(got).join(QLatin1String(", "))));
        QCOMPARE(got.first().quote, quote);
    }

    // A Korean family name alone ("Lee") names the office-holder the article
    // named in full before, even where two office-holders share it.
    void koreanFamilyNameAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("person"); // empty: no reaction may be found
        QTest::newRow("president, three-word name")
            << QStringLiteral("South Korean President Lee Jae Myung convened a meeting on Tuesday. Lee condemned the launch.")
            << QStringLiteral("South Korea:condemn") << QStringLiteral("Lee Jae Myung");
        QTest::newRow("his office")
            << QStringLiteral("South Korean President Lee Jae Myung convened a meeting on Tuesday. Lee's office issued a statement expressing deep regret.")
            << QStringLiteral("South Korea:concern") << QStringLiteral("Lee Jae Myung");
        QTest::newRow("hyphenated alias")
            << QStringLiteral("President Lee Jae-myung chaired the meeting. Lee urged North Korea to stop its provocations.")
            << QStringLiteral("South Korea:urge") << QStringLiteral("Lee Jae Myung");
        QTest::newRow("minister sharing a family name")
            << QStringLiteral("Foreign Minister Cho Hyun met reporters on Friday. Cho condemned the launch.")
            << QStringLiteral("South Korea:condemn") << QStringLiteral("Cho Hyun");
        QTest::newRow("acting president")
            << QStringLiteral("Acting President Lee Ju-ho convened the National Security Council. Lee expressed concern over the launch.")
            << QStringLiteral("South Korea:concern") << QStringLiteral("Lee Ju-ho");
        QTest::newRow("never named in full") << QStringLiteral("Lee condemned the launch.") << QString() << QString();
        // Another person of the family named since: "Lee" is no longer the president.
        QTest::newRow("an analyst of the same family since")
            << QStringLiteral("South Korean President Lee Jae Myung convened an emergency meeting. Lee Sung-yoon, a fellow at the Wilson Center, "
                              "said the timing was deliberate. Lee condemned the launch as reckless.")
            << QString() << QString();
    }
    void koreanFamilyNameAlone()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, person);
        const auto got = extract(text);
        if (person.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(keys(got).join(QLatin1String(", "))));
            return;
        }
        QVERIFY2(keys(got).contains(key), qPrintable(keys(got).join(QLatin1String(", "))));
        QCOMPARE(got.first().person, person);
    }

    void personAndRole()
    {
        const auto got = extract(QStringLiteral("Japan's Chief Cabinet Secretary Yoshimasa Hayashi acknowledged the missile tests "
                                                "and underscored the importance of close cooperation with the U.S."));
        const Reaction *r = find(got, QStringLiteral("Japan"), Stance::Cooperation);
        QVERIFY(r);
        QCOMPARE(r->person, QStringLiteral("Yoshimasa Hayashi"));
        QCOMPARE(r->role, QStringLiteral("Chief Cabinet Secretary"));
        QVERIFY(find(got, QStringLiteral("Japan"), Stance::Acknowledge));
        QVERIFY(!find(got, QStringLiteral("United States"), Stance::Cooperation));

        const auto unknown = extract(QStringLiteral("Australian Foreign Minister Penny Wong condemned the launch."));
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown[0].person, QStringLiteral("Penny Wong"));
        QCOMPARE(unknown[0].role, QStringLiteral("Foreign Minister"));

        const auto office = extract(QStringLiteral("In Seoul, the Office of National Security urged North Korea to halt."));
        QCOMPARE(office.size(), 1);
        QCOMPARE(office[0].role, QStringLiteral("Office of National Security"));
        QVERIFY(office[0].person.isEmpty());

        // After "and said", the speaker's own country keeps the speaker.
        const auto told = extract(QStringLiteral("Australian Foreign Minister Penny Wong denounced the firing and said "
                                                 "Australia had summoned the North Korean ambassador."));
        const Reaction *summoned = find(told, QStringLiteral("Australia"), Stance::Protest);
        QVERIFY(summoned);
        QCOMPARE(summoned->person, QStringLiteral("Penny Wong"));
        // A delegate's pronoun: the delegate's country, with no name to give.
        const auto delegate = extract(QStringLiteral("The representative of Canada took the floor. He called on Pyongyang to halt its launches."));
        QCOMPARE(keys(delegate), QStringList{QStringLiteral("Canada:urge")});
        QVERIFY(delegate[0].person.isEmpty());
    }

    void dates()
    {
        const auto july = extract(QStringLiteral("Tests came in early May 2025. Foreign Minister Sergey Lavrov's July visit "
                                                 "to Pyongyang was noted. Lavrov expressed sympathy for North Korea's pursuit."));
        const Reaction *r = find(july, QStringLiteral("Russia"), Stance::Support);
        QVERIFY(r);
        QCOMPARE(r->date.precision, DatePrecision::Month);
        QCOMPARE(r->date.earliest, QDate(2025, 7, 1));
        QCOMPARE(r->date.latest, QDate(2025, 7, 31));

        // The same with a curly apostrophe and two spaces before the month (what the
        // bare-month pattern reads, and its pre-test in datesIn must let through).
        const auto curly = extract(QStringLiteral("Tests came in early May 2025. Foreign Minister Sergey Lavrov\u2019s  July visit "
                                                  "to Pyongyang was noted. Lavrov expressed sympathy for North Korea's pursuit."));
        const Reaction *c = find(curly, QStringLiteral("Russia"), Stance::Support);
        QVERIFY(c);
        QCOMPARE(c->date.precision, DatePrecision::Month);
        QCOMPARE(c->date.earliest, QDate(2025, 7, 1));

        const auto month = extract(QStringLiteral("In July 2025, officials from Japan and South Korea met to reaffirm their alliance."));
        QCOMPARE(month.size(), 2);
        QCOMPARE(month[0].date.precision, DatePrecision::Month);

        const auto day = extract(QStringLiteral("On Thursday, November 6, Pyongyang's foreign ministry denounced the U.S. statement as \"wicked\"."),
                                 QDate(2025, 11, 8));
        QCOMPARE(day.size(), 1);
        QCOMPARE(day[0].date.earliest, QDate(2025, 11, 6));
        QCOMPARE(day[0].quote, QStringLiteral("wicked"));
    }

    void evidenceSpans()
    {
        const QString text = QStringLiteral("North Korea fired a missile. Japan condemned the launch \"strongly\".");
        const auto got = extract(text);
        QCOMPARE(got.size(), 1);
        for (const Evidence &e : got[0].evidence) {
            QVERIFY(e.isValid());
            QCOMPARE(e.text(), text.mid(e.start, e.end - e.start));
            QCOMPARE(e.articleId, QStringLiteral("t"));
        }
        QCOMPARE(evidenceFor(got[0].evidence, QStringLiteral("stance")).text(), QStringLiteral("condemned"));
        QCOMPARE(evidenceFor(got[0].evidence, QStringLiteral("actor")).text(), QStringLiteral("Japan"));
        const auto sentences = splitSentences(text);
        QCOMPARE(ReactionExtractor::sentenceIndexOf(got[0], sentences), 1);
        QCOMPARE(got[0].id, QStringLiteral("t-r1"));

        // A pronoun's reaction is evidenced by the pronoun in its own sentence.
        const QString two = QStringLiteral("Secretary Blinken spoke on the launch at length today in Seoul. He urged Pyongyang to stop.");
        const auto he = extract(two);
        QCOMPARE(keys(he), QStringList{QStringLiteral("United States:urge")});
        QCOMPARE(he[0].person, QStringLiteral("Antony Blinken"));
        const Evidence actor = evidenceFor(he[0].evidence, QStringLiteral("actor"));
        QCOMPARE(actor.text(), QStringLiteral("He"));
        QCOMPARE(two.mid(actor.start, actor.end - actor.start), QStringLiteral("He"));
    }

    // A minister named without a country is the country's whose office-holder
    // he or she is (resources/data/officeholders.json).
    void officeHolderNamesTheCountry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("Wadephul") << QStringLiteral("Foreign Minister Johann Wadephul condemned the launch in the strongest terms.") << "Germany:condemn";
        QTest::newRow("Wong") << QStringLiteral("Foreign Minister Penny Wong condemned North Korea's launch on Wednesday.") << "Australia:condemn";
        QTest::newRow("Anand") << QStringLiteral("Anita Anand urged North Korea to stop its launches.") << "Canada:urge";
        QTest::newRow("Barrot") << QStringLiteral("Jean-No\u00EBl Barrot condemned the launch, calling it a new provocation.") << "France:condemn";
        QTest::newRow("Guterres") << QStringLiteral("Ant\u00F3nio Guterres condemned the ICBM launch on Wednesday.") << "United Nations:condemn";
        // The Chinese and Russian foreign ministries' spokespeople, named alone.
        QTest::newRow("Mao Ning") << QStringLiteral("Mao Ning urged all parties to exercise restraint after the launch.") << "China:urge";
        QTest::newRow("Lin Jian") << QStringLiteral("Lin Jian called on all sides to resume dialogue after the launch.") << "China:dialogue";
        QTest::newRow("Zakharova") << QStringLiteral("Zakharova blamed Washington's drills for the launch.") << "Russia:support";
    }
    void officeHolderNamesTheCountry()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const QStringList keys = testing::reactionKeys(testing::extractReactions(text));
        QVERIFY2(keys.contains(key), qPrintable(keys.join(u' ')));
    }

    // The country criticised is never the speaker a fallback gave it: "We urge
    // North Korea ..." after North Korea was the last country named, a quotation
    // that opens with "North Korea's launch ..." and no speaker the reader can name.
    void criticisedCountryIsNoSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("we urge") << QStringLiteral("The launch followed North Korea's test in July.\n\nWe urge North Korea to cease its destabilising actions.");
        QTest::newRow("quoted possessive") << QStringLiteral("He posted about two hours later:\n\n\"North Korea's missile launch today is a clear violation of UN resolutions, and we condemn it.\"");
        QTest::newRow("repeated launches") << QStringLiteral("The governor issued the following comment:\n\"North Korea's repeated launches of ballistic missiles threaten our residents. I strongly condemn this launch.\"");
        QTest::newRow("we call on the DPRK") << QStringLiteral("The DPRK fired an ICBM on Wednesday.\n\nWe call on the DPRK to return to dialogue.");
        QTest::newRow("quoted, Pyongyang's launch") << QStringLiteral("She wrote on X:\n\n\"Pyongyang's launch today violates Security Council resolutions, and we condemn it.\"");
        QTest::newRow("quoted, the DPRK's tests") << QStringLiteral("The mayor said in a comment:\n\"The DPRK's missile tests threaten our fishers. We strongly condemn them.\"");
        QTest::newRow("quoted, the North's provocations") << QStringLiteral("He told reporters:\n\"The North's provocations must stop. We condemn this launch.\"");
        QTest::newRow("is blatantly violating") << QStringLiteral("The minister wrote on X:\n\"With yet another launch, North Korea is blatantly violating UN resolutions. We condemn this.\"");
        QTest::newRow("threatens") << QStringLiteral("She said in a post:\n\"Pyongyang threatens the whole region. We condemn this launch.\"");
        QTest::newRow("Pyongyang's provocations") << QStringLiteral("Pyongyang fired a missile on Wednesday.\n\n\"We strongly condemn Pyongyang's provocations,\" the statement said.");
        // Warned, then urged in a joined clause.
        QTest::newRow("warn then urge") << QStringLiteral("North Korea fired an IRBM today.\n\nWe sternly warn North Korea that any further provocation will be met with an overwhelming response, and we urge it to halt its launches.");
        QTest::newRow("warn, and urge") << QStringLiteral("North Korea fired an IRBM today.\n\nWe warn North Korea, and we urge it to stop its launches.");
        QTest::newRow("warned the DPRK") << QStringLiteral("The DPRK fired an ICBM on Wednesday.\n\nWe warned the DPRK that we will respond, and urge it to return to talks.");
        QTest::newRow("warns Pyongyang") << QStringLiteral("Pyongyang fired a missile on Wednesday.\n\nThe ministry warns Pyongyang, and urges it to halt.");
        QTest::newRow("warning North Korea") << QStringLiteral("North Korea fired a missile on Wednesday.\n\nWe are warning North Korea, and we urge it to refrain from further launches.");
    }
    void criticisedCountryIsNoSpeaker()
    {
        QFETCH(QString, text);
        for (const QString &k : testing::reactionKeys(testing::extractReactions(text)))
            QVERIFY2(!k.startsWith(QLatin1String("North Korea:")), qPrintable(k));
    }
    // North Korea named as the subject keeps its own stance, even when the sentence
    // names its launches.
    void northKoreaNamedKeepsItsStance()
    {
        for (const char *text : {"North Korea's foreign ministry condemned the UN Security Council meeting on the DPRK's missile launches as a double standard, KCNA said.",
                                 "Pyongyang urged Washington to stop calling North Korea's missile tests a threat, KCNA reported.",
                                 "North Korea's foreign ministry condemned Japan for claiming that North Korea's launches threaten the region."}) {
            const QStringList keys = testing::reactionKeys(testing::extractReactions(QString::fromUtf8(text)));
            QVERIFY2(std::any_of(keys.begin(), keys.end(), [](const QString &k) { return k.startsWith(QLatin1String("North Korea:")); }),
                     qPrintable(QString::fromUtf8(text) + QLatin1String(" -> ") + keys.join(u' ')));
        }
    }
    void badInput()
    {
        QVERIFY(extract(QString()).isEmpty());
        QVERIFY(extract(QStringLiteral("\"\"\"\u201C\u201D condemned condemned , , and and")).isEmpty());
        // Many sentences: every one read, repeats merged into one reaction per actor and stance.
        QString many;
        for (int i = 0; i < 2000; ++i)
            many += QStringLiteral("Japan, South Korea and the U.S. condemned the launch \"again\" and urged restraint. ");
        QCOMPARE(keys(extract(many)).size(), 6);
        // One run-on "sentence" of 160 KB: refused quickly rather than read quadratically.
        QString blob;
        for (int i = 0; i < 2000; ++i)
            blob += QStringLiteral("Japan, South Korea and the U.S. condemned the launch \"again\" and urged restraint; ");
        QElapsedTimer timer;
        timer.start();
        extract(blob);
        QVERIFY(timer.elapsed() < 60000);
    }

    // The stance patterns are tried only at the word starts the word pass finds,
    // and only when the words an alternative needs further on are present
    // (reaction/StanceWords.h). That must find exactly what scanning every
    // sentence with every pattern finds: the bundled articles' sentences, and
    // the same sentences altered (case, glued and hyphenated words, digits).
    void wordPassFindsWhatAFullScanFinds()
    {
        QStringList sentences{
            QStringLiteral("Japan's Defense Ministry said the missiles fell outside its EEZ."),
            QStringLiteral("South Korea was aware of the launch, officials said."),
            QStringLiteral("The launch was condemned by Tokyo and criticized by Seoul."),
            QStringLiteral("Condemnation from Japan and concern from Australia followed."),
            QStringLiteral("The foreign minister called on Pyongyang to halt and called for restraint."),
            QStringLiteral("Russia said it was the North's sovereign right, citing self-defence as justification."),
            QStringLiteral("Both allies reaffirmed their ironclad co-operation and signaled willingness to hold talks."),
            QStringLiteral("Japan lodged a protest and summoned the envoy; Seoul expressed grave concern."),
            QStringLiteral("He pressed Beijing to act, demanding that it stop, and urged calm."),
            QStringLiteral("Tokyo slammed, denounced, deplored, rebuked and lambasted the test; Canberra decried it."),
            QStringLiteral("Paris described it as a breach, branded it reckless and termed it a provocation."),
            QStringLiteral("London added that the launch was totally unacceptable and noted it was a violation."),
            QStringLiteral("Seoul filed, issued and delivered protests, then sent a protest and made a formal protest."),
            QStringLiteral("Canada raised alarm, voiced worries, remained troubled and was deeply worried."),
            QStringLiteral("Canada remained troubled by the test."),
            QStringLiteral("The EU appealed to the North and exhorted it to stop, calling upon all sides."),
            QStringLiteral("Moscow offered sympathy, defended the test, backed Pyongyang and blamed Washington."),
            QStringLiteral("The JCS detected, tracked, spotted and identified the projectiles and verified the launches."),
            QStringLiteral("They underscored partnership, vowed solidarity, highlighted trilateral ties and agreed on coordination."),
            QStringLiteral("Beijing proposed dialogue, sought negotiations and expressed openness to engaging."),
            QStringLiteral("Beijing hoped for talks, hoping the sides would come back to the negotiating table; Hanoi hopes for dialogue."),
            QStringLiteral("Seoul urged the North to resume talks and called on it to return to dialogue, with no urgency."),
            QStringLiteral("US INDOPACOM: aware of the launch. JCS:aware of it. Japan MoD:  aware of the missiles."),
            QStringLiteral("The three sides agreed to coordinate closely and vowed to coordinate their response."),
            QStringLiteral("Moscow said Pyongyang had a right to strengthen its defences, and a right to bolster them."),
            QStringLiteral("He said the launch was the third this year and \"a flagrant violation\" of resolutions."),
            QStringLiteral("The envoy said the test was a reply to drills by the allies, and that the North had a right to defend itself."),
            // Needed words before the start word and after it (the scan keeps where
            // the last needed word of each alternative is).
            QStringLiteral("In a violation of resolutions, Japan said the launch was a provocation."),
            QStringLiteral("Seoul called the launch a violation, and Tokyo called it reckless; talks, Beijing urged, must resume."),
            QStringLiteral("Concern was voiced; Canberra expressed concern and said it was deeply concerned."),
        };
        QDirIterator it(QStringLiteral(":/atlas/articles"), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const Sentence &s : splitSentences(text))
                sentences << text.mid(s.start, s.end - s.start);
        }
        QStringList variants;
        for (const QString &s : sentences) {
            variants << s << s.toUpper() << s.toLower();
            QString glued = s, hyphened = s, digits = s;
            glued.replace(QLatin1Char(' '), QLatin1Char('_'));
            hyphened.replace(QLatin1String(" "), QLatin1String(" re-"));
            digits.replace(QLatin1String(" "), QLatin1String(" 1"));
            variants << glued << hyphened << digits << s.left(s.size() / 2) << s.mid(s.size() / 3);
        }
        auto describe = [](const QVector<StanceTrigger> &ts) {
            QStringList out;
            for (const StanceTrigger &t : ts) {
                out << QStringLiteral("%1:%2:%3-%4:%5:%6")
                           .arg(stanceName(t.stance))
                           .arg(int(t.form))
                           .arg(t.start)
                           .arg(t.end)
                           .arg(t.agentFrom)
                           .arg(t.needsOfficialSubject);
            }
            return out;
        };
        int found = 0;
        for (const QString &v : variants) {
            reaction::StanceScan scan;
            reaction::scanStanceWords(v, &scan);
            reaction::StanceScan fullScan = scan;
            fullScan.foldsToAscii = true; // the whole-sentence scan of every open pattern
            const QStringList fast = describe(findStanceTriggers(v, scan));
            QCOMPARE(fast, describe(findStanceTriggers(v, fullScan)));
            QCOMPARE(mayFindStanceTriggers(scan) || fast.isEmpty(), true);
            found += int(fast.size());
        }
        QVERIFY(found > 100); // the variants do hold triggers
    }

    void foldingCharactersAndBrokenText()
    {
        // U+212A (Kelvin sign) folds to "k" for PCRE: the whole sentence is scanned.
        QCOMPARE(keys(extract(QStringLiteral("Japan condemned the launch \u212A."))), QStringList{QStringLiteral("Japan:condemn")});
        // An unpaired surrogate in one sentence leaves the others readable.
        const QString broken = QStringLiteral("Japan condemned the launch. Noise ") + QChar(0xD800) + QStringLiteral(" here.");
        QCOMPARE(keys(extract(broken)), QStringList{QStringLiteral("Japan:condemn")});
        // A trigger glued to the word before it is no trigger.
        QVERIFY(extract(QStringLiteral("Japan_condemned the launch.")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReactions)
#include "tst_reactions.moc"
