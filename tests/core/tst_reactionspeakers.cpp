// ReactionExtractor: who speaks when a reader must look past the verb's own
// clause - a second stance and its own quote, "We" and "Our" in a statement, a
// quote's speaker named by surname or by "the diplomat", a minister reporting
// her country's stance, an office in a new paragraph, a name glossed in
// brackets, the countries a commitment defends - and what is no reaction (a
// judgement of the drills, an urge addressed to another country's conduct).
// Sentences written for these tests; each kind has five or more wordings.
#include "extract/ActorLexicon.h"
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "geo/Gazetteer.h"

#include "ReactionTestRun.h"

#include <QTest>

using namespace atlas;

namespace {

QVector<Reaction> extract(const QString &text, const QDate &published = {})
{
    return testing::extractReactions(text, published);
}

// "Japan:condemn" for each reaction, sorted and without repeats.
QStringList keys(const QVector<Reaction> &reactions) { return testing::reactionKeys(reactions); }

} // namespace

class TestReactionSpeakers : public QObject {
    Q_OBJECT

private slots:
    // Each row gives exactly the reactions listed.
    void speakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };

        // The countries a commitment defends are its objects, not its speakers.
        row("commitment objects 1", "The United States' commitment to the defence of Japan and the Philippines remains ironclad.",
            {"United States:cooperation"});
        row("commitment objects 2", "Washington's security commitments to South Korea remain ironclad, the Pentagon said.",
            {"United States:cooperation"});
        row("commitment objects 3", "The U.S. pledge to the protection of Australia and Japan is ironclad.",
            {"United States:cooperation"});
        row("commitment objects 4",
            "A White House spokesperson condemned the firing and said the US obligation to the security of the Republic of Korea stays ironclad.",
            {"United States:condemn", "United States:cooperation"});
        row("commitment objects 5", "America's treaty commitments to Japan and South Korea remain ironclad.",
            {"United States:cooperation"});

        // "We" and "Our" in a statement: the speaker last named.
        row("we 1", "U.S. Forces Korea said it was aware of the ballistic missile launch. We urge Pyongyang to refrain from further provocations.",
            {"United States:acknowledge", "United States:urge"});
        row("we 2", "Canada's foreign ministry condemned the missile test. We again call on the DPRK to return to compliance.",
            {"Canada:condemn", "Canada:urge"});
        row("we 3", "The German Foreign Office denounced the launch. We call upon North Korea to stop these dangerous tests.",
            {"Germany:condemn", "Germany:urge"});
        row("we 4", "France condemned the ICBM launch on Sunday.\n\n\"We urge North Korea to abandon its ballistic missile programme.\"",
            {"France:condemn", "France:urge"});
        row("we 5", "The Philippines expressed concern over the launch. We also urge restraint from every side.",
            {"Philippines:concern", "Philippines:urge"});
        // An auxiliary between "We" and the verb.
        row("we aux 1", "India is concerned about the launch. We have always called for the issues to be addressed through dialogue and diplomacy.",
            {"India:concern", "India:dialogue"});
        row("we aux 2", "Canada's foreign ministry condemned the missile test. We have repeatedly called on the DPRK to return to compliance.",
            {"Canada:condemn", "Canada:urge"});
        row("we aux 3", "The German Foreign Office denounced the launch. We had urged North Korea to stop these dangerous tests.",
            {"Germany:condemn", "Germany:urge"});
        row("we aux no speaker", "We have always called for dialogue with Pyongyang.", {});
        row("we with no speaker before", "We urge Pyongyang to halt its missile tests.", {});

        // A minister reporting a country's stance is that country's minister,
        // whoever the sentence before was about.
        row("title says country 1",
            "Japan's defence ministry said the missile fell outside its waters. Foreign Minister Helen Clarkson said New Zealand condemned the launch.",
            {"Japan:acknowledge", "New Zealand:condemn"});
        row("title says country 2",
            "South Korea's military tracked the missile. Defence Minister Lars Berg said Norway strongly condemned the test.",
            {"Norway:condemn", "South Korea:acknowledge"});
        row("title says country 3",
            "Japan lodged a protest. The foreign minister told reporters that Canada denounced the firing.",
            {"Canada:condemn", "Japan:protest"});
        row("title says country 4",
            "Tokyo protested the launch. Prime Minister Anna Lind said Sweden condemned North Korea's latest ballistic missile test.",
            {"Japan:protest", "Sweden:condemn"});
        row("title says country 5",
            "Seoul condemned the launch. Foreign Secretary Tom Hale said Britain urged Pyongyang to stop its missile tests.",
            {"South Korea:condemn", "United Kingdom:urge"});

        // An office named bare in a new paragraph is the outlet's own country's,
        // not the foreign ministry of the paragraph before.
        row("office in new paragraph 1",
            "The JCS said the missile flew 400 km.\n\nJapan's Defense Ministry said the missile landed outside Japan's EEZ.\n\n"
            "The presidential office held an emergency meeting and strongly condemned the launch.",
            {"Japan:acknowledge", "South Korea:acknowledge", "South Korea:condemn"});
        row("office in new paragraph 2",
            "The Unification Ministry voiced regret.\n\nJapan's Defense Ministry said the missile fell outside its waters.\n\n"
            "The National Security Office urged the North to halt provocations.",
            {"Japan:acknowledge", "South Korea:concern", "South Korea:urge"});
        row("office in new paragraph 3",
            "Indo-Pacific Command said it was aware of the launch.\n\nSouth Korea's military said the missile flew 300 km.\n\n"
            "The National Security Council later condemned the firing.",
            {"South Korea:acknowledge", "United States:acknowledge", "United States:condemn"});
        row("office in new paragraph 4",
            "The JCS detected the launch at 7:10 a.m.\n\nAustralia's foreign ministry condemned the missile test.\n\n"
            "The presidential office here convened a meeting and denounced the launch.",
            {"Australia:condemn", "South Korea:acknowledge", "South Korea:condemn"});
        row("office in the same paragraph keeps the country",
            "The JCS detected the launch.\n\nAustralia's foreign ministry condemned the missile test. The Foreign Ministry also urged Pyongyang to stop.",
            {"Australia:condemn", "Australia:urge", "South Korea:acknowledge"});
        row("spokesperson in a new paragraph is the speaker before",
            "\"We condemn this launch,\" a State Department spokesperson said.\n\nThe spokesperson urged Pyongyang to refrain from further provocations.",
            {"United States:condemn", "United States:urge"});

        // A name in another language glossed with an office in brackets.
        row("gloss 1", "The JCS said the missile flew 500 km. The Cheong-wa-dae (Office of the President) strongly denounced the launch.",
            {"South Korea:acknowledge", "South Korea:condemn"});
        row("gloss 2", "Tokyo's Gaimusho (Foreign Ministry) lodged a protest with North Korea.", {"Japan:protest"});
        row("gloss 3", "The JCS said the missile flew 500 km. The Kukbang-bu (Ministry of National Defense) condemned the test.",
            {"South Korea:acknowledge", "South Korea:condemn"});
        row("gloss 4", "The JCS tracked the launch. On Monday, the Tong-il-bu (Unification Ministry) expressed deep concern.",
            {"South Korea:acknowledge", "South Korea:concern"});
        row("gloss 5",
            "The JCS tracked the missile. The Cheong-wa-dae (Office of the President) denounced the launch. It urged the North to return to talks.",
            {"South Korea:acknowledge", "South Korea:condemn", "South Korea:dialogue"});
        row("aside in brackets is no speaker", "The launch (condemned by critics in Tokyo) came at dawn.", {});

        // Working with partners, said with an adverb or an idiom.
        row("closely 1", "South Korea said it was consulting closely with Washington on the launch.", {"South Korea:cooperation"});
        row("closely 2", "Japan's defence ministry said it was working closely with the United States to analyse the missile.",
            {"Japan:cooperation"});
        row("closely 3", "Seoul is coordinating very closely with Tokyo after the launch.", {"South Korea:cooperation"});
        row("shoulder 1", "Britain stands shoulder to shoulder with Japan after the missile launch, the foreign secretary said.",
            {"United Kingdom:cooperation"});
        row("shoulder 2", "Australia's prime minister said Canberra stood shoulder-to-shoulder with Seoul.", {"Australia:cooperation"});

        // "will continue to", "would keep": a stated policy, not speculation.
        row("policy 1", "The Government of Japan will continue to work closely with the United States after the launch.",
            {"Japan:cooperation"});
        row("policy 2", "The foreign minister said Canada would keep working shoulder to shoulder with its allies.",
            {"Canada:cooperation"});
        row("policy 3", "Seoul will continue to keep its doors open for dialogue with the North.", {"South Korea:dialogue"});
        row("policy 4", "Officials said South Korea would keep its door open for talks despite the launch.", {"South Korea:dialogue"});
        row("policy 5", "Tokyo will continue to coordinate closely with Seoul on the missile launches.", {"Japan:cooperation"});
        row("still a hedge: would condemn", "Japan would condemn any further launch.", {});
        row("still a hedge: may work", "Japan may work closely with Seoul on the matter.", {});

        // A pledge not to give up on talks is an offer of dialogue, not a negation.
        row("not give up 1", "Seoul said it would not give up on dialogue with the North.", {"South Korea:dialogue"});
        row("not give up 2", "Unification Minister Park Ji-won said the government would \"not give up on dialogue\".",
            {"South Korea:dialogue"});
        row("not give up 3", "Tokyo will not walk away from talks with Pyongyang, the prime minister said.", {"Japan:dialogue"});
        row("not give up 4", "China said it would never abandon direct talks on the peninsula.", {"China:dialogue"});
        row("not give up 5", "Washington will not give up on diplomacy with North Korea, the State Department said.",
            {"United States:dialogue"});
        row("gave up is no offer", "Seoul gave up on dialogue after the launch.", {});
        row("may not give up is a guess", "Analysts said Seoul may not give up on dialogue.", {});

        // An urge addressed to another country about its own conduct.
        row("urge elsewhere 1", "Russia's foreign ministry called on Washington to stop its military build-up in the region.", {});
        row("urge elsewhere 2", "China urged Seoul to abandon its policy of confrontation.", {});
        row("urge elsewhere 3", "Moscow called on Tokyo to end its joint exercises with the Americans.", {});
        row("urge elsewhere 4", "Iran urged the United States to lift its sanctions regime.", {});
        row("urge elsewhere 5", "The Kremlin called on the United States to halt its deployments near Russian borders.", {});
        row("urge about the North is kept", "Japan urged China to use its influence on Pyongyang.", {"Japan:urge"});
        row("urge to the North is kept", "Russia urged North Korea to show restraint.", {"Russia:urge"});

        // "The three ministers": the two partners named as someone's allies and the
        // country speaking, with a reporter's question between in a transcript.
        row("three after our allies 1",
            "SPOKESPERSON: The United States condemns the launch. We are consulting with our Japanese and South Korean allies.\n"
            "QUESTION: Any calls?\nSPOKESPERSON: The three ministers reaffirmed their trilateral cooperation.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:condemn", "United States:cooperation"});
        row("three after our allies 2",
            "Japan condemned the launch and was talking with its American and South Korean allies.\n"
            "The three ministers reaffirmed the alliance.",
            {"Japan:condemn", "Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("three after our allies 3",
            "South Korea denounced the launch. Seoul spoke with its Japanese and U.S. allies.\n"
            "Q: What did they agree?\nA: All three countries reaffirmed their coordination.",
            {"Japan:cooperation", "South Korea:condemn", "South Korea:cooperation", "United States:cooperation"});
        row("three after partners with the",
            "Canada condemned the test. Its minister met counterparts from the United Kingdom and Australia.\n"
            "The three ministers pledged closer cooperation.",
            {"Australia:cooperation", "Canada:condemn", "Canada:cooperation", "United Kingdom:cooperation"});
        row("three after our allies 5",
            "A: The United States condemns this launch, and we are in touch with our Japanese and Philippine allies.\n"
            "Q: Anything more?\nA: The three sides reaffirmed their commitment to trilateral cooperation.",
            {"Japan:cooperation", "Philippines:cooperation", "United States:condemn", "United States:cooperation"});

        // The people at a meeting an office held.
        row("participants 1", "The presidential office in Yongsan convened a National Security Council meeting.\n"
            "Participants urged the North to stop provocations.", {"South Korea:urge"});
        row("participants 2", "Japan's Cabinet Office held a crisis meeting. Attendees condemned the launch.", {"Japan:condemn"});
        row("participants 3", "The Kantei convened an emergency meeting on Sunday. Participants strongly denounced the missile test.",
            {"Japan:condemn"});
        row("participants 4", "South Korea's National Security Council met at dawn. Those present urged Pyongyang to halt further launches.",
            {"South Korea:urge"});
        row("participants 5", "The White House convened a meeting of senior officials. Participants \"condemned the launch\".",
            {"United States:condemn"});
        // ... or a person's office, the office after the name its title leads.
        row("participants of a person's office 1", "South Korean President Lee Jae Myung's office convened the standing committee of the National Security Council, "
            "chaired by National Security Adviser Wi Sung-lac. Participants \"urged the North to immediately stop acts that heighten military tensions,\" "
            "the presidential office said.", {"South Korea:urge"});
        row("participants of a person's office 2", "Prime Minister Sanae Takaichi's office held a crisis meeting. Attendees condemned the launch.", {"Japan:condemn"});
        row("participants of a person's office 3", "President Lee Jae Myung\u2019s office convened an emergency meeting. Participants strongly denounced the missile test.",
            {"South Korea:condemn"});
        row("participants of a person's office 4", "Japanese Prime Minister Sanae Takaichi's office met at dawn. Those present urged Pyongyang to halt further launches.",
            {"Japan:urge"});
        row("participants of a person's office 5", "Australian Prime Minister Anthony Albanese's office convened officials. Participants \"condemned the launch\".",
            {"Australia:condemn"});
        // A record's speaker, labelled with the country in brackets: whose judgement a
        // sentence with no actor for its subject is, and whose "We".
        row("record speaker support 1", "Mr. Yermolov (Russian Federation) (spoke in Russian): What happened on 18 August was a predictable response to those provocative drills.",
            {"Russia:support"});
        row("record speaker support 2", "Mr. Geng (China) (spoke in Chinese): The launch was a forced response to the pressure of large-scale exercises.",
            {"China:support"});
        row("record speaker support 3", "Ms. Ozola (Latvia): Thank you.\nMr. Nebenzia (Russian Federation): The escalation is a direct consequence of the military activity of the United States and its allies.",
            {"Russia:support"});
        row("record speaker we 1", "Mr. Yamanouchi (Japan): We condemn this launch in the strongest terms.", {"Japan:condemn"});
        row("record speaker we 2", "Dame Barbara Woodward (United Kingdom): We urge the DPRK to halt its launches.", {"United Kingdom:urge"});
        // (guards: a quoted judgement is its quoted speaker's; no label, no speaker)
        row("record speaker no label", "What happened on 18 August was a predictable response to those provocative drills.", {});
        // (guard: a person, not an office, opening the sentence before)
        row("participants after a person", "President Lee Jae Myung visited troops at the border. Participants condemned the launch.", {});
    }
    void speakers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(extract(text)), expected);
    }

    // Clause and wording kinds found on the fifth held-out set; the sentences are
    // our own. Each row gives exactly the reactions listed.
    void clauseStances_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };

        // "would closely coordinate with": a government stating what it will do.
        row("closely 1", "Chief Cabinet Secretary Ken Mori said Tokyo would closely coordinate with Washington and Seoul.",
            {"Japan:cooperation"});
        row("closely 2", "Seoul will closely cooperate with the United States on the response, the foreign ministry said.",
            {"South Korea:cooperation"});
        row("closely 3", "Canberra said it would \"closely consult with\" its partners.", {"Australia:cooperation"});
        row("closely 4", "Britain will closely work with its allies at the UN, the Foreign Office said.", {"United Kingdom:cooperation"});
        row("closely 5", "Ottawa would \"closely coordinate\" with Seoul and Tokyo, the minister said.", {"Canada:cooperation"});
        row("closely hedged", "Japan would probably closely cooperate with Seoul.", {});
        // "closely sharing information with": coordination by what is shared.
        row("sharing 1", "The JCS said it was closely sharing information with the United States and Japan.", {"South Korea:cooperation"});
        row("sharing 2", "Tokyo is closely sharing intelligence with Washington and Seoul, the defence minister said.", {"Japan:cooperation"});
        row("sharing 3", "Seoul will closely share data with Tokyo on the missile's flight, the ministry said.", {"South Korea:cooperation"});
        row("sharing 4", "Canberra has closely shared information with its partners since the launch, the minister said.",
            {"Australia:cooperation"});
        row("sharing 5", "South Korea's military said it is maintaining readiness while closely sharing information with the U.S.",
            {"South Korea:cooperation"});
        row("sharing, no adverb", "Japan said it was sharing information with reporters.", {});
        // A Korean family name alone, after the article has named the official in full.
        row("korean surname 1", "Acting President Lee Ju-ho convened a meeting. Lee denounced the launch.", {"South Korea:condemn"});
        row("korean surname 2", "Defense Minister Ahn Gyu-back spoke on Friday. Ahn condemned the firing as a provocation.", {"South Korea:condemn"});
        row("korean surname 3", "Lee Ju-ho chaired the security meeting. Lee expressed deep concern over the launch.", {"South Korea:concern"});
        row("korean surname 4", "Ahn Gyu-back met US officials. Ahn urged Pyongyang to stop its provocations.", {"South Korea:urge"});
        row("korean surname 5", "Lee Ju-ho, the acting president, spoke. Lee \"strongly condemned\" the test.", {"South Korea:condemn"});
        row("korean surname, never named", "Lee denounced the launch.", {});
        // "X's doing is a serious concern": North Korea is what concerns, not who is concerned.
        row("concern subject 1", "The DPRK's arms trade with Moscow was a serious concern at the summit.", {});
        row("concern subject 2", "The DPRK's missile programme remains a grave concern for Australia.", {});
        row("concern subject 3", "Pyongyang's nuclear build-up poses a serious concern to the region.", {});
        row("concern subject 4", "North Korea's repeated launches are a grave concern.", {});
        row("concern subject 5", "The North's cooperation with Moscow represents a profound concern for Europe.", {});
        row("concern of North Korea", "North Korea expressed serious concern over the drills near its border.", {});
        // Working with partners or allies named as such.
        row("with partners 1", "Taiwan will continue to work with like-minded partners to keep the peace, the ministry said.", {"Taiwan:cooperation"});
        row("with partners 2", "Japan will continue to work with its allies on the response.", {"Japan:cooperation"});
        row("with partners 3", "Seoul is working with international partners to track the missiles.", {"South Korea:cooperation"});
        row("with partners 4", "Canberra said it would keep working together with regional partners.", {"Australia:cooperation"});
        row("with partners 5", "The Philippines works with key allies on maritime security, the foreign ministry said.", {"Philippines:cooperation"});
        row("with partners hedged", "Japan may work with partners later.", {});
        // The partners named after "with" are not the ones cooperating with them.
        // (The military here is read as the last country named, the US: a partner, so no one.)
        row("partners 1", "The JCS said South Korea and the US were analysing the data, and that the military was closely sharing information with Washington and Tokyo.",
            {});
        row("partners 2", "Japan and the United States studied the flight, and the ministry was closely coordinating with Washington.",
            {"Japan:cooperation"});
        row("partners 3", "Officials in Seoul and Tokyo said the two were working closely with the U.S. and with each other.",
            {"Japan:cooperation", "South Korea:cooperation"});
        row("partners 4", "Australia and Japan met on Friday; the Japanese side said it was consulting closely with Australia.",
            {"Japan:cooperation"});
        row("partners 5", "Canberra and Ottawa traded notes, and Canberra is consulting closely with Ottawa and Tokyo.",
            {"Australia:cooperation"});

        // "in close cooperation with": the manner of what a government does.
        row("in close 1", "Japan's defence minister ordered troops to stay on alert in close cooperation with the United States.",
            {"Japan:cooperation"});
        row("in close 2", "South Korea's military is analysing the flight data in close coordination with US and Japanese authorities.",
            {"South Korea:cooperation"});
        row("in close 3", "Seoul's presidential office said it would maintain readiness in close cooperation with Washington.",
            {"South Korea:cooperation"});
        row("in close 4", "The Japanese government will respond in close coordination with the US and South Korea.",
            {"Japan:cooperation"});
        row("in close 5", "Australia is monitoring the situation in close consultation with its partners.", {"Australia:cooperation"});
        row("in close hedged", "Japan may act in close cooperation with the US.", {});
        // ... and with the partners unnamed, or coordinating "closely on" a matter.
        row("in close unnamed 1", "Japan, South Korea and the United States held talks on Tuesday. The three allies confirmed they would respond in close coordination.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("in close unnamed 2", "Japan's defence minister said the government would act in close cooperation.", {"Japan:cooperation"});
        row("in close unnamed 3", "Seoul said it was analysing the launch in close coordination, and would share the results.",
            {"South Korea:cooperation"});
        row("in close unnamed 4", "The Australian government said it would respond in closer cooperation from now on.", {"Australia:cooperation"});
        row("in close unnamed 5", "Canada said it was monitoring the launch in close consultation.", {"Canada:cooperation"});
        // Cooperation with the launcher, or over a span of time, is none.
        row("with the launcher 1", "Russia and North Korea are acting in close coordination, a Japanese official said.", {});
        row("with the launcher 2", "The US and North Korea worked closely on the repatriation of remains in 2018.", {});
        row("with the launcher 3", "China and North Korea pledged to coordinate closely on regional affairs.", {});
        row("with the launcher 4", "North Korea and Russia reaffirmed their strategic cooperation on Tuesday.", {});
        row("over decades", "China, which has cooperated closely over decades with Pyongyang, declined to comment.", {});
        row("closely on 1", "The top nuclear envoys of Seoul, Washington and Tokyo agreed to keep coordinating closely on their response.",
            {"Japan:cooperation", "South Korea:cooperation", "United States:cooperation"});
        row("closely on 2", "Japan said it would work closely on the response with its partners.", {"Japan:cooperation"});
        row("closely on 3", "Seoul will consult closely on next steps, the foreign ministry said.", {"South Korea:cooperation"});
        row("closely on 4", "Britain said it would continue to cooperate closely on sanctions enforcement.", {"United Kingdom:cooperation"});
        row("closely on 5", "Canberra said it would collaborate closely on missile tracking.", {"Australia:cooperation"});

        // An urge that also asks for talks is dialogue too, however long the urge.
        row("urge and talks 1", "Britain urged North Korea to halt all ballistic missile activity in line with Security Council "
            "resolutions and to return to serious talks with the United States.", {"United Kingdom:urge", "United Kingdom:dialogue"});
        row("urge and talks 2", "Canada called on Pyongyang to stop launching missiles that threaten its neighbours and the wider "
            "region, and to resume negotiations on denuclearisation.", {"Canada:urge", "Canada:dialogue"});
        row("urge and talks 3", "Germany urged the DPRK to comply fully with its obligations under international law and every "
            "relevant resolution and to come back to the negotiating table.", {"Germany:urge", "Germany:dialogue"});
        row("urge and talks 4", "France urges North Korea to refrain from any further destabilising launches across the region "
            "and to engage in sincere and meaningful dialogue.", {"France:urge", "France:dialogue"});
        row("urge and talks 5", "Japan's foreign minister urged Pyongyang to give up its nuclear weapons and ballistic missiles "
            "in a complete and verifiable way and to enter into dialogue with Seoul.", {"Japan:urge", "Japan:dialogue"});

        // "called on" after a name ending in "a" is still the verb ("a call on" is not).
        row("a-name called on 1", "Canada called on Pyongyang to stop its tests.", {"Canada:urge"});
        row("a-name called on 2", "China called on all sides to exercise restraint.", {"China:urge"});
        row("a-name called on 3", "Russia calls on Washington to stop drills that provoke North Korea.", {"Russia:urge"});
        row("a-name called on 4", "South Korea called upon the North to halt further launches.", {"South Korea:urge"});
        row("a-name called on 5", "Australia called on North Korea to halt.", {"Australia:urge"});
        row("a call on", "The minister took a call on Monday from Seoul about the launch.", {});

        // Understanding the North's concerns or reasons is support, not concern.
        row("understand 1", "\"We understand the security concerns of our partners in Pyongyang,\" a Kremlin spokesman said.",
            {"Russia:support"});
        row("understand 2", "\"Moscow understands the reasons that pushed Pyongyang to this step,\" the Russian ambassador said.",
            {"Russia:support"});
        row("understand 3", "The Chinese foreign ministry said it understood the legitimate concerns of the DPRK.", {"China:support"});
        row("understand 4", "Russia understands the DPRK's security concerns, a Foreign Ministry spokeswoman told reporters.",
            {"Russia:support"});
        row("understand 5", "\"We fully understand the worries of our Korean comrades,\" a Russian diplomat said.", {"Russia:support"});

        // What an urge asks the North to stop is no judgement of its own.
        row("urge object 1", "\"We urge the DPRK to refrain from further provocative actions,\" the Philippine foreign ministry said.",
            {"Philippines:urge"});
        row("urge object 2", "\"North Korea must stop its provocations at once,\" a New Zealand spokesperson said.", {"New Zealand:urge"});
        row("urge object 3", "\"Pyongyang must cease these reckless launches,\" a British diplomat said.", {"United Kingdom:urge"});
        row("urge object 4", "\"We call on the North to desist from any provocation,\" the Canadian foreign ministry said.", {"Canada:urge"});
        row("urge object 5", "\"We urge Pyongyang to halt actions that violate Security Council resolutions,\" an Indian spokesperson said.",
            {"India:urge"});
        row("judgement kept", "\"This provocation is unacceptable and we urge restraint,\" a Canadian spokesperson said.",
            {"Canada:condemn", "Canada:urge"});

        // "in what X called ...": only X judges; the launcher does not.
        row("in what 1", "North Korea fired two missiles on Monday in what Seoul called a grave provocation.", {"South Korea:condemn"});
        row("in what 2", "Pyongyang test-fired a cruise missile, in what Japan's defence ministry called a clear violation of UN resolutions.",
            {"Japan:condemn"});
        row("in what 3", "The North launched an ICBM in what the State Department described as a reckless act.", {"United States:condemn"});
        row("in what 4", "North Korea conducted what Australia's foreign minister termed an outrageous launch.", {"Australia:condemn"});
        row("in what 5", "Kim Jong Un oversaw what South Korea's military labelled a provocation.", {"South Korea:condemn"});

        // "X did this, Y did that": a new country after the comma is the next verb's subject.
        row("comma clauses 1", "Seoul condemned the launch, Tokyo lodged a protest.", {"South Korea:condemn", "Japan:protest"});
        row("comma clauses 2", "South Korea's JCS denounced the firing, Japan protested through its embassy in Beijing.",
            {"South Korea:condemn", "Japan:protest"});
        row("comma clauses 3", "Australia condemned the test, New Zealand expressed concern.", {"Australia:condemn", "New Zealand:concern"});
        row("comma clauses 4", "Britain criticised the launch, France urged restraint.", {"United Kingdom:condemn", "France:urge"});
        row("comma clauses 5", "Washington condemned the launch, Seoul and Tokyo lodged protests.",
            {"United States:condemn", "South Korea:protest", "Japan:protest"});

        // "Our commitment to <allies> remains ironclad": "Our" is the speaker last named.
        row("our commitment 1", "The State Department condemned the launch. \"Our commitment to the defense of Japan remains ironclad.\"",
            {"United States:condemn", "United States:cooperation"});
        row("our commitment 2", "Australia's foreign minister criticised the test. Our commitment to regional security partners remains ironclad.",
            {"Australia:condemn", "Australia:cooperation"});
        row("our commitment 3", "Canada's foreign ministry denounced the firing. Our treaty commitments to South Korea remain ironclad.",
            {"Canada:condemn", "Canada:cooperation"});
        row("our commitment 4", "The Pentagon condemned the launch. Our security pledge to the Republic of Korea is ironclad.",
            {"United States:condemn", "United States:cooperation"});
        row("our commitment 5", "Britain's Foreign Office condemned the test. \"Our commitment to our allies in the region is ironclad.\"",
            {"United Kingdom:condemn", "United Kingdom:cooperation"});

        // The North watched "in close cooperation with" others is no cooperating party.
        row("watched north 1", "Japan will monitor North Korea's activities in close coordination with the United States.",
            {"Japan:cooperation"});
        row("watched north 2", "The ministry will keep watching North Korea's moves in close cooperation with Washington.", {});
        row("watched north 3", "The agency keeps watching North Korea's missile bases in close cooperation with allies.", {});

        // A commitment to a goal (denuclearization, peace) is no alliance or coordination.
        row("goal 1", "The Secretary-General reaffirms his commitment to the complete denuclearization of the Korean Peninsula.", {});
        row("goal 2", "The Chinese envoy reiterated Beijing's commitment to peace and stability on the peninsula.", {});
        row("goal 3", "Japan's prime minister reaffirmed Japan's commitment to nuclear non-proliferation.", {});
        row("goal 4", "Brazil's foreign ministry stressed its commitment to global disarmament.", {});
        row("goal 5", "South Korea's president reaffirmed Seoul's commitment to a denuclearised peninsula.", {});
        row("alliance kept", "South Korea's president reaffirmed Seoul's commitment to the alliance with Washington.",
            {"South Korea:cooperation"});
    }
    void clauseStances()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(extract(text)), expected);
    }

    // A quote before a speaker named by surname or by a referring noun, and the
    // stance the quoted words carry.
    void quoteSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("quote");
        auto row = [](const char *name, const char *text, const char *key, const char *person, const char *quote) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(key) << QString::fromUtf8(person)
                                << QString::fromUtf8(quote);
        };
        row("the diplomat said", "Chinese Foreign Ministry Spokesman Lin Hao spoke at a briefing.\n"
            "\"Pyongyang is exercising its legitimate right to defend itself,\" the diplomat said.",
            "China:support", "Lin Hao", "Pyongyang is exercising its legitimate right to defend itself");
        row("the spokeswoman added", "Russian Foreign Ministry Spokeswoman Irina Petrova commented on the launch on Friday.\n"
            "\"It is a forced measure in the face of hostile drills,\" the spokeswoman added.",
            "Russia:support", "Irina Petrova", "It is a forced measure in the face of hostile drills");
        row("the minister said", "Japanese Foreign Minister Kenji Sato met reporters.\n"
            "\"The launch is a grave violation of Security Council resolutions,\" the minister said.",
            "Japan:condemn", "Kenji Sato", "The launch is a grave violation of Security Council resolutions");
        row("Senator surname", "Foreign Minister Penny Wong said Australia condemned the launch.\n"
            "\"These firings breach UN Security Council resolutions,\" Senator Wong said.",
            "Australia:condemn", "Penny Wong", "These firings breach UN Security Council resolutions");
        row("Ms surname", "Canadian Foreign Minister Sarah Dupont said Canada condemned the test.\n"
            "\"We are deeply concerned by this reckless act,\" Ms Dupont told reporters.",
            "Canada:concern", "Sarah Dupont", "We are deeply concerned by this reckless act");
        row("Mr surname", "German Foreign Minister Jonas Keller spoke in Berlin.\n"
            "\"Pyongyang must cease these launches,\" Mr Keller said.",
            "Germany:urge", "Jonas Keller", "Pyongyang must cease these launches");
    }
    void quoteSpeakers()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, person);
        QFETCH(QString, quote);
        const auto got = extract(text);
        bool found = false;
        for (const Reaction &r : got) {
            if (r.actor + QLatin1Char(':') + stanceName(r.stance) != key || r.quote != quote)
                continue;
            found = true;
            QCOMPARE(r.person, person);
        }
        QVERIFY2(found, qPrintable(keys(got).join(QLatin1String(", "))));
    }

    // A judgement of the drills inside a quote is no condemnation of the launch.
    void quotedJudgementOfDrills_data()
    {
        QTest::addColumn<QString>("text");
        auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
        row("provocative exercises", "\"The launch answers provocative exercises by Washington and Seoul,\" a Russian diplomat said.");
        row("reckless drills", "\"This is a reply to reckless drills near its borders,\" a Chinese foreign ministry spokesperson said.");
        row("provocations of the drills", "\"Pyongyang is responding to the provocations of the joint drills,\" the Russian ambassador said.");
        row("unacceptable manoeuvres", "\"Such unacceptable manoeuvres leave Pyongyang no choice,\" Russia's foreign ministry said.");
        row("violation by sanctions", "\"The real violation is the sanctions regime,\" a Russian envoy said.");
    }
    void quotedJudgementOfDrills()
    {
        QFETCH(QString, text);
        const QStringList got = keys(extract(text));
        for (const QString &k : got)
            QVERIFY2(!k.endsWith(QLatin1String(":condemn")), qPrintable(got.join(QLatin1String(", "))));
    }

    // A demonym before an agent word that ends the sentence qualifies it as it
    // does mid-sentence ("with our Japanese allies." names Japan).
    void demonymBeforeFullStop_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("countries");
        auto row = [](const char *name, const char *text, QStringList countries) {
            QTest::newRow(name) << QString::fromUtf8(text) << countries;
        };
        row("allies", "We are in touch with our Japanese allies.", {"Japan"});
        row("officials", "The minister spoke with South Korean officials.", {"South Korea"});
        row("two demonyms", "Washington is consulting Japanese and South Korean allies.", {"United States", "Japan", "South Korea"});
        row("diplomats", "The statement was drafted by Australian diplomats.", {"Australia"});
        row("demonym and country", "Seoul briefed Japanese and Republic of Korea allies.", {"South Korea", "Japan", "South Korea"});
        row("no agent", "The missile fell in Japanese waters.", {});
    }
    void demonymBeforeFullStop()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, countries);
        QStringList got;
        for (const ActorMention &m : ActorLexicon::bundled()->find(text))
            got << m.country;
        QCOMPARE(got, countries);
    }

    // A word begins a term only when one of its lengths (as written, without its
    // marks, without a final full stop) is that of a term's first word starting
    // with the same two letters (ActorLexicon::mayBeginTermAt): each row has the
    // term's word in only one of those lengths.
    void wordLengthsAsWrittenOrBare_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("countries");
        auto row = [](const char *name, const char *text, QStringList countries) {
            QTest::newRow(name) << QString::fromUtf8(text) << countries;
        };
        row("plain", "Seoul said so", {"South Korea"});
        row("comma", "In the end Seoul, too, said so", {"South Korea"});
        row("brackets", "The capital (Tokyo) said so", {"Japan"});
        row("possessive", "Japan's minister said so", {"Japan"});
        row("curly possessive", "Japan\u2019s minister said so", {"Japan"});
        row("full stop", "It was said by Japan.", {"Japan"});
        row("abbreviation", "It was said by the U.S.", {"United States"});
        row("abbreviation and comma", "The U.S., Japan and Seoul said so", {"United States", "Japan", "South Korea"});
        row("second word with marks", "\"South Korea,\" he said", {"South Korea"});
        row("longer word", "Seoulites said so", {});
        // Terms of two words: the second word's first letter is compared first
        // (ignoring case only for a term that ignores it).
        row("two words", "South Korea said so", {"South Korea"});
        row("two words, second in capitals", "SOUTH KOREA said so", {});
        row("two words, second lower-case", "South korea said so", {});
        row("folded term in capitals", "THE COUNTRY'S foreign ministry said so", {"", ""});
        row("folded term", "The country's foreign ministry said so", {"", ""});
    }
    void wordLengthsAsWrittenOrBare()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, countries);
        QStringList got;
        for (const ActorMention &m : ActorLexicon::bundled()->find(text))
            got << m.country;
        QCOMPARE(got, countries);
    }

    // Each stance keeps its own quote; a stance with none borrows its actor's.
    void ownQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("quote");
        auto row = [](const char *name, const char *text, const char *key, const char *quote) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(key) << QString::fromUtf8(quote);
        };
        row("urge after condemn", "Seoul said it \"firmly condemns\" the firing and urged Pyongyang to \"stop at once\".",
            "South Korea:urge", "stop at once");
        row("condemn keeps its own", "Seoul said it \"firmly condemns\" the firing and urged Pyongyang to \"stop at once\".",
            "South Korea:condemn", "firmly condemns");
        row("calls on after says", "Japan's government says it \"deplores\" the test and calls on the North to end \"acts that isolate it further\".",
            "Japan:urge", "acts that isolate it further");
        row("urged after said they", "The EU foreign ministers said they \"strongly deplore\" the launch and urged North Korea to "
            "\"give up its weapons programmes for good\".", "European Union:urge", "give up its weapons programmes for good");
        row("dialogue after concern", "Beijing said it was \"deeply concerned\" and called for \"a return to talks\".",
            "China:dialogue", "a return to talks");
        row("country first, spokesman quoted 1", "Moscow understands the motives behind Pyongyang's decision, Kremlin spokesman Dmitry Peskov told reporters.\n"
            "\"We understand the worries of our Korean partners,\" Peskov added.", "Russia:support", "We understand the worries of our Korean partners");
        row("country first, spokesman quoted 2", "Japan condemned the launch.\n"
            "\"This launch is a grave violation,\" Foreign Minister Kenji Sato said.", "Japan:condemn", "This launch is a grave violation");
        row("country first, spokesman quoted 3", "Canada condemned the test on Monday.\n"
            "\"It is a reckless provocation,\" Foreign Minister Sarah Dupont told reporters.", "Canada:condemn", "It is a reckless provocation");
        row("country first, spokesman quoted 4", "Germany urged North Korea to stop.\n"
            "\"Pyongyang must cease these launches,\" Foreign Minister Jonas Keller said.", "Germany:urge", "Pyongyang must cease these launches");
        row("country first, spokesman quoted 5", "Australia expressed concern about the test.\n"
            "\"We are deeply concerned by this act,\" Foreign Minister Penny Wong said.", "Australia:concern", "We are deeply concerned by this act");
        row("borrowed when none of its own", "Australia condemned the launch as \"reckless\" and urged restraint.",
            "Australia:urge", "reckless");
        // A verbatim record's speaker: the words spoken are the quote, without the label.
        row("record speaker 1", "Mr. Wood (United States): The United States condemns this launch in the strongest terms.",
            "United States:condemn", "The United States condemns this launch in the strongest terms");
        row("record speaker 2", "Ms. Hartley (United Kingdom of Great Britain and Northern Ireland): The United Kingdom condemns the launch.",
            "United Kingdom:condemn", "The United Kingdom condemns the launch");
        row("record speaker 3", "Mr. Riviere (France) (spoke in French): France strongly condemns this launch.",
            "France:condemn", "France strongly condemns this launch");
        row("record speaker 4", "Mr. Yamanouchi (Japan): Japan condemns it in the strongest terms. We urge the DPRK to comply.",
            "Japan:urge", "We urge the DPRK to comply");
        row("record speaker 5", "Mr. Hwang (Republic of Korea): The Republic of Korea strongly condemns this launch.",
            "South Korea:condemn", "The Republic of Korea strongly condemns this launch");
    }
    void ownQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, quote);
        const auto got = extract(text);
        bool found = false;
        for (const Reaction &r : got) {
            if (r.actor + QLatin1Char(':') + stanceName(r.stance) == key) {
                QCOMPARE(r.quote, quote);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(keys(got).join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestReactionSpeakers)
#include "tst_reactionspeakers.moc"
