// Text wrapped at a fixed width has its sentences joined back across the wrap's
// line breaks (ingest/HardWrappedLines); other line breaks stay.
#include "ingest/HardWrappedLines.h"

#include <QtTest>

using namespace atlas;

namespace {

// A paragraph of prose wrapped at `width` characters, as a PDF-to-text export does.
QString wrap(const QString &paragraph, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(u'\n');
}

const QString kProse = QStringLiteral(
    "On December 3, 2025 (December 2 in Washington, DC), North Korea flight-tested an intercontinental "
    "ballistic missile that it later identified as the Hwasong-20. According to the Japanese Ministry of "
    "Defense, the missile, launched from the Sunan area near Pyongyang, flew for about 78 minutes on a lofted "
    "trajectory and landed inside Japan's exclusive economic zone in the Sea of Japan, about 1,050 kilometers "
    "from the launch point. South Korea's Joint Chiefs of Staff reported a slightly lower apogee. Analysts "
    "assess that on a standard trajectory the missile could reach the entire continental United States, and "
    "that the test capped a year of at least nine launch events.");

} // namespace

class TestHardWrappedLines : public QObject {
    Q_OBJECT
private slots:
    void joinsWrappedSentences_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {48, 60, 64, 72, 80, 100})
            QTest::newRow(qPrintable(QStringLiteral("width %1").arg(w))) << w;
    }
    // At any width, the wrapped paragraph reads back as the one line it was.
    void joinsWrappedSentences()
    {
        QFETCH(int, width);
        const QString head = QStringLiteral("Issues for Congress\nDecember 15, 2025\n\n");
        const QString text = head + wrap(kProse, width) + QStringLiteral("\n\n") + wrap(kProse, width);
        QVERIFY(hardWrapWidth(text) > 0);
        const QString out = unwrapHardWrappedLines(text);
        QCOMPARE(out.size(), text.size()); // every position stays put
        QCOMPARE(out, head + kProse + QStringLiteral("\n\n") + kProse);
    }
    // The breaks a writer made stay: headings, short last lines, list items, a
    // stamp under an author's line, a word broken with a hyphen.
    void keepsWritersBreaks()
    {
        const QString body = wrap(kProse, 64);
        const QString text = QStringLiteral("Kim Ha-neul (Research Fellow, North Korean Military Studies Division)\n2025.07.24\n\n")
            + body + QStringLiteral("\nThe launches:\n- Jan. 6, a hypersonic missile launched from near Pyongyang, which flew\n- Jan. 14, short-range ballistic missiles from Kanggye toward the sea\n\n")
            + body + QStringLiteral("\nmore than 6,600 kilo-\nmeters.\n");
        const QString out = unwrapHardWrappedLines(text);
        QVERIFY(out.startsWith(QStringLiteral("Kim Ha-neul (Research Fellow, North Korean Military Studies Division)\n2025.07.24\n")));
        QVERIFY(out.contains(QStringLiteral("\nThe launches:\n- Jan. 6")));
        QVERIFY(out.contains(QStringLiteral("which flew\n- Jan. 14")));
        QVERIFY(out.contains(QStringLiteral("kilo-\nmeters.")));
    }
    // A line set apart by its indentation (a PDF's right-aligned date, a centred
    // title) is not wrapped onto the line above it, at any width.
    void keepsIndentedLinesApart_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {60, 72, 80, 100})
            QTest::newRow(qPrintable(QStringLiteral("width %1").arg(w))) << w;
    }
    void keepsIndentedLinesApart()
    {
        QFETCH(int, width);
        const QString pad(width - 15, u' ');
        const QString head = QStringLiteral("Provisional Translation") + QString(width - 42, u' ') + QStringLiteral("Ministry of Defense\n")
            + pad + QStringLiteral("January 6, 2025\n") + QString(width / 3, u' ') + QStringLiteral("Regarding the launch of a missile\n\n");
        const QString text = head + wrap(kProse, width) + QStringLiteral("\n\n") + wrap(kProse, width);
        QVERIFY(hardWrapWidth(text) > 0);
        const QString out = unwrapHardWrappedLines(text);
        QVERIFY2(out.startsWith(head), qPrintable(out.left(300)));
        QVERIFY(out.endsWith(kProse)); // the prose is still joined
    }
    // A numbered list wrapped under its items' words (a hanging indent) is joined
    // back within each item, its items kept apart.
    void joinsHangingIndentItems()
    {
        const QString body = wrap(kProse, 72);
        const QString list = QStringLiteral("1.  North Korea fired two short-range ballistic missiles from the Sunan\n"
                                            "    area on January 14, 2025, which flew about 300 km before landing\n"
                                            "    in the sea.\n"
                                            "2.  It fired a cruise missile from the west coast on January 25, 2025,\n"
                                            "    according to the military.\n");
        const QString text = body + QStringLiteral("\n\n") + list + QStringLiteral("\n") + body;
        QVERIFY(hardWrapWidth(text) > 0);
        const QString out = unwrapHardWrappedLines(text);
        QVERIFY2(out.contains(QStringLiteral("from the Sunan     area on January 14")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("in the sea.\n2.  It fired")));
    }
    // Text written one paragraph a line, or too short to tell, is left as it is.
    void leavesUnwrappedText()
    {
        const QString oneLineParagraphs = kProse + QStringLiteral("\n\n") + kProse + QStringLiteral("\nJapan protested.\n");
        QCOMPARE(hardWrapWidth(oneLineParagraphs), 0);
        QCOMPARE(unwrapHardWrappedLines(oneLineParagraphs), oneLineParagraphs);
        const QString shortList = QStringLiteral("Seoul\nTokyo\nWashington\nBeijing\nMoscow\nPyongyang\nHanoi\nJakarta\nManila\n");
        QCOMPARE(unwrapHardWrappedLines(shortList), shortList);
        const QString fewLines = wrap(kProse.left(200), 60);
        QCOMPARE(unwrapHardWrappedLines(fewLines), fewLines);
    }
};

QTEST_GUILESS_MAIN(TestHardWrappedLines)
#include "tst_hardwrappedlines.moc"
