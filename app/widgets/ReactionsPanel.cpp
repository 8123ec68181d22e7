#include "widgets/ReactionsPanel.h"

#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"
#include "render/StanceBadge.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

enum ItemRole {
    ReactionIdRole = Qt::UserRole + 1,
    StanceRole,  // int(Stance); absent on country rows
    WhoRole,     // the person, else the office, else the country
    DetailRole,  // the office (when a person speaks) and when, on the second line
    QuoteRole
};

constexpr int kMargin = 4;
constexpr int kGap = 3;

QString whoOf(const Reaction &r)
{
    // Names as written; countries and offices in the reader's language.
    if (!r.person.isEmpty())
        return r.person;
    return r.role.isEmpty() ? PlaceNames::place(r.actor) : VocabularyText::role(r.role);
}

QFont italicOf(const QFont &f)
{
    QFont i = f;
    i.setItalic(true);
    return i;
}

QFont smallOf(const QFont &f)
{
    QFont s = f;
    s.setPointSizeF(f.pointSizeF() * 0.9);
    return s;
}

// Paints a reaction in up to three lines: badge and who; office and when; the
// quote, wrapped. Nothing is cut off in a narrow dock. Country rows paint as usual.
class ReactionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(StanceRole).isValid()) {
            QStyledItemDelegate::paint(p, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const Stance stance = Stance(index.data(StanceRole).toInt());
        const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const QRect badge = StanceBadge::paint(p, r.topLeft(), stance, smallOf(option.font));
        const QColor fg = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                               : option.palette.text().color();
        p->save();
        p->setPen(fg);
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        const QRect whoRect(badge.right() + 6, r.top(), r.right() - badge.right() - 6, badge.height());
        p->drawText(whoRect, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(bold).elidedText(index.data(WhoRole).toString(), Qt::ElideRight, whoRect.width()));
        int y = badge.bottom() + kGap;
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty()) {
            const QFont small = smallOf(option.font);
            QColor dim = fg;
            dim.setAlphaF(0.7);
            p->setPen(dim);
            p->setFont(small);
            const QRect box = QFontMetrics(small).boundingRect(QRect(r.left(), y, r.width(), 10000), Qt::TextWordWrap, detail);
            p->drawText(QRect(r.left(), y, r.width(), box.height()), Qt::TextWordWrap | Qt::AlignLeft, detail);
            y += box.height() + kGap;
        }
        const QString quote = index.data(QuoteRole).toString();
        if (!quote.isEmpty()) {
            p->setFont(italicOf(option.font));
            p->setPen(fg);
            p->drawText(QRect(r.left(), y, r.width(), r.bottom() - y + 1), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                        quote);
        }
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        if (!index.data(StanceRole).isValid())
            return base;
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        const int width = std::max(50, (view ? view->viewport()->width() - 2 * view->indentation() : 300) - 2 * kMargin);
        int height = StanceBadge::sizeHint(Stance(index.data(StanceRole).toInt()), smallOf(option.font)).height()
            + 2 * kMargin;
        auto wrapped = [width](const QFont &font, const QString &text) {
            return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
        };
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty())
            height += kGap + wrapped(smallOf(option.font), detail);
        const QString quote = index.data(QuoteRole).toString();
        if (!quote.isEmpty())
            height += kGap + wrapped(italicOf(option.font), quote);
        return {base.width(), height};
    }
};

// The legend: every stance badge, wrapped to the width; hovering one says what it means.
class StanceLegend : public QWidget {
public:
    explicit StanceLegend(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("stanceLegend"));
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        setAccessibleName(tr("Stance legend"));
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return layoutBadges(w).second; }
    QSize sizeHint() const override { return {300, heightForWidth(300)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const auto places = layoutBadges(width()).first;
        for (int i = 0; i < places.size(); ++i)
            StanceBadge::paint(&p, places.at(i).topLeft(), allStances().at(i), font());
    }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(e);
            const auto places = layoutBadges(width()).first;
            for (int i = 0; i < places.size(); ++i) {
                if (places.at(i).contains(help->pos())) {
                    const Stance s = allStances().at(i);
                    QToolTip::showText(help->globalPos(), QStringLiteral("%1: %2").arg(StanceBadge::displayWord(s), StanceBadge::description(s)), this);
                    return true;
                }
            }
            QToolTip::hideText();
            return true;
        }
        return QWidget::event(e);
    }

