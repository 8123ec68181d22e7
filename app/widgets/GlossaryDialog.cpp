#include "widgets/GlossaryDialog.h"

#include "model/MissileClass.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace atlas {

const Glossary &Glossary::bundled()
{
    static const Glossary glossary = [] {
        QFile f(QStringLiteral(":/atlas/data/glossary.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Glossary();
    }();
    return glossary;
}

Glossary Glossary::fromJson(const QByteArray &json)
{
    Glossary g;
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        GlossaryEntry e;
        e.term = o.value(QStringLiteral("term")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        e.missileClass = o.value(QStringLiteral("class")).toString();
        for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray())
            e.fields << f.toString();
        if (!e.term.isEmpty())
            g.m_entries << e;
    }
    return g;
}

const GlossaryEntry *Glossary::find(const QString &term) const
{
    for (const GlossaryEntry &e : m_entries) {
        if (e.term.compare(term, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

const GlossaryEntry *Glossary::forField(const QString &field) const
{
    for (const GlossaryEntry &e : m_entries) {
        if (e.fields.contains(field))
            return &e;
    }
    return nullptr;
}

QString Glossary::markdown(const GlossaryEntry &e)
{
    QString md = QStringLiteral("## %1\n\n").arg(e.term);
    if (!e.missileClass.isEmpty()) {
        md += QStringLiteral("*%1*").arg(MissileClass::longName(e.missileClass));
        const MissileClass::RangeBand band = MissileClass::rangeBand(e.missileClass);
        if (band.maxKm > 0)
            md += GlossaryDialog::tr(" — range about %1 to %2 km").arg(band.minKm).arg(band.maxKm);
        md += QStringLiteral("\n\n");
    }
    md += e.text + QLatin1Char('\n');
    if (e.term == QLatin1String("Ballistic missile")) {
        // The class ladder in one table, from the same table the code uses.
        md += GlossaryDialog::tr("\n| class | range |\n|---|---|\n");
        for (const QString &cls : MissileClass::all()) {
            const MissileClass::RangeBand band = MissileClass::rangeBand(cls);
            if (band.maxKm > 0)
                md += QStringLiteral("| %1 | %2–%3 km |\n").arg(cls).arg(band.minKm).arg(band.maxKm);
        }
    }
    return md;
}

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_terms(new QListWidget(this)), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("glossaryDialog"));
    setWindowTitle(tr("Glossary"));
    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setPlaceholderText(tr("Find a term…"));
    m_search->setClearButtonEnabled(true);
    m_terms->setObjectName(QStringLiteral("glossaryTerms"));
    m_text->setObjectName(QStringLiteral("glossaryText"));
    for (const GlossaryEntry &e : Glossary::bundled().entries())
        m_terms->addItem(e.term);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_terms);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_text);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_terms, &QListWidget::currentRowChanged, this, &GlossaryDialog::showRow);
    resize(760, 480);
    if (m_terms->count() > 0)
        m_terms->setCurrentRow(0);
}

void GlossaryDialog::showTerm(const QString &term)
{
    m_search->clear();
    const auto found = m_terms->findItems(term, Qt::MatchFixedString);
    if (!found.isEmpty())
        m_terms->setCurrentItem(found.first());
}

void GlossaryDialog::showField(const QString &field)
{
    if (const GlossaryEntry *e = Glossary::bundled().forField(field))
        showTerm(e->term);
}

QString GlossaryDialog::currentTerm() const
{
    return m_terms->currentItem() ? m_terms->currentItem()->text() : QString();
}

void GlossaryDialog::filter(const QString &text)
{
    const QVector<GlossaryEntry> &entries = Glossary::bundled().entries();
    for (int i = 0; i < m_terms->count() && i < entries.size(); ++i) {
        const GlossaryEntry &e = entries.at(i);
        m_terms->item(i)->setHidden(!text.isEmpty() && !e.term.contains(text, Qt::CaseInsensitive)
                                    && !e.text.contains(text, Qt::CaseInsensitive));
    }
}

void GlossaryDialog::showRow(int row)
{
    const QVector<GlossaryEntry> &entries = Glossary::bundled().entries();
    m_text->setMarkdown(row >= 0 && row < entries.size() ? Glossary::markdown(entries.at(row)) : QString());
}

} // namespace atlas
