// With the app's translations installed: the words around dates, place names on
// the map and the plural forms. English ships its own plural forms, so a count
// reads "1 source" and "2 sources", never "2 source(s)", whatever the language.
#include "geo/Gazetteer.h"
#include "model/LaunchListModel.h"
#include "render/BriefingComposer.h"
#include "render/BriefingTestCatalog.h"
#include "render/DateText.h"
#include "render/FieldText.h"
#include "render/PlaceNames.h"
#include "render/StanceBadge.h"
#include "render/VocabularyText.h"
#include "widgets/AppTranslator.h"
#include "widgets/LaunchDetails.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

using namespace atlas;

namespace {
LaunchMention mention(const QString &articleId)
{
    LaunchMention m;
    m.articleId = articleId;
    m.date = FuzzyDate::onDay(QDate(2025, 1, 14));
    return m;
}

LaunchEvent launchWithSources(const QString &id, int sources)
{
    LaunchEvent l;
    l.id = id;
    l.date = FuzzyDate::onDay(QDate(2025, 1, 14));
    l.site.name = QStringLiteral("Wonsan");
    for (int i = 0; i < sources; ++i)
        l.mentions << mention(QStringLiteral("a%1").arg(i));
    return l;
}

QString detailsOf(const LaunchEvent &l)
{
    LaunchListModel model;
    Catalog c;
    c.launches << l;
    model.setCatalog(c);
    return LaunchDetails::htmlFor(model, *model.catalog().launch(l.id));
}
} // namespace

