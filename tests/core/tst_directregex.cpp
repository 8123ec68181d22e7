// DirectRegex runs a QRegularExpression's pattern through PCRE2 without Qt's
// per-match set-up. Its matches must be Qt's: the same start, end and groups
// (unset ones too), by number and by name, anchored or not, from any offset,
// with every pattern option the extractors use; and where PCRE2 cannot answer
// on the direct path (more groups than its match data holds, a JIT stack too
// small) it must still answer as Qt does.
#include "extract/DirectRegex.h"

#include <QTest>

#include <random>

using namespace atlas;

class TestDirectRegex : public QObject {
    Q_OBJECT
private slots:
    void sameAsQt_data();
    void sameAsQt();
    void namedGroups();
    void manyGroups();
    void deepRecursion();
    void invalidPattern();
};

namespace {

// Every match of re from every offset of subject, anchored and not, compared
// with Qt's answer; the number of matches found.
int compareEverywhere(const QRegularExpression &re, const QString &subject)
{
    const DirectRegex direct(re);
    int matches = 0;
    for (int offset = 0; offset <= subject.size(); ++offset) {
        for (bool anchored : {false, true}) {
            QRegularExpression::MatchOptions options = QRegularExpression::DontCheckSubjectStringMatchOption;
            if (anchored)
                options |= QRegularExpression::AnchorAtOffsetMatchOption;
            const QRegularExpressionMatch want = re.match(subject, offset, QRegularExpression::NormalMatch, options);
            const RegexMatch got = direct.match(subject, offset, anchored);
            const QString where = QStringLiteral("/%1/ on \"%2\" from %3%4")
                                      .arg(re.pattern(), subject)
                                      .arg(offset)
                                      .arg(anchored ? QStringLiteral(" anchored") : QString());
            if (got.hasMatch() != want.hasMatch())
                qFatal("hasMatch differs: %s", qPrintable(where));
            if (!want.hasMatch())
                continue;
            ++matches;
            for (int g = 0; g <= re.captureCount() + 1; ++g) {
                if (got.capturedStart(g) != want.capturedStart(g) || got.capturedEnd(g) != want.capturedEnd(g)
                    || got.captured(g) != want.captured(g) || got.captured(g).isNull() != want.captured(g).isNull()
                    || got.capturedLength(g) != want.capturedLength(g))
                    qFatal("group %d differs: %s", g, qPrintable(where));
            }
        }
    }
    return matches;
}

} // namespace

void TestDirectRegex::sameAsQt_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("sample"); // a text it matches, put in half the subjects
    const int ci = int(QRegularExpression::CaseInsensitiveOption);
    QTest::newRow("words") << QStringLiteral("\\b(fired|launched)\\s+(\\w+)") << ci << QStringLiteral("They fired missiles");
    QTest::newRow("optional groups unset") << QStringLiteral("(a)?(b)?(c)") << 0 << QStringLiteral("abc bc c ac");
    QTest::newRow("alternation, last group unset") << QStringLiteral("(x)|(y)(z)?") << 0 << QStringLiteral("x yz y");
    QTest::newRow("lookbehind") << QStringLiteral("(?<![\\w-])\\d{1,2}\\s+(May|June)") << 0 << QStringLiteral("on 12 May and x-3 June");
    QTest::newRow("anchored with \\G") << QStringLiteral("\\G(?:the\\s+)?(missile|missiles)") << ci << QStringLiteral("the missiles");
    QTest::newRow("empty match possible") << QStringLiteral("(\\d*)") << 0 << QStringLiteral("12");
    QTest::newRow("multiline") << QStringLiteral("^(\\w+):") << int(QRegularExpression::MultilineOption) << QStringLiteral("Seoul: yes\nTokyo: no");
    QTest::newRow("dot matches all") << QStringLiteral("a(.+)z") << int(QRegularExpression::DotMatchesEverythingOption) << QStringLiteral("a\nbz");
    QTest::newRow("extended") << QStringLiteral("(\\d+) \\s* (km|miles)") << int(QRegularExpression::ExtendedPatternSyntaxOption) << QStringLiteral("600  km");
    QTest::newRow("ungreedy") << QStringLiteral("\"(.+)\"") << int(QRegularExpression::InvertedGreedinessOption) << QStringLiteral("\"one\" and \"two\"");
    QTest::newRow("unicode properties") << QStringLiteral("(\\w+)\\s") << int(QRegularExpression::UseUnicodePropertiesOption) << QStringLiteral("Été ok ");
    QTest::newRow("caseless non-ASCII") << QStringLiteral("(é+)(ſ|k)") << ci << QStringLiteral("ÉéK éſ");
}

