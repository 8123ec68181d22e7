#pragma once
// The articles and what the machine read in them: a list of every article with
// its publication date and where that date came from (dateline, banner, set by
// the user ...), and the selected article's text with each extracted span
// highlighted by kind (date, site, distance, class, count, splashdown, reaction
// ...). Clicking a highlight selects that field and its launch in the shared
// selection. Spans are Evidence offsets into the article's text; the text is
// shown as plain text, so document positions are the same offsets. A catalog
// from a library holds no texts: the one shown is fetched through
// Catalog::articleText when the article is chosen.
#include <QVector>
#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;

namespace atlas {
class LaunchListModel;
struct Catalog;

struct HighlightSpan {
    int start = 0;
    int end = 0;         // exclusive
    QString kind;        // Evidence.field, or "pubdate" for the publication date
    QString launchId;    // the launch the span tells of; empty for a reaction's or the date line
    QString reactionId;  // the reaction it belongs to, if any
};

class ArticleView : public QWidget {
    Q_OBJECT
public:
    ArticleView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // Shows an article and, when start >= 0, scrolls to [start, end) and marks it.
    void showArticle(const QString &articleId, int start = -1, int end = -1);
    QString currentArticleId() const { return m_articleId; }

    // The spans highlighted in the current article, broad ones (a reaction's
    // sentence) before the narrow ones painted over them.
    const QVector<HighlightSpan> &spans() const { return m_spans; }
    QTextDocument *document() const;
    // The narrowest span at a text position; nullptr when none.
    const HighlightSpan *spanAt(int position) const;
    // What a click at this text position does: selects the span's field and launch.
    void activatePosition(int position);

    static QVector<HighlightSpan> spansFor(const Catalog &catalog, const QString &articleId);

signals:
    // A highlight was clicked: the launch (may be empty for a reaction) and the field.
    void fieldActivated(const QString &launchId, const QString &field);
    void reactionActivated(const QString &reactionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refillList();
    void render();
    void markLaunchArticles();

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    QTreeWidget *m_list;
    QTextBrowser *m_text;
    QLabel *m_legend;
    QLabel *m_status;
    QString m_articleId;
    QString m_shownText; // the current article's text (Catalog::articleText), which spans index
    QVector<HighlightSpan> m_spans;
};

} // namespace atlas
