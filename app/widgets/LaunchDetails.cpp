#include "widgets/LaunchDetails.h"

#include "model/AnalystEdit.h"
#include "model/LaunchListModel.h"
#include "render/DateText.h"
#include "render/FieldText.h"
#include "widgets/CorrectionDialog.h"
#include "widgets/EditController.h"

#include <QCheckBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// Evidence kinds that back a field (the extractor names some differently).
QStringList evidenceKinds(const QString &field)
{
    if (field == QLatin1String("names"))
        return {QStringLiteral("names"), QStringLiteral("name")};
    if (field == QLatin1String("timeOfDay"))
        return {QStringLiteral("timeOfDay"), QStringLiteral("time")};
    return {field};
}

// A field's value as the reader's language writes it (FieldText).
QString fieldText(const LaunchEvent &l, const QString &field) { return FieldText::value(l, field); }

QString articleName(const Catalog &c, const QString &articleId)
{
    const Article *a = c.article(articleId);
    return a ? a->displayName() : articleId;
}

QString evidenceLink(const Evidence &e, const QString &words)
{
    return QStringLiteral("<a href=\"article:%1/%2/%3\">“%4”</a>")
        .arg(e.articleId)
        .arg(e.start)
        .arg(e.end)
        .arg(esc(words));
}

// Each account's value for a field, with the words it came from and who said it.
QString sourcesHtml(const Catalog &c, const LaunchEvent &l, const QString &field)
{
    QStringList rows;
    for (const LaunchMention &m : l.mentions) {
        LaunchEvent told;
        told.mentions = {m};
        summarizeMentions(&told);
        const QString value = fieldText(told, field);
        QStringList words;
        for (const Evidence &e : m.evidence) {
            if (evidenceKinds(field).contains(e.field) && e.isValid())
                words << evidenceLink(e, e.text().isEmpty() ? value : e.text());
        }
        if (words.isEmpty() && EditField::display(told, field) == QLatin1String("(none)"))
            continue;
        QString who = m.claimant.isEmpty() ? QString() : esc(m.claimant) + QStringLiteral(", ");
        rows << QStringLiteral("%1 %2 <span style=\"color:#666\">— %3%4 (%5)</span>")
                    .arg(esc(value), words.join(QStringLiteral(", ")), who, esc(articleName(c, m.articleId)),
                         FieldText::role(m.role));
    }
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<div style=\"margin-left:8px\"><small>%1</small></div>")
        .arg(rows.join(QStringLiteral("<br>")));
}

// Conflicting values side by side: one column per value, who reported it below.
QString conflictHtml(const Catalog &c, const LaunchEvent &l, const QString &field)
{
    for (const Conflict &conflict : l.conflicts) {
        if (conflict.field != field)
            continue;
        QString cells;
        for (const ConflictValue &v : conflict.values) {
            cells += QStringLiteral("<td style=\"border:1px solid #C0392B; padding:3px\"><b>%1</b><br><small>%2%3</small></td>")
                         .arg(esc(v.value), v.source.isEmpty() ? QString() : esc(v.source) + QStringLiteral(" · "),
                              esc(articleName(c, v.articleId)));
        }
        return LaunchDetails::tr("<div style=\"color:#C0392B\">Sources disagree:</div>"
                                 "<table cellspacing=\"4\"><tr>%1</tr></table>")
            .arg(cells);
    }
    return {};
}

QString correctionsHtml(const LaunchListModel &model, const QString &launchId, const QString &field)
{
    QString out;
    for (const AnalystEdit &e : model.editsFor(launchId)) {
        const bool about = (e.kind == EditKind::SetField || e.kind == EditKind::AssignDate) && e.field == field;
        if (!about)
            continue;
        out += LaunchDetails::tr("<div style=\"color:#666\"><small>machine read: <s>%1</s> · corrected %2%3 "
                                 "<a href=\"revert:%4\">revert</a></small></div>")
                   .arg(esc(e.machineText), e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                        e.note.isEmpty() ? QString() : QStringLiteral(" — “%1”").arg(esc(e.note)), e.id);
    }
    return out;
}

QString inferenceHtml(const LaunchEvent &l)
{
    if (l.inferredDate.isEmpty())
        return {};
    const QString from = l.inferredDate.earliest.isValid() ? DateText::day(l.inferredDate.earliest) : LaunchDetails::tr("open");
    const QString to = l.inferredDate.latest.isValid() ? DateText::day(l.inferredDate.latest) : LaunchDetails::tr("open");
    QStringList reasons;
    for (const QString &why : l.inferredDate.evidence)
        reasons << esc(why);
    return LaunchDetails::tr("<div style=\"background:#EEF4FF; color:#1a1a1a; padding:3px\"><i>Inferred, not stated:</i> between %1 and %2"
                             "<br><small>because: %3</small></div>")
        .arg(from, to, reasons.join(QStringLiteral("; ")));
}

} // namespace

