// An official statement's sentences are its issuer's own words: which heads mark
// a text as a statement or release, which do not (news about a statement), and
// the quote the issuer's unquoted reactions then carry. Texts written for the test.
#include "extract/reaction/StatementDocument.h"

#include "CorpusSentences.h"
#include "RandomWordText.h"
#include "ReactionTestRun.h"

#include <QRegularExpression>
#include <QtTest>

#include <random>

using namespace atlas;

namespace {

// Pieces of headings and of prose, and the units PCRE folds to ASCII letters.
const char *const kHeadingPieces[] = {
    "statement", "Statement", "statements", "press", "release", "releases", "joint", "official", "media",
    "communique", "comunicado", "nota", "a", "imprensa", "by", "the", "of", "on", "s", "Spokesperson",
    "Foreign", "Ministry", "launch", "missile", "ammunition", "municipal", "clarity", "declaration", "x"};
const char16_t kHeadingGlue[] = {u' ', u' ', u' ', u'-', u'\u2013', u'\u2014', u':', u'|', u'\'', u'\u2019',
                                 u'.', u',', u'\u00E9', u'\u00E0', u'\u017F', u'\u212A', u'\t', u'\u0416'};

QString randomHeading(std::mt19937 &rng)
{
    return testing::randomWordText(rng, kHeadingPieces, kHeadingGlue, testing::RandomTextShape{10, 3, true, true, 5, 10, true});
}

// The definition the filter must keep: it lets every heading through.
bool filterKeeps(QStringView line)
{
    return !reaction::isStatementHeading(line) || reaction::mayBeStatementHeading(line);
}

} // namespace

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

    // mayBeStatementHeading compares ASCII letters and "ſ": every code unit PCRE
    // matches caselessly (with Unicode properties) to an ASCII letter must be
    // one of those, or the filter could miss a heading spelt with it.
    void onlyKnownUnitsFoldToAsciiLetters()
    {
        const QRegularExpression letter(QStringLiteral("^[a-z]$"), QRegularExpression::CaseInsensitiveOption
                                                                         | QRegularExpression::UseUnicodePropertiesOption);
        QString folding;
        for (char32_t u = 0x80; u <= 0xFFFF; ++u) {
            if (u >= 0xD800 && u <= 0xDFFF)
                continue;
            if (letter.match(QString(QChar(char16_t(u)))).hasMatch())
                folding += QChar(char16_t(u));
        }
        QCOMPARE(folding, QStringLiteral("\u017F\u212A")); // "ſ" (to "s") and the Kelvin sign (to "k", in no key)
    }

    // Headings with each letter of their marker swapped for each unit that folds
    // to an ASCII letter, or for a unit that does not.
    void filterKeepsHeadingsSpeltAnyWay()
    {
        const char *const headings[] = {"Statement", "Joint Statement", "Press release", "Media Release", "Press Releases",
                                        "Communiqué", "COMUNICADO", "Nota à imprensa", "Déclaration",
                                        "Launch - Foreign Secretary statement", "Minister's Statement on the launch",
                                        "Statement of the Ministry"};
        const char16_t swaps[] = {u'\u017F', u'\u212A', u'S', u's', u'K', u'k', u'x', u'\u00E9'};
        int headingsSeen = 0;
        // (Each also after marks that keep it a heading, so that its marker
        // lies where the filter reads eight places a step.)
        QStringList all;
        for (const char *h : headings)
            all << QString::fromUtf8(h) << QStringLiteral("*** *** *** ") + QString::fromUtf8(h);
        for (const QString &heading : all) {
            const QByteArray h = heading.toUtf8();
            QVERIFY2(reaction::isStatementHeading(heading), h.constData());
            for (qsizetype i = 0; i < heading.size(); ++i) {
                for (char16_t swap : swaps) {
                    QString line = heading;
                    line[i] = QChar(swap);
                    headingsSeen += reaction::isStatementHeading(line) ? 1 : 0;
                    QVERIFY2(filterKeeps(line), qPrintable(line));
                }
            }
        }
        QVERIFY(headingsSeen > 400);
    }

    void filterKeepsRandomHeadings()
    {
        std::mt19937 rng(23112026);
        int headings = 0, filtered = 0;
        for (int i = 0; i < 200000; ++i) {
            const QString line = randomHeading(rng);
            QVERIFY2(filterKeeps(line), qPrintable(line));
            headings += reaction::isStatementHeading(line) ? 1 : 0;
            filtered += reaction::mayBeStatementHeading(line) ? 0 : 1;
        }
        QVERIFY2(headings > 5000 && filtered > 50000, qPrintable(QStringLiteral("%1 %2").arg(headings).arg(filtered)));
    }

    void filterKeepsCorpusLines()
    {
        const QStringList sentences = testing::corpusSentences();
        QVERIFY(sentences.size() > 1000);
        for (const QString &s : sentences) {
            for (QStringView line : QStringView(s).split(u'\n'))
                QVERIFY2(filterKeeps(line.trimmed()), qPrintable(line.toString()));
        }
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
