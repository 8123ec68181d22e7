#pragma once
// Finds gazetteer places in running text ("from the western county of
// Taekwan", "near Wŏnsan", "in North Hamgyong Province"). Lookup goes through
// Gazetteer::find, so every alias and romanisation the gazetteer knows, and its
// forgiving comparison (case, hyphens, apostrophes, breves, County/-gun/-do), apply.
// Only capitalised words (or Korean script) can start a place name: "sea" and
// "do" in ordinary prose are not places.
#include "geo/Gazetteer.h"

#include <QString>
#include <QVector>

namespace atlas {

struct PlaceMatch {
    int start = 0;
    int end = 0; // exclusive
    const Place *place = nullptr;
};

class GazetteerMatcher {
public:
    explicit GazetteerMatcher(const Gazetteer &gazetteer);

    // Places in text[from, to), longest spelling first at each position, in order.
    QVector<PlaceMatch> find(const QString &text, int from = 0, int to = -1) const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    const Gazetteer &m_gazetteer;
    int m_maxWords = 1; // the most words any spelling has
};

} // namespace atlas
