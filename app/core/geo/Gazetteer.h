#pragma once
// Places with coordinates and aliases (resources/data/gazetteer.json): launch
// facilities, cities, counties and provinces of North Korea, reference cities
// for range context, and the two seas. Lookup is forgiving of the ways news
// spells Korean places: case, hyphens, apostrophes, breves (ŏ, ŭ) and the words
// County/Province/-gun/-do/-si are ignored.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

struct Place {
    QString name;        // canonical
    QStringList aliases;
    QString kind;        // city, county, facility, province, reference, sea
    double lat = 0;      // degrees, WGS84
    double lon = 0;
    QString country;     // ISO 3166 alpha-2 ("KP", "KR", "JP", ...), empty for seas
    bool confirmed = true;
    double uncertaintyKm = 0; // radius within which the place lies, as a site
    QString note;
};

class Gazetteer {
public:
    static const Gazetteer &bundled(); // loaded once from the resource, read-only after
    static Gazetteer fromJson(const QByteArray &json);

    const QVector<Place> &places() const { return m_places; }
    // Canonical name or any alias, forgivingly compared; nullptr when unknown.
    // When several places share a spelling (Pyongyang the city and the province),
    // the most specific kind wins: facility, city, county, province, reference, sea.
    const Place *find(const QString &name) const;
    // The key names are compared by (exposed for the extractor's matcher).
    static QString normalize(QStringView name);

private:
    QVector<Place> m_places;
    QVector<QPair<QString, int>> m_keys; // normalized spelling -> index, sorted by key then kind rank
};

} // namespace atlas
