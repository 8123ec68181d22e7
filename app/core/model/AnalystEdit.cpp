// AnalystEdit values: kinds, field codecs, JSON form and the builders that
// record the machine value beside the analyst's. Applying edits to a catalog is
// in AnalystEditApply.cpp.
#include "model/AnalystEdit.h"

#include <QJsonArray>
#include <QUuid>

#include <iterator>
#include <limits>

namespace atlas {

namespace {
const char *const kKindNames[] = {"set-field", "assign-date", "reject", "merge", "split", "note"};

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QDate dateFrom(const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QJsonValue numberValue(double v) { return v == v ? QJsonValue(v) : QJsonValue(); }
double numberFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}
QJsonArray stringArray(const QStringList &list) { return QJsonArray::fromStringList(list); }
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

bool wrongShape(const QString &field, QString *error)
{
    if (error)
        *error = QStringLiteral("the value given for \"%1\" has the wrong shape").arg(field);
    return false;
}

QString newEditId() { return QStringLiteral("e-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

AnalystEdit stamped(EditKind kind, const QStringList &launchIds, const QString &field, const QString &note)
{
    AnalystEdit e;
    e.id = newEditId();
    e.kind = kind;
    e.launchIds = launchIds;
    e.field = field;
    e.when = QDateTime::currentDateTimeUtc();
    e.note = note;
    return e;
}

const LaunchEvent *findLaunch(const Catalog &c, const QString &id, QString *error)
{
    const LaunchEvent *l = c.launch(id);
    if (!l && error)
        *error = QStringLiteral("no launch \"%1\" in the catalog").arg(id);
    return l;
}
} // namespace

QString editKindName(EditKind k) { return QString::fromLatin1(kKindNames[int(k)]); }

bool editKindFromName(const QString &name, EditKind *out)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            if (out)
                *out = EditKind(i);
            return true;
        }
    }
    return false;
}

// ---- field codecs ----------------------------------------------------------

namespace EditField {

const QStringList &editable()
{
    static const QStringList fields{QStringLiteral("date"),     QStringLiteral("site"),
                                    QStringLiteral("class"),    QStringLiteral("names"),
                                    QStringLiteral("count"),    QStringLiteral("distance"),
                                    QStringLiteral("apogee"),   QStringLiteral("splashdown"),
                                    QStringLiteral("timeOfDay")};
    return fields;
}

QString label(const QString &field)
{
    if (field == QLatin1String("date")) return QStringLiteral("Date");
    if (field == QLatin1String("site")) return QStringLiteral("Launch site");
    if (field == QLatin1String("class")) return QStringLiteral("Missile class");
    if (field == QLatin1String("names")) return QStringLiteral("Designation");
    if (field == QLatin1String("count")) return QStringLiteral("Number of missiles");
    if (field == QLatin1String("distance")) return QStringLiteral("Distance flown");
    if (field == QLatin1String("apogee")) return QStringLiteral("Apogee");
    if (field == QLatin1String("splashdown")) return QStringLiteral("Splashdown");
    if (field == QLatin1String("timeOfDay")) return QStringLiteral("Time of day");
    if (field == QLatin1String("note")) return QStringLiteral("Note");
    if (field == QLatin1String("rejected")) return QStringLiteral("Not a launch");
    return field;
}

QJsonObject dateToJson(const FuzzyDate &d)
{
    return {{QStringLiteral("earliest"), dateValue(d.earliest)},
            {QStringLiteral("latest"), dateValue(d.latest)},
            {QStringLiteral("precision"), precisionName(d.precision)},
            {QStringLiteral("weekday"), d.weekday ? QJsonValue(weekdayName(d.weekday)) : QJsonValue()},
            {QStringLiteral("month"), d.month},
            {QStringLiteral("day"), d.day},
            {QStringLiteral("text"), d.text}};
}

FuzzyDate dateFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    FuzzyDate d;
    d.earliest = dateFrom(o.value(QStringLiteral("earliest")));
    d.latest = dateFrom(o.value(QStringLiteral("latest")));
    d.precision = precisionFromName(o.value(QStringLiteral("precision")).toString());
    const QString wd = o.value(QStringLiteral("weekday")).toString();
    for (int i = 1; i <= 7 && !wd.isEmpty(); ++i) {
        if (weekdayName(i) == wd)
            d.weekday = i;
    }
    d.month = o.value(QStringLiteral("month")).toInt();
    d.day = o.value(QStringLiteral("day")).toInt();
    d.text = o.value(QStringLiteral("text")).toString();
    return d;
}

