// The article view: highlights sit exactly on the evidence offsets, coloured by
// kind; a click on one selects its launch in the shared selection and names
// the field; the list shows where each publication date came from.
#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/StanceBadge.h"
#include "widgets/ArticleView.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

using namespace atlas;

namespace {

const QString kText = QStringLiteral(
    "SEOUL, Jan. 14 (Yonhap) -- North Korea fired a ballistic missile on Tuesday.\n"
    "The missile flew about 1,100 km before it fell into the East Sea, the JCS said.\n"
    "Japan strongly condemned the launch.");

Evidence ev(const QString &field, const QString &words)
{
    const int start = int(kText.indexOf(words));
    Q_ASSERT(start >= 0);
    return Evidence{QStringLiteral("a1"), field, start, start + int(words.size()), words};
}

Catalog catalog()
{
    Catalog c;
    Article a;
    a.id = QStringLiteral("a1");
    a.title = QStringLiteral("North Korea fires a missile");
    a.text = kText;
    a.publicationDate = QDate(2025, 1, 14);
    a.publicationDateSource = PubDateSource::Dateline;
    a.publicationDateText = QStringLiteral("Jan. 14");
    a.publicationDateStart = int(kText.indexOf(a.publicationDateText));
    Article b;
    b.id = QStringLiteral("a2");
    b.filePath = QStringLiteral("/tmp/other.txt");
    b.text = QStringLiteral("Nothing dated here.");
    c.articles = {a, b};
    LaunchEvent l;
    l.id = QStringLiteral("L1");
    l.date = FuzzyDate::onDay(QDate(2025, 1, 14));
    l.distanceKm.value = 1100;
    LaunchMention m;
    m.articleId = QStringLiteral("a1");
    m.evidence = {ev(QStringLiteral("date"), QStringLiteral("on Tuesday")),
                  ev(QStringLiteral("class"), QStringLiteral("ballistic missile")),
                  ev(QStringLiteral("distance"), QStringLiteral("about 1,100 km")),
                  ev(QStringLiteral("splashdown"), QStringLiteral("fell into the East Sea"))};
    l.mentions = {m};
    LaunchEvent other;
    other.id = QStringLiteral("L0");
    other.date = FuzzyDate::onDay(QDate(2024, 11, 5));
    c.launches = {l, other};
    Reaction r;
    r.id = QStringLiteral("r1");
    r.launchId = QStringLiteral("L1");
    r.articleId = QStringLiteral("a1");
    r.actor = QStringLiteral("Japan");
    r.stance = Stance::Condemn;
    r.evidence = {ev(QStringLiteral("reaction"), QStringLiteral("Japan strongly condemned the launch.")),
                  ev(QStringLiteral("stance"), QStringLiteral("condemned"))};
    c.reactions = {r};
    return c;
}

QColor backgroundAt(QTextDocument *doc, int position)
{
    QTextCursor c(doc);
    c.setPosition(position + 1); // the format of the character before the cursor
    return c.charFormat().background().color();
}

} // namespace

class TestArticleView : public QObject {
    Q_OBJECT
private slots:
    void highlightsMatchEvidenceOffsets()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ArticleView view(&model, &selection);
        model.setCatalog(catalog());
        view.showArticle(QStringLiteral("a1"));
        QCOMPARE(view.document()->toPlainText(), kText);

        // Every evidence span of the article, plus the publication date, in order broad-then-narrow.
        QStringList kinds;
        for (const HighlightSpan &s : view.spans())
            kinds << s.kind;
        QCOMPARE(kinds, (QStringList{"reaction", "pubdate", "class", "date", "distance", "splashdown", "stance"}));
        const StanceStyle &style = StanceStyle::bundled();
        for (const HighlightSpan &s : view.spans()) {
            const QString words = kText.mid(s.start, s.end - s.start);
            QVERIFY2(!words.isEmpty(), qPrintable(s.kind));
            // First and last character carry the kind's colour (narrow spans paint over the sentence).
            if (s.kind != QLatin1String("reaction") || s.start == kText.indexOf(QStringLiteral("Japan"))) {
                const bool covered = s.kind == QLatin1String("reaction");
                const QColor want = style.evidenceColor(covered ? QStringLiteral("reaction") : s.kind);
                QCOMPARE(backgroundAt(view.document(), s.start), want);
                QCOMPARE(backgroundAt(view.document(), s.end - 1), want);
            }
            // ... and the characters just outside do not, unless another span is there.
            if (s.end < kText.size() && !view.spanAt(s.end))
                QVERIFY(backgroundAt(view.document(), s.end) != style.evidenceColor(s.kind));
        }
        const int distanceAt = int(kText.indexOf(QStringLiteral("1,100")));
        QCOMPARE(view.spanAt(distanceAt)->kind, QStringLiteral("distance"));
        QCOMPARE(view.spanAt(int(kText.indexOf(QStringLiteral("condemned"))))->kind, QStringLiteral("stance"));
        QCOMPARE(view.spanAt(int(kText.indexOf(QStringLiteral("strongly"))))->kind, QStringLiteral("reaction"));
        QVERIFY(!view.spanAt(int(kText.indexOf(QStringLiteral("JCS")))));
    }

    void clickSelectsFieldAndLaunch()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ArticleView view(&model, &selection);
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setCatalog(catalog());
        view.showArticle(QStringLiteral("a1"));
        QSignalSpy fields(&view, &ArticleView::fieldActivated);

        // A real click on the middle of the distance span.
        auto *text = view.findChild<QTextBrowser *>(QStringLiteral("articleText"));
        QTextCursor c(view.document());
        c.setPosition(int(kText.indexOf(QStringLiteral("1,100"))) + 2);
        const QPoint at = text->cursorRect(c).center();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(fields.count(), 1);
        QCOMPARE(fields.first().at(0).toString(), QStringLiteral("L1"));
        QCOMPARE(fields.first().at(1).toString(), QStringLiteral("distance"));
        QCOMPARE(model.launchAt(selection.currentIndex().row())->id, QStringLiteral("L1"));

        // Text outside any span selects nothing.
        selection.clearCurrentIndex();
        view.activatePosition(int(kText.indexOf(QStringLiteral("JCS"))));
        QCOMPARE(fields.count(), 1);
        QVERIFY(!selection.currentIndex().isValid());
    }

    void listsArticlesWithDateSources()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ArticleView view(&model, &selection);
        model.setCatalog(catalog());
        auto *list = view.findChild<QTreeWidget *>(QStringLiteral("articleList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("North Korea fires a missile"));
        // Shown as the reader's language writes dates ("14 Jan 2025"), not ISO.
        QCOMPARE(list->topLevelItem(0)->text(1), DateText::day(QDate(2025, 1, 14)));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("dateline"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("other.txt"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("none found"));

        // Picking an article in the list shows it.
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(view.currentArticleId(), QStringLiteral("a2"));
        QCOMPARE(view.document()->toPlainText(), QStringLiteral("Nothing dated here."));
        QVERIFY(view.spans().isEmpty());
    }

    void opensAtTheSentence()
    {
        LaunchListModel model;
        QItemSelectionModel selection(&model);
        ArticleView view(&model, &selection);
        model.setCatalog(catalog());
        const Evidence sentence = catalog().reactions.first().evidence.first();
        view.showArticle(QStringLiteral("a1"), sentence.start, sentence.end);
        auto *text = view.findChild<QTextBrowser *>(QStringLiteral("articleText"));
        QCOMPARE(text->extraSelections().size(), 1);
        QCOMPARE(text->extraSelections().first().cursor.selectedText(), sentence.text());
        QCOMPARE(text->textCursor().position(), sentence.start);
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