class TestLocalizedText : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void englishPluralForms()
    {
        AppTranslator translator;
        // No German translation: English, with its plural forms.
        QCOMPARE(translator.install(QLocale(QLocale::German, QLocale::Germany)), QString());
        const QString one = detailsOf(launchWithSources(QStringLiteral("one"), 1));
        QVERIFY2(one.contains(QStringLiteral("1 source")) && !one.contains(QStringLiteral("1 sources")), qPrintable(one));
        const QString two = detailsOf(launchWithSources(QStringLiteral("two"), 2));
        QVERIFY2(two.contains(QStringLiteral("2 sources")), qPrintable(two));
        QVERIFY(!one.contains(QStringLiteral("(s)")) && !two.contains(QStringLiteral("(s)")));
        QCOMPARE(QCoreApplication::translate("atlas::FindBar", "%n match(es)", nullptr, 1), QStringLiteral("1 match"));
        QCOMPARE(QCoreApplication::translate("atlas::FindBar", "%n match(es)", nullptr, 3), QStringLiteral("3 matches"));
        // Removing a language keeps English plurals.
        translator.install(QLocale(QLocale::Korean));
        translator.remove();
        QCOMPARE(QCoreApplication::translate("atlas::FindBar", "%n match(es)", nullptr, 3), QStringLiteral("3 matches"));
    }

    void koreanCountsHaveNoEnglishPlural()
    {
        AppTranslator translator;
        QCOMPARE(translator.install(QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("ko"));
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const QString two = detailsOf(launchWithSources(QStringLiteral("two"), 2));
        QVERIFY2(two.contains(QStringLiteral("출처 2건")), qPrintable(two));
        // The heading names the launch with a Korean date and place.
        QVERIFY2(two.contains(QStringLiteral("2025년 1월 14일 (화)")), qPrintable(two));
        QVERIFY2(two.contains(QStringLiteral("원산")), qPrintable(two));
    }

    void wordsAroundDates_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("tuesday");
        QTest::addColumn<QString>("inferred");
        QTest::newRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea)
                                << QStringLiteral("2025년 1월 14–20일 주간") << QStringLiteral("화요일 (날짜 미상)")
                                << QStringLiteral("추정 2025년 1월 6일");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan)
                                  << QStringLiteral("2025年1月14日～20日 の週") << QStringLiteral("火曜日（日付不明）")
                                  << QStringLiteral("推定 2025年1月6日");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("week of 14–20 Jan 2025") << QStringLiteral("Tuesday (date unknown)")
                                 << QStringLiteral("inferred 6 Jan 2025");
    }
    void wordsAroundDates()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, week);
        QFETCH(QString, tuesday);
        QFETCH(QString, inferred);
        AppTranslator translator;
        translator.install(locale);
        QCOMPARE(DateText::fuzzy(FuzzyDate::between(QDate(2025, 1, 14), QDate(2025, 1, 20), DatePrecision::Week), locale),
                 week);
        QCOMPARE(DateText::fuzzy(FuzzyDate::unknown(Qt::Tuesday), locale), tuesday);
        DateInference inf;
        inf.narrow(QDate(2025, 1, 6), QDate(2025, 1, 6), QStringLiteral("context"));
        QCOMPARE(DateText::inference(inf, locale), inferred);
    }

    void mapNamesTranslated_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("reference");
        QTest::newRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << QStringLiteral("북한")
                                << QStringLiteral("신포") << QStringLiteral("도쿄");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("北朝鮮")
                                  << QStringLiteral("新浦") << QStringLiteral("東京");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("NORTH KOREA")
                                 << QStringLiteral("Sinpo") << QStringLiteral("Tokyo");
    }
    void mapNamesTranslated()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, country);
        QFETCH(QString, site);
        QFETCH(QString, reference);
        AppTranslator translator;
        translator.install(locale);
        QCOMPARE(PlaceNames::place(QStringLiteral("NORTH KOREA"), locale), country);
        QCOMPARE(PlaceNames::place(QStringLiteral("Sinpo"), locale), site);
        QCOMPARE(PlaceNames::place(QStringLiteral("Tokyo"), locale), reference);
    }

    void everyGazetteerPlaceHasJapanese()
    {
        // Korean falls back on the gazetteer's Hangul; Japanese has only the
        // translations, so a place added to the gazetteer needs one (PlaceNames.cpp
        // marker, then the .ts files). Seas are named by map.json, not here.
        AppTranslator translator;
        translator.install(QLocale(QLocale::Japanese, QLocale::Japan));
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        for (const Place &p : Gazetteer::bundled().places()) {
            if (p.kind == QLatin1String("sea"))
                continue;
            QVERIFY2(PlaceNames::place(p.name, ja) != p.name, qPrintable(p.name + QStringLiteral(" has no Japanese name")));
        }
    }

    void fieldsWordedInKorean()
    {
        AppTranslator translator;
        translator.install(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(FieldText::label(QStringLiteral("site")), QStringLiteral("발사 장소"));
        Count two;
        two.min = 2;
        QCOMPARE(FieldText::count(two), QStringLiteral("최소 2"));
        Quantity q;
        q.value = 250;
        q.qualifier = QStringLiteral("approximately");
        QCOMPARE(FieldText::quantity(q), QStringLiteral("약 250 km"));
        Splashdown s;
        s.sea = QStringLiteral("East Sea");
        s.eez = QStringLiteral("outside");
        QCOMPARE(FieldText::splashdown(s), QStringLiteral("동해, 일본 EEZ 밖"));
        QCOMPARE(FieldText::value(LaunchEvent(), QStringLiteral("names")), QStringLiteral("(없음)"));
    }

    void koreanBriefingDates()
    {
        // An exported briefing speaks the window's language, dates included.
        AppTranslator translator;
        translator.install(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        Catalog catalog = testing::briefingCatalog();
        const BriefingComposer page(PictureContent::forYear(&catalog, 2025), Theme::Print);
        QCOMPARE(page.asOfText(), QStringLiteral("2025년 11월 8일 기준"));
        QVERIFY2(page.subtitle().contains(QStringLiteral("2025년 1월 14일 – 2025년 11월 7일")), qPrintable(page.subtitle()));
        QVERIFY2(!page.subtitle().contains(QStringLiteral("Jan")), qPrintable(page.subtitle()));
    }

    void standardButtonsTranslated()
    {
        // Qt's own button words come with our translations (Qt's may not be installed).
        AppTranslator translator;
        translator.install(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QDialogButtonBox korean(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(korean.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
        QCOMPARE(korean.button(QDialogButtonBox::Close)->text(), QStringLiteral("닫기"));
        translator.install(QLocale(QLocale::Japanese, QLocale::Japan));
        QDialogButtonBox japanese(QDialogButtonBox::Close);
        QCOMPARE(japanese.button(QDialogButtonBox::Close)->text(), QStringLiteral("閉じる"));
    }

    void dataVocabularyTranslated()
    {
        // Classes, reacting countries and offices are shown translated; the acronyms
        // stay, and the English words remain the identifiers.
        AppTranslator translator;
        translator.install(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QCOMPARE(VocabularyText::missileClass(QStringLiteral("hypersonic")), QStringLiteral("극초음속"));
        QCOMPARE(VocabularyText::missileClass(QStringLiteral("SRBM")), QStringLiteral("SRBM"));
        QCOMPARE(VocabularyText::missileClasses({QStringLiteral("SRBM"), QStringLiteral("ballistic")}),
                 QStringLiteral("SRBM/탄도"));
        QCOMPARE(VocabularyText::role(QStringLiteral("Chief Cabinet Secretary")), QStringLiteral("관방장관"));
        QCOMPARE(PlaceNames::place(QStringLiteral("United States")), QStringLiteral("미국"));
        // The stance filter and tooltips explain a stance in the reader's language.
        QCOMPARE(StanceBadge::description(Stance::Protest), QStringLiteral("공식 항의함"));
        translator.install(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(VocabularyText::missileClass(QStringLiteral("cruise")), QStringLiteral("巡航"));
        QCOMPARE(VocabularyText::role(QStringLiteral("Foreign Ministry")), QStringLiteral("外務省"));
        translator.remove();
        QCOMPARE(VocabularyText::missileClass(QStringLiteral("hypersonic")), QStringLiteral("hypersonic"));
    }
};

QTEST_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