private:
    QPair<QVector<QRect>, int> layoutBadges(int width) const
    {
        QVector<QRect> out;
        int x = 0, y = 0, lineHeight = 0;
        for (Stance s : allStances()) {
            const QSize size = StanceBadge::sizeHint(s, font());
            if (x > 0 && x + size.width() > width) {
                x = 0;
                y += lineHeight + 4;
            }
            out << QRect(QPoint(x, y), size);
            x += size.width() + 4;
            lineHeight = std::max(lineHeight, size.height());
        }
        return {out, y + lineHeight};
    }
};

bool inWindow(const FuzzyDate &d, const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return true;
    if (!d.isKnown())
        return false;
    return (!from.isValid() || d.latest >= from) && (!to.isValid() || d.earliest <= to);
}

} // namespace

ReactionsPanel::ReactionsPanel(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_heading(new QLabel(this)),
      m_stanceBox(new QComboBox(this)), m_countryBox(new QComboBox(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("reactionsPanel"));
    setAccessibleName(tr("Diplomatic reactions"));
    m_heading->setObjectName(QStringLiteral("reactionsHeading"));
    m_heading->setWordWrap(true);
    m_stanceBox->setObjectName(QStringLiteral("stanceFilter"));
    m_stanceBox->setAccessibleName(tr("Filter by stance"));
    m_stanceBox->setToolTip(tr("Show only the reactions of one stance"));
    m_stanceBox->addItem(tr("All stances"));
    for (Stance s : allStances()) {
        m_stanceBox->addItem(StanceBadge::displayWord(s), int(s));
        m_stanceBox->setItemData(m_stanceBox->count() - 1, StanceBadge::description(s), Qt::ToolTipRole);
    }
    m_countryBox->setObjectName(QStringLiteral("countryFilter"));
    m_countryBox->setAccessibleName(tr("Filter by country"));
    m_countryBox->setToolTip(tr("Show only the reactions of one country"));
    m_countryBox->addItem(tr("All countries"));

    m_tree->setObjectName(QStringLiteral("reactionsTree"));
    m_tree->setAccessibleName(tr("Reactions by country"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setItemDelegate(new ReactionDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setToolTip(tr("Click a reaction to read it in its article"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stanceBox);
    filters->addWidget(m_countryBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(new StanceLegend(this));
    layout->addWidget(m_tree, 1);

    connect(m_selection, &QItemSelectionModel::currentChanged, this, &ReactionsPanel::refresh);
    connect(m_model, &LaunchListModel::catalogChanged, this, [this] {
        refillCountries();
        refresh();
    });
    connect(m_stanceBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReactionsPanel::refresh);
    connect(m_countryBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReactionsPanel::refresh);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ReactionsPanel::onItemActivated);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ReactionsPanel::onItemActivated);
    refillCountries();
    refresh();
}

void ReactionsPanel::setDateWindow(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refresh();
}

void ReactionsPanel::setStanceFilter(const Stance *stance)
{
    m_stanceBox->setCurrentIndex(stance ? m_stanceBox->findData(int(*stance)) : 0);
}

void ReactionsPanel::setCountryFilter(const QString &country)
{
    const int at = country.isEmpty() ? 0 : m_countryBox->findData(country);
    m_countryBox->setCurrentIndex(std::max(at, 0));
}

ReactionFilter ReactionsPanel::filter() const
{
    ReactionFilter f;
    f.launchId = m_launchId;
    f.from = m_from;
    f.to = m_to;
    if (m_stanceBox->currentIndex() > 0)
        f.stances = {Stance(m_stanceBox->currentData().toInt())};
    if (m_countryBox->currentIndex() > 0)
        f.country = m_countryBox->currentData().toString();
    return f;
}

QVector<ReactionGroup> ReactionsPanel::group(const Catalog &catalog, const ReactionFilter &filter)
{
    struct Row {
        const Reaction *reaction;
        QDate launchDate;
        int order;
    };
    QMap<QString, QVector<Row>> byCountry;
    for (int i = 0; i < catalog.reactions.size(); ++i) {
        const Reaction &r = catalog.reactions.at(i);
        const LaunchEvent *launch = r.launchId.isEmpty() ? nullptr : catalog.launch(r.launchId);
        if (launch && launch->rejected)
            continue;
        if (!filter.launchId.isEmpty()) {
            if (r.launchId != filter.launchId)
                continue;
        } else if (launch) {
            if (!inWindow(launch->date, filter.from, filter.to))
                continue;
        } else {
            const Article *a = catalog.article(r.articleId);
            const FuzzyDate said = r.date.isKnown() || !a ? r.date : FuzzyDate::onDay(a->publicationDate);
            if (!inWindow(said, filter.from, filter.to))
                continue;
        }
        if (!filter.stances.isEmpty() && !filter.stances.contains(r.stance))
            continue;
        if (!filter.country.isEmpty() && r.actor != filter.country)
            continue;
        byCountry[r.actor].push_back({&r, launch ? launch->date.midpoint() : QDate(), i});
    }
    QVector<ReactionGroup> out;
    for (auto it = byCountry.begin(); it != byCountry.end(); ++it) {
        QVector<Row> rows = it.value();
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.launchDate != b.launchDate)
                return !b.launchDate.isValid() || (a.launchDate.isValid() && a.launchDate < b.launchDate);
            const QDate da = a.reaction->date.midpoint(), db = b.reaction->date.midpoint();
            if (da != db)
                return !db.isValid() || (da.isValid() && da < db);
            return a.order < b.order;
        });
        ReactionGroup g{it.key(), {}};
        for (const Row &row : rows)
            g.reactions << row.reaction;
        out << g;
    }
    return out;
}

QString ReactionsPanel::daysAfterLaunch(const Reaction &reaction, const LaunchEvent *launch)
{
    if (!launch || !launch->date.isKnown() || !reaction.date.isKnown())
        return {};
    const qint64 days = launch->date.midpoint().daysTo(reaction.date.midpoint());
    const bool exact = launch->date.isDay() && reaction.date.isDay();
    const QString about = exact ? QString() : tr("about ");
    if (days == 0)
        return exact ? tr("same day") : tr("about the same day");
    // Spelled out rather than "%n day(s)": the app ships no English plural forms.
    if (days > 0)
        return about + (days == 1 ? tr("+1 day") : tr("+%1 days").arg(days));
    return about + (days == -1 ? tr("1 day before") : tr("%1 days before").arg(-days));
}

void ReactionsPanel::refillCountries()
{
    // Items show the country in the reader's language and keep the actor as data.
    const QString current = m_countryBox->currentIndex() > 0 ? m_countryBox->currentData().toString() : QString();
    QStringList countries;
    for (const Reaction &r : m_model->catalog().reactions) {
        if (!countries.contains(r.actor))
            countries << r.actor;
    }
    countries.sort();
    const QSignalBlocker block(m_countryBox);
    while (m_countryBox->count() > 1)
        m_countryBox->removeItem(1);
    for (const QString &c : countries)
        m_countryBox->addItem(PlaceNames::place(c), c);
    m_countryBox->setCurrentIndex(std::max(0, int(m_countryBox->findData(current))));
    if (current.isEmpty())
        m_countryBox->setCurrentIndex(0);
}

void ReactionsPanel::refresh()
{
    const QModelIndex current = m_selection->currentIndex();
    const LaunchEvent *launch = current.isValid() ? m_model->launchAt(current.row()) : nullptr;
    // Same launch again (a correction, a filter): keep the reader's place.
    const int scroll = launch && launch->id == m_launchId ? m_tree->verticalScrollBar()->value() : 0;
    m_launchId = launch ? launch->id : QString();
    const Catalog &catalog = m_model->catalog();
    m_groups = group(catalog, filter());

    int total = 0;
    m_tree->clear();
    for (const ReactionGroup &g : m_groups) {
        auto *country = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(PlaceNames::place(g.country)).arg(g.reactions.size())});
        QFont bold = country->font(0);
        bold.setBold(true);
        country->setFont(0, bold);
        country->setFlags(Qt::ItemIsEnabled);
        for (const Reaction *r : g.reactions) {
            const LaunchEvent *l = catalog.launch(r->launchId);
            QStringList when;
            const Article *source = catalog.article(r->articleId);
            if (r->date.precision != DatePrecision::Unknown) {
                when << DateText::fuzzy(r->date);
                const QString after = daysAfterLaunch(*r, l);
                if (!after.isEmpty())
                    when << after;
            } else if (source && source->publicationDate.isValid()) {
                // Undated in the text: it was said by the time the article appeared.
                Reaction byPublication = *r;
                byPublication.date = FuzzyDate::onDay(source->publicationDate);
                when << tr("reported %1").arg(DateText::day(source->publicationDate));
                const QString after = daysAfterLaunch(byPublication, l);
                if (!after.isEmpty())
                    when << (after == tr("same day") ? tr("launch day") : tr("within %1").arg(after));
            }
            auto *item = new QTreeWidgetItem(country);
            item->setData(0, ReactionIdRole, r->id);
            item->setData(0, StanceRole, int(r->stance));
            item->setData(0, WhoRole, whoOf(*r));
            if (!r->person.isEmpty() && !r->role.isEmpty())
                when.prepend(VocabularyText::role(r->role));
            item->setData(0, DetailRole, when.join(QStringLiteral(" · ")));
            item->setData(0, QuoteRole, r->quote.isEmpty() ? QString() : QStringLiteral("“%1”").arg(r->quote));
            item->setData(0, Qt::AccessibleTextRole,
                          tr("%1, %2: %3").arg(whoOf(*r), StanceBadge::displayWord(r->stance), r->quote));
            if (!when.isEmpty())
                item->setData(0, Qt::AccessibleDescriptionRole, when.join(QStringLiteral(", ")));
            QString tip = QStringLiteral("%1 — %2").arg(StanceBadge::displayWord(r->stance), StanceBadge::description(r->stance));
            if (!launch && l)
                tip += QLatin1Char('\n') + tr("About the launch of %1").arg(DateText::launchLabel(*l));
            if (const Article *a = catalog.article(r->articleId))
                tip += QLatin1Char('\n') + tr("From: %1").arg(a->displayName());
            item->setToolTip(0, tip);
            ++total;
        }
        country->setExpanded(true);
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    if (launch)
        m_heading->setText(tr("%n reaction(s) to the launch of %1", nullptr, total).arg(DateText::launchLabel(*launch)));
    else if (m_from.isValid() || m_to.isValid())
        m_heading->setText(tr("%n reaction(s) to launches from %1 to %2", nullptr, total)
                               .arg(m_from.isValid() ? DateText::day(m_from) : QStringLiteral("…"),
                                    m_to.isValid() ? DateText::day(m_to) : QStringLiteral("…")));
    else
        m_heading->setText(tr("%n reaction(s) to all launches; select a launch to see its own", nullptr, total));
}

void ReactionsPanel::activateReaction(const QString &reactionId)
{
    for (const Reaction &r : m_model->catalog().reactions) {
        if (r.id != reactionId)
            continue;
        emit reactionActivated(r.id);
        // The sentence ("reaction" evidence), else any evidence it has.
        Evidence e = evidenceFor(r.evidence, QStringLiteral("reaction"));
        if (!e.isValid() && !r.evidence.isEmpty())
            e = r.evidence.first();
        emit articleRequested(e.isValid() ? e.articleId : r.articleId, e.start, e.end);
        return;
    }
}

void ReactionsPanel::onItemActivated(QTreeWidgetItem *item)
{
    const QString id = item ? item->data(0, ReactionIdRole).toString() : QString();
    if (!id.isEmpty())
        activateReaction(id);
}

void ReactionsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Quotes wrap to the width: row heights follow it.
    m_tree->doItemsLayout();
}

} // namespace atlas
