#include "io/ModelJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace atlas::json {

namespace {
using S = QLatin1String;

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList stringsFrom(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString str(const QJsonObject &o, const char *key) { return o.value(S(key)).toString(); }

int integer(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(S(key));
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

template <typename T, typename F>
QJsonArray arrayOf(const QVector<T> &items, F convert)
{
    QJsonArray a;
    for (const T &t : items)
        a.append(convert(t));
    return a;
}

template <typename T, typename F>
QVector<T> vectorFrom(const QJsonValue &v, F convert)
{
    QVector<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &x : a)
        out.append(convert(x));
    return out;
}

QJsonObject documentObject(const QByteArray &bytes, bool *ok, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (!*ok && error) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("not valid JSON at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : QStringLiteral("JSON is not an object");
    }
    return doc.object();
}
} // namespace

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

QJsonValue numberValue(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QJsonValue weekdayValue(int weekday)
{
    const QString name = weekdayName(weekday);
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

int weekdayFrom(const QJsonValue &v)
{
    if (v.isDouble()) {
        const int d = v.toInt();
        return d >= 1 && d <= 7 ? d : 0;
    }
    const QString name = v.toString();
    for (int d = 1; d <= 7; ++d) {
        if (name.compare(weekdayName(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    return 0;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// --- dates -----------------------------------------------------------------

QJsonObject toJson(const FuzzyDate &d)
{
    QJsonObject o;
    o.insert(S("earliest"), dateValue(d.earliest));
    o.insert(S("latest"), dateValue(d.latest));
    o.insert(S("precision"), precisionName(d.precision));
    o.insert(S("weekday"), weekdayValue(d.weekday));
    if (d.month)
        o.insert(S("month"), d.month);
    if (d.day)
        o.insert(S("day"), d.day);
    o.insert(S("text"), stringOrNull(d.text));
    return o;
}

FuzzyDate fuzzyDateFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    FuzzyDate d;
    d.earliest = dateFrom(o.value(S("earliest")));
    d.latest = dateFrom(o.value(S("latest")));
    d.precision = precisionFromName(str(o, "precision"));
    d.weekday = weekdayFrom(o.value(S("weekday")));
    d.month = integer(o, "month", 0);
    d.day = integer(o, "day", 0);
    d.text = str(o, "text");
    return d;
}

QJsonObject toJson(const DateInference &d)
{
    QJsonObject o;
    o.insert(S("earliest"), dateValue(d.earliest));
    o.insert(S("latest"), dateValue(d.latest));
    o.insert(S("evidence"), strings(d.evidence));
    return o;
}

DateInference dateInferenceFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    DateInference d;
    d.earliest = dateFrom(o.value(S("earliest")));
    d.latest = dateFrom(o.value(S("latest")));
    d.evidence = stringsFrom(o.value(S("evidence")));
    return d;
}

// --- evidence and articles ---------------------------------------------------

QJsonObject toJson(const Evidence &e)
{
    QJsonObject o;
    o.insert(S("article"), e.articleId);
    o.insert(S("field"), e.field);
    o.insert(S("start"), e.start);
    o.insert(S("end"), e.end);
    o.insert(S("text"), e.text());
    return o;
}

Evidence evidenceFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Evidence e;
    e.articleId = str(o, "article");
    e.field = str(o, "field");
    e.start = integer(o, "start", -1);
    e.end = integer(o, "end", -1);
    e.source = str(o, "text");
    return e;
}

QJsonArray toJson(const EvidenceList &list)
{
    return arrayOf(list, [](const Evidence &e) { return toJson(e); });
}

EvidenceList evidenceListFromJson(const QJsonValue &v)
{
    return vectorFrom<Evidence>(v, evidenceFromJson);
}

QJsonObject toJson(const Article &a)
{
    QJsonObject o;
    o.insert(S("id"), a.id);
    o.insert(S("file"), a.filePath);
    o.insert(S("title"), a.title);
    o.insert(S("outlet"), a.outlet);
    o.insert(S("text"), a.text);
    o.insert(S("content_hash"), QString::fromLatin1(a.contentHash));
    o.insert(S("encoding"), a.encoding);
    QJsonObject pub;
    pub.insert(S("date"), dateValue(a.publicationDate));
    pub.insert(S("source"), pubDateSourceName(a.publicationDateSource));
    pub.insert(S("text"), a.publicationDateText);
    pub.insert(S("start"), a.publicationDateStart);
    o.insert(S("publication_date"), pub);
    return o;
}

Article articleFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Article a;
    a.id = str(o, "id");
    a.filePath = str(o, "file");
    a.title = str(o, "title");
    a.outlet = str(o, "outlet");
    a.text = str(o, "text");
    a.contentHash = str(o, "content_hash").toLatin1();
    a.encoding = str(o, "encoding");
    const QJsonObject pub = o.value(S("publication_date")).toObject();
    a.publicationDate = dateFrom(pub.value(S("date")));
    a.publicationDateSource = pubDateSourceFromName(str(pub, "source"));
    a.publicationDateText = str(pub, "text");
    a.publicationDateStart = integer(pub, "start", -1);
    return a;
}

// --- launch pieces -----------------------------------------------------------

QJsonObject toJson(const Quantity &q)
{
    QJsonObject o;
    o.insert(S("value"), numberValue(q.value));
    o.insert(S("qualifier"), stringOrNull(q.qualifier));
    o.insert(S("text"), stringOrNull(q.text));
    return o;
}

Quantity quantityFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Quantity q;
    q.value = numberFrom(o.value(S("value")));
    q.qualifier = str(o, "qualifier");
    q.text = str(o, "text");
    return q;
}

QJsonObject toJson(const Count &c)
{
    QJsonObject o;
    // min 0 is "unknown" and max -1 is "open": both read as null to a person.
    o.insert(S("min"), c.min > 0 ? QJsonValue(c.min) : QJsonValue(QJsonValue::Null));
    o.insert(S("max"), c.max >= 0 ? QJsonValue(c.max) : QJsonValue(QJsonValue::Null));
    o.insert(S("text"), stringOrNull(c.text));
    return o;
}

Count countFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Count c;
    c.min = integer(o, "min", 0);
    c.max = integer(o, "max", -1);
    c.text = str(o, "text");
    return c;
}

QJsonObject toJson(const Site &s)
{
    QJsonObject o;
    o.insert(S("name"), stringOrNull(s.name));
    o.insert(S("lat"), numberValue(s.lat));
    o.insert(S("lon"), numberValue(s.lon));
    o.insert(S("uncertainty_km"), s.uncertaintyKm);
    o.insert(S("kind"), stringOrNull(s.kind));
    o.insert(S("text"), stringOrNull(s.text));
    return o;
}

Site siteFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Site s;
    s.name = str(o, "name");
    s.lat = numberFrom(o.value(S("lat")));
    s.lon = numberFrom(o.value(S("lon")));
    s.uncertaintyKm = o.value(S("uncertainty_km")).toDouble(0);
    s.kind = str(o, "kind");
    s.text = str(o, "text");
    return s;
}

QJsonObject toJson(const Splashdown &s)
{
    QJsonObject o;
    o.insert(S("sea"), stringOrNull(s.sea));
    o.insert(S("eez"), stringOrNull(s.eez));
    o.insert(S("land"), s.land);
    o.insert(S("text"), stringOrNull(s.text));
    return o;
}

Splashdown splashdownFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Splashdown s;
    s.sea = str(o, "sea");
    s.eez = str(o, "eez");
    s.land = o.value(S("land")).toBool(false);
    s.text = str(o, "text");
    return s;
}

