// ArticleExtractor::yearHint: the year of an undated article's first full date.
// It is looked for only before years that follow a space (every full date ends
// in one), walking back over what may precede such a year; it must answer as
// the plain scan of the whole text with the same pattern does, whatever stands
// around the date: long runs of spaces and newlines, long month words, days
// with suffixes, dates glued to words, several years in a row.
#include "extract/ArticleExtractor.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace atlas;

namespace {

// The first full date's year as a plain scan finds it: the pattern tried at
// every character of the text.
int plainScanYear(const QString &text)
{
    static const QRegularExpression fullDate(
        QStringLiteral("(?<![\\w-])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)(?!\\d)|"
                       "(?<![\\w-])\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+((?:19|20)\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch m = fullDate.match(text);
    if (!m.hasMatch())
        return 0;
    return (m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2)).toInt();
}

} // namespace

class TestYearHint : public QObject {
    Q_OBJECT
private slots:
    void firstFullDate_data();
    void firstFullDate();
    void sameAsPlainScan();
};

void TestYearHint::firstFullDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::newRow("month day, year") << "Seoul said on January 14, 2025 that it fired." << 2025;
    QTest::newRow("day month year") << "It was 14 January 2024, a Tuesday." << 2024;
    QTest::newRow("abbreviated with a dot") << "Filed Jan. 14 2023 by our staff" << 2023;
    QTest::newRow("suffix and comma") << "on Sept. 3rd, 2022 at dawn" << 2022;
    QTest::newRow("month and year") << "Recap of March 2021 in brief" << 2021;
    QTest::newRow("long run of spaces and lines") << "Dated 4 May\n\n\n\n                                                                        2019." << 2019;
    QTest::newRow("spaces after the month") << "On Oct                                                                      12 2018" << 2018;
    QTest::newRow("long month word") << "Janxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 2017" << 2017;
    QTest::newRow("first of two") << "Back on 2 June 2016, and again on 9 July 2015." << 2016;
    QTest::newRow("bare year then a date") << "The 2025 season. Then 9 July 2015." << 2015;
    QTest::newRow("glued to a word") << "x-Jan 2025 and preJan 2024" << 0;
    QTest::newRow("five digits") << "On January 20255 it did." << 0;
    QTest::newRow("no space before the year") << "On 12 March2025" << 0;
    QTest::newRow("year first") << "2025 January" << 0;
    QTest::newRow("not a century") << "On 3 May 2125 and 3 May 1825" << 0;
    QTest::newRow("lower-case month") << "on january 14, 2025" << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestYearHint::firstFullDate()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QCOMPARE(ArticleExtractor::yearHint(text), year);
    QCOMPARE(plainScanYear(text), year);
}

void TestYearHint::sameAsPlainScan()
{
    // Random texts from the pieces dates are made of.
    const QStringList pieces = {QStringLiteral("Jan"), QStringLiteral("January"), QStringLiteral("Sept"), QStringLiteral("May"),
                                QStringLiteral("Dec"), QStringLiteral("uary"), QStringLiteral("."), QStringLiteral(","),
                                QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\n"), QStringLiteral("\t"),
                                QStringLiteral("3"), QStringLiteral("14"), QStringLiteral("st"), QStringLiteral("th"),
                                QStringLiteral("2025"), QStringLiteral("1999"), QStringLiteral("20"), QStringLiteral("19"),
                                QStringLiteral("-"), QStringLiteral("x"), QStringLiteral("_"), QStringLiteral("7"),
                                QStringLiteral("é"), QStringLiteral("\u00A0")};
    // Each text is a date's parts in order (month, dot, spaces, day, suffix,
    // comma, spaces, year, or day first), each part often left out, doubled or
    // replaced by another piece, between pieces of noise.
    const QStringList months = {QStringLiteral("Jan"), QStringLiteral("January"), QStringLiteral("Sept"), QStringLiteral("May"), QStringLiteral("Decxyz")};
    const QStringList spaces = {QStringLiteral(" "), QStringLiteral("  \n "), QStringLiteral("\t"), QStringLiteral("\u00A0"), QString()};
    const QStringList days = {QStringLiteral("3"), QStringLiteral("14"), QStringLiteral("140"), QString()};
    const QStringList years = {QStringLiteral("2025"), QStringLiteral("1999"), QStringLiteral("20251"), QStringLiteral("2125")};
    std::mt19937 rng(5);
    auto any = [&rng](const QStringList &list) { return list.at(int(rng() % list.size())); };
    auto maybe = [&rng](const QString &s) { return rng() % 3 == 0 ? QString() : s; };
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = maybe(any(pieces));
        for (int k = int(rng() % 3); k > 0; --k) {
            if (rng() % 2) {
                text += maybe(any(pieces)) + any(months) + maybe(QStringLiteral(".")) + any(spaces) + maybe(any(days))
                        + maybe(QStringLiteral("st")) + maybe(QStringLiteral(",")) + any(spaces) + any(years);
            } else {
                text += maybe(any(pieces)) + any(days) + any(spaces) + any(months) + maybe(QStringLiteral(".")) + any(spaces)
                        + any(years);
            }
            text += maybe(any(pieces));
        }
        const int expected = plainScanYear(text);
        if (ArticleExtractor::yearHint(text) != expected)
            QFAIL(qPrintable(QStringLiteral("differs on \"%1\"").arg(text)));
        found += expected != 0;
    }
    QVERIFY2(found > 2000, qPrintable(QString::number(found))); // the random texts do hold dates
}

QTEST_GUILESS_MAIN(TestYearHint)
#include "tst_yearhint.moc"
