#pragma once
// The closed vocabulary of missile classes and the timeline lanes they fall in.
// Colours are not here: they are style, in resources/styles/missile-classes.json.
#include <QString>
#include <QStringList>

namespace atlas {

namespace MissileClass {
// In the order used for legends and for picking a launch's headline class.
const QStringList &all(); // SRBM, CRBM, MRBM, IRBM, ICBM, SLBM, hypersonic, cruise, ballistic, air-defense
bool isKnown(const QString &cls);
// Lane on the timeline and colour family on the map: "ballistic", "hypersonic", "cruise", "other".
QString laneOf(const QString &cls);
QString laneOf(const QStringList &classes); // the most specific lane among several
// The class a launch is drawn as: the most specific of those reported.
QString headline(const QStringList &classes);
// Nominal range band in km, for plain explanations ({0,0} when not a range class).
struct RangeBand { int minKm; int maxKm; };
RangeBand rangeBand(const QString &cls);
QString longName(const QString &cls); // "short-range ballistic missile"
} // namespace MissileClass

} // namespace atlas
