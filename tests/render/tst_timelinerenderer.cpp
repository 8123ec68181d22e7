// The timeline painter: a date's precision is drawn as a mark of exactly its
// span, salvos are one mark, lanes follow the kind, undated launches appear only
// as labelled inferences, labels never run over other marks, and it paints the
// same on images, SVG and in a dark palette.
#include "render/TimelineRenderer.h"
#include "render/TimelineTestCatalog.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QtTest>

using namespace atlas;

namespace {
const QRectF kRect(0, 0, 1600, 360);

TimelineRenderer year2025(const Catalog &c, Theme theme = Theme::Print)
{
    TimelineRenderer r(theme);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    r.setFont(f);
    r.setLaunches(c.chronological());
    r.setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
    r.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    return r;
}

QImage paintToImage(const TimelineRenderer &r, const QRectF &rect = kRect)
{
    QImage img(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    r.paint(p, rect);
    p.end();
    return img;
}

// How far a pixel is from the background, 0..255 on the most different channel.
int contrast(const QImage &img, double x, double y, const QColor &bg)
{
    const QColor c = img.pixelColor(int(x), int(y));
    return std::max({std::abs(c.red() - bg.red()), std::abs(c.green() - bg.green()), std::abs(c.blue() - bg.blue())});
}
} // namespace

class TestTimelineRenderer : public QObject {
    Q_OBJECT
private slots:
    void precisionIsDrawnAsItsSpan_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("early May is 1-10 May") << "early-may" << QDate(2025, 5, 1) << QDate(2025, 5, 10);
        QTest::newRow("a week is seven days") << "jan-week" << QDate(2025, 1, 4) << QDate(2025, 1, 10);
        QTest::newRow("a month is the month") << "oct-hypersonic" << QDate(2025, 10, 1) << QDate(2025, 10, 31);
        QTest::newRow("March air-defense") << "mar-air-defense" << QDate(2025, 3, 1) << QDate(2025, 3, 31);
    }
    void precisionIsDrawnAsItsSpan()
    {
        QFETCH(QString, id);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const TimeScale s = r.scale(kRect);
        const QRectF m = r.markRect(id, kRect);
        QVERIFY(!m.isNull());
        QVERIFY(qAbs(m.left() - s.xOf(first)) < 0.01);
        QVERIFY(qAbs(m.right() - s.xOfEnd(last)) < 0.01);
    }

