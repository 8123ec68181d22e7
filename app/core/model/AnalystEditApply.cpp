// Applying analyst edits to a catalog: the machine catalog plus the ordered
// edits gives the catalog the views show. Merge and split move whole accounts
// (mentions) and the reactions read from them, so no source is ever dropped.
#include "model/AnalystEdit.h"

#include "model/MissileClass.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

int launchIndex(const Catalog &c, const QString &id)
{
    for (int i = 0; i < c.launches.size(); ++i) {
        if (c.launches.at(i).id == id)
            return i;
    }
    return -1;
}

// Classes that name a range band; "ballistic" (class unstated), "cruise" and the
// like say something else and never contradict a range class.
bool isRangeClass(const QString &cls) { return MissileClass::rangeBand(cls).maxKm > 0; }

// One account's value for a field: a key to compare and the words to show.
struct Claim {
    QString key;
    QString display;
    const LaunchMention *mention;
};

QVector<Claim> claimsFor(const LaunchEvent &l, const QString &field)
{
    QVector<Claim> out;
    for (const LaunchMention &m : l.mentions) {
        if (field == QLatin1String("date") && m.date.isKnown()) {
            out.push_back({m.date.earliest.toString(Qt::ISODate) + m.date.latest.toString(Qt::ISODate),
                           m.date.display(), &m});
        } else if (field == QLatin1String("site") && !m.site.name.isEmpty()) {
            out.push_back({m.site.name, m.site.display(), &m});
        } else if (field == QLatin1String("class")) {
            for (const QString &cls : m.classes) {
                if (isRangeClass(cls))
                    out.push_back({cls, cls, &m});
            }
        } else if (field == QLatin1String("count") && m.count.isKnown()) {
            out.push_back({m.count.display(), m.count.display(), &m});
        } else if (field == QLatin1String("distance") && m.distanceKm.isValid()) {
            out.push_back({QString::number(qRound(m.distanceKm.value)), m.distanceKm.display(), &m});
        } else if (field == QLatin1String("apogee") && m.apogeeKm.isValid()) {
            out.push_back({QString::number(qRound(m.apogeeKm.value)), m.apogeeKm.display(), &m});
        } else if (field == QLatin1String("splashdown") && m.splashdown.isKnown()) {
            out.push_back({m.splashdown.display(), m.splashdown.display(), &m});
        }
    }
    return out;
}

// Whether differing claims really disagree: known dates only when their ranges
// do not overlap ("January 2025" and "14 Jan 2025" agree); others when keys differ.
bool disagree(const QString &field, const QVector<Claim> &claims)
{
    if (field == QLatin1String("date")) {
        for (int i = 0; i < claims.size(); ++i) {
            for (int j = i + 1; j < claims.size(); ++j) {
                const FuzzyDate &a = claims.at(i).mention->date, &b = claims.at(j).mention->date;
                if (a.latest < b.earliest || b.latest < a.earliest)
                    return true;
            }
        }
        return false;
    }
    QSet<QString> keys;
    for (const Claim &c : claims)
        keys.insert(c.key);
    return keys.size() > 1;
}

void addConflictValue(Conflict *c, const ConflictValue &v)
{
    for (const ConflictValue &x : c->values) {
        if (x.value == v.value && x.articleId == v.articleId)
            return;
    }
    c->values.push_back(v);
}

// Keeps the conflicts whose accounts are still part of the launch, and adds
// the disagreements among its accounts that are not listed yet.
void recomputeConflicts(LaunchEvent *l)
{
    const QStringList articles = l->articleIds();
    QVector<Conflict> result;
    auto conflictFor = [&result](const QString &field) -> Conflict * {
        for (Conflict &c : result) {
            if (c.field == field)
                return &c;
        }
        result.push_back(Conflict{field, {}});
        return &result.back();
    };
    for (const Conflict &old : l->conflicts) {
        for (const ConflictValue &v : old.values) {
            if (v.articleId.isEmpty() || articles.contains(v.articleId))
                addConflictValue(conflictFor(old.field), v);
        }
    }
    // What one account says twice ("medium-range", then "intermediate-range").
    for (const LaunchMention &m : l->mentions) {
        for (const Conflict &own : m.conflicts) {
            for (const ConflictValue &v : own.values)
                addConflictValue(conflictFor(own.field), v);
        }
    }
    for (const QString &field : {QStringLiteral("date"), QStringLiteral("site"), QStringLiteral("class"),
                                 QStringLiteral("count"), QStringLiteral("distance"),
                                 QStringLiteral("apogee"), QStringLiteral("splashdown")}) {
        const QVector<Claim> claims = claimsFor(*l, field);
        if (!disagree(field, claims))
            continue;
        for (const Claim &c : claims)
            addConflictValue(conflictFor(field), {c.display, c.mention->articleId, c.mention->claimant});
    }
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const Conflict &c) {
                                    QSet<QString> distinct;
                                    for (const ConflictValue &v : c.values)
                                        distinct.insert(v.value);
                                    return distinct.size() < 2;
                                }),
                 result.end());
    l->conflicts = result;
}

