#pragma once
// Finds gazetteer places in running text ("from the western county of
// Taekwan", "near Wŏnsan", "in North Hamgyong Province"). Lookup goes through
// Gazetteer::find, so every alias and romanisation the gazetteer knows, and its
// forgiving comparison (case, hyphens, apostrophes, breves, County/-gun/-do), apply.
// Only capitalised words (or Korean script) can start a place name: "sea" and
// "do" in ordinary prose are not places.
// A spelling the gazetteer does not list is also looked up by its romanization
// key (romanizationKey): McCune-Reischauer and Revised Romanization spell one
// name many ways (Ryokpho, Ryŏkp'o, Ryeokpo; Chagang, Jagang), and news mixes
// them, so a name is matched whichever system (or mix) it is written in.
#include "geo/Gazetteer.h"

#include <QHash>
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

    // A spelling folded so that the romanizations of one Korean name agree:
    // Gazetteer::normalize (case, diacritics, apostrophes, hyphens, County/-gun/-do),
    // then eo -> o, eu -> u, ph/th/kh -> p/t/k, sh -> s, ch and j -> j, g -> k,
    // b -> p, d -> t, r -> l. "Ryeokpo", "Ryŏkp'o" and "Ryokpho" give one key.
    static QString romanizationKey(const QString &name);

private:
    // What Gazetteer::find and the folded index answer for one spelling, from
    // its key computed once (the spellings of a span are tried longest first).
    const Place *lookUp(QStringView spelling) const;
    // romanizationKey's folding of a key already normalised.
    static QString romanizeKey(const QString &key);

    const Gazetteer &m_gazetteer;
    // romanizationKey of every name and alias -> its place; a key two places
    // share is left out (the exact spellings still tell them apart).
    QHash<QString, const Place *> m_folded;
    // Gazetteer::normalize of every name and alias -> what Gazetteer::find answers
    // for it (find answers by that key alone).
    QHash<QString, const Place *> m_exact;
    int m_maxWords = 1; // the most words any spelling has
};

} // namespace atlas
