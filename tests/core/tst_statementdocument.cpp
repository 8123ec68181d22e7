// An official statement's sentences are its issuer's own words: which heads mark
// a text as a statement or release, which do not (news about a statement), and
// the quote the issuer's unquoted reactions then carry. Texts written for the test.
#include "extract/reaction/StatementDocument.h"

#include "ReactionTestRun.h"

#include <QtTest>

using namespace atlas;

class TestStatementDocument : public QObject {
    Q_OBJECT
private slots:
    void heads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("statement");
        auto row = [](const char *name, const char *text, bool statement) {
            QTest::newRow(name) << QString::fromUtf8(text) << statement;
        };
        row("statement by", "Statement by Minister Joly on North Korea's ballistic missile launch\n\nFrom: Global Affairs Canada\n", true);
        row("press release line", "Ministry of Foreign Affairs of Mongolia\n\nPRESS RELEASE\n\nOn the launch of a ballistic missile\n", true);
        row("ends with press release", "Foreign Office spokesperson on the launch\n\n03.12.2025 - Press release\n\nA spokesperson said:\n", true);
        row("spokesperson's statement", "Press Releases > Archive\n\nForeign Ministry Spokesperson's Statement on North Korea's Launch\n", true);
        row("joint statement", "G7 Foreign Ministers on the ICBM launch\n\nNovember 27, 2025\n\nJoint Statement\n\nWe, the G7 ...\n", true);
        row("media release", "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nMedia release\n\nNorth Korea's launch\n", true);
        row("portuguese note", "Ministério das Relações Exteriores\n\nNota à imprensa nº 392\n27 de agosto de 2025\n", true);
        row("statement of the", "Statement of the Ministry of Foreign Affairs on the launch of a ballistic missile by the DPRK\n\n07.01.2025\n", true);
        // News that reports a statement, and prose.
        row("news headline", "Japan issues statement condemning North Korean missile launch\n\nTOKYO (Kyodo) -- Japan said on Tuesday ...\n", false);
        row("news prose", "SEOUL, Dec 10 (Reuters) - North Korea fired two missiles on Wednesday, and in a statement by the ministry Seoul condemned it.\n", false);
        row("statement in lower case prose", "In a statement by the foreign ministry,\nSeoul condemned the launch.\n", false);
        row("headline ending in statement", "Japan protests North Korean missile launch in strong statement\n\nTOKYO (Reuters) - ...\n", false);
        row("plain wire", "North Korea fires ballistic missile into East Sea\n\nBy Kim Soo-yeon\n\nSEOUL, Nov. 7 (Yonhap) -- North Korea fired ...\n", false);
        row("statement far below the head", "A\nB\nC\nD\nE\nF\nG\nH\nI\nJ\nK\nL\nM\nStatement by the Spokesperson\n", false);
    }
    void heads()
    {
        QFETCH(QString, text);
        QFETCH(bool, statement);
        QCOMPARE(reaction::isStatementDocument(text), statement);
    }

    // The issuer's unquoted sentences are its quote; another actor's are not.
    void issuersSentencesAreItsQuote()
    {
        const QString text = QStringLiteral(
            "Statement of the Ministry of Foreign Affairs on the launch of a ballistic missile by the DPRK\n\n"
            "The Ministry of Foreign Affairs of the Republic of Poland strongly condemns the launch of a ballistic missile by the DPRK.\n\n"
            "Poland calls on the DPRK to refrain from further provocations and to return to dialogue.\n\n"
            "We note that Japan lodged a protest with the DPRK.\n");
        QStringList got;
        for (const Reaction &r : testing::extractReactions(text))
            got << r.actor + u':' + stanceName(r.stance) + u':' + r.quote;
        QVERIFY2(got.contains(QStringLiteral("Poland:condemn:The Ministry of Foreign Affairs of the Republic of Poland strongly condemns the launch of a ballistic missile by the DPRK")),
                 qPrintable(got.join(u'\n')));
        QVERIFY2(got.contains(QStringLiteral("Poland:urge:Poland calls on the DPRK to refrain from further provocations and to return to dialogue")),
                 qPrintable(got.join(u'\n')));
        QVERIFY2(got.contains(QStringLiteral("Japan:protest:")), qPrintable(got.join(u'\n')));
    }

    // The issuer speaks in the present: others it reports ("have condemned") are not it.
    void issuerSpeaksInThePresent()
    {
        const QString text = QStringLiteral(
            "Statement by the Spokesperson on the launch of a ballistic missile by the DPRK\n\n"
            "The DPRK fired a ballistic missile on 6 January. South Korea and Japan have condemned the launch.\n\n"
            "The European Union strongly condemns this launch, which violates UN Security Council resolutions.\n");
        QStringList got;
        for (const Reaction &r : testing::extractReactions(text))
            got << r.actor + u':' + r.quote;
        QVERIFY2(got.contains(QStringLiteral("South Korea:")) && got.contains(QStringLiteral("Japan:")), qPrintable(got.join(u'\n')));
        QVERIFY2(got.contains(QStringLiteral("European Union:The European Union strongly condemns this launch, which violates UN Security Council resolutions")),
                 qPrintable(got.join(u'\n')));
    }

    // The same sentences in a news story carry no quote.
    void newsSentencesAreNot()
    {
        const QString text = QStringLiteral(
            "Poland condemns North Korean launch\n\n"
            "The Ministry of Foreign Affairs of the Republic of Poland strongly condemns the launch of a ballistic missile by the DPRK.\n");
        for (const Reaction &r : testing::extractReactions(text))
            QVERIFY2(r.quote.isEmpty(), qPrintable(r.quote));
    }
};

QTEST_GUILESS_MAIN(TestStatementDocument)
#include "tst_statementdocument.moc"
