// The Korean and Japanese translations are built into the application and chosen
// from the locale: loading Korean turns the File menu into 파일, Japanese into ファイル.
#include "model/LaunchListModel.h"
#include "render/StanceBadge.h"
#include "render/timeline/TimelineItem.h"
#include "widgets/AppTranslator.h"
#include "widgets/MainWindow.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QtTest>

using namespace atlas;

namespace {
// Menu titles carry an accelerator ("&File", "파일(&F)"): compare without it.
QString plain(QString title)
{
    title.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    return title.remove(QLatin1Char('&')).trimmed();
}

QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << plain(a->text());
    return titles;
}

QString dockTitle(const MainWindow &w, const char *name)
{
    auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
    return dock ? dock->windowTitle() : QString();
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LaunchAtlasTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void bundlesKoreanAndJapanese()
    {
        const QStringList langs = AppTranslator::availableLanguages();
        QVERIFY2(langs.contains(QStringLiteral("ko")), qPrintable(langs.join(u',')));
        QVERIFY2(langs.contains(QStringLiteral("ja")), qPrintable(langs.join(u',')));
    }

    void menusAndPanes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("timeline");
        QTest::addColumn<QString>("reactions");
        QTest::newRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << "ko"
                                << QStringLiteral("파일") << QStringLiteral("보기") << QStringLiteral("도움말")
                                << QStringLiteral("타임라인") << QStringLiteral("반응");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << "ja"
                                  << QStringLiteral("ファイル") << QStringLiteral("表示") << QStringLiteral("ヘルプ")
                                  << QStringLiteral("タイムライン") << QStringLiteral("反応");
    }

    void menusAndPanes()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, view);
        QFETCH(QString, help);
        QFETCH(QString, timeline);
        QFETCH(QString, reactions);

        AppTranslator translator;
        QCOMPARE(translator.install(locale), language);
        LaunchListModel model;
        MainWindow window(&model);
        const QStringList titles = menuTitles(window);
        QVERIFY2(!titles.isEmpty(), "no menus");
        QCOMPARE(titles.first(), file);
        QVERIFY2(titles.contains(view), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(help), qPrintable(titles.join(u'|')));
        QCOMPARE(dockTitle(window, "timelineDock"), timeline);
        QCOMPARE(dockTitle(window, "reactionsDock"), reactions);
        // Every menu title is translated: none is left in English.
        for (QAction *a : window.menuBar()->actions()) {
            QVERIFY2(!plain(a->text()).contains(QRegularExpression(QStringLiteral("^[A-Za-z ]+$"))),
                     qPrintable(QStringLiteral("untranslated menu: ") + a->text()));
            // The accelerator survives translation, so Alt+F still opens File.
            QVERIFY2(a->text().contains(QLatin1Char('&')), qPrintable(a->text()));
        }
    }

    void englishWithoutTranslation()
    {
        AppTranslator translator;
        QCOMPARE(translator.install(QLocale(QLocale::German, QLocale::Germany)), QString());
        LaunchListModel model;
        MainWindow window(&model);
        QCOMPARE(menuTitles(window).first(), QStringLiteral("File"));

        // Installing Korean and removing it again gives English back.
        QCOMPARE(translator.install(QLocale(QLocale::Korean)), QStringLiteral("ko"));
        translator.remove();
        MainWindow again(&model);
        QCOMPARE(menuTitles(again).first(), QStringLiteral("File"));
    }

    // The renderers (no QObject) translate through QCoreApplication::translate: the lane
    // gutter and the stance badges follow the language, while the identifiers stay English.
    void renderedWords_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("ballistic");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("condemn");
        QTest::addColumn<QString>("dialogue");
        QTest::newRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << QStringLiteral("탄도")
                                << QStringLiteral("기타") << QStringLiteral("규탄") << QStringLiteral("대화");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("弾道")
                                  << QStringLiteral("その他") << QStringLiteral("非難") << QStringLiteral("対話");
        QTest::newRow("English") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("Ballistic")
                                 << QStringLiteral("Other") << QStringLiteral("condemn") << QStringLiteral("dialogue");
    }

    void renderedWords()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, ballistic);
        QFETCH(QString, other);
        QFETCH(QString, condemn);
        QFETCH(QString, dialogue);
        AppTranslator translator;
        translator.install(locale);
        QCOMPARE(laneTitle(TimelineLane::Ballistic), ballistic);
        QCOMPARE(laneTitle(TimelineLane::Other), other);
        QCOMPARE(StanceBadge::displayWord(Stance::Condemn), condemn);
        QCOMPARE(StanceBadge::displayWord(Stance::Dialogue), dialogue);
        // Identifiers used in styles, saved files and exports do not follow the language.
        QCOMPARE(laneKey(TimelineLane::Ballistic), QStringLiteral("ballistic"));
        QCOMPARE(stanceName(Stance::Condemn), QStringLiteral("condemn"));
        // The badge is sized for the word it shows, so a translated word is not clipped.
        const QFont font;
        QCOMPARE(StanceBadge::sizeHint(Stance::Condemn, font).width(),
                 QFontMetrics(font).horizontalAdvance(condemn) + 12);
        translator.remove();
        QCOMPARE(laneTitle(TimelineLane::Ballistic), QStringLiteral("Ballistic"));
        QCOMPARE(StanceBadge::displayWord(Stance::Condemn), QStringLiteral("condemn"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
