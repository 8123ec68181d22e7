#pragma once
// Place names in the reader's language: the map's countries and seas, launch
// sites and the reference cities range rings point to.
//
// The bundled data are English (Natural Earth carries no Korean or Japanese
// names for the countries the map labels; the gazetteer's canonical names are
// romanised). A name is looked up in the translations first (context
// atlas::PlaceNames, filled in resources/translations/*.ts); a Korean reader
// who meets a place the translations do not list gets its Hangul spelling from
// the gazetteer's aliases; anything else stays as written.
#include "model/Launch.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace atlas {

class PlaceNames {
    Q_DECLARE_TR_FUNCTIONS(atlas::PlaceNames)
public:
    // A gazetteer name ("Wonsan"), a map label ("NORTH KOREA", "East Sea") or an
    // article's phrase (returned unchanged when nothing is known of it).
    static QString place(const QString &name, const QLocale &locale = QLocale());
    // Site::display() in the reader's language: "원산 (±10 km)".
    static QString siteText(const Site &site, const QLocale &locale = QLocale());
    // The Hangul spelling among a gazetteer place's aliases; empty when none.
    static QString hangulAlias(const QString &name);
};

} // namespace atlas
