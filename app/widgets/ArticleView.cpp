#include "widgets/ArticleView.h"

#include "model/AnalystEdit.h"
#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/StanceBadge.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

// Kinds listed in the legend, in reading order of a launch report.
const QStringList &legendKinds()
{
    static const QStringList kinds{QStringLiteral("date"),     QStringLiteral("site"),
                                   QStringLiteral("class"),    QStringLiteral("count"),
                                   QStringLiteral("distance"), QStringLiteral("apogee"),
                                   QStringLiteral("splashdown"), QStringLiteral("reaction"),
                                   QStringLiteral("pubdate")};
    return kinds;
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("pubdate"))
        return ArticleView::tr("publication date");
    if (kind == QLatin1String("reaction"))
        return ArticleView::tr("reaction");
    // The core's field labels are English; the chips are user-visible, so they are spelled here for lupdate.
    if (kind == QLatin1String("date"))
        return ArticleView::tr("date");
    if (kind == QLatin1String("site"))
        return ArticleView::tr("launch site");
    if (kind == QLatin1String("class"))
        return ArticleView::tr("missile class");
    if (kind == QLatin1String("count"))
        return ArticleView::tr("number of missiles");
    if (kind == QLatin1String("distance"))
        return ArticleView::tr("distance flown");
    if (kind == QLatin1String("apogee"))
        return ArticleView::tr("apogee");
    if (kind == QLatin1String("splashdown"))
        return ArticleView::tr("splashdown");
    return EditField::label(kind).toLower();
}

QString dateSourceText(const Article &a)
{
    switch (a.publicationDateSource) {
    case PubDateSource::Dateline: return ArticleView::tr("dateline");
    case PubDateSource::Stamp: return ArticleView::tr("date stamp");
    case PubDateSource::Banner: return ArticleView::tr("site banner");
    case PubDateSource::Metadata: return ArticleView::tr("metadata");
    case PubDateSource::User: return ArticleView::tr("set by you");
    case PubDateSource::None: break;
    }
    return ArticleView::tr("none found");
}

} // namespace

ArticleView::ArticleView(LaunchListModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_list(new QTreeWidget(this)),
      m_text(new QTextBrowser(this)), m_legend(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Articles"));
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles read"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Article"), tr("Published"), tr("Date from")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("Every article read, with its publication date and where that date came from"));
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setAccessibleName(tr("Article text"));
    m_text->setOpenLinks(false);
    m_text->setReadOnly(true);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    m_legend->setObjectName(QStringLiteral("articleLegend"));
    m_legend->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("articleStatus"));
    m_status->setWordWrap(true);

    QStringList legend;
    for (const QString &kind : legendKinds()) {
        // Dark text on the light highlight colours, whatever the palette (dark mode too).
        legend << QStringLiteral("<span style=\"background:%1; color:#1a1a1a\">&nbsp;%2&nbsp;</span>")
                      .arg(StanceStyle::bundled().evidenceColor(kind).name(), kindLabel(kind).toHtmlEscaped());
    }
    m_legend->setText(legend.join(QLatin1Char(' ')));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_legend);
    bottomLayout->addWidget(m_text, 1);
    bottomLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(bottom);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).toString() != m_articleId)
            showArticle(item->data(0, Qt::UserRole).toString());
    });
    connect(m_model, &LaunchListModel::catalogChanged, this, [this] {
        // A correction re-renders the highlights; the reader keeps their place.
        const int scroll = m_text->verticalScrollBar()->value();
        const QString before = m_articleId;
        refillList();
        render();
        if (m_articleId == before)
            m_text->verticalScrollBar()->setValue(scroll);
    });
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &ArticleView::markLaunchArticles);
    refillList();
}

QTextDocument *ArticleView::document() const { return m_text->document(); }

