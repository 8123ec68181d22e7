// The reactions panel: grouping by country, filtering by launch, date window,
// stance and country, days after the launch, and a click asking for the
// reaction's article at its sentence.
#include "model/LaunchListModel.h"
#include "widgets/ReactionsPanel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace atlas;

namespace {

Reaction reaction(const QString &id, const QString &launch, const QString &actor, Stance stance,
                  const FuzzyDate &date = {}, const QString &article = QStringLiteral("a1"))
{
    Reaction r;
    r.id = id;
    r.launchId = launch;
    r.articleId = article;
    r.actor = actor;
    r.stance = stance;
    r.date = date;
    r.person = QStringLiteral("Person ") + id;
    r.role = QStringLiteral("Minister");
    r.quote = QStringLiteral("words of ") + id;
    r.evidence = {Evidence{article, QStringLiteral("reaction"), 10, 40, {}},
                  Evidence{article, QStringLiteral("quote"), 20, 30, {}}};
    return r;
}

// Jan: 14 Jan 2025 launch with four reactions; Nov: 5 Nov 2024; X: rejected.
Catalog catalog()
{
    Catalog c;
    Article a1;
    a1.id = QStringLiteral("a1");
    a1.publicationDate = QDate(2025, 1, 14);
    Article a2;
    a2.id = QStringLiteral("a2");
    a2.publicationDate = QDate(2024, 11, 6);
    c.articles = {a1, a2};
    LaunchEvent jan;
    jan.id = QStringLiteral("Jan");
    jan.date = FuzzyDate::onDay(QDate(2025, 1, 14));
    LaunchEvent nov;
    nov.id = QStringLiteral("Nov");
    nov.date = FuzzyDate::onDay(QDate(2024, 11, 5));
    LaunchEvent rejected;
    rejected.id = QStringLiteral("X");
    rejected.date = FuzzyDate::onDay(QDate(2025, 1, 10));
    rejected.rejected = true;
    c.launches = {jan, nov, rejected};
    const FuzzyDate day14 = FuzzyDate::onDay(QDate(2025, 1, 14));
    c.reactions = {
        reaction(QStringLiteral("r1"), QStringLiteral("Jan"), QStringLiteral("United States"), Stance::Condemn, day14),
        reaction(QStringLiteral("r2"), QStringLiteral("Jan"), QStringLiteral("Japan"), Stance::Protest,
                 FuzzyDate::onDay(QDate(2025, 1, 16))),
        reaction(QStringLiteral("r3"), QStringLiteral("Jan"), QStringLiteral("South Korea"), Stance::Condemn, day14),
        reaction(QStringLiteral("r4"), QStringLiteral("Jan"), QStringLiteral("South Korea"), Stance::Cooperation),
        reaction(QStringLiteral("r5"), QStringLiteral("Nov"), QStringLiteral("Japan"), Stance::Condemn, {},
                 QStringLiteral("a2")),
        reaction(QStringLiteral("r6"), QStringLiteral("X"), QStringLiteral("Japan"), Stance::Concern),
        reaction(QStringLiteral("r7"), QString(), QStringLiteral("Russia"), Stance::Support, {},
                 QStringLiteral("a2"))};
    return c;
}

QStringList describe(const QVector<ReactionGroup> &groups)
{
    QStringList out;
    for (const ReactionGroup &g : groups) {
        QStringList ids;
        for (const Reaction *r : g.reactions)
            ids << r->id;
        out << g.country + QLatin1Char(':') + ids.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

class TestReactionsPanel : public QObject {
    Q_OBJECT
private slots:
    void groupsByCountry_data()
    {
        QTest::addColumn<QString>("launch");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("stance"); // empty: all
        QTest::addColumn<QString>("country");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one launch") << "Jan" << QDate() << QDate() << "" << ""
                                    << QStringList{"Japan:r2", "South Korea:r3,r4", "United States:r1"};
        QTest::newRow("all launches, not the rejected one")
            << "" << QDate() << QDate() << "" << ""
            << QStringList{"Japan:r5,r2", "Russia:r7", "South Korea:r3,r4", "United States:r1"};
        QTest::newRow("window: January only") << "" << QDate(2025, 1, 1) << QDate(2025, 1, 31) << "" << ""
                                              << QStringList{"Japan:r2", "South Korea:r3,r4", "United States:r1"};
        QTest::newRow("window: November, with the unlinked reaction by its article's date")
            << "" << QDate(2024, 11, 1) << QDate(2024, 11, 30) << "" << "" << QStringList{"Japan:r5", "Russia:r7"};
        QTest::newRow("stance") << "Jan" << QDate() << QDate() << "condemn" << ""
                                << QStringList{"South Korea:r3", "United States:r1"};
        QTest::newRow("country") << "" << QDate() << QDate() << "" << "Japan" << QStringList{"Japan:r5,r2"};
        QTest::newRow("stance and country, nothing") << "Jan" << QDate() << QDate() << "support" << "Japan"
                                                     << QStringList{};
    }
    void groupsByCountry()
    {
        QFETCH(QString, launch);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, stance);
        QFETCH(QString, country);
        QFETCH(QStringList, expected);
        ReactionFilter f;
        f.launchId = launch;
        f.from = from;
        f.to = to;
        f.country = country;
        Stance s;
        if (stanceFromName(stance, &s))
            f.stances = {s};
        const Catalog c = catalog();
        QCOMPARE(describe(ReactionsPanel::group(c, f)), expected);
    }

    void daysAfterLaunch()
    {
        const Catalog c = catalog();
        const LaunchEvent *jan = c.launch(QStringLiteral("Jan"));
        QCOMPARE(ReactionsPanel::daysAfterLaunch(c.reactions.at(0), jan), QStringLiteral("same day"));
        QCOMPARE(ReactionsPanel::daysAfterLaunch(c.reactions.at(1), jan), QStringLiteral("+2 days"));
        QVERIFY(ReactionsPanel::daysAfterLaunch(c.reactions.at(3), jan).isEmpty()); // undated reaction
        Reaction lateMonth = c.reactions.at(0);
        lateMonth.date = FuzzyDate::between(QDate(2025, 1, 21), QDate(2025, 1, 31), DatePrecision::PartOfMonth);
        QVERIFY(ReactionsPanel::daysAfterLaunch(lateMonth, jan).startsWith(QStringLiteral("about")));
    }

    void followsSelectionFiltersAndWindow()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ReactionsPanel panel(&model, &selection);
        model.setCatalog(catalog());
        QCOMPARE(panel.groups().size(), 4); // nothing selected: every launch
        selection.setCurrentIndex(model.index(model.rowOf(QStringLiteral("Jan"))), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(panel.shownLaunchId(), QStringLiteral("Jan"));
        QCOMPARE(describe(panel.groups()), (QStringList{"Japan:r2", "South Korea:r3,r4", "United States:r1"}));
        const Stance condemn = Stance::Condemn;
        panel.setStanceFilter(&condemn);
        QCOMPARE(describe(panel.groups()), (QStringList{"South Korea:r3", "United States:r1"}));
        panel.setCountryFilter(QStringLiteral("South Korea"));
        QCOMPARE(describe(panel.groups()), QStringList{"South Korea:r3"});
        panel.setStanceFilter(nullptr);
        panel.setCountryFilter({});
        selection.clearCurrentIndex();
        QVERIFY(panel.shownLaunchId().isEmpty());
        panel.setDateWindow(QDate(2024, 11, 1), QDate(2024, 11, 30));
        QCOMPARE(describe(panel.groups()), (QStringList{"Japan:r5", "Russia:r7"}));

        // The tree shows one row per country and per reaction.
        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("reactionsTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    }

    void clickOpensTheSentence()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ReactionsPanel panel(&model, &selection);
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        model.setCatalog(catalog());
        selection.setCurrentIndex(model.index(model.rowOf(QStringLiteral("Jan"))), QItemSelectionModel::ClearAndSelect);
        QSignalSpy requested(&panel, &ReactionsPanel::articleRequested);
        QSignalSpy activated(&panel, &ReactionsPanel::reactionActivated);

        auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("reactionsTree"));
        QTreeWidgetItem *japan = tree->topLevelItem(0);
        QTreeWidgetItem *r2 = japan->child(0);
        const QRect rect = tree->visualItemRect(r2);
        QVERIFY(rect.height() > tree->visualItemRect(japan).height()); // the quote wraps below
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("r2"));
        QCOMPARE(requested.count(), 1);
        // The "reaction" evidence: the whole sentence, not the quote inside it.
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("a1"));
        QCOMPARE(requested.first().at(1).toInt(), 10);
        QCOMPARE(requested.first().at(2).toInt(), 40);

        // Clicking a country row asks for nothing.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(japan).center());
        QCOMPARE(requested.count(), 1);
    }
};

QTEST_MAIN(TestReactionsPanel)
#include "tst_reactionspanel.moc"
