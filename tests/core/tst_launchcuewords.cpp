// LaunchCueFinder judges a launch noun definite or not from the nearest
// determiner before it; that answer is now read from the words already read
// before the cue (wordsBefore) instead of a second walk back. On random text of
// determiners, possessives, "U.S.", curly apostrophes, letters outside ASCII and
// every kind of gap (spaces, tabs, line breaks, no-break spaces, punctuation),
// at every position and floor, both must answer alike.
#include "extract/LaunchCues.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace atlas;

class TestLaunchCueWords : public QObject {
    Q_OBJECT
private slots:
    void determinerFromWordsBefore();
    void exclusionsAskedLazily();
};

void TestLaunchCueWords::determinerFromWordsBefore()
{
    static const QStringList vocabulary{
        QStringLiteral("the"), QStringLiteral("The"), QStringLiteral("this"), QStringLiteral("its"), QStringLiteral("latest"),
        QStringLiteral("today's"), QStringLiteral("today\u2019s"), QStringLiteral("Korea's"), QStringLiteral("Korea\u2019s"),
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("another"), QStringLiteral("new"), QStringLiteral("two"),
        QStringLiteral("U.S."), QStringLiteral("U.S.'s"), QStringLiteral("x.y"), QStringLiteral("missile"), QStringLiteral("test"),
        QStringLiteral("launch"), QStringLiteral("North"), QStringLiteral("hypersonic"), QStringLiteral("short-range"),
        QStringLiteral("caf\u00E9"), QStringLiteral("th\u00E9"), QStringLiteral("\u00C9the"), QStringLiteral("42"),
        QStringLiteral("it's"), QStringLiteral("'s"), QStringLiteral("successful"), QStringLiteral("yesterday's")};
    static const QStringList glue{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("  "),
                                  QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\u00A0"), QStringLiteral(", "),
                                  QStringLiteral("."), QStringLiteral(" \u201C"), QStringLiteral("-"), QStringLiteral("")};
    std::mt19937 rng(29);
    std::uniform_int_distribution<int> w(0, int(vocabulary.size()) - 1), g(0, int(glue.size()) - 1);
    int definite = 0, checked = 0;
    for (int round = 0; round < 6000; ++round) {
        QString text;
        for (int k = 1 + round % 10; k > 0; --k)
            text += vocabulary.at(w(rng)) + glue.at(g(rng));
        text += QStringLiteral("test");
        const int n = int(text.size());
        for (int pos = 0; pos <= n; ++pos) {
            const int floor = rng() % 3 == 0 ? int(rng() % (pos + 1)) : 0;
            const bool walked = LaunchCueFinder::definiteReferenceBefore(text, pos, floor, false);
            QVERIFY2(LaunchCueFinder::definiteReferenceBefore(text, pos, floor, true) == walked,
                     qPrintable(text.left(pos) + QLatin1Char('|') + QString::number(floor)));
            definite += walked;
            ++checked;
        }
    }
    QVERIFY(definite > checked / 10);
    QVERIFY(definite < checked - checked / 10);
}