QVector<HighlightSpan> ArticleView::spansFor(const Catalog &catalog, const QString &articleId)
{
    QVector<HighlightSpan> broad, narrow;
    auto add = [&](const Evidence &e, const QString &launchId, const QString &reactionId) {
        if (e.articleId != articleId || !e.isValid() || e.end <= e.start)
            return;
        HighlightSpan s{e.start, e.end, e.field, launchId, reactionId};
        (e.field == QLatin1String("reaction") ? broad : narrow) << s;
    };
    for (const LaunchEvent &l : catalog.launches) {
        if (l.rejected)
            continue;
        for (const LaunchMention &m : l.mentions) {
            for (const Evidence &e : m.evidence)
                add(e, l.id, QString());
        }
    }
    for (const Reaction &r : catalog.reactions) {
        for (const Evidence &e : r.evidence)
            add(e, r.launchId, r.id);
    }
    if (const Article *a = catalog.article(articleId)) {
        if (a->publicationDateStart >= 0 && !a->publicationDateText.isEmpty())
            narrow << HighlightSpan{a->publicationDateStart,
                                    a->publicationDateStart + int(a->publicationDateText.size()),
                                    QStringLiteral("pubdate"), QString(), QString()};
    }
    auto byStart = [](const HighlightSpan &a, const HighlightSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    std::stable_sort(broad.begin(), broad.end(), byStart);
    std::stable_sort(narrow.begin(), narrow.end(), byStart);
    return broad + narrow;
}

const HighlightSpan *ArticleView::spanAt(int position) const
{
    const HighlightSpan *best = nullptr;
    for (const HighlightSpan &s : m_spans) {
        if (position >= s.start && position < s.end && (!best || s.end - s.start < best->end - best->start))
            best = &s;
    }
    return best;
}

void ArticleView::activatePosition(int position)
{
    const HighlightSpan *s = spanAt(position);
    if (!s)
        return;
    const HighlightSpan span = *s; // selecting a launch may re-render and move m_spans
    const Catalog &c = m_model->catalog();
    const QString words = m_shownText.mid(span.start, span.end - span.start);
    QString what = kindLabel(span.kind);
    if (const LaunchEvent *l = c.launch(span.launchId)) {
        const QString field = span.kind == QLatin1String("reaction") || span.kind == QLatin1String("actor")
                || span.kind == QLatin1String("stance") || span.kind == QLatin1String("quote")
            ? QString()
            : span.kind;
        const QString value = EditField::editable().contains(field) ? EditField::display(*l, field) : QString();
        m_status->setText(value.isEmpty()
                              ? tr("<b>%1</b> about the launch of %2: “%3”").arg(what, DateText::launchLabel(*l), words.toHtmlEscaped())
                              : tr("<b>%1</b> of the launch of %2: %3 (read from “%4”)")
                                    .arg(what, DateText::launchLabel(*l), value.toHtmlEscaped(), words.toHtmlEscaped()));
        const int row = m_model->rowOf(l->id);
        if (row >= 0)
            m_selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    } else {
        m_status->setText(tr("<b>%1</b>: “%2”").arg(what, words.toHtmlEscaped()));
    }
    emit fieldActivated(span.launchId, span.kind);
    if (!span.reactionId.isEmpty())
        emit reactionActivated(span.reactionId);
}

void ArticleView::showArticle(const QString &articleId, int start, int end)
{
    if (articleId != m_articleId) {
        m_articleId = articleId;
        render();
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == articleId) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(item);
        }
    }
    QList<QTextEdit::ExtraSelection> marks;
    if (start >= 0) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(std::min(start, m_text->document()->characterCount() - 1));
        cursor.setPosition(std::clamp(end, start, m_text->document()->characterCount() - 1), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection mark;
        mark.cursor = cursor;
        mark.format.setProperty(QTextFormat::OutlinePen, QPen(palette().highlight().color(), 1.5));
        mark.format.setFontUnderline(true);
        mark.format.setUnderlineColor(palette().highlight().color());
        mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        marks << mark;
        // Scroll the sentence to near the top, with a line of context above it,
        // and leave no text selection to hide the colours.
        QTextCursor at(m_text->document());
        at.setPosition(cursor.selectionStart());
        m_text->setTextCursor(at);
        m_text->ensureCursorVisible();
        QScrollBar *bar = m_text->verticalScrollBar();
        bar->setValue(bar->value() + m_text->cursorRect(at).top() - m_text->fontMetrics().height() * 2);
    }
    m_text->setExtraSelections(marks);
}

void ArticleView::refillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Article &a : m_model->catalog().articles) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, a.displayName());
        item->setData(0, Qt::UserRole, a.id);
        item->setText(1, a.publicationDate.isValid() ? DateText::day(a.publicationDate) : tr("unknown"));
        item->setText(2, dateSourceText(a));
        item->setToolTip(0, a.filePath);
        if (!a.publicationDateText.isEmpty())
            item->setToolTip(2, tr("From the words “%1”").arg(a.publicationDateText));
        if (a.id == m_articleId)
            m_list->setCurrentItem(item);
    }
    if (!m_model->catalog().article(m_articleId))
        m_articleId.clear();
    markLaunchArticles();
}

void ArticleView::markLaunchArticles()
{
    const QModelIndex current = m_selection->currentIndex();
    const LaunchEvent *l = current.isValid() ? m_model->launchAt(current.row()) : nullptr;
    const QStringList ids = l ? l->articleIds() : QStringList();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        QFont f = item->font(0);
        f.setBold(ids.contains(item->data(0, Qt::UserRole).toString()));
        item->setFont(0, f);
    }
}

void ArticleView::render()
{
    const Article *a = m_model->catalog().article(m_articleId);
    // A catalog from a library holds no texts: the one shown is fetched from it.
    m_shownText = a ? m_model->catalog().articleText(m_articleId) : QString();
    m_text->setPlainText(m_shownText);
    m_spans = a ? spansFor(m_model->catalog(), m_articleId) : QVector<HighlightSpan>();
    const int length = m_text->document()->characterCount() - 1;
    for (const HighlightSpan &s : m_spans) {
        if (s.start >= length)
            continue;
        QTextCursor c(m_text->document());
        c.setPosition(s.start);
        c.setPosition(std::min(s.end, length), QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setBackground(StanceStyle::bundled().evidenceColor(s.kind));
        f.setForeground(QColor(0x1a, 0x1a, 0x1a)); // readable on the light highlight in a dark palette
        f.setProperty(QTextFormat::UserProperty, s.kind);
        if (s.kind != QLatin1String("reaction"))
            f.setToolTip(kindLabel(s.kind));
        c.mergeCharFormat(f);
    }
    m_status->setText(a ? tr("%n highlighted span(s). Click one to select its field and launch.", nullptr,
                             int(m_spans.size()))
                        : tr("Choose an article above."));
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
                activatePosition(m_text->cursorForPosition(mouse->position().toPoint()).position());
        } else if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const bool over = spanAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
            m_text->viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::IBeamCursor);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atlas