QJsonObject siteToJson(const Site &s)
{
    return {{QStringLiteral("name"), s.name},          {QStringLiteral("text"), s.text},
            {QStringLiteral("kind"), s.kind},          {QStringLiteral("lat"), numberValue(s.lat)},
            {QStringLiteral("lon"), numberValue(s.lon)}, {QStringLiteral("uncertaintyKm"), s.uncertaintyKm}};
}

Site siteFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Site s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.text = o.value(QStringLiteral("text")).toString();
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.lat = numberFrom(o.value(QStringLiteral("lat")));
    s.lon = numberFrom(o.value(QStringLiteral("lon")));
    s.uncertaintyKm = o.value(QStringLiteral("uncertaintyKm")).toDouble();
    return s;
}

QJsonObject countToJson(const Count &c)
{
    return {{QStringLiteral("min"), c.min},
            {QStringLiteral("max"), c.max < 0 ? QJsonValue() : QJsonValue(c.max)},
            {QStringLiteral("text"), c.text}};
}

Count countFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Count c;
    c.min = o.value(QStringLiteral("min")).toInt();
    c.max = o.value(QStringLiteral("max")).isDouble() ? o.value(QStringLiteral("max")).toInt() : -1;
    c.text = o.value(QStringLiteral("text")).toString();
    return c;
}

QJsonObject quantityToJson(const Quantity &q)
{
    return {{QStringLiteral("value"), numberValue(q.value)},
            {QStringLiteral("qualifier"), q.qualifier},
            {QStringLiteral("text"), q.text}};
}

Quantity quantityFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Quantity q;
    q.value = numberFrom(o.value(QStringLiteral("value")));
    q.qualifier = o.value(QStringLiteral("qualifier")).toString();
    q.text = o.value(QStringLiteral("text")).toString();
    return q;
}

QJsonObject splashdownToJson(const Splashdown &s)
{
    return {{QStringLiteral("sea"), s.sea},
            {QStringLiteral("eez"), s.eez},
            {QStringLiteral("land"), s.land},
            {QStringLiteral("text"), s.text}};
}

Splashdown splashdownFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Splashdown s;
    s.sea = o.value(QStringLiteral("sea")).toString();
    s.eez = o.value(QStringLiteral("eez")).toString();
    s.land = o.value(QStringLiteral("land")).toBool();
    s.text = o.value(QStringLiteral("text")).toString();
    return s;
}

QJsonValue toJson(const LaunchEvent &l, const QString &field)
{
    if (field == QLatin1String("date")) return dateToJson(l.date);
    if (field == QLatin1String("site")) return siteToJson(l.site);
    if (field == QLatin1String("class")) return stringArray(l.classes);
    if (field == QLatin1String("names")) return stringArray(l.names);
    if (field == QLatin1String("count")) return countToJson(l.count);
    if (field == QLatin1String("distance")) return quantityToJson(l.distanceKm);
    if (field == QLatin1String("apogee")) return quantityToJson(l.apogeeKm);
    if (field == QLatin1String("splashdown")) return splashdownToJson(l.splashdown);
    if (field == QLatin1String("timeOfDay")) return l.timeOfDay;
    if (field == QLatin1String("note")) return l.note;
    if (field == QLatin1String("rejected")) return l.rejected;
    return {};
}

QString display(const LaunchEvent &l, const QString &field)
{
    QString s;
    if (field == QLatin1String("date")) s = l.date.display();
    else if (field == QLatin1String("site")) s = l.site.display();
    else if (field == QLatin1String("class")) s = l.classes.join(QStringLiteral(", "));
    else if (field == QLatin1String("names")) s = l.names.join(QStringLiteral(", "));
    else if (field == QLatin1String("count")) s = l.count.display();
    else if (field == QLatin1String("distance")) s = l.distanceKm.display();
    else if (field == QLatin1String("apogee")) s = l.apogeeKm.display();
    else if (field == QLatin1String("splashdown")) s = l.splashdown.display();
    else if (field == QLatin1String("timeOfDay")) s = l.timeOfDay;
    else if (field == QLatin1String("note")) s = l.note;
    else if (field == QLatin1String("rejected")) s = l.rejected ? QStringLiteral("not a launch") : QStringLiteral("a launch");
    return s.isEmpty() ? QStringLiteral("(none)") : s;
}