    void dayIsAPointOnItsDay()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const TimeScale s = r.scale(kRect);
        const QRectF m = r.markRect(QStringLiteral("nov7"), kRect);
        QVERIFY(!m.isNull());
        const double dayMiddle = (s.xOf(QDate(2025, 11, 7)) + s.xOfEnd(QDate(2025, 11, 7))) / 2;
        QVERIFY(qAbs(m.center().x() - dayMiddle) < 0.01);
        QCOMPARE(m.width(), m.height()); // a dot, not a bar
        QVERIFY(m.width() < 3 * s.pixelsPerDay() + 20);
    }

    // The pixels: "early May" is coloured across 1-10 May, faint at its very ends
    // (soft ends, so it never reads as starting sharply on 1 May), and nothing
    // is drawn just outside the range.
    void earlyMayPixelsCoverTheRangeWithSoftEnds()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const QImage img = paintToImage(r);
        const TimeScale s = r.scale(kRect);
        const QRectF m = r.markRect(QStringLiteral("early-may"), kRect);
        const QColor bg = r.style().background;
        const double y = m.center().y();
        const double start = s.xOf(QDate(2025, 5, 1));
        const double end = s.xOfEnd(QDate(2025, 5, 10));
        const double middle = (start + end) / 2;
        QVERIFY2(contrast(img, middle, y, bg) > 100, "the middle of the range is solid colour");
        QVERIFY(contrast(img, start + 0.5, y, bg) < contrast(img, middle, y, bg) / 2); // soft start
        QVERIFY(contrast(img, end - 0.5, y, bg) < contrast(img, middle, y, bg) / 2);   // soft end
        QVERIFY(contrast(img, start + (end - start) * 0.3, y, bg) > 60); // 4 May is clearly inside
        // Outside the range, on the same row: background (the grid may pass; skip tick columns).
        QCOMPARE(contrast(img, start - 3, y, bg) < 40, true);
        QCOMPARE(contrast(img, end + 2, y, bg) < 40 || !r.launchAt(QPointF(end + 2, y), kRect).isEmpty(), true);
    }

    void salvoIsOneMarkWithItsCount()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const int jan14 = r.indexOf(QStringLiteral("jan14"));
        QCOMPARE(r.items()[jan14].countText, QStringLiteral("2+"));
        int marks = 0;
        for (const MarkGeometry &g : r.layout(kRect).marks)
            marks += g.item == jan14;
        QCOMPARE(marks, 1);
        Count three{3, 3, {}};
        LaunchEvent l = testdata::launch(QStringLiteral("x"), FuzzyDate::onDay(QDate(2025, 2, 2)), {QStringLiteral("SRBM")});
        l.count = three;
        QCOMPARE(TimelineItem::from(l).countText, QStringLiteral("3"));
        l.count = Count{1, 1, {}};
        QCOMPARE(TimelineItem::from(l).countText, QString());
        l.count = Count{0, 3, {}};
        QCOMPARE(TimelineItem::from(l).countText, QStringLiteral("≤3"));
        l.count = Count{2, 4, {}};
        QCOMPARE(TimelineItem::from(l).countText, QStringLiteral("2–4"));
    }

    void lanesFollowTheKind_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("lane");
        QTest::newRow("SRBM is ballistic") << "jan14" << int(TimelineLane::Ballistic);
        QTest::newRow("hypersonic") << "oct-hypersonic" << int(TimelineLane::Hypersonic);
        QTest::newRow("cruise") << "oct-cruise" << int(TimelineLane::Cruise);
        QTest::newRow("air-defense is other") << "mar-air-defense" << int(TimelineLane::Other);
    }
    void lanesFollowTheKind()
    {
        QFETCH(QString, id);
        QFETCH(int, lane);
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const LaneLayout &lay = r.layout(kRect);
        const QRectF m = r.markRect(id, kRect);
        QVERIFY(lay.lanes[lane].contains(m.center()));
        // Lanes are stacked top to bottom, in legend order.
        for (int l = 1; l < kTimelineLaneCount; ++l)
            QVERIFY(lay.lanes[l].top() >= lay.lanes[l - 1].bottom() - 0.01);
    }

    void undatedLaunchesAppearOnlyAsInferences()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const LaneLayout &lay = r.layout(kRect);
        // The Tuesday launch has no date and no inference: it is not on the axis.
        QVERIFY(r.markRect(QStringLiteral("tuesday"), kRect).isNull());
        QVERIFY(r.markRect(QStringLiteral("nov5-no-year"), kRect).isNull());
        // The Monday launch is drawn over its inferred day, as an inference.
        const int monday = lay.markOfItem(r.indexOf(QStringLiteral("monday")));
        QVERIFY(monday >= 0);
        QVERIFY(lay.marks[monday].inference);
        const TimeScale s = r.scale(kRect);
        QVERIFY(qAbs(lay.marks[monday].mark.left() - s.xOf(QDate(2025, 1, 6))) < 2.5);
        QVERIFY(r.items()[r.indexOf(QStringLiteral("monday"))].inferredText.contains(QStringLiteral("inferred 6 Jan 2025")));
    }

    void hitTestingFindsTheMark()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        for (const QString id : {QStringLiteral("jan14"), QStringLiteral("early-may"), QStringLiteral("nov7")})
            QCOMPARE(r.launchAt(r.markRect(id, kRect).center(), kRect), id);
        QCOMPARE(r.launchAt(QPointF(kRect.right() - 2, kRect.top() + 2), kRect), QString());
    }

    // However dense, a label's room never covers another mark in its row.
    void labelsNeverRunOverMarks_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("width");
        QTest::newRow("sparse, wide") << 40 << 1600;
        QTest::newRow("dense, wide") << 600 << 1600;
        QTest::newRow("dense, narrow") << 600 << 500;
    }
    void labelsNeverRunOverMarks()
    {
        QFETCH(int, count);
        QFETCH(int, width);
        Catalog c;
        c.launches = testdata::manyLaunches(count);
        const TimelineRenderer r = year2025(c);
        const QRectF rect(0, 0, width, 300);
        const LaneLayout &lay = r.layout(rect);
        int labelled = 0;
        for (const MarkGeometry &g : lay.marks) {
            if (g.labelRoom.isEmpty())
                continue;
            ++labelled;
            for (const MarkGeometry &o : lay.marks) {
                if (&o != &g && o.mark.intersects(g.labelRoom) && o.mark.top() < g.labelRoom.center().y()
                    && o.mark.bottom() > g.labelRoom.center().y())
                    QFAIL(qPrintable(QStringLiteral("label of %1 runs over %2").arg(r.items()[g.item].id, r.items()[o.item].id)));
            }
        }
        QVERIFY(labelled > 0);
        paintToImage(r, rect); // and it paints
    }

    void monthStripCountsByMonth()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        const auto months = MonthStrip::count(r.items(), QDate(2025, 1, 1), QDate(2025, 12, 31));
        QCOMPARE(months.size(), 12);
        QCOMPARE(months[0].launches, 2);  // 14 Jan and the week of 4-10 Jan (the inferred Monday is not a date)
        QCOMPARE(months[2].launches, 1);  // March
        QCOMPARE(months[4].launches, 1);  // early May
        QCOMPARE(months[9].launches, 2);  // October hypersonic and cruise
        QCOMPARE(months[10].launches, 1); // 7 Nov
        const QRectF strip = r.areas(kRect).strip;
        QCOMPARE(r.stripMonthAt(QPointF(MonthStrip::cellRect(months, strip, 4).center()), kRect), QDate(2025, 5, 1));
    }

    void selectedAndCursorChangeThePicture()
    {
        TimelineRenderer r = year2025(testdata::timelineCatalog());
        const QImage plain = paintToImage(r);
        r.setSelectedId(QStringLiteral("nov7"));
        QVERIFY(paintToImage(r) != plain);
        r.setSelectedId({});
        r.setCursor(QDate(2025, 6, 30));
        const QImage playing = paintToImage(r);
        // Launches after the cursor fade: the November dot is paler than before.
        const QPointF nov7 = r.markRect(QStringLiteral("nov7"), kRect).center();
        const QColor bg = r.style().background;
        QVERIFY(contrast(playing, nov7.x(), nov7.y(), bg) < contrast(plain, nov7.x(), nov7.y(), bg));
    }

    void readableInADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        TimelineRenderer r = year2025(testdata::timelineCatalog(), Theme::Screen);
        r.setPalette(dark);
        QVERIFY(r.style().background.lightnessF() < 0.2);
        QVERIFY(r.style().text.lightnessF() > 0.8);
        const QImage img = paintToImage(r);
        QCOMPARE(img.pixelColor(int(kRect.right() - 3), 1), QColor(0x1e, 0x1e, 0x1e));
    }

    void paintsIntoSvg()
    {
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(kRect.size().toSize());
        svg.setViewBox(kRect);
        QPainter p(&svg);
        r.paint(p, kRect);
        p.end();
        const QByteArray out = buffer.data();
        QVERIFY(out.contains("<svg"));
        QVERIFY(out.contains("Wonsan")); // the early May label, as text
        QVERIFY(out.contains("inferred"));
    }

    void exportsCanShowTheUndatedColumn()
    {
        TimelineRenderer r = year2025(testdata::timelineCatalog());
        const QRectF lanesBefore = r.areas(kRect).lanes;
        QVERIFY(r.areas(kRect).undated.isEmpty());
        r.setShowUndated(true);
        const auto a = r.areas(kRect);
        QVERIFY(!a.undated.isEmpty());
        QVERIFY(a.lanes.right() <= a.undated.left());
        QVERIFY(a.lanes.width() < lanesBefore.width());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(kRect.size().toSize());
        QPainter p(&svg);
        r.paint(p, kRect);
        p.end();
        const QByteArray out = buffer.data();
        QVERIFY(out.contains("Undated (3)"));
        QVERIFY(out.contains("Tuesday (date unknown)"));
        QVERIFY(out.contains("5 November (year not stated)"));
        QVERIFY(out.contains("inferred 6 Jan 2025"));
        QCOMPARE(r.items()[r.indexOf(QStringLiteral("nov5-no-year"))].whatText, QStringLiteral("ballistic"));
        QCOMPARE(r.items()[r.indexOf(QStringLiteral("jan14"))].whatText, QStringLiteral("SRBM · Jagang Province"));
    }

    void survivesEmptyAndTinyInputs()
    {
        TimelineRenderer empty(Theme::Print);
        empty.setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
        QImage img(200, 120, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        empty.paint(p, QRectF(0, 0, 200, 120));
        const TimelineRenderer r = year2025(testdata::timelineCatalog());
        for (const QRectF &rect : {QRectF(0, 0, 12, 8), QRectF(0, 0, 0, 0), QRectF(5, 5, 60, 300)}) {
            r.paint(p, rect);
            QCOMPARE(r.launchAt(QPointF(1, 1), rect), QString());
        }
        p.end();
        // A range that ends before it starts is refused: the previous one stays.
        TimelineRenderer s = year2025(testdata::timelineCatalog());
        s.setRange(QDate(2025, 5, 1), QDate(2025, 4, 1));
        QCOMPARE(s.firstVisibleDate(), QDate(2025, 1, 1));
    }

    // Not a check: the picture to look at (set ATLAS_TIMELINE_PNG to a path).
    void writesPictureOnRequest()
    {
        const QString path = qEnvironmentVariable("ATLAS_TIMELINE_PNG");
        if (path.isEmpty())
            QSKIP("set ATLAS_TIMELINE_PNG to write the picture");
        TimelineRenderer r = year2025(testdata::timelineCatalog());
        r.setSelectedId(QStringLiteral("jan14"));
        r.setShowUndated(true);
        QVERIFY(paintToImage(r).save(path));
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