LaunchDetails::LaunchDetails(LaunchListModel *model, QItemSelectionModel *selection, EditController *edits,
                             QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_edits(edits), m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("launchDetails"));
    setAccessibleName(tr("Launch details"));
    m_page->setObjectName(QStringLiteral("launchDetailsPage"));
    m_page->setAccessibleName(tr("Everything known of the selected launch"));
    m_page->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    auto addButton = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        bar->addWidget(b);
        m_actions << b;
        return b;
    };
    QToolButton *correct = addButton(QStringLiteral("correctButton"), tr("Correct"), tr("Correct a field the machine read"));
    correct->setPopupMode(QToolButton::InstantPopup);
    auto *fields = new QMenu(correct);
    for (const QString &field : EditField::editable())
        fields->addAction(FieldText::label(field), this, [this, field] { correctField(field); });
    correct->setMenu(fields);
    connect(addButton(QStringLiteral("rejectButton"), tr("Not a launch"),
                      tr("Mark this as not a missile launch (artillery, a parade, a test of something else)")),
            &QToolButton::clicked, this, &LaunchDetails::rejectShown);
    connect(addButton(QStringLiteral("mergeButton"), tr("Merge…"), tr("This and another entry are the same launch")),
            &QToolButton::clicked, this, &LaunchDetails::mergeShown);
    connect(addButton(QStringLiteral("splitButton"), tr("Split…"), tr("Some of these accounts tell of another launch")),
            &QToolButton::clicked, this, &LaunchDetails::splitShown);
    connect(addButton(QStringLiteral("noteButton"), tr("Note…"), tr("Add a note to this launch")),
            &QToolButton::clicked, this, &LaunchDetails::noteShown);
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_page, 1);

    connect(m_page, &QTextBrowser::anchorClicked, this, &LaunchDetails::followLink);
    connect(m_page, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &LaunchDetails::hoverLink);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &LaunchDetails::refresh);
    connect(m_model, &LaunchListModel::catalogChanged, this, &LaunchDetails::refresh);
    refresh();
}

const LaunchEvent *LaunchDetails::shown() const { return m_model->catalog().launch(m_launchId); }

QString LaunchDetails::html() const { return m_page->toHtml(); }

QString LaunchDetails::htmlFor(const LaunchListModel &model, const LaunchEvent &l, const QString &focusField)
{
    const Catalog &c = model.catalog();
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(DateText::launchLabel(l)));
    h += tr("<p>%1 · %n source(s)%2</p>", nullptr, l.sourceCount())
             .arg(l.role == LaunchRole::Primary ? tr("reported first-hand") : tr("only mentioned in passing"))
             .arg(l.conflicts.isEmpty() ? QString() : tr(" · <span style=\"color:#C0392B\">sources disagree</span>"));
    if (!l.note.isEmpty())
        h += tr("<p style=\"background:#FFF8D0; color:#1a1a1a; padding:3px\"><b>Note:</b> %1</p>").arg(esc(l.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"3\" width=\"100%\">");
    for (const QString &field : EditField::editable()) {
        const QString corrections = correctionsHtml(model, l.id, field);
        QString value = esc(fieldText(l, field));
        if (!corrections.isEmpty())
            value = QStringLiteral("<a href=\"machine:%1\" style=\"color:#0B5394\"><b>%2</b></a> ✎").arg(field, value);
        h += QStringLiteral("<tr%10><td valign=\"top\" width=\"28%\"><a name=\"field-%2\"></a><b>%1</b> "
                            "<a href=\"help:%2\" title=\"%3\">?</a></td>"
                            "<td valign=\"top\">%4 &nbsp;<small><a href=\"edit:%2\">%5</a></small>%6%7%8%9</td></tr>")
                 .arg(esc(FieldText::label(field)), field, tr("What does this mean?"), value, tr("correct"), corrections,
                      field == QLatin1String("date") ? inferenceHtml(l) : QString(), conflictHtml(c, l, field),
                      sourcesHtml(c, l, field),
                      field == focusField ? QStringLiteral(" style=\"background:#FFF3C4; color:#1a1a1a\"") : QString());
    }
    h += QStringLiteral("</table>");
    const QVector<AnalystEdit> edits = model.editsFor(l.id);
    if (!edits.isEmpty()) {
        h += tr("<h4>Your corrections</h4><ul>");
        for (const AnalystEdit &e : edits) {
            h += QStringLiteral("<li>%1 <small>(%2) <a href=\"revert:%3\">%4</a></small></li>")
                     .arg(esc(e.summary()), e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), e.id, tr("revert"));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

void LaunchDetails::refresh()
{
    const QModelIndex current = m_selection->currentIndex();
    const LaunchEvent *l = current.isValid() ? m_model->launchAt(current.row()) : nullptr;
    // After a correction the same launch is shown again: keep the reader's place.
    const bool same = l && l->id == m_launchId;
    const int scroll = same ? m_page->verticalScrollBar()->value() : 0;
    if (!same)
        m_focusField.clear();
    m_launchId = l ? l->id : QString();
    for (QToolButton *b : m_actions)
        b->setEnabled(l != nullptr);
    m_page->setHtml(l ? htmlFor(*m_model, *l, m_focusField)
                      : tr("<p>Select a launch on the timeline or the map to see everything known of it, "
                           "where each value came from, and to correct it.</p>"));
    m_page->verticalScrollBar()->setValue(scroll);
}

void LaunchDetails::showField(const QString &field)
{
    m_focusField = EditField::editable().contains(field) ? field : QString();
    refresh();
    if (!m_focusField.isEmpty())
        m_page->scrollToAnchor(QStringLiteral("field-") + field);
}

void LaunchDetails::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString path = url.path();
    if (scheme == QLatin1String("edit")) {
        correctField(path);
    } else if (scheme == QLatin1String("help")) {
        emit glossaryRequested(path);
    } else if (scheme == QLatin1String("revert")) {
        m_edits->revertEdit(path);
    } else if (scheme == QLatin1String("article")) {
        const QStringList parts = path.split(QLatin1Char('/'));
        if (parts.size() == 3)
            emit articleRequested(parts.at(0), parts.at(1).toInt(), parts.at(2).toInt());
    }
}

void LaunchDetails::hoverLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("machine"))
        return;
    QStringList lines;
    for (const AnalystEdit &e : m_model->editsFor(m_launchId)) {
        if (e.field == url.path())
            lines << tr("Machine read: %1\nYou set: %2").arg(e.machineText, e.analystText);
    }
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), m_page);
}