void TestDirectRegex::sameAsQt()
{
    QFETCH(QString, pattern);
    QFETCH(int, options);
    QFETCH(QString, sample);
    const QRegularExpression re(pattern, QRegularExpression::PatternOptions(options));
    QVERIFY(re.isValid());
    const QStringList pieces = {QStringLiteral("fired"), QStringLiteral("Launched"), QStringLiteral(" "),  QStringLiteral("\n"),
                                QStringLiteral("missiles"), QStringLiteral("the"),  QStringLiteral("12"), QStringLiteral("May"),
                                QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x"),
                                QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("\""), QStringLiteral("km"),
                                QStringLiteral(":"), QStringLiteral("-"), QStringLiteral("É"), QStringLiteral("ſ"),
                                QStringLiteral("K"), QStringLiteral("\u00A0"), QStringLiteral("😀")};
    std::mt19937 rng(7);
    int matches = 0;
    for (int round = 0; round < 300; ++round) {
        QString subject;
        for (int k = int(rng() % 6); k > 0; --k)
            subject += pieces.at(int(rng() % pieces.size()));
        if (rng() % 2)
            subject += sample;
        for (int k = int(rng() % 6); k > 0; --k)
            subject += pieces.at(int(rng() % pieces.size()));
        matches += compareEverywhere(re, subject);
    }
    QVERIFY2(matches > 100, qPrintable(QString::number(matches))); // the subjects do hold matches
}

void TestDirectRegex::namedGroups()
{
    const QRegularExpression re(QStringLiteral("(?<prep>at|near)\\s+(?<place>[A-Z]\\w+)(?<tail>!)?"));
    const QString text = QStringLiteral("fired from near Sunan on Tuesday");
    const RegexMatch m = DirectRegex(re).match(text, 0);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(QStringLiteral("prep")), QStringLiteral("near"));
    QCOMPARE(m.capturedStart(QStringLiteral("place")), 16);
    QCOMPARE(m.capturedEnd(QStringLiteral("place")), 21);
    QCOMPARE(m.capturedStart(QStringLiteral("tail")), -1);
    QVERIFY(m.captured(QStringLiteral("tail")).isNull());
    QCOMPARE(m.capturedStart(QStringLiteral("nosuch")), -1);
}

void TestDirectRegex::manyGroups()
{
    // More groups than the direct path's match data holds: Qt answers.
    QString pattern;
    for (int i = 0; i < 60; ++i)
        pattern += QStringLiteral("(a)");
    const QRegularExpression re(pattern);
    const QString text = QStringLiteral("xx") + QString(70, QLatin1Char('a'));
    const RegexMatch m = DirectRegex(re).match(text, 0);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.capturedStart(0), 2);
    QCOMPARE(m.capturedEnd(0), 62);
    QCOMPARE(m.capturedStart(60), 61);
    QCOMPARE(m.capturedStart(61), -1);
    QVERIFY(!DirectRegex(re).match(QString(59, QLatin1Char('a')), 0).hasMatch());
}

void TestDirectRegex::deepRecursion()
{
    // Backtracking deep enough to outgrow PCRE2's default JIT stack: Qt retries
    // with a larger one, and so must this.
    const QRegularExpression re(QStringLiteral("^(?:(a)|b)*c"));
    const QString text = QString(200000, QLatin1Char('a')) + QLatin1Char('c');
    const QRegularExpressionMatch want = re.match(text);
    const RegexMatch got = DirectRegex(re).match(text, 0);
    QCOMPARE(got.hasMatch(), want.hasMatch());
    QCOMPARE(got.capturedEnd(), want.capturedEnd());
    QCOMPARE(got.capturedStart(1), want.capturedStart(1));
}

void TestDirectRegex::invalidPattern()
{
    const QRegularExpression re(QStringLiteral("(unclosed"));
    QVERIFY(!re.isValid());
    const DirectRegex direct(re);
    QVERIFY(!direct.isValid());
    QVERIFY(!direct.match(QStringLiteral("unclosed"), 0).hasMatch());
    QVERIFY(!DirectRegex().match(QStringLiteral("x"), 0).hasMatch());
    QVERIFY(!DirectRegex(QRegularExpression(QStringLiteral("x"))).match(QStringLiteral("x"), 5).hasMatch());
}

QTEST_GUILESS_MAIN(TestDirectRegex)
#include "tst_directregex.moc"