bool fromJson(LaunchEvent *l, const QString &field, const QJsonValue &v, QString *error)
{
    const bool isObject = v.isObject();
    if (field == QLatin1String("date")) {
        if (!isObject) return wrongShape(field, error);
        const FuzzyDate d = dateFromJson(v);
        // A known precision needs bounds in order; "unknown" and day-of-year need none.
        const bool bounded = d.precision != DatePrecision::Unknown && d.precision != DatePrecision::DayOfYear;
        if (bounded && (!d.isKnown() || d.latest < d.earliest)) return wrongShape(field, error);
        l->date = d;
    } else if (field == QLatin1String("site")) {
        if (!isObject) return wrongShape(field, error);
        l->site = siteFromJson(v);
    } else if (field == QLatin1String("class") || field == QLatin1String("names")) {
        if (!v.isArray()) return wrongShape(field, error);
        (field == QLatin1String("class") ? l->classes : l->names) = stringList(v);
    } else if (field == QLatin1String("count")) {
        if (!isObject) return wrongShape(field, error);
        const Count c = countFromJson(v);
        if (c.min < 0 || (c.max >= 0 && c.max < c.min)) return wrongShape(field, error);
        l->count = c;
    } else if (field == QLatin1String("distance") || field == QLatin1String("apogee")) {
        if (!isObject) return wrongShape(field, error);
        const Quantity q = quantityFromJson(v);
        if (q.isValid() && q.value < 0) return wrongShape(field, error);
        (field == QLatin1String("distance") ? l->distanceKm : l->apogeeKm) = q;
    } else if (field == QLatin1String("splashdown")) {
        if (!isObject) return wrongShape(field, error);
        l->splashdown = splashdownFromJson(v);
    } else if (field == QLatin1String("timeOfDay")) {
        if (!v.isString()) return wrongShape(field, error);
        l->timeOfDay = v.toString();
    } else {
        if (error)
            *error = QStringLiteral("\"%1\" is not a field an analyst can set").arg(field);
        return false;
    }
    return true;
}

} // namespace EditField

// ---- the edit value --------------------------------------------------------

QString AnalystEdit::summary() const
{
    switch (kind) {
    case EditKind::SetField:
        return QStringLiteral("%1: %2 → %3").arg(EditField::label(field), machineText, analystText);
    case EditKind::AssignDate:
        return QStringLiteral("Assign date: %1").arg(analystText);
    case EditKind::Reject:
        return QStringLiteral("Not a launch: %1").arg(machineText);
    case EditKind::Merge:
        return QStringLiteral("Merge launches: %1").arg(machineText);
    case EditKind::Split:
        return QStringLiteral("Split launch: %1").arg(analystText);
    case EditKind::Note:
        return QStringLiteral("Note: %1").arg(analystText);
    }
    return {};
}

QJsonObject AnalystEdit::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), editKindName(kind)},
            {QStringLiteral("launchIds"), stringArray(launchIds)},
            {QStringLiteral("field"), field},
            {QStringLiteral("machineText"), machineText},
            {QStringLiteral("machineValue"), machineValue},
            {QStringLiteral("analystText"), analystText},
            {QStringLiteral("analystValue"), analystValue},
            {QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("note"), note}};
}

AnalystEdit AnalystEdit::fromJson(const QJsonObject &o)
{
    AnalystEdit e;
    e.id = o.value(QStringLiteral("id")).toString();
    editKindFromName(o.value(QStringLiteral("kind")).toString(), &e.kind);
    e.launchIds = stringList(o.value(QStringLiteral("launchIds")));
    e.field = o.value(QStringLiteral("field")).toString();
    e.machineText = o.value(QStringLiteral("machineText")).toString();
    e.machineValue = o.value(QStringLiteral("machineValue"));
    e.analystText = o.value(QStringLiteral("analystText")).toString();
    e.analystValue = o.value(QStringLiteral("analystValue"));
    e.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    e.when.setTimeSpec(Qt::UTC);
    e.note = o.value(QStringLiteral("note")).toString();
    return e;
}

bool AnalystEdit::operator==(const AnalystEdit &o) const
{
    return id == o.id && kind == o.kind && launchIds == o.launchIds && field == o.field
        && machineText == o.machineText && machineValue == o.machineValue && analystText == o.analystText
        && analystValue == o.analystValue && when == o.when && note == o.note;
}

