// Desktop conventions (issue 9): the standard shortcuts exist, Find finds launches,
// places, actors and article text, the first-run hint shows once and goes away, the
// window is usable from the keyboard alone (Tab reaches every pane and never gets
// stuck), and every control the keyboard reaches has an accessible name.
#include "model/LaunchListModel.h"
#include "widgets/CatalogLoader.h"
#include "widgets/DarkPalette.h"
#include "widgets/FindBar.h"
#include "widgets/FirstRunHint.h"
#include "widgets/LibraryActions.h"
#include "widgets/MainWindow.h"
#include "widgets/SaveCopyAction.h"
#include "store/Library.h"
#include "widgets/StandardShortcuts.h"
#include "widgets/MapView.h"
#include "widgets/ReactionsPanel.h"
#include "widgets/TimelineView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace atlas;

namespace {
Catalog smallCatalog()
{
    Catalog c;
    Article a;
    a.id = QStringLiteral("A1");
    a.filePath = QStringLiteral("/news/a1.txt");
    a.title = QStringLiteral("North Korea fires hypersonic missile");
    a.text = QStringLiteral("North Korea fires hypersonic missile\n"
                            "The missile flew 1,100 km with a glide vehicle, the JCS said.\n"
                            "Prime Minister Shigeru Ishiba called it an outrage.");
    c.articles << a;

    LaunchEvent wonsan;
    wonsan.id = QStringLiteral("L1");
    wonsan.date = FuzzyDate::onDay(QDate(2025, 5, 8));
    wonsan.classes = {QStringLiteral("SRBM")};
    wonsan.names = {QStringLiteral("Hwasong-11")};
    wonsan.site.name = QStringLiteral("Wonsan");
    wonsan.site.text = QStringLiteral("near Wonsan");
    LaunchEvent pyongyang;
    pyongyang.id = QStringLiteral("L2");
    pyongyang.date = FuzzyDate::onDay(QDate(2025, 1, 6));
    pyongyang.classes = {QStringLiteral("hypersonic")};
    pyongyang.site.name = QStringLiteral("Pyongyang");
    c.launches = {wonsan, pyongyang};

    Reaction r;
    r.id = QStringLiteral("R1");
    r.launchId = QStringLiteral("L2");
    r.articleId = QStringLiteral("A1");
    r.actor = QStringLiteral("Japan");
    r.person = QStringLiteral("Shigeru Ishiba");
    r.role = QStringLiteral("Prime Minister");
    r.stance = Stance::Condemn;
    c.reactions = {r};
    return c;
}

QList<QAction *> allActions(const MainWindow &w) { return w.findChildren<QAction *>(); }

// The pane a widget belongs to, by the object that holds it.
QString paneOf(const MainWindow &w, QWidget *widget)
{
    if (!widget)
        return {};
    const QList<QPair<QWidget *, QString>> panes{
        {w.mapView(), QStringLiteral("map")},
        {w.timelineView(), QStringLiteral("timeline")},
        {w.reactionsPanel(), QStringLiteral("reactions")},
        {w.findChild<QWidget *>(QStringLiteral("articleView")), QStringLiteral("article")},
        {w.findChild<QWidget *>(QStringLiteral("launchDetails")), QStringLiteral("details")},
        {w.findBar(), QStringLiteral("find")}};
    for (const auto &p : panes) {
        if (p.first && (p.first == widget || p.first->isAncestorOf(widget)))
            return p.second;
    }
    return {};
}

// Mean grey level (0 black .. 255 white) of what a widget shows on screen.
double meanLightness(QWidget *w)
{
    const QImage img = w->grab().toImage();
    if (img.isNull())
        return -1;
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); y += 3) {
        for (int x = 0; x < img.width(); x += 3) {
            sum += qGray(img.pixel(x, y));
            ++n;
        }
    }
    return n ? sum / n : -1;
}

QString describe(QWidget *w)
{
    return w ? QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
             : QStringLiteral("(none)");
}
} // namespace

