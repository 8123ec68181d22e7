// Analyst edits: each kind applied over the machine catalog and taken back,
// merge and split keeping every source, the JSON form, and the shared model
// keeping its selection through a correction.
#include "model/AnalystEdit.h"
#include "model/LaunchListModel.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace atlas;

namespace {

Evidence ev(const QString &article, const QString &field, int start, int end)
{
    return Evidence{article, field, start, end, QStringLiteral("x")};
}

LaunchMention mention(const QString &article, LaunchRole role, const FuzzyDate &date, double km,
                      const QString &claimant, const QStringList &classes)
{
    LaunchMention m;
    m.articleId = article;
    m.role = role;
    m.date = date;
    m.distanceKm.value = km;
    m.claimant = claimant;
    m.classes = classes;
    m.evidence = {ev(article, QStringLiteral("date"), 0, 5), ev(article, QStringLiteral("distance"), 10, 20)};
    return m;
}

Reaction reaction(const QString &id, const QString &article, const QString &launch, const QString &actor)
{
    Reaction r;
    r.id = id;
    r.articleId = article;
    r.launchId = launch;
    r.actor = actor;
    r.stance = Stance::Condemn;
    return r;
}

// L1: two accounts (a1 by JCS: 1,100 km; a2 by KCNA: 1,500 km). L2: undated, from a3.
// L3: 5 Nov 2024, from a4.
Catalog machine()
{
    Catalog c;
    for (const char *id : {"a1", "a2", "a3", "a4"}) {
        Article a;
        a.id = QString::fromLatin1(id);
        a.text = QStringLiteral("Some text of the article that is long enough for spans.");
        c.articles << a;
    }
    LaunchEvent l1;
    l1.id = QStringLiteral("L1");
    l1.mentions = {mention(QStringLiteral("a1"), LaunchRole::Primary, FuzzyDate::onDay(QDate(2025, 1, 6)), 1100,
                           QStringLiteral("JCS"), {QStringLiteral("MRBM"), QStringLiteral("IRBM")}),
                   mention(QStringLiteral("a2"), LaunchRole::Mentioned, FuzzyDate::onDay(QDate(2025, 1, 6)), 1500,
                           QStringLiteral("KCNA"), {QStringLiteral("hypersonic")})};
    summarizeMentions(&l1);
    LaunchEvent l2;
    l2.id = QStringLiteral("L2");
    l2.mentions = {mention(QStringLiteral("a3"), LaunchRole::Primary, FuzzyDate::unknown(1), 800,
                           QStringLiteral("JCS"), {QStringLiteral("SRBM")})};
    summarizeMentions(&l2);
    LaunchEvent l3;
    l3.id = QStringLiteral("L3");
    l3.mentions = {mention(QStringLiteral("a4"), LaunchRole::Primary, FuzzyDate::onDay(QDate(2024, 11, 5)), 400,
                           QStringLiteral("JCS"), {QStringLiteral("SRBM")})};
    summarizeMentions(&l3);
    c.launches = {l1, l2, l3};
    c.reactions = {reaction(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("L1"), QStringLiteral("Japan")),
                   reaction(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("L1"), QStringLiteral("Russia")),
                   reaction(QStringLiteral("r3"), QStringLiteral("a3"), QStringLiteral("L2"), QStringLiteral("South Korea"))};
    return c;
}

QStringList evidenceKeys(const Catalog &c)
{
    QStringList keys;
    for (const LaunchEvent &l : c.launches) {
        for (const Evidence &e : l.allEvidence())
            keys << QStringLiteral("%1:%2:%3").arg(e.articleId, e.field).arg(e.start);
    }
    keys.sort();
    return keys;
}

QStringList idsInRows(const LaunchListModel &m)
{
    QStringList ids;
    for (int i = 0; i < m.rowCount(); ++i)
        ids << m.launchAt(i)->id;
    return ids;
}

} // namespace

class TestAnalystEdit : public QObject {
    Q_OBJECT
private slots:
    void summarizedMachineLaunchHasConflicts()
    {
        const Catalog c = machine();
        const LaunchEvent *l1 = c.launch(QStringLiteral("L1"));
        QCOMPARE(l1->distanceKm.value, 1100.0); // the first-hand account
        QVERIFY(l1->hasConflict(QStringLiteral("distance")));
        QVERIFY(l1->hasConflict(QStringLiteral("class"))); // MRBM and IRBM in one account
        QCOMPARE(l1->role, LaunchRole::Primary);
    }