void appendUnique(QStringList *into, const QStringList &from)
{
    for (const QString &s : from) {
        if (!into->contains(s))
            *into << s;
    }
}

// Kept keeps its values; what it lacks it takes from absorbed.
void fillMissing(LaunchEvent *kept, const LaunchEvent &absorbed)
{
    if (!kept->date.isKnown() && (absorbed.date.isKnown()
                                  || (kept->date.precision == DatePrecision::Unknown
                                      && absorbed.date.precision != DatePrecision::Unknown)))
        kept->date = absorbed.date;
    if (kept->timeOfDay.isEmpty())
        kept->timeOfDay = absorbed.timeOfDay;
    if (kept->site.name.isEmpty() && kept->site.text.isEmpty())
        kept->site = absorbed.site;
    appendUnique(&kept->classes, absorbed.classes);
    appendUnique(&kept->names, absorbed.names);
    if (!kept->count.isKnown())
        kept->count = absorbed.count;
    if (!kept->distanceKm.isValid())
        kept->distanceKm = absorbed.distanceKm;
    if (!kept->apogeeKm.isValid())
        kept->apogeeKm = absorbed.apogeeKm;
    if (!kept->splashdown.isKnown())
        kept->splashdown = absorbed.splashdown;
    if (absorbed.role == LaunchRole::Primary)
        kept->role = LaunchRole::Primary;
    if (!absorbed.inferredDate.isEmpty()) {
        kept->inferredDate.narrow(absorbed.inferredDate.earliest, absorbed.inferredDate.latest, QString());
        kept->inferredDate.evidence += absorbed.inferredDate.evidence;
    }
    if (!absorbed.note.isEmpty())
        kept->note = kept->note.isEmpty() ? absorbed.note : kept->note + QLatin1Char('\n') + absorbed.note;
}

bool applyMerge(Catalog *c, const AnalystEdit &e, QString *error)
{
    const int keptAt = launchIndex(*c, e.launchIds.value(0));
    const int absorbedAt = launchIndex(*c, e.launchIds.value(1));
    if (keptAt < 0 || absorbedAt < 0 || keptAt == absorbedAt)
        return fail(error, QStringLiteral("the launches to merge are not both in the catalog"));
    const LaunchEvent absorbed = c->launches.at(absorbedAt);
    LaunchEvent &kept = c->launches[keptAt];
    kept.mentions += absorbed.mentions;
    kept.conflicts += absorbed.conflicts;
    fillMissing(&kept, absorbed);
    recomputeConflicts(&kept);
    for (Reaction &r : c->reactions) {
        if (r.launchId == absorbed.id)
            r.launchId = kept.id;
    }
    c->launches.removeAt(absorbedAt);
    return true;
}

// The launch as one account alone tells it, to compare values field by field.
LaunchEvent asTold(const LaunchMention &m)
{
    LaunchEvent l;
    l.mentions = {m};
    summarizeMentions(&l);
    return l;
}

// After a split the source keeps its values (an analyst's earlier correction
// among them) except those that only the departing accounts gave: those are
// taken again from the accounts that stay.
void keepOwnValues(LaunchEvent *source, const QVector<LaunchMention> &staying,
                   const QVector<LaunchMention> &leaving)
{
    LaunchEvent fresh;
    fresh.mentions = staying;
    summarizeMentions(&fresh);
    QVector<LaunchEvent> stayingTold, leavingTold;
    for (const LaunchMention &m : staying)
        stayingTold << asTold(m);
    for (const LaunchMention &m : leaving)
        leavingTold << asTold(m);
    auto toldBy = [](const QVector<LaunchEvent> &told, const QString &field, const QString &value) {
        return std::any_of(told.begin(), told.end(), [&](const LaunchEvent &t) {
            return EditField::display(t, field) == value;
        });
    };
    for (const QString &field : {QStringLiteral("date"), QStringLiteral("site"), QStringLiteral("count"),
                                 QStringLiteral("distance"), QStringLiteral("apogee"),
                                 QStringLiteral("splashdown"), QStringLiteral("timeOfDay")}) {
        const QString value = EditField::display(*source, field);
        if (toldBy(leavingTold, field, value) && !toldBy(stayingTold, field, value))
            EditField::fromJson(source, field, EditField::toJson(fresh, field));
    }
    for (QStringList *list : {&source->classes, &source->names}) {
        const bool classes = list == &source->classes;
        QStringList kept;
        for (const QString &item : *list) {
            auto says = [&](const LaunchMention &m) { return (classes ? m.classes : m.names).contains(item); };
            const bool leavingSays = std::any_of(leaving.begin(), leaving.end(), says);
            const bool stayingSays = std::any_of(staying.begin(), staying.end(), says);
            if (stayingSays || !leavingSays)
                kept << item;
        }
        *list = kept;
    }
    source->role = fresh.role;
    source->mentions = staying;
    recomputeConflicts(source);
}

