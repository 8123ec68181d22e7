#pragma once
// Everything known of the selected launch, field by field: the value shown, the
// machine's reading beside any correction, each source's account with the words
// it came from (a link opens the article there), conflicting values side by side
// with who reported each, and inferred dates with their reasons. Corrections
// (any field, not a launch, merge, split, note) start here and go through the
// EditController; a "?" beside each label opens the glossary.
#include <QWidget>

class QItemSelectionModel;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace atlas {
class EditController;
class LaunchListModel;
struct LaunchEvent;

class LaunchDetails : public QWidget {
    Q_OBJECT
public:
    LaunchDetails(LaunchListModel *model, QItemSelectionModel *selection, EditController *edits,
                  QWidget *parent = nullptr);

    QString shownLaunchId() const { return m_launchId; }
    // The page as HTML (what the browser shows), for tests and export.
    QString html() const;
    // focusField: a field to mark (the one chosen in the article view), or empty.
    static QString htmlFor(const LaunchListModel &model, const LaunchEvent &launch,
                           const QString &focusField = {});
    // Marks one field and scrolls to it (a highlight clicked in the article view).
    void showField(const QString &field);

    // The actions behind the buttons and links; each asks what it needs in a
    // small dialog, then goes through the EditController (undoable).
    void correctField(const QString &field);
    void rejectShown();
    void mergeShown();
    void splitShown();
    void noteShown();

signals:
    void articleRequested(const QString &articleId, int start, int end);
    // A "?" was clicked: the glossary entry for this field.
    void glossaryRequested(const QString &field);

private:
    void refresh();
    void followLink(const QUrl &url);
    void hoverLink(const QUrl &url);
    const LaunchEvent *shown() const;

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    EditController *m_edits;
    QTextBrowser *m_page;
    QList<QToolButton *> m_actions;
    QString m_launchId;
    QString m_focusField;
};

} // namespace atlas
