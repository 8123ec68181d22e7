// Quotations that reach past one sentence or one clause: a quotation of several
// sentences read as one (reaction/QuotedRuns), the person and office speaking a
// quotation whose own words name the country (reaction/QuoteSpeaker.cpp), and
// a quotation in the next sentence that gives the words of a stance reported
// before it (reaction/FollowingQuote). Sentences written for these tests.
#include "extract/ReactionExtractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "extract/reaction/FollowingQuote.h"
#include "extract/reaction/QuotedRuns.h"

#include "ReactionTestRun.h"

#include <QTest>

using namespace atlas;

namespace {

QVector<Reaction> extract(const QString &text, const QDate &published = {})
{
    return testing::extractReactions(text, published);
}

const Reaction *find(const QVector<Reaction> &rs, const QString &key)
{
    for (const Reaction &r : rs) {
        if (r.actor + QLatin1Char(':') + stanceName(r.stance) == key)
            return &r;
    }
    return nullptr;
}

QString keys(const QVector<Reaction> &rs)
{
    QStringList out;
    for (const Reaction &r : rs)
        out << r.actor + QLatin1Char(':') + stanceName(r.stance) + QLatin1String(" [") + r.person + QLatin1String("] \"")
                   + r.quote + QLatin1Char('"');
    return out.join(QLatin1String("; "));
}

} // namespace