QJsonObject toJson(const Conflict &c)
{
    QJsonObject o;
    o.insert(S("field"), c.field);
    o.insert(S("values"), arrayOf(c.values, [](const ConflictValue &v) {
                 QJsonObject x;
                 x.insert(S("value"), v.value);
                 x.insert(S("article"), v.articleId);
                 x.insert(S("source"), stringOrNull(v.source));
                 return x;
             }));
    return o;
}

Conflict conflictFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Conflict c;
    c.field = str(o, "field");
    c.values = vectorFrom<ConflictValue>(o.value(S("values")), [](const QJsonValue &x) {
        const QJsonObject xo = x.toObject();
        return ConflictValue{str(xo, "value"), str(xo, "article"), str(xo, "source")};
    });
    return c;
}

// --- launches ----------------------------------------------------------------

QJsonObject toJson(const LaunchMention &m)
{
    QJsonObject o;
    o.insert(S("article"), m.articleId);
    o.insert(S("role"), roleName(m.role));
    o.insert(S("date"), toJson(m.date));
    o.insert(S("time_of_day"), stringOrNull(m.timeOfDay));
    o.insert(S("site"), toJson(m.site));
    o.insert(S("classes"), strings(m.classes));
    o.insert(S("names"), strings(m.names));
    o.insert(S("count"), toJson(m.count));
    o.insert(S("distance_km"), toJson(m.distanceKm));
    o.insert(S("apogee_km"), toJson(m.apogeeKm));
    o.insert(S("splashdown"), toJson(m.splashdown));
    o.insert(S("claimant"), stringOrNull(m.claimant));
    o.insert(S("evidence"), toJson(m.evidence));
    return o;
}

