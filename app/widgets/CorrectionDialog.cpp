#include "widgets/CorrectionDialog.h"

#include "geo/Gazetteer.h"
#include "model/AnalystEdit.h"
#include "model/MissileClass.h"
#include "render/DateText.h"
#include "render/FieldText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace atlas {

namespace {
const DatePrecision kPrecisions[] = {DatePrecision::Day,   DatePrecision::Week,      DatePrecision::PartOfMonth,
                                     DatePrecision::Month, DatePrecision::DayOfYear, DatePrecision::Year,
                                     DatePrecision::Unknown};

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}
} // namespace

CorrectionDialog::CorrectionDialog(const LaunchEvent &current, const QString &field, const QString &machineText,
                                   QWidget *parent)
    : QDialog(parent), m_field(field), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct: %1").arg(FieldText::label(field)));
    auto *machine = new QLabel(tr("The machine read: <b>%1</b>").arg(machineText.toHtmlEscaped()), this);
    machine->setObjectName(QStringLiteral("machineValue"));
    machine->setWordWrap(true);
    auto *shown = new QLabel(tr("Now shown: %1").arg(EditField::display(current, field).toHtmlEscaped()), this);
    shown->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("correctionNote"));
    m_note->setPlaceholderText(tr("Why (optional): the source you checked, the reason…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(machine);
    layout->addWidget(shown);
    layout->addWidget(buildEditor(current));
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    // Start in the editor, not in the note: the value is what the analyst came for.
    for (QWidget *w : std::initializer_list<QWidget *>{m_precision, m_site, m_classes, m_text, m_min, m_km, m_sea}) {
        if (w) {
            w->setFocus();
            break;
        }
    }
}

QWidget *CorrectionDialog::buildEditor(const LaunchEvent &l)
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    if (m_field == QLatin1String("date")) {
        m_precision = new QComboBox(box);
        for (DatePrecision p : kPrecisions)
            m_precision->addItem(precisionName(p), int(p));
        m_precision->setCurrentIndex(std::max(0, m_precision->findData(int(l.date.precision))));
        if (l.date.precision == DatePrecision::Unknown)
            m_precision->setCurrentIndex(0); // assigning a date: a day is the usual answer
        const QDate start = l.date.isKnown() ? l.date.earliest
                                             : l.inferredDate.earliest.isValid() ? l.inferredDate.earliest
                                                                                 : QDate::currentDate();
        m_from = new QDateEdit(start, box);
        m_to = new QDateEdit(l.date.isKnown() ? l.date.latest : start, box);
        for (QDateEdit *e : {m_from, m_to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        m_weekday = new QComboBox(box);
        m_weekday->addItem(tr("(no weekday)"), 0);
        for (int d = 1; d <= 7; ++d)
            m_weekday->addItem(DateText::weekday(d), d);
        m_weekday->setCurrentIndex(l.date.weekday);
        form->addRow(tr("Precision"), m_precision);
        form->addRow(tr("From"), m_from);
        form->addRow(tr("To"), m_to);
        form->addRow(tr("Weekday (unknown dates)"), m_weekday);
        connect(m_precision, qOverload<int>(&QComboBox::currentIndexChanged), this, &CorrectionDialog::updateDateBounds);
        connect(m_from, &QDateEdit::dateChanged, this, &CorrectionDialog::updateDateBounds);
        updateDateBounds();
    } else if (m_field == QLatin1String("site")) {
        m_site = new QComboBox(box);
        m_site->setEditable(true);
        QStringList names;
        for (const Place &p : Gazetteer::bundled().places()) {
            if (p.kind != QLatin1String("sea") && p.kind != QLatin1String("reference"))
                names << p.name;
        }
        names.sort();
        m_site->addItems(names);
        m_site->setCurrentText(l.site.name.isEmpty() ? l.site.text : l.site.name);
        form->addRow(tr("Place (gazetteer name)"), m_site);
    } else if (m_field == QLatin1String("class")) {
        m_classes = new QListWidget(box);
        for (const QString &cls : MissileClass::all()) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(cls, MissileClass::longName(cls)), m_classes);
            item->setData(Qt::UserRole, cls);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(l.classes.contains(cls) ? Qt::Checked : Qt::Unchecked);
        }
        form->addRow(tr("Classes"), m_classes);
    } else if (m_field == QLatin1String("names") || m_field == QLatin1String("timeOfDay")) {
        m_text = new QLineEdit(m_field == QLatin1String("names") ? l.names.join(QStringLiteral(", ")) : l.timeOfDay, box);
        form->addRow(m_field == QLatin1String("names") ? tr("Designations, comma-separated") : tr("Time of day"), m_text);
    } else if (m_field == QLatin1String("count")) {
        m_min = new QSpinBox(box);
        m_min->setRange(0, 100);
        m_min->setValue(l.count.min);
        m_max = new QSpinBox(box);
        m_max->setRange(0, 100);
        m_max->setValue(std::max(l.count.max, l.count.min));
        m_openMax = new QCheckBox(tr("no upper bound (\"at least\")"), box);
        m_openMax->setChecked(l.count.isKnown() && l.count.max < 0);
        m_max->setEnabled(!m_openMax->isChecked());
        connect(m_openMax, &QCheckBox::toggled, m_max, [this](bool open) { m_max->setEnabled(!open); });
        form->addRow(tr("At least"), m_min);
        form->addRow(tr("At most"), m_max);
        form->addRow(QString(), m_openMax);
    } else if (m_field == QLatin1String("distance") || m_field == QLatin1String("apogee")) {
        const Quantity &q = m_field == QLatin1String("distance") ? l.distanceKm : l.apogeeKm;
        m_km = new QDoubleSpinBox(box);
        m_km->setRange(0, 20000);
        m_km->setDecimals(0);
        m_km->setSuffix(tr(" km"));
        m_km->setSpecialValueText(tr("unknown"));
        m_km->setValue(q.isValid() ? q.value : 0);
        m_qualifier = new QComboBox(box);
        for (const QString &qual : {QString(), QStringLiteral("up to"), QStringLiteral("about"),
                                    QStringLiteral("approximately"), QStringLiteral("estimated"),
                                    QStringLiteral("around")})
            m_qualifier->addItem(qual.isEmpty() ? tr("(exact)") : qual, qual);
        m_qualifier->setCurrentIndex(std::max(0, m_qualifier->findData(q.qualifier)));
        form->addRow(tr("Kilometres"), m_km);
        form->addRow(tr("Qualifier"), m_qualifier);
    } else if (m_field == QLatin1String("splashdown")) {
        m_sea = new QComboBox(box);
        m_sea->addItem(tr("(not stated)"), QString());
        m_sea->addItem(tr("East Sea (Sea of Japan)"), QStringLiteral("East Sea"));
        m_sea->addItem(tr("Yellow Sea (West Sea)"), QStringLiteral("Yellow Sea"));
        m_sea->setCurrentIndex(std::max(0, m_sea->findData(l.splashdown.sea)));
        m_eez = new QComboBox(box);
        m_eez->addItem(tr("(not stated)"), QString());
        m_eez->addItem(tr("inside Japan's EEZ"), QStringLiteral("inside"));
        m_eez->addItem(tr("outside Japan's EEZ"), QStringLiteral("outside"));
        m_eez->setCurrentIndex(std::max(0, m_eez->findData(l.splashdown.eez)));
        m_land = new QCheckBox(tr("hit a land target"), box);
        m_land->setChecked(l.splashdown.land);
        form->addRow(tr("Sea"), m_sea);
        form->addRow(tr("EEZ"), m_eez);
        form->addRow(QString(), m_land);
    }
    return box;
}

