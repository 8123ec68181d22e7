// Tables laid out with spaces (PDF-to-text exports) rewritten with bars, their
// wrapped cells joined (ingest/FixedWidthTables).
#include "ingest/FixedWidthTables.h"

#include <QtTest>

using namespace atlas;

class TestFixedWidthTables : public QObject {
    Q_OBJECT
private slots:
    void rewrites_data();
    void rewrites();
    void leavesAlone_data();
    void leavesAlone();
    void manyTables();
};

void TestFixedWidthTables::rewrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines"); // lines expected in the output
    QTest::newRow("wrapped cells and header")
        << QStringLiteral("Table 1. Launches, 2025\n"
                          "Date            Missile type (as reported)     Launch area        Reported\n"
                          "                                                                  range\n"
                          "--------------------------------------------------------------------------\n"
                          "Jan. 6          Intermediate-range, hyper-     Pyongyang area     ~1,100 km\n"
                          "                sonic (DPRK claim)                                (~680 mi)\n"
                          "Jan. 14         Short-range ballistic          Kanggye,           ~250 km\n"
                          "                (several)                      Jagang Province\n"
                          "Oct. 22         Short-range ballistic          Ryokpho, Pyong-    ~350 km\n"
                          "                                               yang\n"
                          "\n"
                          "Sources: CRS.")
        << QStringList{QStringLiteral("| Date | Missile type (as reported) | Launch area | Reported range |"),
                       QStringLiteral("| --- | --- | --- | --- |"),
                       QStringLiteral("| Jan. 6 | Intermediate-range, hypersonic (DPRK claim) | Pyongyang area | ~1,100 km (~680 mi) |"),
                       QStringLiteral("| Jan. 14 | Short-range ballistic (several) | Kanggye, Jagang Province | ~250 km |"),
                       QStringLiteral("| Oct. 22 | Short-range ballistic | Ryokpho, Pyongyang | ~350 km |"),
                       QStringLiteral("Table 1. Launches, 2025"), QStringLiteral("Sources: CRS.")};
    QTest::newRow("compound hyphen kept, closing rule")
        << QStringLiteral("When        What                  Where\n"
                          "==========  ====================  ==========\n"
                          "2025-05-08  Short-                Wonsan\n"
                          "            range missiles\n"
                          "2025-11-07  One submarine-        Taegwan\n"
                          "            launched missile\n"
                          "==========  ====================  ==========\n"
                          "Text after.")
        << QStringList{QStringLiteral("| When | What | Where |"),
                       QStringLiteral("| 2025-05-08 | Short-range missiles | Wonsan |"),
                       QStringLiteral("| 2025-11-07 | One submarine-launched missile | Taegwan |"),
                       QStringLiteral("Text after.")};
    QTest::newRow("indented")
        << QStringLiteral("    Day      Class     Site\n"
                          "    -----------------------\n"
                          "    Jan 6    IRBM      Pyongyang\n"
                          "    Jan 14   SRBM      Kanggye\n")
        << QStringList{QStringLiteral("| Day | Class | Site |"), QStringLiteral("| Jan 6 | IRBM | Pyongyang |"),
                       QStringLiteral("| Jan 14 | SRBM | Kanggye |")};
}

void TestFixedWidthTables::rewrites()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    const QString out = pipeFixedWidthTables(text);
    const QStringList got = out.split(u'\n');
    for (const QString &l : lines)
        QVERIFY2(got.contains(l), qPrintable(QStringLiteral("missing: %1\nin:\n%2").arg(l, out)));
}

void TestFixedWidthTables::leavesAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("rule under a heading") << QStringLiteral("Reactions\n----------------\nJapan protested the launch, and the United States condemned it.\nChina urged calm.");
    QTest::newRow("two columns") << QStringLiteral("Name      Office\n--------------------\nKihara    Cabinet Secretary\nKoizumi   Defense\n");
    QTest::newRow("one row") << QStringLiteral("Date      Class     Site\n--------------------------\nJan 6     IRBM      Pyongyang\n");
    QTest::newRow("prose lines") << QStringLiteral("A heading over prose\n--------------------\nThe missile flew about 1,100 km before it fell into the sea off the east coast.\nOfficials in Seoul said more launches were likely in the coming weeks.\n");
    QTest::newRow("underlined heading over prose with two spaces after full stops")
        << QStringLiteral("Summary\n----------\nNorth Korea fired a missile.  Japan protested.  Seoul condemned it.\n"
                          "The UN met.  China urged calm.  Russia blamed the drills.\n");
    QTest::newRow("sentences in columns") << QStringLiteral("Notes\n----------------\nIt flew far.  It fell.  It was new.\nKim watched.  Media cheered.  Seoul protested.\n");
    QTest::newRow("no rule") << QStringLiteral("Date      Class     Site\nJan 6     IRBM      Pyongyang\nJan 14    SRBM      Kanggye\n");
}

void TestFixedWidthTables::leavesAlone()
{
    QFETCH(QString, text);
    QCOMPARE(pipeFixedWidthTables(text), text);
}

// Many small tables cost no more than their lines: each is replaced in one pass.
void TestFixedWidthTables::manyTables()
{
    QString text;
    for (int k = 0; k < 5000; ++k)
        text += QStringLiteral("Day      Class     Site\n-----------------------\nJan %1   IRBM      Pyongyang\nJan %2   SRBM      Kanggye\n\n")
                    .arg(k % 28 + 1, 2, 10, QChar(u'0')).arg(k % 28 + 2, 2, 10, QChar(u'0'));
    const QString out = pipeFixedWidthTables(text);
    QCOMPARE(out.count(QStringLiteral("| Day | Class | Site |")), 5000);
    QCOMPARE(out.count(QStringLiteral("| IRBM |")), 5000);
}

QTEST_GUILESS_MAIN(TestFixedWidthTables)
#include "tst_fixedwidthtables.moc"