class TestDesktopConventions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopconventions"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void standardShortcuts_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Open") << int(QKeySequence::Open);
        QTest::newRow("Save") << int(QKeySequence::Save);
        QTest::newRow("Undo") << int(QKeySequence::Undo);
        QTest::newRow("Redo") << int(QKeySequence::Redo);
        QTest::newRow("Find") << int(QKeySequence::Find);
        QTest::newRow("Quit") << int(QKeySequence::Quit);
        QTest::newRow("FullScreen") << int(QKeySequence::FullScreen);
    }

    void standardShortcuts()
    {
        QFETCH(int, key);
        LaunchListModel model;
        MainWindow window(&model);
        // The platform's binding; where it has none (Quit, Full Screen on Qt's offscreen
        // platform), the usual Linux key, which standardShortcuts() supplies.
        QList<QKeySequence> expected = QKeySequence::keyBindings(QKeySequence::StandardKey(key));
        if (expected.isEmpty())
            expected = atlas::standardShortcuts(QKeySequence::StandardKey(key));
        QVERIFY2(!expected.isEmpty(), "no key for this standard action");
        QAction *found = nullptr;
        for (QAction *a : allActions(window)) {
            if (a->shortcuts().contains(expected.first()))
                found = a;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no action has %1").arg(expected.first().toString())));
        // The action is in a menu, so it can be found without knowing the key.
        QVERIFY2(!found->associatedObjects().isEmpty(), qPrintable(found->text()));
        QVERIFY2(!found->text().isEmpty(), "the action has no text");
    }

    void saveWritesACopyOfTheLibrary()
    {
        // Edits save themselves; Ctrl+S writes a copy of the open library to keep or share.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LaunchListModel model;
        MainWindow window(&model);
        auto *save = window.findChild<SaveCopyAction *>(QStringLiteral("actionSaveCopy"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled()); // no library yet
        const QString libraryPath = dir.filePath(QStringLiteral("work.atlas"));
        QVERIFY(window.libraryActions()->createLibrary(libraryPath));
        QVERIFY(save->isEnabled());

        QString error;
        QVERIFY2(!save->saveCopyTo(libraryPath, &error), "wrote over the open library");
        QVERIFY(!error.isEmpty());
        const QString copyPath = dir.filePath(QStringLiteral("copy.atlas"));
        QVERIFY2(save->saveCopyTo(copyPath, &error), qPrintable(error));
        Library copy;
        QVERIFY2(copy.open(copyPath, &error), qPrintable(error));
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
    }

    void ctrlFOpensFind()
    {
        LaunchListModel model;
        MainWindow window(&model);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QTest::keySequence(&window, QKeySequence(QKeySequence::Find));
        QVERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), window.findBar()->searchField());
        // Escape in the field closes it again.
        QTest::keyClick(window.findBar()->searchField(), Qt::Key_Escape);
        QVERIFY(!dock->isVisible());
    }

    void findsLaunchByPlace()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        FindBar *find = window.findBar();
        find->setQuery(QStringLiteral("wonsan"));
        int placeRow = -1;
        for (int i = 0; i < find->hits().size(); ++i) {
            if (find->hits().at(i).kind == SearchHit::Kind::Place)
                placeRow = i;
        }
        QVERIFY2(placeRow >= 0, "no place hit for Wonsan");
        QCOMPARE(find->hits().at(placeRow).launchId, QStringLiteral("L1"));
        QCOMPARE(find->resultList()->count(), int(find->hits().size()));
        // Nothing about Pyongyang's launch matches "wonsan".
        for (const SearchHit &h : find->hits())
            QVERIFY(h.launchId != QStringLiteral("L2"));

        find->choose(placeRow);
        QCOMPARE(window.selectionModel()->currentIndex().row(), model.rowOf(QStringLiteral("L1")));
        QVERIFY(window.selectionModel()->isSelected(model.index(model.rowOf(QStringLiteral("L1")))));
    }

    void findsLaunchByClassAndActor()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        FindBar *find = window.findBar();
        find->setQuery(QStringLiteral("Hwasong"));
        QVERIFY(!find->hits().isEmpty());
        QCOMPARE(find->hits().first().kind, SearchHit::Kind::Launch);
        QCOMPARE(find->hits().first().launchId, QStringLiteral("L1"));

        find->setQuery(QStringLiteral("ishiba"));
        int actorRow = -1;
        for (int i = 0; i < find->hits().size(); ++i) {
            if (find->hits().at(i).kind == SearchHit::Kind::Actor)
                actorRow = i;
        }
        QVERIFY2(actorRow >= 0, "no actor hit for Ishiba");
        // The list item shows who reacted, readable without the data.
        QVERIFY(find->resultList()->item(actorRow)->text().contains(QStringLiteral("Japan")));
        find->choose(actorRow);
        QCOMPARE(window.selectionModel()->currentIndex().row(), model.rowOf(QStringLiteral("L2")));
    }

    void findsArticleByWord()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        FindBar *find = window.findBar();
        QSignalSpy opened(find, &FindBar::articleRequested);
        // Typing goes through the field, as a user would; results follow after a short pause.
        find->searchField()->clear();
        QTest::keyClicks(find->searchField(), QStringLiteral("GLIDE"));
        QTRY_VERIFY(!find->hits().isEmpty());
        const SearchHit hit = find->hits().first();
        QCOMPARE(hit.kind, SearchHit::Kind::Article);
        QCOMPARE(hit.articleId, QStringLiteral("A1"));
        const QString text = model.catalog().articles.first().text;
        QCOMPARE(text.mid(hit.start, hit.end - hit.start), QStringLiteral("glide"));
        QVERIFY(hit.context.contains(QStringLiteral("glide vehicle")));

        // Enter opens the first result: the article, at the match.
        QTest::keyClick(find->searchField(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toString(), QStringLiteral("A1"));
        QCOMPARE(opened.first().at(1).toInt(), hit.start);
        QCOMPARE(opened.first().at(2).toInt(), hit.end);

        find->setQuery(QStringLiteral("no such words anywhere"));
        QVERIFY(find->hits().isEmpty());
    }

    void firstRunHintShownOnceAndDismissible()
    {
        FirstRunHint::forgetShown();
        {
            LaunchListModel model;
            MainWindow window(&model);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            FirstRunHint *hint = window.firstRunHint();
            QVERIFY(hint);
            QVERIFY(hint->isVisible());
            // Inside the map, and not covering all of it.
            QVERIFY(window.mapView()->rect().contains(hint->geometry()));
            QVERIFY(hint->width() < window.mapView()->width());
            QTest::mouseClick(hint->dismissButton(), Qt::LeftButton);
            QVERIFY(!hint->isVisible());
        }
        {
            LaunchListModel model;
            MainWindow window(&model);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(!window.firstRunHint()->isVisible(), "the hint came back on the second run");
            // Help → Getting Started brings it back; Escape dismisses it.
            auto *again = window.findChild<QAction *>(QStringLiteral("actionGettingStarted"));
            QVERIFY(again);
            again->trigger();
            QVERIFY(window.firstRunHint()->isVisible());
            window.firstRunHint()->dismissButton()->setFocus();
            QTest::keyClick(window.firstRunHint()->dismissButton(), Qt::Key_Escape);
            QVERIFY(!window.firstRunHint()->isVisible());
        }
    }

    void opensWithFirstLaunchSelected()
    {
        LaunchListModel model;
        MainWindow window(&model);
        QSignalSpy done(window.loader(), &CatalogLoader::finished);
        window.openBundledArticles();
        QVERIFY(done.wait(60000));
        QVERIFY(model.rowCount() > 0);
        // The first launch an article reports first-hand (the bundled corpus's
        // earliest row is a launch only mentioned in passing).
        int firstPrimary = -1;
        for (int r = 0; firstPrimary < 0 && r < model.rowCount(); ++r) {
            if (model.launchAt(r)->role == LaunchRole::Primary)
                firstPrimary = r;
        }
        QVERIFY(firstPrimary >= 0);
        QTRY_COMPARE(window.selectionModel()->currentIndex().row(), firstPrimary);
        QVERIFY(window.selectionModel()->isSelected(model.index(firstPrimary)));
        QCOMPARE(model.launchAt(firstPrimary)->role, LaunchRole::Primary);
    }

    void reloadKeepsTheSelectedLaunch()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        QTRY_VERIFY(window.selectionModel()->hasSelection());
        const int wonsan = model.rowOf(QStringLiteral("L1"));
        QVERIFY(wonsan != 0);
        window.selectionModel()->setCurrentIndex(model.index(wonsan), QItemSelectionModel::ClearAndSelect);
        // A reload (an import, a library opened again) resets the model and its selection.
        model.setCatalog(smallCatalog());
        QTRY_COMPARE(window.selectionModel()->currentIndex().row(), model.rowOf(QStringLiteral("L1")));
        QVERIFY(window.selectionModel()->isSelected(model.index(model.rowOf(QStringLiteral("L1")))));
        // When that launch is gone, the first one is selected.
        Catalog without = smallCatalog();
        without.launches.removeFirst();
        model.setCatalog(without);
        QTRY_COMPARE(window.selectionModel()->currentIndex().row(), 0);
    }

    void tabReachesEveryPane()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.firstRunHint()->dismiss();

        QSet<QString> reached;
        QVector<QWidget *> order;
        QWidget *start = QApplication::focusWidget();
        if (!start) {
            QTest::keyClick(&window, Qt::Key_Tab);
            start = QApplication::focusWidget();
        }
        QVERIFY2(start, "Tab gives no widget the focus");
        QWidget *previous = start;
        bool cycled = false;
        // A text browser moves through its links with Tab before it lets go: allow that,
        // but not a widget that keeps the focus for good (a trap).
        const int kMaxTabsInOneWidget = 40;
        int sameWidget = 0;
        for (int i = 0; i < 400 && !cycled; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY2(now, "focus left the window");
            sameWidget = now == previous ? sameWidget + 1 : 0;
            QVERIFY2(sameWidget < kMaxTabsInOneWidget,
                     qPrintable(QStringLiteral("Tab is stuck on %1").arg(describe(now))));
            if (sameWidget > 0)
                continue;
            QVERIFY2(window.isAncestorOf(now), qPrintable(describe(now)));
            const QString pane = paneOf(window, now);
            if (!pane.isEmpty())
                reached.insert(pane);
            cycled = now == start;
            order << now;
            previous = now;
        }
        QVERIFY2(cycled, "Tab never came back to where it started");
        QStringList names;
        for (QWidget *w : order)
            names << describe(w);
        // Details shares a tabbed dock with the reactions: Tab reaches the tab bar, and
        // the arrow keys switch tabs, so it is checked with its tab raised below.
        for (const char *pane : {"map", "timeline", "reactions", "article"})
            QVERIFY2(reached.contains(QLatin1String(pane)),
                     qPrintable(QStringLiteral("Tab never reaches the %1 pane; it visits: %2")
                                    .arg(QLatin1String(pane), names.join(QStringLiteral(", ")))));

        // Shift+Tab walks back the same way.
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != before);
    }

    void keyboardReachesTabbedDetails()
    {
        // The details pane sits in a tab beside the reactions. From the keyboard: Tab to
        // the dock's tab bar, arrow to "Details", Tab into it.
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.firstRunHint()->dismiss();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
        if (!dock)
            QSKIP("no details pane in this window");
        const QString detailsTitle = dock->windowTitle();

        auto tabUntil = [&](auto reached) {
            for (int i = 0; i < 400; ++i) {
                QWidget *now = QApplication::focusWidget();
                if (now && reached(now))
                    return true;
                QTest::keyClick(now ? now : static_cast<QWidget *>(&window), Qt::Key_Tab);
            }
            return false;
        };
        QTabBar *bar = nullptr;
        QVERIFY2(tabUntil([&](QWidget *w) {
                     auto *tabs = qobject_cast<QTabBar *>(w);
                     for (int i = 0; tabs && i < tabs->count(); ++i) {
                         if (tabs->tabText(i) == detailsTitle)
                             bar = tabs;
                     }
                     return bar != nullptr;
                 }),
                 "Tab never reaches the tab bar that holds Details");
        for (int i = 0; i < bar->count() && bar->tabText(bar->currentIndex()) != detailsTitle; ++i)
            QTest::keyClick(bar, Qt::Key_Right);
        QCOMPARE(bar->tabText(bar->currentIndex()), detailsTitle);
        QVERIFY2(tabUntil([&](QWidget *w) { return paneOf(window, w) == QLatin1String("details"); }),
                 "Tab never reaches the details pane");
    }

    void focusableControlsHaveAccessibleNames()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *find = window.findChild<QAction *>(QStringLiteral("actionFind"));
        QVERIFY(find);
        find->trigger(); // the Find pane's controls count too
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // Viewports and the inner parts of composite widgets speak through their owner.
            if (w->focusProxy())
                continue;
            // On Linux a combo box's accessible "name" is its current value, so a
            // combo box must be named explicitly; other controls may take theirs from
            // their text (a button's label).
            QString name = w->accessibleName();
            if (name.isEmpty() && !qobject_cast<QComboBox *>(w)) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                name = iface ? iface->text(QAccessible::Name) : QString();
            }
            if (name.trimmed().isEmpty())
                unnamed << describe(w);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(u',')));
    }

    void panesFollowThePalette()
    {
        // The map and the timeline paint with the application's palette, and repaint
        // when it changes (a desktop switching to dark mode while the app runs).
        const QPalette original = QApplication::palette();
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(smallCatalog());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.firstRunHint()->dismiss();
        QVERIFY(!isDarkPalette(original));
        const double lightMap = meanLightness(window.mapView());
        const double lightTimeline = meanLightness(window.timelineView());
        QVERIFY2(lightMap > 140, qPrintable(QString::number(lightMap)));
        QVERIFY2(lightTimeline > 140, qPrintable(QString::number(lightTimeline)));

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        const double darkMap = meanLightness(window.mapView());
        const double darkTimeline = meanLightness(window.timelineView());
        QApplication::setPalette(original);
        QVERIFY2(darkMap < 100, qPrintable(QStringLiteral("map stays light in a dark palette: %1").arg(darkMap)));
        QVERIFY2(darkTimeline < 100,
                 qPrintable(QStringLiteral("timeline stays light in a dark palette: %1").arg(darkTimeline)));
    }

    void menuCommandsExplainThemselves()
    {
        // Hovering or moving through a menu says in the status bar what a command does.
        LaunchListModel model;
        MainWindow window(&model);
        QStringList silent;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu()) {
                    walk(a->menu());
                    continue;
                }
                if (a->statusTip().trimmed().isEmpty())
                    silent << menu->title().remove(QLatin1Char('&')) + QStringLiteral(" → ") + a->text().remove(QLatin1Char('&'));
            }
        };
        for (QAction *top : window.menuBar()->actions())
            walk(top->menu());
        QVERIFY2(silent.isEmpty(), qPrintable(QStringLiteral("no status tip: ") + silent.join(QStringLiteral("; "))));
    }

    void menusWorkFromTheKeyboard()
    {
        LaunchListModel model;
        MainWindow window(&model);
        QSet<QChar> mnemonics;
        for (QAction *top : window.menuBar()->actions()) {
            const QString title = top->text();
            const int amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(QStringLiteral("no Alt key: ") + title));
            const QChar key = title.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("Alt+%1 is used twice").arg(key)));
            mnemonics.insert(key);
            // Every command in the menu has words a screen reader can say and a tip in the status bar
            // or its own text; separators and submenus aside.
            for (QAction *a : top->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(!a->text().isEmpty(), qPrintable(QStringLiteral("an action without text in ") + title));
            }
        }
    }
};

QTEST_MAIN(TestDesktopConventions)
#include "tst_desktopconventions.moc"