void CorrectionDialog::updateDateBounds()
{
    const auto p = DatePrecision(m_precision->currentData().toInt());
    const QDate from = m_from->date();
    // Whole months and years have their bounds implied; ranges are the analyst's.
    if (p == DatePrecision::Month)
        m_to->setDate(QDate(from.year(), from.month(), from.daysInMonth()));
    else if (p == DatePrecision::Year)
        m_to->setDate(QDate(from.year(), 12, 31));
    else if (p == DatePrecision::Day || p == DatePrecision::DayOfYear)
        m_to->setDate(from);
    m_from->setEnabled(p != DatePrecision::Unknown);
    m_to->setEnabled(p == DatePrecision::Week || p == DatePrecision::PartOfMonth);
    m_weekday->setEnabled(p == DatePrecision::Unknown);
}

QJsonValue CorrectionDialog::value() const
{
    if (m_field == QLatin1String("date")) {
        const auto p = DatePrecision(m_precision->currentData().toInt());
        const QString why = tr("set by the analyst");
        FuzzyDate d;
        if (p == DatePrecision::Unknown)
            d = FuzzyDate::unknown(m_weekday->currentData().toInt(), why);
        else if (p == DatePrecision::DayOfYear)
            d = FuzzyDate::dayOfYear(m_from->date().month(), m_from->date().day(), why);
        else if (p == DatePrecision::Day)
            d = FuzzyDate::onDay(m_from->date(), why);
        else
            d = FuzzyDate::between(m_from->date(), m_to->date(), p, why);
        return EditField::dateToJson(d);
    }
    if (m_field == QLatin1String("site")) {
        Site s;
        const QString name = m_site->currentText().trimmed();
        if (const Place *p = Gazetteer::bundled().find(name)) {
            s.name = p->name;
            s.kind = p->kind;
            s.lat = p->lat;
            s.lon = p->lon;
            s.uncertaintyKm = p->uncertaintyKm;
        }
        s.text = name; // what the analyst typed, even when the gazetteer does not know it
        return EditField::siteToJson(s);
    }
    if (m_field == QLatin1String("class")) {
        QJsonArray classes;
        for (int i = 0; i < m_classes->count(); ++i) {
            if (m_classes->item(i)->checkState() == Qt::Checked)
                classes << m_classes->item(i)->data(Qt::UserRole).toString();
        }
        return classes;
    }
    if (m_field == QLatin1String("names"))
        return QJsonArray::fromStringList(splitList(m_text->text()));
    if (m_field == QLatin1String("timeOfDay"))
        return m_text->text().trimmed();
    if (m_field == QLatin1String("count")) {
        Count c;
        c.min = m_min->value();
        c.max = m_openMax->isChecked() ? -1 : std::max(m_max->value(), c.min);
        c.text = tr("set by the analyst");
        return EditField::countToJson(c);
    }
    if (m_km) {
        Quantity q;
        if (m_km->value() > 0)
            q.value = m_km->value();
        q.qualifier = m_qualifier->currentData().toString();
        q.text = tr("set by the analyst");
        return EditField::quantityToJson(q);
    }
    if (m_field == QLatin1String("splashdown")) {
        Splashdown s;
        s.sea = m_sea->currentData().toString();
        s.eez = m_eez->currentData().toString();
        s.land = m_land->isChecked();
        s.text = tr("set by the analyst");
        return EditField::splashdownToJson(s);
    }
    return {};
}

QString CorrectionDialog::note() const { return m_note->text().trimmed(); }

} // namespace atlas
