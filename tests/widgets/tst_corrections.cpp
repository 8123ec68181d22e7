// Analyst corrections through the EditController: every kind applied, undone
// and redone on the QUndoStack with the signals the library persists from; the
// machine's value beside the correction in the details; the correction dialog's
// values; Edit → Undo/Redo in the main window; the glossary behind the "?".
#include "model/LaunchListModel.h"
#include "widgets/CorrectionDialog.h"
#include "widgets/CorrectionsDialog.h"
#include "widgets/EditController.h"
#include "widgets/GlossaryDialog.h"
#include "widgets/LaunchDetails.h"
#include "widgets/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace atlas;

namespace {

LaunchMention mention(const QString &article, double km, const QString &claimant)
{
    LaunchMention m;
    m.articleId = article;
    m.date = FuzzyDate::onDay(QDate(2025, 1, 6));
    m.distanceKm.value = km;
    m.distanceKm.qualifier = QStringLiteral("about");
    m.claimant = claimant;
    m.classes = {QStringLiteral("IRBM")};
    m.evidence = {Evidence{article, QStringLiteral("distance"), 4, 12, QStringLiteral("about %1 km").arg(km)}};
    return m;
}

Catalog catalog()
{
    Catalog c;
    for (const char *id : {"a1", "a2", "a3"}) {
        Article a;
        a.id = QString::fromLatin1(id);
        a.title = QStringLiteral("Article ") + a.id;
        a.text = QStringLiteral("The about 1100 km flight, said someone, was long.");
        c.articles << a;
    }
    LaunchEvent l1;
    l1.id = QStringLiteral("L1");
    l1.mentions = {mention(QStringLiteral("a1"), 1100, QStringLiteral("JCS")),
                   mention(QStringLiteral("a2"), 1500, QStringLiteral("KCNA"))};
    summarizeMentions(&l1);
    l1.inferredDate.narrow(QDate(2024, 12, 14), QDate(2025, 4, 4), QStringLiteral("Choi Sang-mok was Acting President"));
    LaunchEvent l2;
    l2.id = QStringLiteral("L2");
    l2.date = FuzzyDate::unknown(2);
    l2.mentions = {mention(QStringLiteral("a3"), 600, QStringLiteral("JCS"))};
    l2.mentions[0].date = l2.date;
    c.launches = {l1, l2};
    Reaction r;
    r.id = QStringLiteral("r1");
    r.launchId = QStringLiteral("L1");
    r.articleId = QStringLiteral("a2");
    r.actor = QStringLiteral("Japan");
    c.reactions = {r};
    return c;
}

int sources(const Catalog &c)
{
    int n = 0;
    for (const LaunchEvent &l : c.launches)
        n += int(l.mentions.size());
    return n;
}

} // namespace

