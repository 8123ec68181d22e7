// A launch's fields as shown: with no translation installed, FieldText words
// every field exactly as the model's English display() does, so English
// screens did not change when the details pane went through it.
#include "model/AnalystEdit.h"
#include "render/FieldText.h"

#include <QtTest>

Q_DECLARE_METATYPE(atlas::LaunchEvent)

using namespace atlas;

class TestFieldText : public QObject {
    Q_OBJECT
private slots:
    void englishIsTheModelsWording_data()
    {
        QTest::addColumn<LaunchEvent>("launch");
        LaunchEvent full;
        full.date = FuzzyDate::between(QDate(2025, 5, 1), QDate(2025, 5, 10), DatePrecision::PartOfMonth);
        full.site.name = QStringLiteral("Kusong");
        full.site.uncertaintyKm = 10;
        full.classes = QStringList{QStringLiteral("SRBM"), QStringLiteral("ballistic")};
        full.names = QStringList{QStringLiteral("Hwasong-11")};
        full.count.min = 2;
        full.distanceKm.value = 800;
        full.distanceKm.qualifier = QStringLiteral("About");
        full.apogeeKm.value = 60.5;
        full.apogeeKm.qualifier = QStringLiteral("up to");
        full.splashdown.sea = QStringLiteral("East Sea");
        full.splashdown.eez = QStringLiteral("outside");
        full.timeOfDay = QStringLiteral("early morning");
        QTest::newRow("every field set") << full;
        LaunchEvent land = full;
        land.splashdown = Splashdown();
        land.splashdown.land = true;
        land.count.max = 3;
        land.site = Site();
        land.site.text = QStringLiteral("an area near the capital");
        QTest::newRow("land, a range, a phrase for the site") << land;
        QTest::newRow("nothing known") << LaunchEvent();
    }
    void englishIsTheModelsWording()
    {
        QFETCH(LaunchEvent, launch);
        for (const QString &field : EditField::editable()) {
            QCOMPARE(FieldText::value(launch, field), EditField::display(launch, field));
            QCOMPARE(FieldText::label(field), EditField::label(field));
        }
        QCOMPARE(FieldText::role(LaunchRole::Primary), roleName(LaunchRole::Primary));
    }
};

QTEST_GUILESS_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