bool applySplit(Catalog *c, const AnalystEdit &e, QString *error)
{
    const int at = launchIndex(*c, e.launchId());
    const QString newId = e.launchIds.value(1);
    if (at < 0 || newId.isEmpty() || launchIndex(*c, newId) >= 0)
        return fail(error, QStringLiteral("the launch to split is not in the catalog"));
    const QStringList moving = e.analystValue.toObject().value(QStringLiteral("articleIds")).toVariant().toStringList();
    LaunchEvent source = c->launches.at(at);
    LaunchEvent part;
    part.id = newId;
    QVector<LaunchMention> staying;
    for (const LaunchMention &m : source.mentions)
        (moving.contains(m.articleId) ? part.mentions : staying).push_back(m);
    if (part.mentions.isEmpty() || staying.isEmpty())
        return fail(error, QStringLiteral("the split would leave one of the launches without an account"));
    part.conflicts = source.conflicts; // each keeps the conflict values of its own accounts
    summarizeMentions(&part);
    keepOwnValues(&source, staying, part.mentions);
    c->launches[at] = source;
    c->launches.insert(at + 1, part);
    for (Reaction &r : c->reactions) {
        if (r.launchId == source.id && moving.contains(r.articleId))
            r.launchId = newId;
    }
    return true;
}

} // namespace

void summarizeMentions(LaunchEvent *l)
{
    // First-hand accounts first; among equals, article order.
    QVector<const LaunchMention *> order;
    for (const LaunchMention &m : l->mentions)
        order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const LaunchMention *a, const LaunchMention *b) {
        return a->role == LaunchRole::Primary && b->role != LaunchRole::Primary;
    });
    LaunchEvent s;
    s.role = LaunchRole::Mentioned;
    for (const LaunchMention *m : order) {
        if (m->role == LaunchRole::Primary)
            s.role = LaunchRole::Primary;
        const bool betterDate = (!s.date.isKnown() && m->date.isKnown())
            || (s.date.precision == DatePrecision::Unknown && m->date.precision != DatePrecision::Unknown)
            || (s.date.precision == DatePrecision::Unknown && !s.date.weekday && m->date.weekday);
        if (betterDate)
            s.date = m->date;
        if (s.timeOfDay.isEmpty())
            s.timeOfDay = m->timeOfDay;
        if ((s.site.name.isEmpty() && !m->site.name.isEmpty()) || (s.site.text.isEmpty() && s.site.name.isEmpty()))
            s.site = m->site;
        appendUnique(&s.classes, m->classes);
        appendUnique(&s.names, m->names);
        if (!s.count.isKnown())
            s.count = m->count;
        if (!s.distanceKm.isValid())
            s.distanceKm = m->distanceKm;
        if (!s.apogeeKm.isValid())
            s.apogeeKm = m->apogeeKm;
        if (!s.splashdown.isKnown())
            s.splashdown = m->splashdown;
    }
    l->role = s.role;
    l->date = s.date;
    l->timeOfDay = s.timeOfDay;
    l->site = s.site;
    l->classes = s.classes;
    l->names = s.names;
    l->count = s.count;
    l->distanceKm = s.distanceKm;
    l->apogeeKm = s.apogeeKm;
    l->splashdown = s.splashdown;
    recomputeConflicts(l);
}

bool applyEdit(Catalog *catalog, const AnalystEdit &edit, QString *error)
{
    switch (edit.kind) {
    case EditKind::Merge:
        return applyMerge(catalog, edit, error);
    case EditKind::Split:
        return applySplit(catalog, edit, error);
    default:
        break;
    }
    const int at = launchIndex(*catalog, edit.launchId());
    if (at < 0)
        return fail(error, QStringLiteral("no launch \"%1\" in the catalog").arg(edit.launchId()));
    LaunchEvent &l = catalog->launches[at];
    switch (edit.kind) {
    case EditKind::SetField:
    case EditKind::AssignDate:
        return EditField::fromJson(&l, edit.field, edit.analystValue, error);
    case EditKind::Reject:
        l.rejected = edit.analystValue.toBool(true);
        return true;
    case EditKind::Note:
        l.note = edit.analystValue.toString();
        return true;
    default:
        return false;
    }
}

Catalog applyEdits(const Catalog &machine, const QVector<AnalystEdit> &edits, QStringList *stale)
{
    Catalog effective = machine;
    for (const AnalystEdit &e : edits) {
        if (!applyEdit(&effective, e) && stale)
            *stale << e.id;
    }
    return effective;
}

} // namespace atlas