// The exclusion patterns are asked only where their answer counts (a missile named
// makes artillery and satellites moot, a launch verb parades, supplies and
// background): the exclusion must be the one decided when every pattern whose
// words the word pass saw was asked.
void TestLaunchCueWords::exclusionsAskedLazily()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression artillery(QStringLiteral("(?<![\\w-])(?:artillery|howitzers?|shells|rounds of|coastal guns?|mortars?)(?![\\w-])"), ci);
    const QRegularExpression parade(QStringLiteral("(?<![\\w-])(?:parades?|paraded|on display|displays|displayed|unveil(?:ed|s|ing)?|"
                                                   "showcas(?:e|ed|es|ing)|exhibit(?:ed|ion|ions)?|showed off|rolled out)(?![\\w-])"), ci);
    const QRegularExpression supply(QStringLiteral("(?<![\\w-])(?:suppl(?:y|ied|ies|ying)|export(?:ed|s|ing)?|ship(?:ped|ments?)|transferr?(?:ed|ing)|"
                                                   "sold|sell(?:s|ing)?|provid(?:ed|ing)|deliver(?:ed|ies|ing)|arms deals?)(?![\\w-])"), ci);
    const QRegularExpression generic(QStringLiteral("(?<![\\w-])(?:over the (?:past |last )?(?:\\w+ )?(?:years?|decades?)|for (?:years|decades)|"
                                                    "throughout (?:its|the) history|in the past decade|so far (?:this year|in \\d{4})|this year alone|(?:numerous|countless|many|dozens of|hundreds of) "
                                                    "(?:missile )?(?:tests|launches)|over (?:the )?(?:past|last) (?:\\w+ )?(?:years?|decades?))(?![\\w-])"), ci);
    const QRegularExpression background(QStringLiteral("(?<![\\w-])(?:since (?:19|20)\\d\\d|history of|long record of|track record)(?![\\w-])"), ci);
    const QRegularExpression satellite(QStringLiteral("(?<![\\w-])(?:satellites?|spacecraft|space\\s+station|astronauts?|cosmonauts?|"
                                                      "taikonauts?|crew(?:ed|s)?)(?![\\w-])"), ci);
    static const QStringList vocabulary{
        QStringLiteral("artillery"), QStringLiteral("howitzers"), QStringLiteral("parade"), QStringLiteral("displayed"),
        QStringLiteral("supplied"), QStringLiteral("exports"), QStringLiteral("shipments"), QStringLiteral("over the past years"),
        QStringLiteral("for decades"), QStringLiteral("many tests"), QStringLiteral("since 2017"), QStringLiteral("history of"),
        QStringLiteral("track record"), QStringLiteral("satellite"), QStringLiteral("crew"), QStringLiteral("fired"),
        QStringLiteral("launched"), QStringLiteral("missile"), QStringLiteral("rockets"), QStringLiteral("ICBM"),
        QStringLiteral("the"), QStringLiteral("North Korea"), QStringLiteral("said"), QStringLiteral("caf\u00E9"),
        QStringLiteral("\u00E9since 2017"), QStringLiteral("\u00E9history of"), QStringLiteral("xsupplied")};
    static const QStringList glue{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(", "), QStringLiteral("-")};
    const LaunchCueFinder cues;
    std::mt19937 rng(31);
    std::uniform_int_distribution<int> w(0, int(vocabulary.size()) - 1), g(0, int(glue.size()) - 1);
    int excluded = 0;
    for (int round = 0; round < 6000; ++round) {
        QString text;
        for (int k = 1 + round % 7; k > 0; --k)
            text += vocabulary.at(w(rng)) + glue.at(g(rng));
        const int n = int(text.size());
        const quint32 words = LaunchCueFinder::wordClasses(text, 0, n);
        const bool missile = words & LaunchCueFinder::MissileNoun, fired = words & LaunchCueFinder::PastVerb;
        // As analyse asked them before: every pattern whose words are there, then the order.
        const bool unread = words & LaunchCueFinder::NonAsciiLetter;
        const bool a = (words & LaunchCueFinder::ExArtillery) && artillery.match(text).hasMatch();
        const bool p = (words & LaunchCueFinder::ExParade) && parade.match(text).hasMatch();
        const bool s = (words & LaunchCueFinder::ExSupply) && supply.match(text).hasMatch();
        bool gen = false, back = false;
        if (words & (LaunchCueFinder::ExGeneric | LaunchCueFinder::ExBackground)) {
            gen = (unread || (words & LaunchCueFinder::ExGeneric)) && generic.match(text).hasMatch();
            back = !gen && (unread || (words & LaunchCueFinder::ExBackground)) && background.match(text).hasMatch();
        }
        const bool sat = (words & LaunchCueFinder::ExSatellite) && satellite.match(text).hasMatch();
        QString expected;
        if (a && !missile)
            expected = QStringLiteral("artillery");
        else if (p && !fired)
            expected = QStringLiteral("parade display");
        else if (s && !fired)
            expected = QStringLiteral("supplies or exports");
        else if (gen || (back && !fired))
            expected = QStringLiteral("generic history");
        else if (sat && !missile)
            expected = QStringLiteral("satellite");
        QVERIFY2(cues.analyse(text, 0, n, words).exclusion == expected, qPrintable(text + QStringLiteral(" / ") + expected));
        excluded += !expected.isEmpty();
    }
    QVERIFY(excluded > 1000);
}

QTEST_GUILESS_MAIN(TestLaunchCueWords)
#include "tst_launchcuewords.moc"
