#pragma once
// Diplomatic reactions to the selected launch, or, with none selected, to the
// launches in the timeline's date window: grouped by country, each with a stance
// badge, who said it, the quote, when, and how many days after the launch.
// Filters by stance and country. Activating a reaction asks for its article at
// the sentence it came from (articleRequested; MainWindow routes it).
#include "model/Catalog.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace atlas {
class LaunchListModel;

// Which reactions to show. Pure data, so grouping and filtering are testable
// without a widget.
struct ReactionFilter {
    QString launchId;      // one launch; empty: every launch in [from, to]
    QDate from, to;        // the date window, inclusive; invalid: open on that side
    QList<Stance> stances; // empty: every stance
    QString country;       // empty: every country
};

struct ReactionGroup {
    QString country;
    QVector<const Reaction *> reactions; // by launch date, then reaction date, then text order
};

class ReactionsPanel : public QWidget {
    Q_OBJECT
public:
    ReactionsPanel(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The launch whose reactions are shown; empty when none is selected.
    QString shownLaunchId() const { return m_launchId; }

    // The timeline's visible range: used when no launch is selected.
    void setDateWindow(const QDate &from, const QDate &to);
    // Filters (also set from the panel's own combo boxes). nullptr / empty: all.
    void setStanceFilter(const Stance *stance);
    void setCountryFilter(const QString &country);
    ReactionFilter filter() const;

    // What is shown, grouped: pointers into the model's catalog, valid until it changes.
    const QVector<ReactionGroup> &groups() const { return m_groups; }
    // Opens the reaction's article at its sentence, as a click does.
    void activateReaction(const QString &reactionId);

    // Grouping and filtering, by country in alphabetical order. A reaction
    // linked to no launch shows only when no launch is selected and its
    // article's publication date (or its own date) falls in the window.
    static QVector<ReactionGroup> group(const Catalog &catalog, const ReactionFilter &filter);
    // "same day", "+2 days", "about +3 days", "" when either date is unknown.
    static QString daysAfterLaunch(const Reaction &reaction, const LaunchEvent *launch);

signals:
    // The reaction's article, and the span of the sentence it came from.
    void articleRequested(const QString &articleId, int start, int end);
    void reactionActivated(const QString &reactionId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void refillCountries();
    void onItemActivated(QTreeWidgetItem *item);

    LaunchListModel *m_model;
    QItemSelectionModel *m_selection;
    QLabel *m_heading;
    QComboBox *m_stanceBox;
    QComboBox *m_countryBox;
    QTreeWidget *m_tree;
    QString m_launchId;
    QDate m_from, m_to;
    QVector<ReactionGroup> m_groups;
};

} // namespace atlas
