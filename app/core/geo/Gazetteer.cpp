#include "geo/Gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace atlas {

namespace {
int kindRank(const QString &kind)
{
    static const QStringList order{QStringLiteral("facility"), QStringLiteral("city"),
                                   QStringLiteral("county"),   QStringLiteral("province"),
                                   QStringLiteral("reference"), QStringLiteral("sea")};
    const int i = int(order.indexOf(kind));
    return i < 0 ? int(order.size()) : i;
}

// A site's radius of uncertainty: an estimate says so in its note ("±20 km");
// otherwise the size of what the kind names.
double uncertaintyFor(const QString &kind, bool confirmed, const QString &note)
{
    static const QRegularExpression plusMinus(QStringLiteral("±\\s*(\\d+(?:\\.\\d+)?)\\s*km"));
    const auto m = plusMinus.match(note);
    if (!confirmed && m.hasMatch())
        return m.captured(1).toDouble();
    if (kind == QLatin1String("facility")) return 2;
    if (kind == QLatin1String("city")) return 5;
    if (kind == QLatin1String("county")) return 15;
    if (kind == QLatin1String("province")) return 60;
    return 0;
}
} // namespace

QString Gazetteer::normalize(const QString &name)
{
    // Decompose so that ŏ -> o + breve, then keep letters and digits only.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (const QChar c : decomposed) {
        if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018))
            continue; // P'yŏngyang == Pyongyang
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    // Administrative words say what kind of place it is, not which one.
    static const QStringList dropped{QStringLiteral("county"), QStringLiteral("province"),
                                     QStringLiteral("gun"),    QStringLiteral("do"),
                                     QStringLiteral("si"),     QStringLiteral("city"),
                                     QStringLiteral("the")};
    while (words.size() > 1 && dropped.contains(words.last()))
        words.removeLast();
    while (words.size() > 1 && words.first() == QLatin1String("the"))
        words.removeFirst();
    return words.join(QString());
}

Gazetteer Gazetteer::fromJson(const QByteArray &json)
{
    Gazetteer g;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Place p;
        p.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            p.aliases << a.toString();
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.lat = o.value(QStringLiteral("lat")).toDouble();
        p.lon = o.value(QStringLiteral("lon")).toDouble();
        p.country = o.value(QStringLiteral("country")).toString();
        p.confirmed = o.value(QStringLiteral("confirmed")).toBool(true);
        p.note = o.value(QStringLiteral("note")).toString();
        p.uncertaintyKm = uncertaintyFor(p.kind, p.confirmed, p.note);
        if (!p.name.isEmpty())
            g.m_places << p;
    }
    for (int i = 0; i < g.m_places.size(); ++i) {
        const Place &p = g.m_places.at(i);
        for (const QString &spelling : QStringList{p.name} + p.aliases) {
            const QString key = normalize(spelling);
            if (!key.isEmpty())
                g.m_keys.append({key, i});
        }
    }
    std::stable_sort(g.m_keys.begin(), g.m_keys.end(), [&g](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return kindRank(g.m_places.at(a.second).kind) < kindRank(g.m_places.at(b.second).kind);
    });
    return g;
}

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer instance = [] {
        QFile f(QStringLiteral(":/atlas/data/gazetteer.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Gazetteer();
    }();
    return instance;
}

const Place *Gazetteer::find(const QString &name) const
{
    const QString key = normalize(name);
    if (key.isEmpty())
        return nullptr;
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key,
                               [](const auto &entry, const QString &k) { return entry.first < k; });
    if (it == m_keys.end() || it->first != key)
        return nullptr;
    return &m_places.at(it->second);
}

} // namespace atlas
