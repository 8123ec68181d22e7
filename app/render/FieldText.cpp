#include "render/FieldText.h"

#include "model/AnalystEdit.h"
#include "render/DateText.h"
#include "render/PlaceNames.h"
#include "render/VocabularyText.h"

namespace atlas {

namespace {
// Field names (EditField::label) and the qualifiers QuantityParser keeps
// before a distance, each with the number as %1: lupdate needs to see them.
[[maybe_unused]] const char *const kFieldWords[] = {
    QT_TRANSLATE_NOOP("atlas::FieldText", "Date"), QT_TRANSLATE_NOOP("atlas::FieldText", "Launch site"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "Missile class"), QT_TRANSLATE_NOOP("atlas::FieldText", "Designation"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "Number of missiles"), QT_TRANSLATE_NOOP("atlas::FieldText", "Distance flown"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "Apogee"), QT_TRANSLATE_NOOP("atlas::FieldText", "Splashdown"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "Time of day"), QT_TRANSLATE_NOOP("atlas::FieldText", "Note"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "Not a launch"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "up to %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "more than %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "less than %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "at least %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "close to %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "as far as %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "as high as %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "as much as %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "as many as %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "just over %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "just under %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "a maximum of %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "an estimated %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "estimated %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "approximately %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "approx. %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "about %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "around %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "some %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "roughly %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "nearly %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "almost %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "over %1"), QT_TRANSLATE_NOOP("atlas::FieldText", "under %1"),
    QT_TRANSLATE_NOOP("atlas::FieldText", "East Sea"), QT_TRANSLATE_NOOP("atlas::FieldText", "Yellow Sea")};

QString lookUp(const QString &source)
{
    const QByteArray key = source.toUtf8();
    return QCoreApplication::translate("atlas::FieldText", key.constData());
}
} // namespace

QString FieldText::label(const QString &field) { return lookUp(EditField::label(field)); }

QString FieldText::count(const Count &c)
{
    if (!c.isKnown())
        return tr("unknown");
    if (c.isExact())
        return QString::number(c.min);
    if (c.max < 0)
        return tr("at least %1").arg(c.min);
    return QStringLiteral("%1–%2").arg(c.min).arg(c.max);
}

QString FieldText::quantity(const Quantity &q)
{
    if (!q.isValid())
        return {};
    // The number as Quantity::display() writes it; the qualifier is the article's
    // word ("roughly"), looked up as "roughly %1" and kept as is when unknown.
    const QString number = QString::number(q.value, 'f', q.value == int(q.value) ? 0 : 1) + QStringLiteral(" km");
    if (q.qualifier.isEmpty())
        return number;
    const QString key = q.qualifier.toLower() + QStringLiteral(" %1");
    const QString translated = lookUp(key);
    return (translated == key ? q.qualifier + QStringLiteral(" %1") : translated).arg(number);
}

QString FieldText::splashdown(const Splashdown &s)
{
    if (s.land)
        return tr("land impact");
    QString text = s.sea.isEmpty() ? QString() : lookUp(s.sea);
    if (!s.eez.isEmpty()) {
        const QString zone = s.eez == QLatin1String("inside") ? tr("inside Japan's EEZ")
                           : s.eez == QLatin1String("outside") ? tr("outside Japan's EEZ")
                                                               : s.eez + QStringLiteral(" Japan's EEZ");
        text += (text.isEmpty() ? QString() : tr(", ")) + zone;
    }
    return text;
}

QString FieldText::role(LaunchRole r) { return r == LaunchRole::Primary ? tr("primary") : tr("mentioned"); }

QString FieldText::value(const LaunchEvent &l, const QString &field)
{
    QString s;
    if (field == QLatin1String("date"))
        s = DateText::fuzzy(l.date);
    else if (field == QLatin1String("site"))
        s = PlaceNames::siteText(l.site);
    else if (field == QLatin1String("class"))
        s = VocabularyText::missileClasses(l.classes, QStringLiteral(", "));
    else if (field == QLatin1String("count"))
        s = count(l.count);
    else if (field == QLatin1String("distance"))
        s = quantity(l.distanceKm);
    else if (field == QLatin1String("apogee"))
        s = quantity(l.apogeeKm);
    else if (field == QLatin1String("splashdown"))
        s = splashdown(l.splashdown);
    else
        s = EditField::display(l, field) == QLatin1String("(none)") ? QString() : EditField::display(l, field);
    return s.isEmpty() ? tr("(none)") : s;
}

} // namespace atlas
