// Transcripts with speaker labels (press briefings, a ministry's answers to
// questions, hearings): "We" in the answerer's turn is the answerer's country,
// not the country a reporter's question named last. Texts written for these
// tests, five or more of each kind, and the cases that must stay as they were.
#include "extract/ActorLexicon.h"
#include "extract/reaction/SpeakerTurns.h"

#include "ReactionTestRun.h"

#include <QTest>

using namespace atlas;

namespace {

// "Japan:condemn" for each reaction, sorted and without repeats.
QStringList keys(const QVector<Reaction> &reactions) { return testing::reactionKeys(reactions); }

} // namespace

class TestSpeakerTurns : public QObject {
    Q_OBJECT

private slots:
    void labels_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("label");
        QTest::newRow("honorific") << "MR PIGOTT: So we're aware of the launches." << "MR PIGOTT";
        QTest::newRow("two words") << "Guo Jiakun: We noted the relevant reports." << "Guo Jiakun";
        QTest::newRow("outlet") << "Yonhap News Agency: This morning the DPRK launched." << "Yonhap News Agency";
        QTest::newRow("bold markdown") << "**Maria Zakharova:** We have taken note." << "Maria Zakharova";
        QTest::newRow("dotted honorific") << "Ms. Bruce: Thank you." << "Ms. Bruce";
        QTest::newRow("clock is no label") << "1:34 p.m. EST" << "";
        QTest::newRow("prose colon") << "The ministry said the following: it condemns the launch." << "";
        QTest::newRow("no words after") << "Guo Jiakun:" << "";
        QTest::newRow("five words and more") << "The Joint Chiefs Of Staff Said: nothing" << "";
        QTest::newRow("url") << "Source: https://example.org" << "Source";
    }
    void labels()
    {
        QFETCH(QString, line);
        QFETCH(QString, label);
        QCOMPARE(reaction::turnLabel(line).toString(), label);
    }

    // Each row gives exactly the reactions listed.
    void transcripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *text, QStringList expected) {
            expected.sort();
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };

        // The answerer's country from the head's short lines.
        row("briefing, dateline in the head",
            "Department Press Briefing\nJane Holloway, Spokesperson\nWashington, DC\n\n"
            "QUESTION: Japan says the missile flew 400 km. Do you have a reaction?\n\n"
            "MS HOLLOWAY: We strongly condemn the launch.\n",
            {"United States:condemn"});
        row("dotted dateline in the head",
            "Press Briefing\nAlan Reyes, Spokesperson\nWashington, D.C.\n\n"
            "QUESTION: The Japanese and the Republic of Korea say it was hypersonic.\n\n"
            "MR REYES: We spoke with Foreign Minister Cho and the Republic of Korea. We again call on the DPRK to refrain from provocations.\n",
            {"United States:condemn", "United States:urge"});
        row("ministry in the head, question naming others",
            "The Ministry of Foreign Affairs of the Russian Federation\n\n"
            "Spokeswoman Irina Volkova's answer to a media question\n\n"
            "Question: Seoul and Tokyo condemned the launch. How do you comment?\n\n"
            "Irina Volkova: We call on all parties to show restraint.\n",
            {"Japan:condemn", "Russia:urge", "South Korea:condemn"});
        row("continuation paragraph",
            "Briefing by the Spokesperson of the Ministry of Foreign Affairs of India\nArvind Mehta\n\n"
            "Question: Japan lodged a protest with North Korea. What is India's view?\n\n"
            "Arvind Mehta: We have seen the reports.\n\n"
            "We urge restraint by all sides.\n",
            {"India:urge", "Japan:protest"});
        row("dotted honorific",
            "Press briefing by Australian Foreign Minister Claire Whitlock\n\n"
            "Journalist: Your reaction?\n\n"
            "Ms. Whitlock: We condemn this launch in the strongest terms.\n",
            {"Australia:condemn"});
        row("surname label, first name in the head",
            "Press briefing by Australian Foreign Minister Claire Whitlock\n\n"
            "Journalist: South Korea says it was an ICBM.\n\n"
            "MS WHITLOCK: We condemn this launch in the strongest terms.\n",
            {"Australia:condemn"});
        // No country in the head: none told (the turns' most named may be the one criticised).
        row("no country in the head",
            "Foreign Ministry Spokesperson Wei Lan's Regular Press Conference\n\n"
            "Kyodo News: Japan protested the launch. Your comment?\n\n"
            "Wei Lan: China's position is consistent. China always supports peace. We urge all parties to exercise restraint.\n",
            {"Japan:protest"});
        row("hearing, senator asking",
            "Hearing of the Senate Foreign Relations Committee\nTestimony of Assistant Secretary of State Mark Dalton\nWashington\n\n"
            "SENATOR RIOS: Japan and South Korea both protested. Should we?\n\n"
            "MR DALTON: We condemned the launch the same day.\n",
            {"Japan:protest", "South Korea:protest", "United States:condemn"});

        row("criticised country most named",
            "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference\n\n"
            "AFP: Your comment on the launch?\n\n"
            "Lin Jian: We hope all parties will stay calm and exercise restraint. The US should stop its pressure. "
            "The US and its allies must reflect. The US must take responsibility.\n",
            // (Lin Jian is a known spokesperson of China's foreign ministry: the head
            // names China by him. Not the United States, which the answers name most.)
            {"China:urge"});
        row("ambassador abroad",
            "Press Remarks by Ambassador Philip Goldberg\nSeoul, South Korea\n\n"
            "QUESTION: Your reaction?\n\n"
            "Goldberg: We strongly condemn the launch and will stand with our ally.\n",
            {});
        row("joint press availability",
            "Secretary Rubio and Foreign Minister Cho Tae-yul at a Joint Press Availability\nSeoul, South Korea\n\n"
            "QUESTION: Your reaction?\n\n"
            "FOREIGN MINISTER CHO: We strongly condemn the launch.\n\n"
            "SECRETARY RUBIO: We stand with our ally.\n",
            {});
        // "We continue to call on ...": the same "We", still saying it.
        row("we continue to",
            "Department Press Briefing - April 8, 2027\n\nSpokesperson\nWashington, D.C.\n\nSPOKESPERSON: Good afternoon.\n\n"
            "QUESTION: North Korea fired an ICBM. What will the U.S. do?\n\n"
            "SPOKESPERSON: We continue to urge the DPRK to refrain from further launches.\n",
            {"United States:urge"});
        row("we continue to call on",
            "Department Press Briefing - April 8, 2027\n\nSpokesperson\nWashington, D.C.\n\nSPOKESPERSON: Good afternoon.\n\n"
            "QUESTION: North Korea fired an ICBM. What will the U.S. do?\n\n"
            "SPOKESPERSON: We continue to call on the DPRK to halt its launches.\n",
            {"United States:urge"});
        row("moderator named in the head",
            "Briefing with Senior State Department Officials, moderated by Kim Jin-a of Yonhap\nTokyo, Japan\n\n"
            "Kim Jin-a: We strongly condemn the launch, our readers say. What is your view?\n\n"
            "SENIOR STATE DEPARTMENT OFFICIAL: We condemn it too.\n",
            {});
        row("head line about North Korea",
            "Choe Son Hui answers KCNA question on Japan's missile defense\n\n"
            "Question: What is your view?\n\n"
            "Choe Son Hui: We strongly condemn the reckless moves of Japan.\n",
            {});

        // Not the answerer's: what stays as before.
        row("quoted We is its speaker's",
            "Department Press Briefing\nJane Holloway, Spokesperson\nWashington, DC\n\n"
            "QUESTION: Any reaction?\n\n"
            "MS HOLLOWAY: Japan's prime minister said: \"We strongly condemn the launch.\"\n",
            {"Japan:condemn"});
        row("no head names the label",
            "QUESTION: South Korea condemned the launch. Any reaction?\n\n"
            "MR SMITH: We are aware of the reports.\n",
            {"South Korea:condemn"});
        row("two countries as many times in the turns",
            "Regular Press Conference of Spokesperson Ola Anders\n\n"
            "Reporter: Any comment?\n\n"
            "Ola Anders: Norway and Sweden agree. Norway and Sweden spoke. We urge restraint.\n",
            {});
    }
    void transcripts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(testing::extractReactions(text)).join(u", "), expected.join(u", "));
    }

    void answererName()
    {
        const QString text = QStringLiteral("Department Press Briefing\nTommy Pigott, Principal Deputy Spokesperson\n"
                                            "Washington, DC\n\nMR PIGOTT: Good afternoon.\n\nQUESTION: North Korea?\n\n"
                                            "MR PIGOTT: We strongly condemn the launch.\n");
        const reaction::SpeakerTurns turns = reaction::SpeakerTurns::read(text, *ActorLexicon::bundled());
        QCOMPARE(turns.turns().size(), 2);
        QCOMPARE(turns.turns().at(0).person, QStringLiteral("Tommy Pigott"));
        QCOMPARE(turns.turns().at(0).country, QStringLiteral("United States"));
        const int second = int(text.lastIndexOf(QStringLiteral("MR PIGOTT")));
        QVERIFY(turns.at(second + 12));
        QVERIFY(!turns.at(int(text.indexOf(QStringLiteral("QUESTION"))) + 3));
        const auto reactions = testing::extractReactions(text);
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().person, QStringLiteral("Tommy Pigott"));
        QCOMPARE(reactions.first().quote, QStringLiteral("We strongly condemn the launch"));
    }
};

QTEST_APPLESS_MAIN(TestSpeakerTurns)
#include "tst_speakerturns.moc"