class TestCorrections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_corrections"));
    }

    void everyKindAppliesUndoesAndRedoes()
    {
        LaunchListModel model;
        model.setCatalog(catalog());
        EditController edits(&model);
        QSignalSpy applied(&edits, &EditController::editApplied);
        QSignalSpy reverted(&edits, &EditController::editReverted);
        QUndoStack *stack = edits.undoStack();
        const Catalog machine = model.catalog();

        Quantity d;
        d.value = 1000;
        QString error;
        QVERIFY(!edits.setField(QStringLiteral("L1"), QStringLiteral("distance"), EditField::quantityToJson(d), {}, &error).id.isEmpty());
        QCOMPARE(model.catalog().launch(QStringLiteral("L1"))->distanceKm.value, 1000.0);
        QVERIFY(!edits.assignDate(QStringLiteral("L2"), FuzzyDate::onDay(QDate(2025, 2, 4))).id.isEmpty());
        QCOMPARE(model.catalog().launch(QStringLiteral("L2"))->date.earliest, QDate(2025, 2, 4));
        QVERIFY(!edits.addNote(QStringLiteral("L1"), QStringLiteral("KCNA overstates")).id.isEmpty());
        const AnalystEdit split = edits.splitLaunch(QStringLiteral("L1"), {QStringLiteral("a2")});
        QVERIFY(!split.id.isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(sources(model.catalog()), sources(machine));
        QVERIFY(!edits.mergeLaunches(QStringLiteral("L1"), split.launchIds.at(1)).id.isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.catalog().launch(QStringLiteral("L1"))->sourceCount(), 2);
        QVERIFY(!edits.rejectLaunch(QStringLiteral("L2"), QStringLiteral("artillery")).id.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(stack->count(), 6);
        QCOMPARE(applied.count(), 6);
        QCOMPARE(applied.last().at(1).toInt(), 5); // position in the list

        // A refused edit pushes nothing and says why.
        QVERIFY(edits.mergeLaunches(QStringLiteral("L1"), QStringLiteral("nope"), {}, &error).id.isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack->count(), 6);

        // Undo everything: back to the machine catalog, one editReverted each.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(reverted.count(), 6);
        QVERIFY(model.edits().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.catalog().launch(QStringLiteral("L1"))->distanceKm.value, 1100.0);
        QCOMPARE(model.catalog().launch(QStringLiteral("L2"))->date.precision, DatePrecision::Unknown);
        QVERIFY(model.catalog().launch(QStringLiteral("L1"))->note.isEmpty());

        // Redo everything: the same edits, in the same order.
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(applied.count(), 12);
        QCOMPARE(model.edits().size(), 6);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.catalog().launch(QStringLiteral("L1"))->distanceKm.value, 1000.0);
        QCOMPARE(model.edits().at(3).id, split.id);
    }

    void loadedEditsRevertInPlace()
    {
        LaunchListModel model;
        model.setCatalog(catalog());
        const AnalystEdit note = Edits::note(model.catalog(), QStringLiteral("L1"), QStringLiteral("n"));
        const AnalystEdit reject = Edits::reject(model.catalog(), QStringLiteral("L2"));
        EditController edits(&model);
        QSignalSpy applied(&edits, &EditController::editApplied);
        edits.loadEdits({note, reject});
        QCOMPARE(applied.count(), 0); // already saved: nothing to persist
        QVERIFY(!edits.undoStack()->canUndo());
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(edits.revertEdit(note.id));
        QCOMPARE(model.edits().size(), 1);
        QVERIFY(model.catalog().launch(QStringLiteral("L1"))->note.isEmpty());
        edits.undoStack()->undo();
        QCOMPARE(model.edits().size(), 2);
        QCOMPARE(model.edits().first().id, note.id); // back in its place, first
        QCOMPARE(applied.last().at(1).toInt(), 0);
        QVERIFY(!edits.revertEdit(QStringLiteral("no-such-edit")));
    }

    void detailsShowMachineValueBesideCorrection()
    {
        LaunchListModel model;
        model.setCatalog(catalog());
        QItemSelectionModel selection(&model);
        EditController edits(&model);
        LaunchDetails details(&model, &selection, &edits);
        selection.setCurrentIndex(model.index(model.rowOf(QStringLiteral("L1"))), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(details.shownLaunchId(), QStringLiteral("L1"));
        const QString before = details.html();
        QVERIFY(before.contains(QStringLiteral("Sources disagree")));
        QVERIFY(before.contains(QStringLiteral("KCNA")));
        QVERIFY(before.contains(QStringLiteral("Choi Sang-mok was Acting President"))); // inferred, with reason
        QVERIFY(!before.contains(QStringLiteral("machine read")));

        Quantity d;
        d.value = 1234;
        edits.setField(QStringLiteral("L1"), QStringLiteral("distance"), EditField::quantityToJson(d), QStringLiteral("checked JCS"));
        const QString after = details.html();
        QVERIFY(after.contains(QStringLiteral("1234 km")));
        QVERIFY(after.contains(QStringLiteral("machine read")));
        QVERIFY(after.contains(QStringLiteral("about 1100 km"))); // the machine's value, still there
        QVERIFY(after.contains(QStringLiteral("checked JCS")));
        QCOMPARE(details.shownLaunchId(), QStringLiteral("L1")); // the selection survived

        // The links: "?" asks for the glossary, a source's words for its article.
        QSignalSpy help(&details, &LaunchDetails::glossaryRequested);
        QSignalSpy article(&details, &LaunchDetails::articleRequested);
        auto *page = details.findChild<QTextBrowser *>(QStringLiteral("launchDetailsPage"));
        emit page->anchorClicked(QUrl(QStringLiteral("help:apogee")));
        QCOMPARE(help.count(), 1);
        QCOMPARE(help.first().at(0).toString(), QStringLiteral("apogee"));
        emit page->anchorClicked(QUrl(QStringLiteral("article:a2/4/12")));
        QCOMPARE(article.count(), 1);
        QCOMPARE(article.first().at(0).toString(), QStringLiteral("a2"));
        QCOMPARE(article.first().at(1).toInt(), 4);
        // "revert" next to the correction takes it back, undoably.
        const QString editId = model.edits().first().id;
        emit page->anchorClicked(QUrl(QStringLiteral("revert:") + editId));
        QVERIFY(model.edits().isEmpty());
        edits.undoStack()->undo();
        QCOMPARE(model.edits().size(), 1);
    }

    void correctionDialogValues()
    {
        const Catalog c = catalog();
        const LaunchEvent &l1 = c.launches.first();
        {
            CorrectionDialog d(l1, QStringLiteral("date"), l1.date.display());
            d.precisionBox()->setCurrentIndex(d.precisionBox()->findData(int(DatePrecision::Month)));
            d.fromEdit()->setDate(QDate(2025, 2, 10));
            const FuzzyDate got = EditField::dateFromJson(d.value());
            QCOMPARE(got.precision, DatePrecision::Month);
            QCOMPARE(got.earliest, QDate(2025, 2, 10));
            QCOMPARE(got.latest, QDate(2025, 2, 28));
        }
        {
            CorrectionDialog d(l1, QStringLiteral("site"), QString());
            d.siteBox()->setCurrentText(QStringLiteral("Pyongyang"));
            const Site s = EditField::siteFromJson(d.value());
            QCOMPARE(s.name, QStringLiteral("Pyongyang"));
            QVERIFY(s.isLocated());
        }
        {
            CorrectionDialog d(l1, QStringLiteral("class"), QString());
            QCOMPARE(d.value().toArray(), QJsonArray{QStringLiteral("IRBM")}); // pre-filled
            for (int i = 0; i < d.classList()->count(); ++i) {
                QListWidgetItem *item = d.classList()->item(i);
                item->setCheckState(item->data(Qt::UserRole).toString() == QLatin1String("MRBM") ? Qt::Checked : Qt::Unchecked);
            }
            QCOMPARE(d.value().toArray(), QJsonArray{QStringLiteral("MRBM")});
        }
        {
            CorrectionDialog d(l1, QStringLiteral("count"), QString());
            d.minSpin()->setValue(2);
            d.openMaxBox()->setChecked(true);
            QCOMPARE(EditField::countFromJson(d.value()).display(), QStringLiteral("at least 2"));
        }
        {
            CorrectionDialog d(l1, QStringLiteral("apogee"), QString());
            d.kmSpin()->setValue(100);
            d.qualifierBox()->setCurrentIndex(d.qualifierBox()->findData(QStringLiteral("about")));
            d.noteEdit()->setText(QStringLiteral("  Japan MoD  "));
            QCOMPARE(EditField::quantityFromJson(d.value()).display(), QStringLiteral("about 100 km"));
            QCOMPARE(d.note(), QStringLiteral("Japan MoD"));
        }
        {
            CorrectionDialog d(l1, QStringLiteral("splashdown"), QString());
            d.seaBox()->setCurrentIndex(d.seaBox()->findData(QStringLiteral("East Sea")));
            d.eezBox()->setCurrentIndex(d.eezBox()->findData(QStringLiteral("outside")));
            QCOMPARE(EditField::splashdownFromJson(d.value()).display(), QStringLiteral("East Sea, outside Japan's EEZ"));
        }
        {
            CorrectionDialog d(l1, QStringLiteral("names"), QString());
            d.textEdit()->setText(QStringLiteral("Hwasong-16B, , KN-27 "));
            QCOMPARE(d.value().toArray(), (QJsonArray{QStringLiteral("Hwasong-16B"), QStringLiteral("KN-27")}));
        }
    }

    void editMenuUndoRedo()
    {
        LaunchListModel model;
        MainWindow window(&model);
        model.setCatalog(catalog());
        QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
        QCOMPARE(redo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
        QVERIFY(!undo->isEnabled());
        window.editController()->rejectLaunch(QStringLiteral("L2"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Not a launch")));
        QCOMPARE(model.rowCount(), 1);
        undo->trigger();
        QCOMPARE(model.rowCount(), 2);
        redo->trigger();
        QCOMPARE(model.rowCount(), 1);
    }

    void correctionsListRevertsHiddenLaunches()
    {
        LaunchListModel model;
        model.setCatalog(catalog());
        EditController edits(&model);
        Catalog gone = catalog();
        gone.launches.removeLast();
        const AnalystEdit staleNote = Edits::note(model.catalog(), QStringLiteral("L2"), QStringLiteral("n"));
        edits.rejectLaunch(QStringLiteral("L2"), QStringLiteral("parade display"));
        CorrectionsDialog dialog(&edits);
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Not a launch")));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("parade display"));
        QCOMPARE(model.rowCount(), 1);
        // The rejected launch is in no view; the list is where it comes back.
        list->setCurrentItem(list->topLevelItem(0));
        dialog.revertCurrent();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(list->topLevelItemCount(), 0);
        // An edit whose launch is not among the articles read is listed as such.
        edits.loadEdits({staleNote});
        model.setCatalog(gone);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("does not fit the articles read"));
    }

    void glossaryExplainsFields()
    {
        const Glossary &g = Glossary::bundled();
        for (const char *term : {"SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "Apogee", "Lofted trajectory", "EEZ", "JCS",
                                 "KCNA", "Hypersonic missile", "Cruise missile", "Splashdown"})
            QVERIFY2(g.find(QString::fromLatin1(term)), term);
        for (const QString &field : EditField::editable())
            QVERIFY2(g.forField(field), qPrintable(field));
        QVERIFY(Glossary::markdown(*g.find(QStringLiteral("SRBM"))).contains(QStringLiteral("0 to 1000 km")));
        GlossaryDialog dialog;
        dialog.showField(QStringLiteral("apogee"));
        QCOMPARE(dialog.currentTerm(), QStringLiteral("Apogee"));
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("glossaryText"))->toPlainText().contains(QStringLiteral("highest point")));
    }
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
