// The window on a library's catalog, which holds no article texts (they stay in
// the library, see model/ArticleTextSource.h): the article view still shows an
// article's text with its highlights, a click on one still quotes its words,
// and Find still finds words of the text and opens the article at them.
#include "model/LaunchListModel.h"
#include "store/ImportJob.h"
#include "widgets/ArticleView.h"
#include "widgets/FindBar.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace atlas;

namespace {
const QByteArray kArticle =
    "North Korea fires ballistic missile into the East Sea\n"
    "SEOUL, Jan. 14, 2025 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea "
    "on Tuesday, South Korea's Joint Chiefs of Staff said. The missile flew about 1,100 km. "
    "Japan strongly condemned the launch as a threat to peace.\n";
}

class TestLibraryTexts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("yonhap.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kArticle);
        f.close();
        ImportOptions options; // the project's own extractor and merge
        const ImportResult r = ImportJob::run(m_dir.filePath(QStringLiteral("lib.atlas")), {file}, options);
        QVERIFY2(r.report.error.isEmpty(), qPrintable(r.report.error));
        QCOMPARE(r.catalog.articles.size(), 1);
        QVERIFY(r.catalog.articles.first().text.isEmpty()); // the premise: the text is not in the catalog
        QVERIFY(r.catalog.textSource);
        QVERIFY(!r.catalog.launches.isEmpty());
        m_catalog = r.catalog;
    }

    void theArticleViewShowsTheTextWithItsHighlights()
    {
        LaunchListModel model;
        model.setCatalog(m_catalog);
        QItemSelectionModel selection(&model);
        ArticleView view(&model, &selection);
        const QString id = m_catalog.articles.first().id;
        view.showArticle(id);
        const QString shown = view.document()->toPlainText();
        QCOMPARE(shown, QString::fromUtf8(kArticle));
        QVERIFY(view.spans().size() >= 4);
        // Every highlight sits on the words its evidence quotes.
        QHash<QPair<int, int>, QString> quoted;
        for (const LaunchEvent &l : m_catalog.launches)
            for (const LaunchMention &m : l.mentions)
                for (const Evidence &e : m.evidence)
                    quoted.insert({e.start, e.end}, e.text());
        for (const Reaction &r : m_catalog.reactions)
            for (const Evidence &e : r.evidence)
                quoted.insert({e.start, e.end}, e.text());
        for (const HighlightSpan &s : view.spans()) {
            if (s.kind == QLatin1String("pubdate"))
                continue;
            QVERIFY(quoted.contains({s.start, s.end}));
            QCOMPARE(shown.mid(s.start, s.end - s.start), quoted.value({s.start, s.end}));
        }
        // A click on the distance quotes the article's own words.
        const int at = int(shown.indexOf(QLatin1String("1,100 km")));
        QVERIFY(at > 0);
        view.activatePosition(at + 1);
        const QLabel *status = view.findChild<QLabel *>(QStringLiteral("articleStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("1,100 km")), qPrintable(status->text()));
    }

    void findFindsWordsOfTheTextAndOpensTheArticle()
    {
        LaunchListModel model;
        model.setCatalog(m_catalog);
        QItemSelectionModel selection(&model);
        FindBar find(&model, &selection);
        QSignalSpy opened(&find, &FindBar::articleRequested);
        find.setQuery(QStringLiteral("threat to peace"));
        const QListWidget *results = find.findChild<QListWidget *>(QStringLiteral("findResults"));
        QVERIFY(results);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains(QLatin1String("threat to peace")));
        QLineEdit *field = find.findChild<QLineEdit *>(QStringLiteral("findField"));
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        const QString text = QString::fromUtf8(kArticle);
        QCOMPARE(opened.first().at(0).toString(), m_catalog.articles.first().id);
        QCOMPARE(opened.first().at(1).toInt(), int(text.indexOf(QLatin1String("threat to peace"))));
        QCOMPARE(opened.first().at(2).toInt(), int(text.indexOf(QLatin1String("threat to peace"))) + 15);

        find.setQuery(QStringLiteral("xylophone"));
        QCOMPARE(results->count(), 0);
    }

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

QTEST_MAIN(TestLibraryTexts)
#include "tst_librarytexts.moc"
