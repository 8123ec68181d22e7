#pragma once
// Find (Ctrl+F): one line to type in, a list of results below it. Looks through
// launches, places, actors and the articles' text (CatalogSearch). Choosing a
// result selects its launch in the shared selection model, or, for a match in an
// article's text, asks for that article to be opened at the match.
#include "search/CatalogSearch.h"

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace atlas {
class LaunchListModel;

class FindBar : public QWidget {
    Q_OBJECT
public:
    FindBar(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // Puts the cursor in the search field with its text selected, ready to type.
    void activate();
    void setQuery(const QString &text);
    QString query() const;
    // The hits shown, in list order (tests and accessibility).
    const QVector<SearchHit> &hits() const { return m_hits; }
    // Acts on the hit in row `row` as if the user chose it.
    void choose(int row);

    QLineEdit *searchField() const { return m_field; }
    QListWidget *resultList() const { return m_list; }

signals:
    // A match inside an article's text: show that article, with [start, end) highlighted.
    void articleRequested(const QString &articleId, int start, int end);
    // Escape in the search field: the owner may hide the bar.
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    QString kindName(SearchHit::Kind kind) const;

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    QLineEdit *m_field;
    QListWidget *m_list;
    QLabel *m_summary;
    QTimer *m_debounce;
    QVector<SearchHit> m_hits;
};

} // namespace atlas