class TestQuoteSpeakers : public QObject {
    Q_OBJECT

private slots:
    void joinsOnlyRunsThatCloseInTheParagraph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sentences"); // after joining
        QTest::addColumn<bool>("joined");
        QTest::newRow("two sentences, straight") << QStringLiteral("\"We condemn it. We stand with Seoul,\" she said.") << 1 << true;
        QTest::newRow("two sentences, curly") << QStringLiteral("\u201CWe condemn it. We stand with Seoul,\u201D she said. Then she left.") << 2 << true;
        QTest::newRow("said: then three sentences")
            << QStringLiteral("Wong said: \"We condemn it. It is reckless. We stand with Seoul.\" Talks follow.") << 2 << true;
        QTest::newRow("balanced sentences") << QStringLiteral("\"We condemn it,\" she said. \"It is reckless,\" he added.") << 2 << false;
        QTest::newRow("open across a paragraph") << QStringLiteral("\"We condemn it.\n\nIt is reckless,\" she said.") << 2 << false;
        QTest::newRow("never closed") << QStringLiteral("\"We condemn it. It is reckless. She said so.") << 3 << false;
        QTest::newRow("too many sentences")
            << QStringLiteral("\"One. Two. Three. Four. Five,\" she said.") << 5 << false;
        QTest::newRow("apostrophes are no marks") << QStringLiteral("Japan's view is clear. Seoul's too.") << 2 << false;
    }
    void joinsOnlyRunsThatCloseInTheParagraph()
    {
        QFETCH(QString, text);
        QFETCH(int, sentences);
        QFETCH(bool, joined);
        const QVector<Sentence> split = splitSentences(text);
        bool didJoin = false;
        const QVector<Sentence> runs = reaction::joinQuotedRuns(text, split, &didJoin);
        QCOMPARE(didJoin, joined);
        QCOMPARE(int((didJoin ? runs : split).size()), sentences);
        if (didJoin) {
            // The runs cover the sentences they join, in order, and nothing else.
            QCOMPARE(runs.first().start, split.first().start);
            QCOMPARE(runs.last().end, split.last().end);
            for (int i = 1; i < runs.size(); ++i)
                QVERIFY(runs[i].start >= runs[i - 1].end);
        }
    }

    // Each row: the text, the reaction ("Country:stance"), its person, its quote.
    void quotationOfSeveralSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("quote");
        QTest::newRow("quote first, speaker after")
            << QStringLiteral("\"The UK condemns the launch. We stand with our partners,\" Foreign Secretary Yvette Cooper said.")
            << QStringLiteral("United Kingdom:condemn") << QStringLiteral("Yvette Cooper")
            << QStringLiteral("The UK condemns the launch. We stand with our partners");
        QTest::newRow("says: then two sentences")
            << QStringLiteral("Foreign Secretary Yvette Cooper says: \"The UK condemns the launch, a flagrant breach of UN resolutions. "
                              "We stand with our partners Japan and the Republic of Korea.\"")
            << QStringLiteral("United Kingdom:cooperation") << QStringLiteral("Yvette Cooper")
            << QStringLiteral("The UK condemns the launch, a flagrant breach of UN resolutions. We stand with our partners Japan and the Republic of Korea");
        QTest::newRow("we, curly marks")
            << QStringLiteral("\u201CWe condemn the launch. It is a clear breach of resolutions,\u201D Germany's Foreign Minister Anna Schmidt said.")
            << QStringLiteral("Germany:condemn") << QStringLiteral("Anna Schmidt")
            << QStringLiteral("We condemn the launch. It is a clear breach of resolutions");
        QTest::newRow("said, then three sentences")
            << QStringLiteral("Canada's Foreign Minister Anita Anand said, \"Canada condemns this launch. It is reckless. It threatens the region.\"")
            << QStringLiteral("Canada:condemn") << QStringLiteral("Anita Anand")
            << QStringLiteral("Canada condemns this launch. It is reckless. It threatens the region");
        QTest::newRow("urge in the second sentence")
            << QStringLiteral("\"This is a grave provocation. We urge Pyongyang to stop at once,\" South Korea's unification minister said.")
            << QStringLiteral("South Korea:urge") << QString()
            << QStringLiteral("This is a grave provocation. We urge Pyongyang to stop at once");
    }
    // ""...," Wi said" after "Wi Sung-lac" was named: Korean and Chinese names
    // give the family name first, and the quote is that person's.
    void familyNameFirstSpeaker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("person");
        QTest::newRow("Korean adviser")
            << QStringLiteral("South Korea's National Security Adviser Wi Sung-lac convened a meeting. \"We strongly condemn it,\" Wi said in a briefing.")
            << QStringLiteral("South Korea:condemn") << QStringLiteral("Wi Sung-lac");
        QTest::newRow("Korean minister")
            << QStringLiteral("South Korea's Foreign Minister Cho Hyun spoke to reporters. \"We urge the North to stop at once,\" Cho said.")
            << QStringLiteral("South Korea:urge") << QStringLiteral("Cho Hyun");
        QTest::newRow("Chinese spokesperson")
            << QStringLiteral("China's foreign ministry spokesperson Mao Ning took questions. \"We call on all parties to show restraint,\" Mao said.")
            << QStringLiteral("China:urge") << QStringLiteral("Mao Ning");
        QTest::newRow("Korean, surname told")
            << QStringLiteral("South Korea's Defence Minister Ahn Gyu-back visited the front line. \"This is a clear provocation,\" Ahn told reporters.")
            << QStringLiteral("South Korea:condemn") << QStringLiteral("Ahn Gyu-back");
        QTest::newRow("Chinese, said first")
            << QStringLiteral("China's foreign ministry spokesperson Lin Jian was asked about the launch. \"We hope all sides will exercise restraint and avoid provocations,\" Lin said.")
            << QStringLiteral("China:urge") << QStringLiteral("Lin Jian");
        QTest::newRow("Western name keeps the last")
            << QStringLiteral("Germany's Foreign Minister Anna Schmidt met reporters. \"We condemn the launch,\" Schmidt said.")
            << QStringLiteral("Germany:condemn") << QStringLiteral("Anna Schmidt");
    }
    void familyNameFirstSpeaker()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, person);
        const auto got = extract(text);
        const Reaction *r = find(got, key);
        QVERIFY2(r, qPrintable(keys(got)));
        QCOMPARE(r->person, person);
    }

    // Concerns the quote names as others' ("address each other's legitimate
    // concerns") are a call for talks, not the speaker's concern.
    void othersConcernsAreNoConcern_data()
    {
        QTest::addColumn<QString>("text");
        const char *lead = "China's foreign ministry spokesperson Lin Jian took questions. ";
        QTest::newRow("each other's") << QString::fromUtf8(lead) + "\"All parties should address each other's concerns through dialogue,\" Lin said.";
        QTest::newRow("legitimate") << QString::fromUtf8(lead) + "\"We hope parties will address legitimate concerns in a balanced way,\" Lin said.";
        QTest::newRow("all sides'") << QString::fromUtf8(lead) + "\"All sides' security concerns should be met,\" Lin said.";
        QTest::newRow("their reasonable") << QString::fromUtf8(lead) + "\"Their reasonable concerns deserve attention,\" Lin said.";
        QTest::newRow("accommodate") << QString::fromUtf8(lead) + "\"Talks should accommodate the reasonable concerns of the parties,\" Lin said.";
    }
    void othersConcernsAreNoConcern()
    {
        QFETCH(QString, text);
        const auto got = extract(text);
        QVERIFY2(!find(got, QStringLiteral("China:concern")), qPrintable(keys(got)));
    }
    void ownConcernStays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("deeply concerned") << "China's foreign ministry spokesperson Lin Jian took questions. \"We are deeply concerned about the launch,\" Lin said." << "China:concern";
        QTest::newRow("grave security concerns") << "\"This launch raises grave security concerns for Japan and the region,\" Defense Minister Gen Nakatani told reporters on Thursday." << "Japan:concern";
        QTest::newRow("serious security concern") << "\"North Korea's launch is a matter of serious security concern to us,\" said Chief Cabinet Secretary Yoshimasa Hayashi." << "Japan:concern";
        QTest::newRow("reasonable concerns") << "\"Japan has reasonable concerns about these launches, and we will protest,\" Chief Cabinet Secretary Yoshimasa Hayashi said." << "Japan:concern";
        QTest::newRow("legitimate concerns") << "\"We have legitimate concerns about this launch,\" Australia's Foreign Minister Penny Wong said." << "Australia:concern";
    }
    void ownConcernStays()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const auto got = extract(text);
        QVERIFY2(find(got, key), qPrintable(keys(got)));
    }

    void quotationOfSeveralSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, person);
        QFETCH(QString, quote);
        const auto got = extract(text);
        const Reaction *r = find(got, key);
        QVERIFY2(r, qPrintable(keys(got)));
        if (!person.isEmpty())
            QCOMPARE(r->person, person);
        QCOMPARE(r->quote, quote);
    }

    // A country inside the marks, its person and office outside them.
    void speakerOfAQuotationNamingItsCountry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("role");
        QTest::newRow("says:") << QStringLiteral("Foreign Secretary Yvette Cooper says: \"The UK condemns the launch.\"")
                               << QStringLiteral("United Kingdom:condemn") << QStringLiteral("Yvette Cooper") << QStringLiteral("Foreign Secretary");
        QTest::newRow("said,") << QStringLiteral("Foreign Minister Penny Wong said, \"Australia condemns the launch.\"")
                               << QStringLiteral("Australia:condemn") << QStringLiteral("Penny Wong") << QStringLiteral("Foreign Minister");
        QTest::newRow("speaker after") << QStringLiteral("\"The UK condemns the launch,\" Foreign Secretary Yvette Cooper said.")
                                       << QStringLiteral("United Kingdom:condemn") << QStringLiteral("Yvette Cooper") << QStringLiteral("Foreign Secretary");
        QTest::newRow("said first after") << QStringLiteral("\"The UK condemns the launch,\" said Foreign Secretary Yvette Cooper.")
                                          << QStringLiteral("United Kingdom:condemn") << QStringLiteral("Yvette Cooper") << QStringLiteral("Foreign Secretary");
        QTest::newRow("curly, concern") << QStringLiteral("Foreign Minister Penny Wong said: \u201CAustralia is deeply concerned by the launch.\u201D")
                                        << QStringLiteral("Australia:concern") << QStringLiteral("Penny Wong") << QStringLiteral("Foreign Minister");
    }
    void speakerOfAQuotationNamingItsCountry()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, person);
        QFETCH(QString, role);
        const auto got = extract(text);
        const Reaction *r = find(got, key);
        QVERIFY2(r, qPrintable(keys(got)));
        QCOMPARE(r->person, person);
        QCOMPARE(r->role, role);
    }

    // The speaker of another country keeps its own: no person lent across countries.
    void noSpeakerOfAnotherCountry()
    {
        const auto got = extract(QStringLiteral("Japan's Foreign Minister Takeshi Iwaya said: \"The UK condemns the launch.\""));
        for (const Reaction &r : got)
            QVERIFY2(r.actor != QLatin1String("United Kingdom") || r.person.isEmpty(), qPrintable(keys(got)));
    }

    // The stance said first, the speaker's words in the next sentence.
    void quoteInTheNextSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("quote"); // empty: none may be lent
        QTest::newRow("Mr. surname")
            << QStringLiteral("Chief Cabinet Secretary Minoru Kihara said Japan had lodged a strong protest with North Korea. "
                              "\"The launches threaten the peace and security of our country,\" Mr. Kihara said.")
            << QStringLiteral("Japan:protest") << QStringLiteral("The launches threaten the peace and security of our country");
        QTest::newRow("quote inside the sentence")
            << QStringLiteral("Blinken condemned the launch at a press conference. It was \"a violation of several resolutions\", Blinken said.")
            << QStringLiteral("United States:condemn") << QStringLiteral("a violation of several resolutions");
        QTest::newRow("pronoun")
            << QStringLiteral("Australian Foreign Minister Penny Wong condemned the launch. \u201CThis is reckless behaviour,\u201D she said.")
            << QStringLiteral("Australia:condemn") << QStringLiteral("This is reckless behaviour");
        QTest::newRow("the statement, next paragraph")
            << QStringLiteral("The U.S. Indo-Pacific Command said it was aware of the launches.\n\n"
                              "\"This event does not pose an immediate threat to U.S. personnel,\" the statement said.")
            << QStringLiteral("United States:acknowledge") << QStringLiteral("This event does not pose an immediate threat to U.S. personnel");
        QTest::newRow("speaker before the quotation")
            << QStringLiteral("Canadian Foreign Minister Anita Anand denounced the launch. Anand added: \"It undermines regional stability.\"")
            << QStringLiteral("Canada:condemn") << QStringLiteral("It undermines regional stability");
        QTest::newRow("another speaker")
            << QStringLiteral("Australian Foreign Minister Penny Wong condemned the launch. \"It was expected,\" analyst Kim Dong-yub said.")
            << QStringLiteral("Australia:condemn") << QString();
        // Names after the stance, or of other speakers, lend nothing (review counter-examples).
        QTest::newRow("the other side speaks")
            << QStringLiteral("Japan lodged a strong protest with North Korea through its embassy in Beijing. "
                              "\"The launch was a legitimate exercise of our sovereign right,\" North Korea said.")
            << QStringLiteral("Japan:protest") << QString();
        QTest::newRow("an agency named after the stance")
            << QStringLiteral("South Korea condemned the launch, which KCNA said was a test of a new ICBM. \"The test was a great success,\" KCNA said.")
            << QStringLiteral("South Korea:condemn") << QString();
        QTest::newRow("a visitor named after the stance")
            << QStringLiteral("South Korea condemned the launch, which came hours before U.S. President Donald Trump arrived in Tokyo. "
                              "\"They are behaving very well,\" Trump said.")
            << QStringLiteral("South Korea:condemn") << QString();
        QTest::newRow("a pronoun after several reactions")
            << QStringLiteral("South Korea and Japan condemned the launch, and China expressed concern. \"This is a clear provocation,\" he said.")
            << QStringLiteral("Japan:condemn") << QString();
        QTest::newRow("not the next sentence")
            << QStringLiteral("Australian Foreign Minister Penny Wong condemned the launch. The missile flew 300 km. \"It was a long day,\" Wong said.")
            << QStringLiteral("Australia:condemn") << QString();
    }
    void quoteInTheNextSentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, quote);
        const auto got = extract(text);
        const Reaction *r = find(got, key);
        QVERIFY2(r, qPrintable(keys(got)));
        QCOMPARE(r->quote, quote);
        if (!quote.isEmpty()) {
            bool evidenced = false;
            for (const Evidence &e : r->evidence)
                evidenced = evidenced || (e.field == QLatin1String("quote") && e.end > e.start && quote.contains(text.mid(e.start, e.end - e.start)));
            QVERIFY(evidenced);
        }
    }


    // A joint statement's "We, the ... of A, B and C": its signatories, and
    // whom its later "We" means; its words are the quote.
    void jointStatementSignatories_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys"); // each must be found
        QTest::addColumn<QString>("quoteOfFirst");
        QTest::newRow("ministers of, then we urge")
            << QStringLiteral("We, the Foreign Ministers of Canada, France and Japan, condemn the launch. We urge the DPRK to refrain from further launches.")
            << QStringList{QStringLiteral("Canada:condemn"), QStringLiteral("Japan:condemn"), QStringLiteral("Canada:urge"), QStringLiteral("France:urge"), QStringLiteral("Japan:urge")}
            << QStringLiteral("We, the Foreign Ministers of Canada, France and Japan, condemn the launch");
        QTest::newRow("numbered paragraphs, the G7 ministers of")
            << QStringLiteral("1. We, the G7 Foreign Ministers of Canada, Italy and the United Kingdom, condemn the launch.\n\n"
                              "2. We reiterate our call on the DPRK to accept the offers of dialogue.")
            << QStringList{QStringLiteral("Canada:condemn"), QStringLiteral("Italy:condemn"), QStringLiteral("United Kingdom:condemn"),
                           QStringLiteral("Canada:dialogue"), QStringLiteral("Italy:dialogue"), QStringLiteral("United Kingdom:dialogue")}
            << QStringLiteral("We, the G7 Foreign Ministers of Canada, Italy and the United Kingdom, condemn the launch");
        QTest::newRow("leaders, then we stand with")
            << QStringLiteral("We, the leaders of Japan, the Republic of Korea and the United States, condemn the launch. "
                              "We urge North Korea to stop its launches.")
            << QStringList{QStringLiteral("Japan:urge"), QStringLiteral("South Korea:urge"), QStringLiteral("United States:urge")}
            << QStringLiteral("We, the leaders of Japan, the Republic of Korea and the United States, condemn the launch");
        QTest::newRow("representatives, concern")
            << QStringLiteral("We, the representatives of Australia and New Zealand, are deeply concerned by the launch. "
                              "We call on Pyongyang to halt its launches.")
            << QStringList{QStringLiteral("Australia:concern"), QStringLiteral("New Zealand:concern"), QStringLiteral("Australia:urge"), QStringLiteral("New Zealand:urge")}
            << QStringLiteral("We, the representatives of Australia and New Zealand, are deeply concerned by the launch");
        // A statement quoted whole, each paragraph opening with its mark: its later "We" is still theirs.
        QTest::newRow("quoted paragraphs")
            << QStringLiteral("The minister issued the following statement:\n\n\"We, the Foreign Ministers of Canada, France and Japan, condemn the launch.\n\n"
                              "\"We urge the DPRK to refrain from further launches.\"")
            << QStringList{QStringLiteral("Canada:urge"), QStringLiteral("France:urge"), QStringLiteral("Japan:urge")}
            << QStringLiteral("We, the Foreign Ministers of Canada, France and Japan, condemn the launch");
        QTest::newRow("quoted paragraphs, curly marks")
            << QStringLiteral("Begins:\n\n\u201CWe, the leaders of Japan and the United States, condemn the launch.\n\n"
                              "\u201CWe call on North Korea to return to dialogue.\u201D")
            << QStringList{QStringLiteral("Japan:dialogue"), QStringLiteral("United States:dialogue")}
            << QStringLiteral("We, the leaders of Japan and the United States, condemn the launch");
        // "..., and we call on ...": a later clause of the same "We".
        QTest::newRow("and we")
            << QStringLiteral("We, the Foreign Ministers of Canada, France and Japan, condemn the launch. "
                              "We remain committed to diplomacy, and we call on the DPRK to accept the offers of dialogue.")
            << QStringList{QStringLiteral("Canada:dialogue"), QStringLiteral("France:dialogue"), QStringLiteral("Japan:dialogue")}
            << QStringLiteral("We, the Foreign Ministers of Canada, France and Japan, condemn the launch");
        QTest::newRow("semicolon we")
            << QStringLiteral("We, the leaders of Japan and the United States, condemn the launch. "
                              "We are united; we urge North Korea to stop its launches.")
            << QStringList{QStringLiteral("Japan:urge"), QStringLiteral("United States:urge")}
            << QStringLiteral("We, the leaders of Japan and the United States, condemn the launch");
        QTest::newRow("but we")
            << QStringLiteral("We, the representatives of Australia and New Zealand, condemn the launch. "
                              "Talks have stalled, but we strongly urge Pyongyang to return to them.")
            << QStringList{QStringLiteral("Australia:urge"), QStringLiteral("New Zealand:urge")}
            << QStringLiteral("We, the representatives of Australia and New Zealand, condemn the launch");
        QTest::newRow("the G7 ministers of, alone")
            << QStringLiteral("The G7 Foreign Ministers of Canada, France and Japan condemned the launch.")
            << QStringList{QStringLiteral("Canada:condemn"), QStringLiteral("France:condemn"), QStringLiteral("Japan:condemn")}
            << QString();
    }
    void jointStatementSignatories()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QFETCH(QString, quoteOfFirst);
        const auto got = extract(text);
        for (const QString &key : keys)
            QVERIFY2(find(got, key), qPrintable(key + QLatin1String(" in ") + ::keys(got)));
        QCOMPARE(got.first().quote, quoteOfFirst);
    }

    // A quoted "We" is its speaker's, not the signatories'.
    void quotedWeIsNotTheSignatories()
    {
        const auto got = extract(QStringLiteral(
            "We, the Foreign Ministers of Canada, France and Japan, condemn the launch. China's foreign ministry said it opposed new sanctions. "
            "\"We call on all parties to exercise restraint,\" the ministry said."));
        QVERIFY2(!find(got, QStringLiteral("Canada:urge")), qPrintable(keys(got)));
        QVERIFY2(!find(got, QStringLiteral("France:urge")), qPrintable(keys(got)));
    }

    // A named person ends the signatories' "We": then it is the person's.
    void aPersonNamedEndsTheSignatoriesWe()
    {
        const auto got = extract(QStringLiteral(
            "We, the Foreign Ministers of Canada, France and Japan, condemn the launch. "
            "Australian Foreign Minister Penny Wong condemned the launch. We urge the DPRK to stop."));
        QVERIFY2(find(got, QStringLiteral("Australia:urge")), qPrintable(keys(got)));
        QVERIFY2(!find(got, QStringLiteral("Canada:urge")), qPrintable(keys(got)));
    }

    // "We" in a briefing's or statement's own words, outside any quotation marks.
    void ownWordsAreTheQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("quote");
        QTest::newRow("briefing answer")
            << QStringLiteral("Spokesperson Randhir Jaiswal said India was concerned by the launch.\n\nWe call for the resolution of issues on the Korean Peninsula through dialogue and diplomacy.")
            << QStringLiteral("India:dialogue") << QStringLiteral("We call for the resolution of issues on the Korean Peninsula through dialogue and diplomacy");
        QTest::newRow("numbered")
            << QStringLiteral("1. Canada condemns the launch.\n\n2. We urge the DPRK to refrain from further launches.")
            << QStringLiteral("Canada:urge") << QStringLiteral("We urge the DPRK to refrain from further launches");
        QTest::newRow("we also")
            << QStringLiteral("Japan's foreign ministry condemned the launch. We also call on North Korea to halt its launches.")
            << QStringLiteral("Japan:urge") << QStringLiteral("We also call on North Korea to halt its launches");
        QTest::newRow("quoted we keeps its quotation")
            << QStringLiteral("Japan's foreign ministry condemned the launch. \"We urge North Korea to stop,\" it said.")
            << QStringLiteral("Japan:urge") << QStringLiteral("We urge North Korea to stop");
        QTest::newRow("not we: no quote")
            << QStringLiteral("Japan condemned the launch.") << QStringLiteral("Japan:condemn") << QString();
    }
    void ownWordsAreTheQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, quote);
        const auto got = extract(text);
        const Reaction *r = find(got, key);
        QVERIFY2(r, qPrintable(keys(got)));
        QCOMPARE(r->quote, quote);
    }

    void speaksAgain_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<bool>("speaks");
        QTest::newRow("Mr. surname after") << QString() << QStringLiteral(" Mr. Kihara said.") << QStringLiteral("Kihara") << true;
        QTest::newRow("said surname") << QString() << QStringLiteral(", said Kihara.") << QStringLiteral("Kihara") << true;
        QTest::newRow("she added") << QString() << QStringLiteral(" she added.") << QStringLiteral("Wong") << true;
        QTest::newRow("the spokesman said") << QString() << QStringLiteral(" the spokesman said.") << QString() << true;
        QTest::newRow("before: surname said:") << QStringLiteral("Wong said: ") << QString() << QStringLiteral("Wong") << true;
        QTest::newRow("another surname") << QString() << QStringLiteral(" Mr. Suzuki said.") << QStringLiteral("Kihara") << false;
        QTest::newRow("part of a name") << QString() << QStringLiteral(" Mr. Okihara said.") << QStringLiteral("Kihara") << false;
        QTest::newRow("no saying") << QString() << QStringLiteral(" according to the memo.") << QStringLiteral("Kihara") << false;
        QTest::newRow("name of the sentence before") << QString() << QStringLiteral(" Kihara said.") << QString() << true;
    }
    void speaksAgain()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, surname);
        QFETCH(bool, speaks);
        QCOMPARE(reaction::speaksAgain(before, after, surname, QStringLiteral("Minoru Kihara said Japan ")) != reaction::SpeaksAgain::No, speaks);
    }
};

QTEST_GUILESS_MAIN(TestQuoteSpeakers)
#include "tst_quotespeakers.moc"
