#include "ExpectedMatcher.h"

#include "geo/Gazetteer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace atlas {

const QStringList &launchFieldNames()
{
    static const QStringList names{"date", "site", "classes", "names", "count",
                                   "distance", "apogee", "splashdown", "eez"};
    return names;
}

ArticleScore &ArticleScore::operator+=(const ArticleScore &o)
{
    launches += o.launches;
    for (auto it = o.fields.begin(); it != o.fields.end(); ++it)
        fields[it.key()] += it.value();
    reactions += o.reactions;
    quotes += o.quotes;
    spuriousLaunches += o.spuriousLaunches;
    spuriousInNoLaunchArticle += o.spuriousInNoLaunchArticle;
    spuriousReactions += o.spuriousReactions;
    spuriousJudgements += o.spuriousJudgements;
    failures += o.failures;
    return *this;
}

namespace {

QString str(const QJsonValue &v) { return v.isString() ? v.toString() : QString(); }

// Designations compare without case, spaces or hyphens: "Hwasong 11" is "Hwasong-11".
QString nameKey(QString s)
{
    s = s.toLower();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    return s;
}

QString seaKey(const QString &sea)
{
    const QString s = sea.toLower();
    if (s.contains("east sea") || s.contains("sea of japan") || s.contains("japan sea"))
        return "East Sea";
    if (s.contains("yellow") || s.contains("west sea"))
        return "Yellow Sea";
    return sea;
}

QString eezKey(const QString &eez)
{
    const QString s = eez.toLower();
    return s.contains("outside") ? "outside" : s.contains("inside") || s.contains("within") ? "inside" : s;
}

QString describe(const FuzzyDate &d)
{
    QString s = precisionName(d.precision) + " " + d.earliest.toString(Qt::ISODate);
    if (d.latest != d.earliest)
        s += ".." + d.latest.toString(Qt::ISODate);
    if (d.weekday)
        s += " " + weekdayName(d.weekday);
    return s + " \"" + d.text + "\"";
}

// shared/README.md: same precision and bounds; a week within one day on each
// bound; an unknown date stays unknown and keeps its weekday.
bool dateMatches(const QJsonObject &e, const FuzzyDate &got, QString *kind)
{
    const QString precision = str(e["precision"]);
    if (precisionName(got.precision) != precision) {
        *kind = QString("date: %1 read as %2").arg(precision, precisionName(got.precision));
        return false;
    }
    if (precision == "unknown") {
        const QString wd = str(e["weekday"]);
        if (!wd.isEmpty() && weekdayName(got.weekday).compare(wd, Qt::CaseInsensitive) != 0) {
            *kind = "date: weekday lost";
            return false;
        }
        return true;
    }
    if (precision == "day-of-year") {
        const QStringList md = str(e["month_day"]).split('-');
        const bool ok = md.size() == 2 && got.month == md[0].toInt() && got.day == md[1].toInt();
        if (!ok)
            *kind = "date: wrong day-of-year";
        return ok;
    }
    const QDate first = QDate::fromString(str(e["earliest"]), Qt::ISODate);
    const QDate last = QDate::fromString(str(e["latest"]), Qt::ISODate);
    const int slack = precision == "week" ? 1 : 0;
    const bool ok = std::abs(first.daysTo(got.earliest)) <= slack && std::abs(last.daysTo(got.latest)) <= slack;
    if (!ok) {
        const qint64 off = first.daysTo(got.earliest);
        *kind = (got.earliest.year() != first.year() && std::abs(off) > 300) ? "date: wrong year"
                                                                              : "date: wrong day";
    }
    return ok;
}

// "up to 400 km" -> 400; NaN when the text holds no number.
double firstNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?"));
    const QRegularExpressionMatch m = number.match(text);
    return m.hasMatch() ? m.captured().remove(QLatin1Char(',')).toDouble() : std::nan("");
}

