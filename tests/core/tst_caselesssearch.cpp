// The publication-date detector's caseless searches (ingest/CaselessSearch.h):
// indexOfCaseless must answer as Qt's caseless indexOf, and leadingKeys, which
// compares a plain line only around one letter of the keys, as its definition
// (containsCaseless on each key's own head) for every line, plain or not.
#include "ingest/CaselessSearch.h"

#include <QString>
#include <QTest>

#include <iterator>
#include <random>

using namespace atlas;

class TestCaselessSearch : public QObject {
    Q_OBJECT
private slots:
    void indexOfAgreesWithQt();
    void leadingKeysAgreeWithDefinition();
    void leadingKeysExamples();
};

namespace {
const char16_t *const kPieces[] = {u"Published", u"PUBLISHED", u"ublished", u"publishe", u"Posted", u"posTED",
                                   u"osted", u"Updated", u"UPDATE", u"pdat", u"d", u"D", u"e", u"Last", u"on",
                                   u" ", u"  ", u":", u",", u"-", u"7", u"2025", u"\u2014", u"\u201C", u"\u00E9",
                                   u"\u017F", u"\u212A", u"x", u"|", u"\t", u"Pyongyang"};

QString randomLine(std::mt19937 &rng)
{
    QString s;
    const int parts = int(rng() % 40);
    for (int k = 0; k < parts; ++k)
        s += QString::fromUtf16(kPieces[rng() % std::size(kPieces)]);
    return s;
}
} // namespace

void TestCaselessSearch::indexOfAgreesWithQt()
{
    std::mt19937 rng(11);
    for (int round = 0; round < 20000; ++round) {
        const QString s = randomLine(rng);
        // Keys without s or k: Qt folds "ſ" to "s" and the Kelvin sign to "k",
        // which only lines that are not plain hold (and those are left to Qt).
        for (const char *key : {"ublished", "osted", "pdate", "d", "original"}) {
            const int from = int(rng() % 5);
            QCOMPARE(indexOfCaseless(s, QLatin1String(key), from), s.indexOf(QLatin1String(key), from, Qt::CaseInsensitive));
        }
    }
}

void TestCaselessSearch::leadingKeysAgreeWithDefinition()
{
    const QLatin1String keys[] = {QLatin1String("ublished"), QLatin1String("osted"), QLatin1String("pdate")};
    std::mt19937 rng(7);
    int hits = 0;
    for (int round = 0; round < 40000; ++round) {
        const QString s = randomLine(rng);
        for (qsizetype maxStart : {0, 3, 20, 48}) {
            unsigned expected = 0;
            for (int k = 0; k < 3; ++k) {
                if (containsCaseless(QStringView(s).left(maxStart + 1 + keys[k].size()), keys[k]))
                    expected |= 1u << k;
            }
            const unsigned got = leadingKeys(s, {keys[0], keys[1], keys[2]}, maxStart, 'd');
            QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 at most %2: %3 vs %4").arg(s).arg(maxStart).arg(got).arg(expected)));
            hits += expected != 0 ? 1 : 0;
        }
    }
    QVERIFY(hits > 10000 && hits < 150000);
}

void TestCaselessSearch::leadingKeysExamples()
{
    const auto keysIn = [](const QString &line) {
        return leadingKeys(line, {QLatin1String("ublished"), QLatin1String("osted"), QLatin1String("pdate")}, 48, 'd');
    };
    QCOMPARE(keysIn(QStringLiteral("Published: 7 November 2025")), 1u);
    QCOMPARE(keysIn(QStringLiteral("Posted Nov 7, 2025 | Updated Nov 8, 2025")), 6u);
    QCOMPARE(keysIn(QStringLiteral("LAST UPDATED \u2014 8 Nov")), 4u);
    QCOMPARE(keysIn(QString(48, u'x') + QStringLiteral("Updated")), 4u); // "pdate" at 49: the last place
    QCOMPARE(keysIn(QString(49, u'x') + QStringLiteral("Updated")), 0u);
    QCOMPARE(keysIn(QStringLiteral("\u00E9 posted")), 2u); // not plain: Qt's search
    QCOMPARE(keysIn(QStringLiteral("Pyongyang said so.")), 0u);
}

QTEST_GUILESS_MAIN(TestCaselessSearch)
#include "tst_caselesssearch.moc"
