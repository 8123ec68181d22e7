#pragma once
// A large, varied corpus made from the bundled articles, for benchmarks: every
// article is a bundled one with its dates, weekdays, places (from the
// gazetteer), distances and missile classes replaced at random (a fixed seed, so
// runs are comparable). Nothing is written to disk unless asked.
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas::bench {

class CorpusGenerator {
public:
    // bases: the texts to vary; places: names to put where a known place was.
    CorpusGenerator(QStringList bases, QStringList places, quint32 seed = 20250114);

    static CorpusGenerator fromBundled(quint32 seed = 20250114); // :/atlas/articles + gazetteer

    QString article(int index) const; // deterministic in (seed, index)
    int baseCount() const { return int(m_bases.size()); }

private:
    QStringList m_bases;
    QStringList m_places;
    quint32 m_seed;
};

} // namespace atlas::bench
