// The main window opens on the bundled articles with three panes that share one
// selection: selecting a launch anywhere selects it everywhere.
#include "model/LaunchListModel.h"
#include "widgets/AboutDialog.h"
#include "widgets/CatalogLoader.h"
#include "widgets/MainWindow.h"
#include "widgets/MapView.h"
#include "widgets/ReactionsPanel.h"
#include "widgets/TimelineView.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

using namespace atlas;

namespace {
Catalog twoLaunches()
{
    Catalog c;
    LaunchEvent a;
    a.id = QStringLiteral("L1");
    a.date = FuzzyDate::onDay(QDate(2025, 1, 14));
    a.classes = {QStringLiteral("SRBM")};
    LaunchEvent b;
    b.id = QStringLiteral("L2");
    b.date = FuzzyDate::onDay(QDate(2025, 1, 6));
    b.classes = {QStringLiteral("IRBM")};
    c.launches = {a, b};
    Reaction r;
    r.id = QStringLiteral("R1");
    r.launchId = QStringLiteral("L1");
    r.actor = QStringLiteral("Japan");
    r.stance = Stance::Condemn;
    c.reactions = {r};
    return c;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void opensBundledArticlesWithThreePanes()
    {
        LaunchListModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(window.timelineView());
        QVERIFY(window.mapView());
        QVERIFY(window.reactionsPanel());
        QVERIFY(window.timelineView()->isVisible());
        QVERIFY(window.mapView()->isVisible());
        QVERIFY(window.reactionsPanel()->isVisible());

        QSignalSpy done(window.loader(), &CatalogLoader::finished);
        window.openBundledArticles();
        QVERIFY(done.wait(60000));
        QCOMPARE(model.catalog().articles.size(), 5);
        QVERIFY(model.catalog().problems.isEmpty());
    }

    void panesShareOneSelection()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(twoLaunches());
        QCOMPARE(model.rowCount(), 2);
        // Chronological: the 6 January launch comes first.
        QCOMPARE(model.launchAt(0)->id, QStringLiteral("L2"));

        const int row = model.rowOf(QStringLiteral("L1"));
        window.selectionModel()->setCurrentIndex(model.index(row), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(window.reactionsPanel()->shownLaunchId(), QStringLiteral("L1"));

        // Every pane was handed the very same selection model.
        const auto views = window.findChildren<QAbstractItemView *>();
        int sharing = 0;
        for (QAbstractItemView *v : views) {
            if (v->model() == &model) {
                QCOMPARE(v->selectionModel(), window.selectionModel());
                ++sharing;
            }
        }
        // The drawn map is not an item view, but it holds the same selection.
        QCOMPARE(window.mapView()->selectionModel(), window.selectionModel());
        ++sharing;
        QVERIFY(sharing >= 1);
    }

    void viewMenuTogglesPanes()
    {
        LaunchListModel model;
        MainWindow window(&model);
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
        QVERIFY(dock);
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
        window.findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
        QVERIFY(dock->isVisible());
    }

    void aboutNamesTheDataSources()
    {
        // The Designer form (ui/AboutDialog.ui) carries the bundled attribution.
        AboutDialog about;
        QVERIFY(about.attributionText().contains(QLatin1String("Natural Earth")));
        QVERIFY(about.attributionText().contains(QLatin1String("GeoNames")));
        QVERIFY(about.attributionText().contains(QLatin1String("not the legal exclusive economic zone")));
        QVERIFY(about.findChild<QDialogButtonBox *>(QStringLiteral("buttons")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
