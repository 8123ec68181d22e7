#include "widgets/FindBar.h"

#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace atlas {

namespace {
constexpr int kHitRole = Qt::UserRole + 1; // index into m_hits
}

FindBar::FindBar(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_field(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_summary(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find launches, places, actors, article text"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find"));
    m_field->setToolTip(tr("Type a date, a missile class, a place, a country or person, or any words "
                           "from the articles. Down arrow moves to the results; Escape closes."));
    m_field->installEventFilter(this);
    layout->addWidget(m_field);

    m_summary->setObjectName(QStringLiteral("findSummary"));
    m_summary->setAccessibleName(tr("Find results count"));
    layout->addWidget(m_summary);

    m_list->setObjectName(QStringLiteral("findResults"));
    m_list->setAccessibleName(tr("Find results"));
    m_list->setToolTip(tr("Enter or double-click: select the launch, or open the article at the match"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    layout->addWidget(m_list, 1);

    // Re-search a moment after the last keystroke, so typing stays smooth on a large catalog.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &FindBar::search);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search();
        if (!m_hits.isEmpty())
            choose(0);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        choose(item->data(kHitRole).toInt());
    });
    connect(m_model, &LaunchListModel::catalogChanged, this, [this] {
        if (!m_field->text().isEmpty())
            search();
    });
}

void FindBar::activate()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setQuery(const QString &text)
{
    m_field->setText(text);
    m_debounce->stop();
    search();
}

QString FindBar::query() const { return m_field->text(); }

QString FindBar::kindName(SearchHit::Kind kind) const
{
    switch (kind) {
    case SearchHit::Kind::Launch:
        return tr("Launch");
    case SearchHit::Kind::Place:
        return tr("Place");
    case SearchHit::Kind::Actor:
        return tr("Actor");
    case SearchHit::Kind::Article:
        return tr("Article");
    }
    return {};
}

void FindBar::search()
{
    m_hits = CatalogSearch::find(m_model->catalog(), m_field->text());
    m_list->clear();
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &h = m_hits.at(i);
        // The search runs on the data's English; a launch and its site are shown
        // in the reader's language (DateText, PlaceNames).
        QString title = h.title, context = h.context;
        if (const LaunchEvent *l = h.launchId.isEmpty() ? nullptr : m_model->catalog().launch(h.launchId)) {
            if (h.kind == SearchHit::Kind::Launch) {
                title = DateText::launchLabel(*l);
            } else if (h.kind == SearchHit::Kind::Place) {
                title = PlaceNames::siteText(l->site);
                context = DateText::launchLabel(*l);
            }
        }
        QString text = QStringLiteral("%1: %2").arg(kindName(h.kind), title);
        if (!context.isEmpty())
            text += QLatin1Char('\n') + context;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kHitRole, i);
        item->setToolTip(h.launchId.isEmpty() ? tr("Open the article at this match")
                                              : tr("Select this launch in every pane"));
    }
    if (m_field->text().trimmed().isEmpty())
        m_summary->clear();
    else if (m_hits.isEmpty())
        m_summary->setText(tr("No matches"));
    else
        m_summary->setText(tr("%n match(es)", nullptr, int(m_hits.size())));
}

void FindBar::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const SearchHit &h = m_hits.at(row);
    const int modelRow = h.launchId.isEmpty() ? -1 : m_model->rowOf(h.launchId);
    if (modelRow >= 0) {
        m_selection->setCurrentIndex(m_model->index(modelRow),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Current);
        return;
    }
    if (!h.articleId.isEmpty())
        emit articleRequested(h.articleId, h.start, h.end);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentItem())
                m_list->setCurrentRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atlas