LaunchMention launchMentionFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    LaunchMention m;
    m.articleId = str(o, "article");
    m.role = str(o, "role") == QLatin1String("mentioned") ? LaunchRole::Mentioned : LaunchRole::Primary;
    m.date = fuzzyDateFromJson(o.value(S("date")));
    m.timeOfDay = str(o, "time_of_day");
    m.site = siteFromJson(o.value(S("site")));
    m.classes = stringsFrom(o.value(S("classes")));
    m.names = stringsFrom(o.value(S("names")));
    m.count = countFromJson(o.value(S("count")));
    m.distanceKm = quantityFromJson(o.value(S("distance_km")));
    m.apogeeKm = quantityFromJson(o.value(S("apogee_km")));
    m.splashdown = splashdownFromJson(o.value(S("splashdown")));
    m.claimant = str(o, "claimant");
    m.evidence = evidenceListFromJson(o.value(S("evidence")));
    return m;
}

QJsonObject toJson(const LaunchEvent &e)
{
    QJsonObject o;
    o.insert(S("id"), e.id);
    o.insert(S("role"), roleName(e.role));
    o.insert(S("date"), toJson(e.date));
    o.insert(S("inferred_date"), toJson(e.inferredDate));
    o.insert(S("time_of_day"), stringOrNull(e.timeOfDay));
    o.insert(S("site"), toJson(e.site));
    o.insert(S("classes"), strings(e.classes));
    o.insert(S("names"), strings(e.names));
    o.insert(S("count"), toJson(e.count));
    o.insert(S("distance_km"), toJson(e.distanceKm));
    o.insert(S("apogee_km"), toJson(e.apogeeKm));
    o.insert(S("splashdown"), toJson(e.splashdown));
    o.insert(S("mentions"), arrayOf(e.mentions, [](const LaunchMention &m) { return toJson(m); }));
    o.insert(S("conflicts"), arrayOf(e.conflicts, [](const Conflict &c) { return toJson(c); }));
    o.insert(S("rejected"), e.rejected);
    o.insert(S("note"), stringOrNull(e.note));
    return o;
}

LaunchEvent launchEventFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    LaunchEvent e;
    e.id = str(o, "id");
    e.role = str(o, "role") == QLatin1String("mentioned") ? LaunchRole::Mentioned : LaunchRole::Primary;
    e.date = fuzzyDateFromJson(o.value(S("date")));
    e.inferredDate = dateInferenceFromJson(o.value(S("inferred_date")));
    e.timeOfDay = str(o, "time_of_day");
    e.site = siteFromJson(o.value(S("site")));
    e.classes = stringsFrom(o.value(S("classes")));
    e.names = stringsFrom(o.value(S("names")));
    e.count = countFromJson(o.value(S("count")));
    e.distanceKm = quantityFromJson(o.value(S("distance_km")));
    e.apogeeKm = quantityFromJson(o.value(S("apogee_km")));
    e.splashdown = splashdownFromJson(o.value(S("splashdown")));
    e.mentions = vectorFrom<LaunchMention>(o.value(S("mentions")), launchMentionFromJson);
    e.conflicts = vectorFrom<Conflict>(o.value(S("conflicts")), conflictFromJson);
    e.rejected = o.value(S("rejected")).toBool(false);
    e.note = str(o, "note");
    return e;
}

// --- reactions, problems, catalog, extraction ---------------------------------