bool quantityMatches(const QJsonObject &e, const Quantity &got, const QVector<Conflict> &conflicts,
                     const QString &conflictField, QString *kind)
{
    const double want = e["value"].toDouble();
    bool valueOk = got.isValid() && std::abs(got.value - want) <= 1.0;
    // A second account kept as a conflict also counts: both values are shown.
    for (const Conflict &c : conflicts)
        if (c.field == conflictField)
            for (const ConflictValue &v : c.values)
                if (std::abs(firstNumber(v.value) - want) <= 1.0)
                    valueOk = true;
    if (!valueOk) {
        *kind = got.isValid() ? "wrong value" : "missed";
        return false;
    }
    const QString q = str(e["qualifier"]);
    if (!q.isEmpty() && got.qualifier.compare(q, Qt::CaseInsensitive) != 0) {
        *kind = "qualifier lost";
        return false;
    }
    return true;
}

bool isoEqualOrBothNone(const QJsonValue &expected, const QDate &got)
{
    return expected.isNull() ? !got.isValid() : got == QDate::fromString(expected.toString(), Qt::ISODate);
}

} // namespace

bool ExpectedMatcher::sameSite(const QString &expected, const Site &site) const
{
    const Place *want = m_gazetteer.find(expected);
    const Place *got = site.name.isEmpty() ? nullptr : m_gazetteer.find(site.name);
    if (want && got)
        return want->name == got->name;
    return Gazetteer::normalize(expected) == Gazetteer::normalize(site.name.isEmpty() ? site.text : site.name);
}

