#include "render/PlaceNames.h"

#include "geo/Gazetteer.h"

namespace atlas {

namespace {

// Markers that keep these names in the .ts files (lupdate cannot read the JSON
// they come from): the country labels of resources/styles/map.json, the ocean,
// the gazetteer's places that can label a site or a range ring, and the
// countries (and bodies such as the United Nations) whose reactions are shown.
[[maybe_unused]] const char *const kPlaceWords[] = {
    // map.json country labels (capitals are cartographic style)
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "CHINA"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "NORTH KOREA"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "SOUTH KOREA"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "JAPAN"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "RUSSIA"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "MONGOLIA"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "TAIWAN"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "PHILIPPINES"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "GUAM (US)"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Pacific Ocean"),
    // gazetteer.json: North Korean cities, counties and facilities
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Pyongyang"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sunan"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Pyongyang Sunan International Airport"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Ryokpho district"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Wonsan"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Wonsan Kalma International Airport"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Taegwan County"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kanggye"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Mupyong-ni Arms Plant"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sohae Satellite Launching Station"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sinpo"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sinpo South Shipyard"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hamhung"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Chongjin"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kusong"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kusong Testing Ground"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sukchon"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hwangju"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hwangju launch site (airfield)"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Jangyon"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Nampo"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sinuiju"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kaechon"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kaechon Airbase"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kimchaek"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Taechon"),
    // gazetteer.json: provinces (a site known only to its province)
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Kangwŏn-do"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hwanghae-bukto"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hamgyŏng-bukto"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Rasŏn"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Ryanggang"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Chagang-do"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "P'yŏngan-bukto"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "P'yŏngan-namdo"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hwanghae-namdo"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Hamgyŏng-namdo"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "P'yŏngyang"),
    // gazetteer.json: reference places (range rings, distances)
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Seoul"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Busan"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Tokyo"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sapporo"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Naha"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Guam"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Andersen Air Force Base"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Beijing"), QT_TRANSLATE_NOOP("atlas::PlaceNames", "Vladivostok"),
    // resources/data/actors.json: the countries and bodies that react
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "South Korea"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "North Korea"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Japan"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "United States"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "China"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Russia"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Germany"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "United Kingdom"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "France"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Italy"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Canada"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Australia"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "New Zealand"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "India"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Taiwan"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Philippines"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Mongolia"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Vietnam"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Singapore"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Indonesia"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Ukraine"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Iran"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Poland"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Netherlands"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Spain"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "Sweden"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "European Union"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "NATO"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "United Nations"),
    QT_TRANSLATE_NOOP("atlas::PlaceNames", "G7")};

bool isHangul(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace

QString PlaceNames::hangulAlias(const QString &name)
{
    const Place *p = Gazetteer::bundled().find(name);
    if (!p)
        return {};
    for (const QString &alias : p->aliases) {
        if (isHangul(alias))
            return alias;
    }
    return {};
}

QString PlaceNames::place(const QString &name, const QLocale &locale)
{
    if (name.isEmpty())
        return name;
    const QByteArray key = name.toUtf8();
    const QString translated = tr(key.constData());
    if (translated != name)
        return translated;
    if (locale.language() == QLocale::Korean) {
        // Only a gazetteer place's own name: an article's phrase that merely
        // contains one ("near Pyongyang") is English text and stays so.
        const Place *p = Gazetteer::bundled().find(name);
        if (p && Gazetteer::normalize(p->name) == Gazetteer::normalize(name)) {
            const QString hangul = hangulAlias(name);
            if (!hangul.isEmpty())
                return hangul;
        }
    }
    return name;
}

QString PlaceNames::siteText(const Site &site, const QLocale &locale)
{
    if (site.name.isEmpty())
        return site.text;
    const QString name = place(site.name, locale);
    return site.uncertaintyKm > 0 ? tr("%1 (±%2 km)").arg(name).arg(qRound(site.uncertaintyKm)) : name;
}

} // namespace atlas