QJsonObject toJson(const Reaction &r)
{
    QJsonObject o;
    o.insert(S("id"), r.id);
    o.insert(S("launch"), stringOrNull(r.launchId));
    o.insert(S("article"), r.articleId);
    o.insert(S("actor"), stringOrNull(r.actor));
    o.insert(S("person"), stringOrNull(r.person));
    o.insert(S("role"), stringOrNull(r.role));
    o.insert(S("stance"), stanceName(r.stance));
    o.insert(S("quote"), stringOrNull(r.quote));
    o.insert(S("date"), toJson(r.date));
    o.insert(S("evidence"), toJson(r.evidence));
    return o;
}

Reaction reactionFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Reaction r;
    r.id = str(o, "id");
    r.launchId = str(o, "launch");
    r.articleId = str(o, "article");
    r.actor = str(o, "actor");
    r.person = str(o, "person");
    r.role = str(o, "role");
    stanceFromName(str(o, "stance"), &r.stance);
    r.quote = str(o, "quote");
    r.date = fuzzyDateFromJson(o.value(S("date")));
    r.evidence = evidenceListFromJson(o.value(S("evidence")));
    return r;
}

QJsonObject toJson(const Problem &p)
{
    QJsonObject o;
    o.insert(S("file"), p.file);
    o.insert(S("message"), p.message);
    return o;
}

Problem problemFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return Problem{str(o, "file"), str(o, "message")};
}

QJsonObject toJson(const Catalog &c)
{
    QJsonObject o;
    o.insert(S("articles"), arrayOf(c.articles, [](const Article &a) { return toJson(a); }));
    o.insert(S("launches"), arrayOf(c.launches, [](const LaunchEvent &e) { return toJson(e); }));
    o.insert(S("reactions"), arrayOf(c.reactions, [](const Reaction &r) { return toJson(r); }));
    o.insert(S("problems"), arrayOf(c.problems, [](const Problem &p) { return toJson(p); }));
    return o;
}

Catalog catalogFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    Catalog c;
    c.articles = vectorFrom<Article>(o.value(S("articles")), articleFromJson);
    c.launches = vectorFrom<LaunchEvent>(o.value(S("launches")), launchEventFromJson);
    c.reactions = vectorFrom<Reaction>(o.value(S("reactions")), reactionFromJson);
    c.problems = vectorFrom<Problem>(o.value(S("problems")), problemFromJson);
    return c;
}

QJsonObject toJson(const ArticleExtraction &x)
{
    QJsonObject o;
    o.insert(S("article"), x.articleId);
    o.insert(S("extractor_version"), x.extractorVersion);
    o.insert(S("launches"), arrayOf(x.launches, [](const LaunchMention &m) { return toJson(m); }));
    o.insert(S("reactions"), arrayOf(x.reactions, [](const Reaction &r) { return toJson(r); }));
    QJsonArray links;
    for (int i : x.reactionLaunch)
        links.append(i);
    o.insert(S("reaction_launch"), links);
    return o;
}

ArticleExtraction articleExtractionFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    ArticleExtraction x;
    x.articleId = str(o, "article");
    x.extractorVersion = str(o, "extractor_version");
    x.launches = vectorFrom<LaunchMention>(o.value(S("launches")), launchMentionFromJson);
    x.reactions = vectorFrom<Reaction>(o.value(S("reactions")), reactionFromJson);
    x.reactionLaunch = vectorFrom<int>(o.value(S("reaction_launch")),
                                       [](const QJsonValue &i) { return i.toInt(-1); });
    return x;
}

QByteArray toBytes(const ArticleExtraction &x)
{
    return QJsonDocument(toJson(x)).toJson(QJsonDocument::Compact);
}

bool fromBytes(const QByteArray &bytes, ArticleExtraction *out, QString *error)
{
    bool ok = false;
    const QJsonObject o = documentObject(bytes, &ok, error);
    if (ok && out)
        *out = articleExtractionFromJson(o);
    return ok;
}

QByteArray toBytes(const Catalog &c)
{
    return QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
}

bool fromBytes(const QByteArray &bytes, Catalog *out, QString *error)
{
    bool ok = false;
    const QJsonObject o = documentObject(bytes, &ok, error);
    if (ok && out)
        *out = catalogFromJson(o);
    return ok;
}

} // namespace atlas::json