// ---- builders --------------------------------------------------------------

namespace Edits {

AnalystEdit setField(const Catalog &current, const QString &launchId, const QString &field,
                     const QJsonValue &value, const QString &note, QString *error)
{
    const LaunchEvent *l = findLaunch(current, launchId, error);
    if (!l)
        return {};
    LaunchEvent changed = *l;
    if (!EditField::fromJson(&changed, field, value, error))
        return {};
    AnalystEdit e = stamped(EditKind::SetField, {launchId}, field, note);
    e.machineValue = EditField::toJson(*l, field);
    e.machineText = EditField::display(*l, field);
    e.analystValue = EditField::toJson(changed, field); // normalised through the codec
    e.analystText = EditField::display(changed, field);
    return e;
}

AnalystEdit assignDate(const Catalog &current, const QString &launchId, const FuzzyDate &date,
                       const QString &note, QString *error)
{
    AnalystEdit e = setField(current, launchId, QStringLiteral("date"), EditField::dateToJson(date), note, error);
    if (!e.id.isEmpty())
        e.kind = EditKind::AssignDate;
    return e;
}

AnalystEdit reject(const Catalog &current, const QString &launchId, const QString &note, QString *error)
{
    const LaunchEvent *l = findLaunch(current, launchId, error);
    if (!l)
        return {};
    AnalystEdit e = stamped(EditKind::Reject, {launchId}, QStringLiteral("rejected"), note);
    e.machineValue = l->rejected;
    e.machineText = l->label();
    e.analystValue = true;
    e.analystText = QStringLiteral("not a launch");
    return e;
}

AnalystEdit merge(const Catalog &current, const QString &keptId, const QString &absorbedId,
                  const QString &note, QString *error)
{
    const LaunchEvent *kept = findLaunch(current, keptId, error);
    const LaunchEvent *absorbed = kept ? findLaunch(current, absorbedId, error) : nullptr;
    if (!kept || !absorbed)
        return {};
    if (keptId == absorbedId) {
        if (error)
            *error = QStringLiteral("a launch cannot be merged with itself");
        return {};
    }
    AnalystEdit e = stamped(EditKind::Merge, {keptId, absorbedId}, QStringLiteral("mentions"), note);
    e.machineText = QStringLiteral("%1 + %2").arg(kept->label(), absorbed->label());
    // Each side has at least one source, so the count is always plural.
    e.analystText = QStringLiteral("one launch, %1 sources").arg(kept->sourceCount() + absorbed->sourceCount());
    return e;
}

AnalystEdit split(const Catalog &current, const QString &launchId, const QStringList &articleIds,
                  const QString &note, QString *error)
{
    const LaunchEvent *l = findLaunch(current, launchId, error);
    if (!l)
        return {};
    int moved = 0;
    for (const LaunchMention &m : l->mentions)
        moved += articleIds.contains(m.articleId) ? 1 : 0;
    if (moved == 0 || moved == l->mentions.size()) {
        if (error)
            *error = QStringLiteral("a split must move some of the launch's accounts, and not all of them");
        return {};
    }
    AnalystEdit e = stamped(EditKind::Split, {launchId}, QStringLiteral("mentions"), note);
    // The new launch's id is fixed when the edit is made, so that later edits
    // (and the library) can refer to it across sessions.
    e.launchIds << QStringLiteral("%1-s%2").arg(launchId, e.id.mid(2, 8));
    e.machineText = l->label();
    e.analystValue = QJsonObject{{QStringLiteral("articleIds"), stringArray(articleIds)}};
    // A split keeps some accounts on each side, so there are always two or more.
    e.analystText = QStringLiteral("%1 of %2 accounts become a separate launch")
                        .arg(moved)
                        .arg(l->mentions.size());
    return e;
}

AnalystEdit note(const Catalog &current, const QString &launchId, const QString &text, QString *error)
{
    const LaunchEvent *l = findLaunch(current, launchId, error);
    if (!l)
        return {};
    AnalystEdit e = stamped(EditKind::Note, {launchId}, QStringLiteral("note"), QString());
    e.machineValue = l->note;
    e.machineText = l->note;
    e.analystValue = text;
    e.analystText = text;
    return e;
}

} // namespace Edits

} // namespace atlas