    void setEachField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("date") << QStringLiteral("date")
                              << QJsonValue(EditField::dateToJson(FuzzyDate::onDay(QDate(2025, 1, 7))))
                              << QStringLiteral("Tue 7 Jan 2025");
        Site site;
        site.name = QStringLiteral("Pyongyang");
        site.lat = 39.03;
        site.lon = 125.75;
        QTest::newRow("site") << QStringLiteral("site") << QJsonValue(EditField::siteToJson(site))
                              << QStringLiteral("Pyongyang");
        QTest::newRow("class") << QStringLiteral("class") << QJsonValue(QJsonArray{QStringLiteral("IRBM")})
                               << QStringLiteral("IRBM");
        Count two;
        two.min = two.max = 2;
        QTest::newRow("count") << QStringLiteral("count") << QJsonValue(EditField::countToJson(two))
                               << QStringLiteral("2");
        Quantity d;
        d.value = 1200;
        d.qualifier = QStringLiteral("about");
        QTest::newRow("distance") << QStringLiteral("distance") << QJsonValue(EditField::quantityToJson(d))
                                  << QStringLiteral("about 1200 km");
        Quantity a;
        a.value = 100;
        QTest::newRow("apogee") << QStringLiteral("apogee") << QJsonValue(EditField::quantityToJson(a))
                                << QStringLiteral("100 km");
        Splashdown s;
        s.sea = QStringLiteral("East Sea");
        s.eez = QStringLiteral("outside");
        QTest::newRow("splashdown") << QStringLiteral("splashdown") << QJsonValue(EditField::splashdownToJson(s))
                                    << QStringLiteral("East Sea, outside Japan's EEZ");
        QTest::newRow("names") << QStringLiteral("names") << QJsonValue(QJsonArray{QStringLiteral("Hwasong-16B")})
                               << QStringLiteral("Hwasong-16B");
    }
    void setEachField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedText);
        const Catalog m = machine();
        QString error;
        const AnalystEdit e = Edits::setField(m, QStringLiteral("L1"), field, value, QStringLiteral("why"), &error);
        QVERIFY2(!e.id.isEmpty(), qPrintable(error));
        QCOMPARE(e.kind, EditKind::SetField);
        QCOMPARE(e.analystText, expectedText);
        QCOMPARE(e.machineText, EditField::display(*m.launch(QStringLiteral("L1")), field));
        QVERIFY(e.machineText != e.analystText);
        QCOMPARE(e.when.timeSpec(), Qt::UTC);

        QStringList stale;
        const Catalog effective = applyEdits(m, {e}, &stale);
        QVERIFY(stale.isEmpty());
        QCOMPARE(EditField::display(*effective.launch(QStringLiteral("L1")), field), expectedText);
        // The machine catalog is untouched, and without the edit (undone) it is as read.
        QCOMPARE(EditField::display(*m.launch(QStringLiteral("L1")), field), e.machineText);
        QCOMPARE(EditField::display(*applyEdits(m, {}).launch(QStringLiteral("L1")), field), e.machineText);
    }

    void refusesWrongShapesAndUnknowns()
    {
        const Catalog m = machine();
        QString error;
        QVERIFY(Edits::setField(m, QStringLiteral("L1"), QStringLiteral("distance"), QJsonValue(5), {}, &error).id.isEmpty());
        QVERIFY(error.contains(QStringLiteral("wrong shape")));
        QVERIFY(Edits::setField(m, QStringLiteral("L1"), QStringLiteral("colour"), QJsonValue(QStringLiteral("red")), {}, &error).id.isEmpty());
        QVERIFY(Edits::setField(m, QStringLiteral("nope"), QStringLiteral("date"), QJsonValue(), {}, &error).id.isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
        Count bad;
        bad.min = 3;
        bad.max = 1;
        QVERIFY(Edits::setField(m, QStringLiteral("L1"), QStringLiteral("count"), EditField::countToJson(bad)).id.isEmpty());
        const FuzzyDate backwards = FuzzyDate::between(QDate(2025, 2, 1), QDate(2025, 1, 1), DatePrecision::Month);
        QVERIFY(Edits::assignDate(m, QStringLiteral("L2"), backwards).id.isEmpty());
    }

    void assignDateToUndatedLaunch()
    {
        const Catalog m = machine();
        QCOMPARE(m.chronological().last()->id, QStringLiteral("L2")); // undated sorts last
        const AnalystEdit e = Edits::assignDate(m, QStringLiteral("L2"), FuzzyDate::onDay(QDate(2024, 10, 1)));
        QCOMPARE(e.kind, EditKind::AssignDate);
        QCOMPARE(e.machineText, QStringLiteral("Monday (date unknown)"));
        const Catalog effective = applyEdits(m, {e});
        QCOMPARE(effective.chronological().first()->id, QStringLiteral("L2"));
        QCOMPARE(effective.launch(QStringLiteral("L2"))->date.earliest, QDate(2024, 10, 1));
    }

    void rejectHidesButKeeps()
    {
        const Catalog m = machine();
        const AnalystEdit e = Edits::reject(m, QStringLiteral("L3"), QStringLiteral("artillery, not a missile"));
        const Catalog effective = applyEdits(m, {e});
        QVERIFY(effective.launch(QStringLiteral("L3")));
        QVERIFY(effective.launch(QStringLiteral("L3"))->rejected);
        QCOMPARE(effective.chronological().size(), 2);
        QCOMPARE(applyEdits(m, {}).chronological().size(), 3);
    }

    void noteIsKept()
    {
        const Catalog m = machine();
        const AnalystEdit e = Edits::note(m, QStringLiteral("L1"), QStringLiteral("check the KCNA figure"));
        QCOMPARE(applyEdits(m, {e}).launch(QStringLiteral("L1"))->note, QStringLiteral("check the KCNA figure"));
        QVERIFY(m.launch(QStringLiteral("L1"))->note.isEmpty());
    }

    void mergeKeepsEverySource()
    {
        const Catalog m = machine();
        QString error;
        QVERIFY(Edits::merge(m, QStringLiteral("L1"), QStringLiteral("L1")).id.isEmpty());
        const AnalystEdit e = Edits::merge(m, QStringLiteral("L1"), QStringLiteral("L3"), {}, &error);
        QVERIFY2(!e.id.isEmpty(), qPrintable(error));
        const Catalog effective = applyEdits(m, {e});
        QVERIFY(!effective.launch(QStringLiteral("L3")));
        const LaunchEvent *kept = effective.launch(QStringLiteral("L1"));
        QCOMPARE(kept->articleIds(), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a4")}));
        QCOMPARE(evidenceKeys(effective), evidenceKeys(m));
        QCOMPARE(kept->distanceKm.value, 1100.0); // kept keeps its values
        QVERIFY(kept->hasConflict(QStringLiteral("date"))); // 6 Jan 2025 vs 5 Nov 2024
        QCOMPARE(effective.reactionsFor(QStringLiteral("L1")).size(), 2);
        QCOMPARE(effective.reactions.size(), m.reactions.size());
        QCOMPARE(effective.reactions.at(2).launchId, QStringLiteral("L2"));
    }

    void splitKeepsEverySource()
    {
        const Catalog m = machine();
        QVERIFY(Edits::split(m, QStringLiteral("L1"), {}).id.isEmpty());
        QVERIFY(Edits::split(m, QStringLiteral("L1"), {QStringLiteral("a1"), QStringLiteral("a2")}).id.isEmpty());
        const AnalystEdit e = Edits::split(m, QStringLiteral("L1"), {QStringLiteral("a2")});
        QCOMPARE(e.launchIds.size(), 2);
        const QString newId = e.launchIds.at(1);
        const Catalog effective = applyEdits(m, {e});
        QCOMPARE(effective.launches.size(), 4);
        const LaunchEvent *source = effective.launch(QStringLiteral("L1"));
        const LaunchEvent *part = effective.launch(newId);
        QVERIFY(part);
        QCOMPARE(source->articleIds(), QStringList{QStringLiteral("a1")});
        QCOMPARE(part->articleIds(), QStringList{QStringLiteral("a2")});
        QCOMPARE(evidenceKeys(effective), evidenceKeys(m));
        // Each is re-summarized from its own account: no more distance conflict.
        QCOMPARE(part->distanceKm.value, 1500.0);
        QCOMPARE(part->role, LaunchRole::Mentioned);
        QVERIFY(!source->hasConflict(QStringLiteral("distance")));
        QVERIFY(source->hasConflict(QStringLiteral("class"))); // still within a1
        QVERIFY(!part->hasConflict(QStringLiteral("class")));
        // The reaction read from a2 follows its account.
        QCOMPARE(effective.reactionsFor(newId).size(), 1);
        QCOMPARE(effective.reactionsFor(newId).first()->id, QStringLiteral("r2"));

        // Merging the part back gives one launch with both accounts again.
        const AnalystEdit back = Edits::merge(effective, QStringLiteral("L1"), newId);
        const Catalog again = applyEdits(m, {e, back});
        QCOMPARE(again.launches.size(), 3);
        QCOMPARE(again.launch(QStringLiteral("L1"))->sourceCount(), 2);
        QVERIFY(again.launch(QStringLiteral("L1"))->hasConflict(QStringLiteral("distance")));
        QCOMPARE(evidenceKeys(again), evidenceKeys(m));
    }

    void staleEditsAreReported()
    {
        Catalog m = machine();
        const AnalystEdit e = Edits::note(m, QStringLiteral("L3"), QStringLiteral("n"));
        m.launches.removeLast();
        QStringList stale;
        applyEdits(m, {e}, &stale);
        QCOMPARE(stale, QStringList{e.id});
    }

    void jsonRoundTrip()
    {
        const Catalog m = machine();
        const QVector<AnalystEdit> edits{
            Edits::setField(m, QStringLiteral("L1"), QStringLiteral("distance"),
                            EditField::quantityToJson(Quantity{1200, QStringLiteral("up to"), {}}), QStringLiteral("JCS update")),
            Edits::assignDate(m, QStringLiteral("L2"), FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth)),
            Edits::reject(m, QStringLiteral("L3")),
            Edits::split(m, QStringLiteral("L1"), {QStringLiteral("a2")}),
            Edits::note(m, QStringLiteral("L1"), QStringLiteral("n"))};
        for (const AnalystEdit &e : edits) {
            QVERIFY(!e.id.isEmpty());
            const AnalystEdit back = AnalystEdit::fromJson(e.toJson());
            QCOMPARE(back, e);
            QCOMPARE(back.summary(), e.summary());
        }
        const AnalystEdit merged = Edits::merge(m, QStringLiteral("L1"), QStringLiteral("L3"));
        QCOMPARE(AnalystEdit::fromJson(merged.toJson()), merged);
        EditKind k;
        QVERIFY(!editKindFromName(QStringLiteral("bogus"), &k));
    }

    void modelKeepsSelectionThroughEdits()
    {
        LaunchListModel model;
        model.setCatalog(machine());
        QCOMPARE(idsInRows(model), (QStringList{QStringLiteral("L3"), QStringLiteral("L1"), QStringLiteral("L2")}));
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOf(QStringLiteral("L1"))), QItemSelectionModel::ClearAndSelect);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy edited(&model, &LaunchListModel::editsChanged);

        // A date that moves L1 before L3: a reorder, not a reset.
        const AnalystEdit date = Edits::setField(model.catalog(), QStringLiteral("L1"), QStringLiteral("date"),
                                                 EditField::dateToJson(FuzzyDate::onDay(QDate(2024, 1, 1))));
        model.insertEdit(-1, date);
        QCOMPARE(idsInRows(model), (QStringList{QStringLiteral("L1"), QStringLiteral("L3"), QStringLiteral("L2")}));
        QCOMPARE(model.launchAt(selection.currentIndex().row())->id, QStringLiteral("L1"));
        QVERIFY(selection.isSelected(model.index(0)));
        QVERIFY(model.data(model.index(0), LaunchListModel::EditedRole).toBool());
        QVERIFY(!model.data(model.index(1), LaunchListModel::EditedRole).toBool());
        QCOMPARE(model.machineLaunch(QStringLiteral("L1"))->date.earliest, QDate(2025, 1, 6));

        // A split inserts a row; rejecting removes one; undoing both restores them.
        const AnalystEdit split = Edits::split(model.catalog(), QStringLiteral("L1"), {QStringLiteral("a2")});
        model.insertEdit(-1, split);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.launchAt(selection.currentIndex().row())->id, QStringLiteral("L1"));
        // The analyst's date survives the split; the part takes its account's date.
        QCOMPARE(model.catalog().launch(QStringLiteral("L1"))->date.earliest, QDate(2024, 1, 1));
        QCOMPARE(model.catalog().launch(split.launchIds.at(1))->date.earliest, QDate(2025, 1, 6));
        const AnalystEdit reject = Edits::reject(model.catalog(), QStringLiteral("L3"));
        model.insertEdit(-1, reject);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOf(QStringLiteral("L3")) < 0);
        QCOMPARE(model.editsFor(QStringLiteral("L1")).size(), 2); // the date and the split

        int at = -1;
        QVERIFY(model.removeEdit(reject.id, &at));
        QCOMPARE(at, 2);
        QVERIFY(model.removeEdit(split.id));
        QVERIFY(model.removeEdit(date.id));
        QVERIFY(!model.removeEdit(date.id));
        QCOMPARE(idsInRows(model), (QStringList{QStringLiteral("L3"), QStringLiteral("L1"), QStringLiteral("L2")}));
        QCOMPARE(model.launchAt(selection.currentIndex().row())->id, QStringLiteral("L1"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(edited.count(), 6);
    }

    void newMachineCatalogReappliesEdits()
    {
        LaunchListModel model;
        model.setCatalog(machine());
        model.setEdits({Edits::note(model.catalog(), QStringLiteral("L3"), QStringLiteral("n"))});
        Catalog other = machine();
        other.launches.removeLast();
        model.setCatalog(other);
        QCOMPARE(model.staleEditIds().size(), 1);
        model.setCatalog(machine());
        QVERIFY(model.staleEditIds().isEmpty());
        QCOMPARE(model.catalog().launch(QStringLiteral("L3"))->note, QStringLiteral("n"));
    }
};

QTEST_GUILESS_MAIN(TestAnalystEdit)
#include "tst_analystedit.moc"
