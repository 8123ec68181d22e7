#pragma once
// A launch's fields as the reader's language shows them: the field names of
// the details pane ("Launch site" -> 발사 장소) and their values, where the
// model's display() strings are English (model/Launch, model/AnalystEdit).
// Dates go through DateText, places through PlaceNames, classes through
// VocabularyText; counts, distances and splashdowns are worded here. English
// output is exactly the model's, so English screens do not change. What the
// articles say in their own words (designations, time of day) is shown as is.
#include "model/Launch.h"

#include <QCoreApplication>
#include <QString>

namespace atlas {

class FieldText {
    Q_DECLARE_TR_FUNCTIONS(atlas::FieldText)
public:
    // The name of an EditField ("date", "site", ...): "Date", "Launch site".
    static QString label(const QString &field);
    // The value of that field of a launch; "(none)" when it has none.
    static QString value(const LaunchEvent &launch, const QString &field);
    static QString count(const Count &c);                // "at least 2" | "최소 2"
    static QString quantity(const Quantity &q);          // "about 700 km" | "약 700 km"
    static QString splashdown(const Splashdown &s);      // "East Sea, outside Japan's EEZ"
    static QString role(LaunchRole r);                   // "primary" | "직접"
};

} // namespace atlas