void LaunchDetails::correctField(const QString &field)
{
    const LaunchEvent *l = shown();
    if (!l)
        return;
    // The machine's own reading, not the value an earlier correction left.
    const LaunchEvent *machine = m_model->machineLaunch(l->id);
    const QString machineText = machine ? fieldText(*machine, field) : tr("(not in the machine's reading)");
    CorrectionDialog dialog(*l, field, machineText, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool undated = field == QLatin1String("date") && l->date.precision == DatePrecision::Unknown;
    const AnalystEdit e = undated ? m_edits->assignDate(l->id, EditField::dateFromJson(dialog.value()), dialog.note(), &error)
                                  : m_edits->setField(l->id, field, dialog.value(), dialog.note(), &error);
    if (e.id.isEmpty())
        QMessageBox::warning(this, tr("Correction not applied"), error);
}

void LaunchDetails::rejectShown()
{
    const LaunchEvent *l = shown();
    if (!l)
        return;
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Not a launch"),
                                              tr("Why is “%1” not a missile launch? (optional)").arg(DateText::launchLabel(*l)),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_edits->rejectLaunch(l->id, why);
}

void LaunchDetails::mergeShown()
{
    const LaunchEvent *l = shown();
    if (!l)
        return;
    QStringList labels, ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LaunchEvent *other = m_model->launchAt(row);
        if (other->id != l->id) {
            labels << tr("%1 (%n source(s))", nullptr, other->sourceCount()).arg(DateText::launchLabel(*other));
            ids << other->id;
        }
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Merge launches"),
                                                 tr("“%1” is the same launch as:").arg(DateText::launchLabel(*l)), labels, 0, false, &ok);
    if (ok)
        m_edits->mergeLaunches(l->id, ids.value(labels.indexOf(choice)));
}

void LaunchDetails::splitShown()
{
    const LaunchEvent *l = shown();
    if (!l)
        return;
    const QStringList articles = l->articleIds();
    if (articles.size() < 2) {
        QMessageBox::information(this, tr("Split launch"),
                                 tr("This launch has one source: there is nothing to split off."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split launch"));
    auto *list = new QListWidget(&dialog);
    for (const QString &id : articles) {
        auto *item = new QListWidgetItem(articleName(m_model->catalog(), id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The accounts from the checked articles tell of a different launch:"), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList moving;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            moving << list->item(i)->data(Qt::UserRole).toString();
    }
    QString error;
    if (m_edits->splitLaunch(l->id, moving, QString(), &error).id.isEmpty())
        QMessageBox::warning(this, tr("Split launch"), error);
}

void LaunchDetails::noteShown()
{
    const LaunchEvent *l = shown();
    if (!l)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note"), tr("Your note on “%1”:").arg(DateText::launchLabel(*l)),
                                                        l->note, &ok);
    if (ok && text != l->note)
        m_edits->addNote(l->id, text);
}

} // namespace atlas
