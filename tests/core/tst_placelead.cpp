// LaunchPhrases::placePrepositionLead reads "^\s+(near|at|off|in)\s+(the\s+)?" by
// hand after every launch cue: on random windows of prepositions, "the", near
// misses ("nearby", "then", "into"), every kind of space, letters outside ASCII
// and split surrogate pairs, its end and preposition must be the pattern's.
#include "extract/LaunchPhrases.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace atlas;

class TestPlaceLead : public QObject {
    Q_OBJECT
private slots:
    void sameAsPattern();
};

void TestPlaceLead::sameAsPattern()
{
    const QRegularExpression lead(QStringLiteral("^\\s+(?<prep>near|at|off|in)\\s+(?:the\\s+)?"),
                                  QRegularExpression::CaseInsensitiveOption);
    static const QStringList vocabulary{
        QStringLiteral("near"), QStringLiteral("NEAR"), QStringLiteral("At"), QStringLiteral("off"), QStringLiteral("in"),
        QStringLiteral("the"), QStringLiteral("The"), QStringLiteral("then"), QStringLiteral("nearby"), QStringLiteral("into"),
        QStringLiteral("a"), QStringLiteral("Wonsan"), QStringLiteral("of"), QStringLiteral("\u017Fea"), QStringLiteral("\u00E9"),
        QStringLiteral("\xD83D"), QStringLiteral("\xDE00"), QStringLiteral("9")};
    static const QStringList glue{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\t"),
                                  QStringLiteral("\n"), QStringLiteral("\u00A0"), QStringLiteral(","), QStringLiteral("")};
    std::mt19937 rng(47);
    std::uniform_int_distribution<int> w(0, int(vocabulary.size()) - 1), g(0, int(glue.size()) - 1);
    int matches = 0;
    for (int round = 0; round < 40000; ++round) {
        // Most windows open with a space and a preposition, as after a cue.
        QString text = round % 4 ? QStringLiteral(" ") + vocabulary.at(rng() % 5) + glue.at(g(rng)) : glue.at(g(rng));
        for (int k = round % 6; k > 0; --k)
            text += vocabulary.at(w(rng)) + glue.at(g(rng));
        const auto m = lead.match(text);
        int prepStart = -1, prepEnd = -1;
        const int end = LaunchPhrases::placePrepositionLead(text, &prepStart, &prepEnd);
        QVERIFY2((end >= 0) == m.hasMatch(), qPrintable(text));
        if (m.hasMatch()) {
            QCOMPARE(end, int(m.capturedEnd()));
            QCOMPARE(prepStart, int(m.capturedStart(QStringLiteral("prep"))));
            QCOMPARE(prepEnd, int(m.capturedEnd(QStringLiteral("prep"))));
            ++matches;
        }
    }
    QVERIFY2(matches > 1500, qPrintable(QString::number(matches)));
}

QTEST_GUILESS_MAIN(TestPlaceLead)
#include "tst_placelead.moc"
