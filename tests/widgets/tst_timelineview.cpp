// The timeline pane: opens on the busiest year, shares the selection, moves by
// keyboard in chronological order, lists undated launches in its tray, asks for
// (and through the EditController, undoably makes) date assignments, and plays
// the year with a cursor that bounds the map's date window.
#include "model/LaunchListModel.h"
#include "render/TimelineTestCatalog.h"
#include "widgets/AssignDateDialog.h"
#include "widgets/EditController.h"
#include "widgets/PlaybackBar.h"
#include "widgets/TimelineCanvas.h"
#include "widgets/TimelineView.h"
#include "widgets/UndatedTray.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

using namespace atlas;

namespace {
struct Fixture {
    LaunchListModel model;
    QItemSelectionModel selection{&model};
    TimelineView view{&model, &selection};
    Fixture()
    {
        model.setCatalog(testdata::timelineCatalog());
        view.resize(1400, 420);
        view.show();
    }
    QString selectedId() const { return view.currentLaunchId(); }
    QPoint centreOf(const QString &id) const
    {
        return view.canvas()->renderer().markRect(id, view.canvas()->paintRect()).center().toPoint();
    }
};
} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private slots:
    void opensOnTheYearOfTheLaunches()
    {
        Fixture f;
        QCOMPARE(f.view.year(), 2025);
        QCOMPARE(f.view.firstVisibleDate(), QDate(2025, 1, 1));
        QCOMPARE(f.view.lastVisibleDate(), QDate(2025, 12, 31));
        auto *years = f.view.findChild<QComboBox *>(QStringLiteral("yearSelector"));
        QVERIFY(years);
        QCOMPARE(years->itemText(0), QStringLiteral("All years"));
        QCOMPARE(years->currentText(), QStringLiteral("2025"));
    }

    void allYearsSpansEveryYear()
    {
        Fixture f;
        Catalog c = testdata::timelineCatalog();
        c.launches << testdata::launch(QStringLiteral("old"), FuzzyDate::onDay(QDate(2023, 3, 9)), {QStringLiteral("ICBM")});
        f.model.setCatalog(c);
        QCOMPARE(f.view.year(), 2025); // still the busiest
        QCOMPARE(f.view.availableYears(), (QList<int>{2023, 2024, 2025}));
        f.view.setYear(0);
        QCOMPARE(f.view.firstVisibleDate(), QDate(2023, 1, 1));
        QCOMPARE(f.view.lastVisibleDate(), QDate(2025, 12, 31));
        QVERIFY(!f.view.canvas()->renderer().markRect(QStringLiteral("old"), f.view.canvas()->paintRect()).isNull());
    }

    void keyboardMovesInChronologicalOrder()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.canvas()->setFocus();
        const QStringList expected{"jan-week", "jan14", "mar-air-defense", "early-may", "oct-cruise",
                                   "oct-hypersonic", "nov7", "nov5-no-year", "monday", "tuesday"};
        QStringList seen;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(f.view.canvas(), Qt::Key_Right);
            seen << f.selectedId();
        }
        QCOMPARE(seen, expected);
        QTest::keyClick(f.view.canvas(), Qt::Key_Right); // stays on the last
        QCOMPARE(f.selectedId(), QStringLiteral("tuesday"));
        QTest::keyClick(f.view.canvas(), Qt::Key_Left);
        QCOMPARE(f.selectedId(), QStringLiteral("monday"));
        QTest::keyClick(f.view.canvas(), Qt::Key_Home);
        QCOMPARE(f.selectedId(), QStringLiteral("jan-week"));
        QTest::keyClick(f.view.canvas(), Qt::Key_End);
        QCOMPARE(f.selectedId(), QStringLiteral("tuesday"));
        // The undated launch is highlighted in the tray, not on the axis.
        QCOMPARE(f.view.tray()->currentLaunch(), QStringLiteral("tuesday"));

        QSignalSpy details(&f.view, &TimelineView::detailsRequested);
        QTest::keyClick(f.view.canvas(), Qt::Key_Home);
        QTest::keyClick(f.view.canvas(), Qt::Key_Return);
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.first().first().toString(), QStringLiteral("jan-week"));
        // Screen readers hear the current launch.
        QVERIFY(f.view.canvas()->accessibleDescription().contains(QStringLiteral("Selected:")));
        QVERIFY(f.view.canvas()->accessibleDescription().contains(QStringLiteral("hypersonic")));
    }

    void clickingAMarkSelectsItsRow()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QTest::mouseClick(f.view.canvas(), Qt::LeftButton, {}, f.centreOf(QStringLiteral("early-may")));
        QCOMPARE(f.selectedId(), QStringLiteral("early-may"));
        QCOMPARE(f.selection.currentIndex().row(), f.model.rowOf(QStringLiteral("early-may")));
        QCOMPARE(f.view.canvas()->renderer().selectedId(), QStringLiteral("early-may"));
    }

    void hoverShowsATooltip()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QPoint at = f.centreOf(QStringLiteral("early-may"));
        QHelpEvent help(QEvent::ToolTip, at, f.view.canvas()->mapToGlobal(at));
        QCoreApplication::sendEvent(f.view.canvas(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Wonsan")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("1–10 May 2025")));
        QToolTip::hideText();
    }

    void selectionElsewhereIsHighlightedAndBroughtIntoView()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.canvas()->showDates(QDate(2025, 1, 1), QDate(2025, 1, 7));
        f.selection.setCurrentIndex(f.model.index(f.model.rowOf(QStringLiteral("nov7"))),
                                    QItemSelectionModel::ClearAndSelect);
        QCOMPARE(f.view.canvas()->renderer().selectedId(), QStringLiteral("nov7"));
        QVERIFY(f.view.firstVisibleDate() <= QDate(2025, 11, 7));
        QVERIFY(f.view.lastVisibleDate() >= QDate(2025, 11, 7));
        QCOMPARE(f.view.canvas()->spanDays(), 7.0); // panned, not zoomed
    }

    void zoomAndPan()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.zoomTo(TimelineView::Zoom::Month);
        QVERIFY(qAbs(f.view.canvas()->spanDays() - 30.44) < 0.01);
        f.view.zoomTo(TimelineView::Zoom::Week);
        QCOMPARE(f.view.canvas()->spanDays(), 7.0);
        f.view.zoomTo(TimelineView::Zoom::Day);
        QCOMPARE(f.view.canvas()->spanDays(), 1.0);
        f.view.zoomTo(TimelineView::Zoom::Year);
        QCOMPARE(f.view.canvas()->spanDays(), 365.0); // the whole year, no more
        // Keyboard zoom in, then a drag to the left moves later in time.
        QTest::keyClick(f.view.canvas(), Qt::Key_Plus);
        QVERIFY(f.view.canvas()->spanDays() < 365.0);
        const double before = f.view.canvas()->startDay();
        const QPoint from(700, 300);
        QTest::mousePress(f.view.canvas(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from - QPoint(200, 0)), f.view.canvas()->mapToGlobal(QPointF(from - QPoint(200, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.view.canvas(), &move);
        QTest::mouseRelease(f.view.canvas(), Qt::LeftButton, {}, from - QPoint(200, 0));
        QVERIFY(f.view.canvas()->startDay() > before);
    }

    void trayListsTheUndated()
    {
        Fixture f;
        QCOMPARE(f.view.tray()->launchIds(), (QStringList{"nov5-no-year", "monday", "tuesday"}));
        const QString monday = f.view.tray()->list()->item(1)->text();
        QVERIFY(monday.contains(QStringLiteral("Monday")));
        QVERIFY(monday.contains(QStringLiteral("inferred 6 Jan 2025")));
        QVERIFY(f.view.tray()->list()->item(2)->text().contains(QStringLiteral("Tuesday")));
    }

    void assignDateRequestCarriesLaunchAndDate()
    {
        Fixture f;
        QSignalSpy asked(&f.view, &TimelineView::assignDateRequested);
        // A Wednesday for a launch reported on Tuesday contradicts the article: refused.
        QVERIFY(!f.view.tray()->assignDate(QStringLiteral("tuesday"), QDate(2025, 1, 8)));
        QCOMPARE(asked.size(), 0);
        QVERIFY(f.view.tray()->assignDate(QStringLiteral("tuesday"), QDate(2025, 1, 7)));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("tuesday"));
        QCOMPARE(asked.first().at(1).toDate(), QDate(2025, 1, 7));
        // "November 5" without a year takes only a 5 November.
        QVERIFY(!f.view.tray()->assignDate(QStringLiteral("nov5-no-year"), QDate(2025, 11, 6)));
        QVERIFY(f.view.tray()->assignDate(QStringLiteral("nov5-no-year"), QDate(2024, 11, 5)));
        // Dated launches are not in the tray and cannot be assigned from it.
        QVERIFY(!f.view.tray()->assignDate(QStringLiteral("jan14"), QDate(2025, 1, 14)));
    }

    void calendarIsLimitedToTheStatedWeekday()
    {
        DateInference inferred;
        inferred.narrow(QDate(2025, 1, 6), QDate(2025, 1, 6), QStringLiteral("context"));
        AssignDateDialog dialog(QStringLiteral("Monday launch"), FuzzyDate::unknown(Qt::Monday), inferred);
        QCOMPARE(dialog.selectedDate(), QDate(2025, 1, 6)); // opens on the inference
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.setSelectedDate(QDate(2025, 1, 7)); // a Tuesday
        QVERIFY(!ok->isEnabled());
        dialog.setSelectedDate(QDate(2025, 1, 13)); // another Monday: fine, if the analyst knows better
        QVERIFY(ok->isEnabled());
    }

    void assigningADateToAnUndatedLaunchAndUndoingIt()
    {
        Fixture f;
        EditController edits(&f.model);
        connect(&f.view, &TimelineView::assignDateRequested, &edits,
                [&edits](const QString &id, const QDate &d) { edits.assignDate(id, FuzzyDate::onDay(d)); });
        const QString id = QStringLiteral("monday");
        f.view.canvas()->showDates(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QVERIFY(f.view.tray()->assignDate(id, QDate(2025, 1, 6)));
        // The edit does not throw the analyst out of the month being read.
        QCOMPARE(f.view.firstVisibleDate(), QDate(2025, 1, 1));
        QCOMPARE(f.view.lastVisibleDate(), QDate(2025, 1, 31));

        // Dated now: off the tray, a dot on 6 January (no longer an inference).
        QCOMPARE(f.model.catalog().launch(id)->date.precision, DatePrecision::Day);
        QCOMPARE(f.model.catalog().launch(id)->date.earliest, QDate(2025, 1, 6));
        QVERIFY(!f.view.tray()->launchIds().contains(id));
        const TimelineRenderer &r = f.view.canvas()->renderer();
        const LaneLayout &lay = r.layout(f.view.canvas()->paintRect());
        const int mark = lay.markOfItem(r.indexOf(id));
        QVERIFY(mark >= 0);
        QVERIFY(lay.marks[mark].point);
        QVERIFY(!lay.marks[mark].inference);
        // The machine's reading is kept beside the analyst's.
        QVERIFY(!f.model.machineLaunch(id)->date.isKnown());

        edits.undoStack()->undo();
        QVERIFY(!f.model.catalog().launch(id)->date.isKnown());
        QVERIFY(f.view.tray()->launchIds().contains(id));
        const LaneLayout &after = r.layout(f.view.canvas()->paintRect());
        const int again = after.markOfItem(r.indexOf(id));
        QVERIFY(again >= 0);
        QVERIFY(after.marks[again].inference); // back to an inference

        edits.undoStack()->redo();
        QVERIFY(!f.view.tray()->launchIds().contains(id));
    }

    void playbackBoundsTheDateWindow()
    {
        Fixture f;
        QSignalSpy window(&f.view, &TimelineView::dateWindowChanged);
        PlaybackBar *play = f.view.playback();
        play->step(+1); // one week in: the cursor at 7 Jan
        QCOMPARE(play->cursor(), QDate(2025, 1, 7));
        QVERIFY(!window.isEmpty());
        QCOMPARE(window.last().at(0).toDate(), QDate(2025, 1, 1));
        QCOMPARE(window.last().at(1).toDate(), QDate(2025, 1, 7));
        QCOMPARE(f.view.canvas()->renderer().cursor(), QDate(2025, 1, 7));

        play->setSpeedIndex(2);
        play->play();
        QVERIFY(play->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(play->cursor() >= QDate(2025, 1, 20), 5000);
        play->pause();
        QVERIFY(!play->isPlaying());
        QCOMPARE(window.last().at(1).toDate(), play->cursor());

        play->stop();
        QVERIFY(!play->cursor().isValid());
        QCOMPARE(window.last().at(1).toDate(), f.view.lastVisibleDate());
    }

    // Not a check: a picture of the pane to look at (set ATLAS_TIMELINE_SHOT to a path).
    void writesScreenshotOnRequest()
    {
        const QString path = qEnvironmentVariable("ATLAS_TIMELINE_SHOT");
        if (path.isEmpty())
            QSKIP("set ATLAS_TIMELINE_SHOT to write the picture");
        Fixture f;
        f.view.resize(1500, 330);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.selectLaunch(QStringLiteral("early-may"));
        QVERIFY(f.view.grab().save(path));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
