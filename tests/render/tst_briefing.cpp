// The briefing page: default words, every part laid out inside the page without
// overlap at every export size, the sources and notes honest, the reactions
// counted by country and stance, and a long source list cut with a count.
#include "render/BriefingComposer.h"
#include "render/BriefingTestCatalog.h"
#include "render/Exporter.h"
#include "render/ReactionsRenderer.h"

#include <QTest>

using namespace atlas;

class TestBriefing : public QObject {
    Q_OBJECT
    Catalog m_catalog = testing::briefingCatalog();

private slots:
    void defaultWords()
    {
        PictureContent c = PictureContent::forYear(&m_catalog, 2025);
        BriefingComposer page(c, Theme::Print);
        QCOMPARE(page.title(), QStringLiteral("North Korean missile launches, 2025"));
        QVERIFY2(page.subtitle().startsWith(QStringLiteral("5 launches reported in 6 articles")), qPrintable(page.subtitle()));
        QVERIFY(page.subtitle().contains(QStringLiteral("14 Jan 2025 – 7 Nov 2025")));
        QVERIFY(page.subtitle().contains(QStringLiteral("2 without a date")));
        // As of: the latest publication date among the sources.
        QCOMPARE(page.asOfText(), QStringLiteral("As of 8 Nov 2025"));
        c.title = QStringLiteral("Briefing for the committee");
        c.subtitle = QStringLiteral("Prepared for 1 December");
        QCOMPARE(BriefingComposer(c, Theme::Print).title(), c.title);
        QCOMPARE(BriefingComposer(c, Theme::Print).subtitle(), c.subtitle);
        // A range over several years says so; an empty catalog has no year.
        PictureContent all;
        all.catalog = &m_catalog;
        QCOMPARE(BriefingComposer::defaultTitle(all), QStringLiteral("North Korean missile launches, 2025"));
        Catalog empty;
        all.catalog = &empty;
        QCOMPARE(BriefingComposer::defaultTitle(all), QStringLiteral("North Korean missile launches"));
    }

    void sourcesAndNotesAreHonest()
    {
        const BriefingComposer page(PictureContent::forYear(&m_catalog, 2025), Theme::Print);
        const QStringList sources = page.sourceLines();
        QCOMPARE(sources.size(), 6);
        QVERIFY(sources.contains(QStringLiteral("Report 1 on may2025-wonsan — Yonhap, 11 May 2025")));
        QVERIFY(sources.contains(QStringLiteral("Report 4 on jan2025-jagang — 15 Jan 2025")));
        QVERIFY(std::any_of(sources.begin(), sources.end(), [](const QString &s) { return s.endsWith("date unknown"); }));
        const QString notes = page.notes().join(' ');
        QVERIFY(notes.contains(QStringLiteral("ESTIMATES")));
        QVERIFY(notes.contains(QStringLiteral("not the legal EEZ")));
        QVERIFY(notes.contains(QStringLiteral("(5 of the launches shown)")));
        QVERIFY(page.attribution().contains(QStringLiteral("Natural Earth")));
    }

    void yearLimitsWhatIsShown()
    {
        Catalog c = m_catalog;
        c.launches[0].date = FuzzyDate::onDay(QDate(2024, 3, 1));
        const PictureContent content = PictureContent::forYear(&c, 2025);
        QCOMPARE(content.launches().size(), 4); // the 2024 launch left out; undated kept
        QCOMPARE(content.sources().size(), 5);
    }

    void reactionsCountedByCountryAndStance()
    {
        const QVector<CountryStances> rows = ReactionsRenderer::summarise(PictureContent::forYear(&m_catalog, 2025));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).country, QStringLiteral("South Korea"));
        QCOMPARE(rows.at(0).total, 2);
        QCOMPARE(rows.at(0).stances.size(), 1);
        QCOMPARE(rows.at(0).stances.at(0).first, Stance::Condemn);
        QCOMPARE(rows.at(0).stances.at(0).second, 2);
        // Reactions to a launch outside the range are not counted.
        const QVector<CountryStances> none = ReactionsRenderer::summarise(PictureContent::forYear(&m_catalog, 2023));
        QVERIFY(none.isEmpty());
        QCOMPARE(ReactionsRenderer(rows, Theme::Print, QFont()).heading(),
                 QStringLiteral("Reactions: 4 statements from 3 countries"));
    }

    void partsDoNotOverlap_data()
    {
        QTest::addColumn<QString>("size");
        for (const char *s : {"1920x1080", "3840x2160", "a4", "letter", "1280x720", "800x600"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void partsDoNotOverlap()
    {
        QFETCH(QString, size);
        ExportSettings s;
        QVERIFY(Exporter::parseSize(size, &s));
        const BriefingComposer page(PictureContent::forYear(&m_catalog, 2025), Theme::Print);
        const BriefingComposer::Layout L = page.layout(QSizeF(s.size));
        const QVector<QPair<const char *, QRectF>> parts{
            {"title", L.title},   {"as of", L.asOf},         {"subtitle", L.subtitle}, {"map", L.map},
            {"timeline", L.timeline}, {"legend", L.legend},  {"reactions", L.reactions},
            {"sources", L.sources}, {"notes", L.notes}};
        for (const auto &[name, r] : parts) {
            QVERIFY2(!r.isEmpty(), name);
            QVERIFY2(L.page.contains(r), name);
        }
        for (int i = 0; i < parts.size(); ++i) {
            for (int j = i + 1; j < parts.size(); ++j) {
                const QRectF overlap = parts[i].second.intersected(parts[j].second);
                QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("%1 meets %2").arg(parts[i].first, parts[j].first)));
            }
        }
        // The map keeps most of the page.
        QVERIFY(L.map.width() * L.map.height() > 0.25 * s.size.width() * s.size.height());
    }

    void longSourceListIsCutWithACount()
    {
        Catalog c = m_catalog;
        // Forty more articles citing the Wonsan launch.
        for (int i = 0; i < 40; ++i) {
            Article a;
            a.id = QStringLiteral("extra%1").arg(i);
            a.title = QStringLiteral("Another account number %1").arg(i);
            a.publicationDate = QDate(2025, 5, 12);
            c.articles << a;
            LaunchMention m;
            m.articleId = a.id;
            c.launches[0].mentions << m;
        }
        ExportSettings s;
        s.format = ExportFormat::Svg;
        const QByteArray svg = Exporter::renderSvg(PictureContent::forYear(&c, 2025), s);
        QVERIFY(svg.contains("Sources (46 articles)"));
        QVERIFY2(svg.contains("more (all are listed by File"), "the cut list must say how many are missing");
        QVERIFY(!svg.contains("Another account number 39"));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