ArticleScore ExpectedMatcher::score(const QJsonObject &expected, const Article &article,
                                    const ArticleExtraction &extraction) const
{
    ArticleScore s;
    s.file = str(expected["file"]);
    auto fail = [&s](const QString &kind, const QString &detail) { s.failures.append({kind, s.file, detail}); };

    // Publication date.
    s.pubDateRight = isoEqualOrBothNone(expected["publication_date"], article.publicationDate);
    if (!s.pubDateRight)
        fail(expected["publication_date"].isNull() ? "pubdate: invented" : article.publicationDate.isValid() ? "pubdate: wrong" : "pubdate: missed",
             QString("expected %1, got %2 (%3)").arg(expected["publication_date"].isNull() ? "none" : str(expected["publication_date"]),
                                                    article.publicationDate.toString(Qt::ISODate), article.publicationDateText));

    // Launches: pair each expected launch with the extracted mention that shares
    // most with it (date first), greedily, so a wrong field still shows as a field.
    const QJsonArray wantLaunches = expected["launches"].toArray();
    const QVector<LaunchMention> &got = extraction.launches;
    struct Pair { int score, e, g; };
    QVector<Pair> pairs;
    for (int e = 0; e < wantLaunches.size(); ++e) {
        const QJsonObject w = wantLaunches[e].toObject();
        for (int g = 0; g < got.size(); ++g) {
            QString ignored;
            int sc = 0;
            if (w["date"].isObject() && dateMatches(w["date"].toObject(), got[g].date, &ignored)) sc += 8;
            if (!str(w["site"]).isEmpty() && sameSite(str(w["site"]), got[g].site)) sc += 4;
            for (const QJsonValue &c : w["classes"].toArray())
                if (got[g].classes.contains(c.toString(), Qt::CaseInsensitive)) { sc += 2; break; }
            if (roleName(got[g].role) == str(w["role"])) sc += 1;
            if (sc > 1)
                pairs.append({sc, e, g});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.score > b.score; });
    QVector<int> matchOf(wantLaunches.size(), -1);
    QVector<bool> gotUsed(got.size(), false);
    for (const Pair &p : pairs)
        if (matchOf[p.e] < 0 && !gotUsed[p.g]) {
            matchOf[p.e] = p.g;
            gotUsed[p.g] = true;
        }

    for (int e = 0; e < wantLaunches.size(); ++e) {
        const QJsonObject w = wantLaunches[e].toObject();
        const bool optional = w["optional"].toBool();
        const QString what = QString("%1 launch %2").arg(str(w["role"]), str(w["date"].toObject()["text"]));
        if (!optional)
            s.launches.add(matchOf[e] >= 0);
        if (matchOf[e] < 0) {
            if (!optional)
                fail("launch missed: " + str(w["role"]), what);
            continue;
        }
        const LaunchMention &m = got[matchOf[e]];
        auto field = [&](const QString &name, bool ok, const QString &kind, const QString &detail) {
            s.fields[name].add(ok);
            if (!ok)
                fail(kind, what + ": " + detail);
        };
        if (w["date"].isObject()) {
            QString kind;
            const bool ok = dateMatches(w["date"].toObject(), m.date, &kind);
            field("date", ok, kind, "got " + describe(m.date));
        }
        if (!str(w["site"]).isEmpty())
            field("site", sameSite(str(w["site"]), m.site), m.site.name.isEmpty() ? "site: missed" : "site: wrong place",
                  QString("expected %1, got '%2' from \"%3\"").arg(str(w["site"]), m.site.name, m.site.text));
        QStringList gotClasses = m.classes;
        for (const Conflict &c : m.conflicts)
            if (c.field == "class")
                for (const ConflictValue &v : c.values)
                    gotClasses << v.value;
        QStringList missingClasses;
        for (const QJsonValue &c : w["classes"].toArray())
            if (!gotClasses.contains(c.toString(), Qt::CaseInsensitive))
                missingClasses << c.toString();
        if (!w["classes"].toArray().isEmpty())
            field("classes", missingClasses.isEmpty(), "class missed: " + missingClasses.join('+'),
                  "got [" + gotClasses.join(", ") + "]");
        QSet<QString> gotNames;
        for (const QString &n : m.names)
            gotNames.insert(nameKey(n));
        QStringList missingNames;
        for (const QJsonValue &n : w["names"].toArray())
            if (!gotNames.contains(nameKey(n.toString())))
                missingNames << n.toString();
        if (!w["names"].toArray().isEmpty())
            field("names", missingNames.isEmpty(), "name missed", missingNames.join(", ") + "; got [" + m.names.join(", ") + "]");
        if (w["count"].isObject()) {
            const QJsonObject c = w["count"].toObject();
            const int min = c["min"].toInt(), max = c["max"].isNull() ? -1 : c["max"].toInt();
            const bool ok = m.count.min == min && m.count.max == max;
            field("count", ok, m.count.isKnown() ? "count: wrong" : "count: missed",
                  QString("\"%1\" expected %2..%3, got %4 (\"%5\")").arg(str(c["text"])).arg(min).arg(max).arg(m.count.display(), m.count.text));
        }
        for (const auto &[key, name, q, conflictField] :
             {std::tuple{"distance_km", "distance", &m.distanceKm, "distance"},
              std::tuple{"apogee_km", "apogee", &m.apogeeKm, "apogee"}}) {
            if (!w[key].isObject())
                continue;
            QString kind;
            const bool ok = quantityMatches(w[key].toObject(), *q, m.conflicts, conflictField, &kind);
            field(name, ok, QString(name) + ": " + kind,
                  QString("expected %1 %2, got %3").arg(str(w[key].toObject()["qualifier"])).arg(w[key].toObject()["value"].toDouble()).arg(q->display()));
        }
        const QJsonObject sd = w["splashdown"].toObject();
        if (!str(sd["sea"]).isEmpty())
            field("splashdown", seaKey(m.splashdown.sea) == seaKey(str(sd["sea"])),
                  m.splashdown.sea.isEmpty() ? "sea: missed" : "sea: wrong", "expected " + str(sd["sea"]) + ", got '" + m.splashdown.sea + "'");
        if (!str(sd["eez"]).isEmpty())
            field("eez", eezKey(m.splashdown.eez) == eezKey(str(sd["eez"])),
                  "eez: " + (m.splashdown.eez.isEmpty() ? QString("missed") : QString("wrong")), "expected " + str(sd["eez"]) + ", got '" + m.splashdown.eez + "'");
    }
    const bool reportsNoLaunch = wantLaunches.isEmpty();
    for (int g = 0; g < got.size(); ++g) {
        if (gotUsed[g])
            continue;
        ++s.spuriousLaunches;
        if (reportsNoLaunch)
            ++s.spuriousInNoLaunchArticle;
        fail(reportsNoLaunch ? "spurious launch in a no-launch article" : "spurious launch",
             QString("%1 %2 [%3] from \"%4\"").arg(roleName(got[g].role), describe(got[g].date),
                                                    got[g].classes.join(", "), got[g].evidence.isEmpty() ? QString() : got[g].evidence.first().text().left(90)));
    }

    // Reactions: actor and stance; each extracted reaction serves one expected one.
    QVector<bool> reactionUsed(extraction.reactions.size(), false);
    QSet<QString> expectedPairs;
    // Required reactions first, so an optional one never takes the extracted
    // reaction a required one with the same actor and stance needs.
    QJsonArray wantReactions;
    for (const bool optionalPass : {false, true})
        for (const QJsonValue &v : expected["reactions"].toArray())
            if (v.toObject()["optional"].toBool() == optionalPass)
                wantReactions.append(v);
    for (const QJsonValue &v : wantReactions) {
        const QJsonObject r = v.toObject();
        const QString actor = str(r["actor"]), stance = str(r["stance"]);
        expectedPairs.insert(actor + "/" + stance);
        // Of the reactions with that actor and stance, the one that gives the
        // expected quote, if any does: an article may say the same thing twice
        // ("a direct consequence of ..." and, later, "We understand the reasons
        // ..."), and the first said is not always the one the reader quoted.
        QString wantedQuote = str(r["quote"]).trimmed();
        while (!wantedQuote.isEmpty() && QStringLiteral(".,;:").contains(wantedQuote.back()))
            wantedQuote.chop(1);
        int hit = -1;
        for (int i = 0; i < extraction.reactions.size(); ++i) {
            if (reactionUsed[i] || extraction.reactions[i].actor != actor || stanceName(extraction.reactions[i].stance) != stance)
                continue;
            if (hit < 0)
                hit = i;
            if (!wantedQuote.isEmpty() && extraction.reactions[i].quote.contains(wantedQuote, Qt::CaseInsensitive)) {
                hit = i;
                break;
            }
        }
        if (hit >= 0)
            reactionUsed[hit] = true;
        if (r["optional"].toBool())
            continue;
        s.reactions.add(hit >= 0);
        if (hit < 0) {
            QStringList sameActor;
            for (const Reaction &x : extraction.reactions)
                if (x.actor == actor)
                    sameActor << stanceName(x.stance);
            fail(sameActor.isEmpty() ? "reaction missed: actor" : "reaction: wrong stance",
                 QString("%1/%2 (%3) got [%4]").arg(actor, stance, str(r["text"]).isEmpty() ? str(r["quote"]) : str(r["text"]), sameActor.join(", ")));
        }
        if (!str(r["quote"]).isEmpty()) {
            // The sentence's closing stop is no part of the words quoted (the
            // engine leaves punctuation inside the marks to the sentence, as the
            // oracle's quotes do): "... the Republic of Korea." matches without it.
            QString expectedQuote = str(r["quote"]).trimmed();
            while (!expectedQuote.isEmpty() && QStringLiteral(".,;:").contains(expectedQuote.back()))
                expectedQuote.chop(1);
            const bool ok = hit >= 0 && extraction.reactions[hit].quote.contains(expectedQuote, Qt::CaseInsensitive);
            s.quotes.add(ok);
            if (!ok && hit >= 0)
                fail("quote not captured", QString("%1: \"%2\" got \"%3\"").arg(actor, str(r["quote"]), extraction.reactions[hit].quote));
        }
    }
    QSet<QString> spurious;
    for (const Reaction &x : extraction.reactions) {
        const QString key = x.actor + "/" + stanceName(x.stance);
        if (!expectedPairs.contains(key) && !spurious.contains(key)) {
            spurious.insert(key);
            // An extra "detected"/"coordinating" is a mild over-read; an invented
            // condemnation or support puts words in a government's mouth.
            if (x.stance != Stance::Acknowledge && x.stance != Stance::Cooperation)
                ++s.spuriousJudgements;
            fail("spurious reaction", key + " from \"" + (x.evidence.isEmpty() ? QString() : x.evidence.first().text().left(90)) + "\"");
        }
    }
    s.spuriousReactions = int(spurious.size());
    return s;
}

} // namespace atlas
