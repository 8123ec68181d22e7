#pragma once
// The missile vocabulary (resources/data/lexicon.json): the phrases that name a
// missile class ("short-range ballistic missile" -> SRBM, "ICBMs" -> ICBM) and
// the designations of North Korean missiles ("Hwasong 11", "KN23" ->
// Hwasong-11, KN-23). Data, not code, so that a new spelling or a new missile is
// a line in the JSON file. Patterns are compiled once; lookups are const and
// safe to share between threads.
#include "extract/GatedRegex.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QVarLengthArray>
#include <QVector>
#include <memory>
#include <vector>

namespace atlas {

// A phrase in the text, with the canonical value it stands for.
struct LexiconHit {
    int start = 0;
    int end = 0; // exclusive
    QString value; // class ("SRBM") or canonical designation ("Hwasong-11")
};

class MissileLexicon {
public:
    static const MissileLexicon &bundled(); // loaded once from :/atlas/data/lexicon.json
    static MissileLexicon fromJson(const QByteArray &json);
    // The stems of North Korea's numbered designations as a pattern group, in the
    // spellings articles use ("Hwasong", "Hwaseong", "Pukguksong", "KN"), for the
    // rules that test for one beside other words (a note item, "flew the ...", a
    // rocket that is a missile); finding and naming designations is designations().
    static QString designationStems() { return QStringLiteral("(?:Hwa?se?ong|Pukgu?kse?ong|KN)"); }
    // The Korean letters a designation's number may carry, as KCNA romanises them
    // ("Hwasong-11Ma", "Hwasong-11Da-4.5", "Hwasal-1 Ra-3"): an alternation for a
    // pattern. (resources/data/lexicon.json lists the same letters.)
    static QString koreanSyllables() { return QStringLiteral("(?:Ka|Ga|Na|Da|Ta|Ra|La|Ma|Ba|Pa|Sa|Ja|Cha)"); }

    // Class phrases in text[from, to), in text order. The leftmost phrase wins,
    // and of phrases starting together the earlier pattern in the file, so
    // "short-range ballistic missile" is SRBM, not also "ballistic"; a hypersonic
    // phrase is searched again for the classes it contains.
    //
    // anchors (optional, ascending): where the words start that may hold the word
    // every class phrase has (LaunchCueFinder::wordClasses' class anchors, for a
    // stretch holding text[from, to)). No phrase starts more than
    // kMaxLeadBeforeClassWord characters before such a word, so the scan starts
    // there and stops after the last one.
    QVector<LexiconHit> classes(const QString &text, int from = 0, int to = -1,
                                const QVarLengthArray<int, 16> *anchors = nullptr) const;
    // "new-generation anti-aircraft": the longest words a class pattern puts before
    // its first ClassWord word (15 characters), and a margin.
    static constexpr int kMaxLeadBeforeClassWord = 24;
    // North Korean designations in text[from, to), canonical spelling, in order.
    // Designations named only as a comparison ("similar to the KN-23") are left out.
    QVector<LexiconHit> designations(const QString &text, int from = 0, int to = -1) const;
    // The same, every designation's pattern run (the reference for tests: designations()
    // runs only those whose first two letters open a word there).
    QVector<LexiconHit> designationsRunningEvery(const QString &text, int from = 0, int to = -1) const;
    // Foreign designations ("Iskander", "Tomahawk") in text[from, to): never the
    // name of a North Korean launch.
    QVector<LexiconHit> foreignDesignations(const QString &text, int from = 0, int to = -1) const;
    // False when no word starting in text[from, to) opens with the first three
    // letters of a foreign designation: a cheap test before foreignDesignations.
    // `capitalised`: only words with a capital first letter count (a name as
    // prose writes it: "since" is no "Sineva").
    bool mayNameForeign(QStringView text, int from, int to, bool capitalised = false) const;
    // True when the words just before position `at` compare rather than name
    // ("similar to Russia's", "like the").
    bool isComparisonBefore(const QString &text, int at) const;

    int classPatternCount() const { return int(m_classes.size()); }

private:
    struct ClassPattern {
        QString cls;
        QRegularExpression re;
        QString pattern;     // as in the file
        bool caseSensitive;  // abbreviations (SRBM, HGV) only in capitals
    };
    struct Designation {
        QRegularExpression re;
        QString canonical; // "%1" is replaced by the first capture
        QString bare;      // the name when the capture is empty
        // The two letters (lower case, first << 8 | second) every match starts with,
        // or 0 when the pattern does not say (see designations()).
        quint16 opening = 0;
    };
    QVector<LexiconHit> findDesignations(const QString &text, int from, int to, bool preCheck) const;
    QVector<ClassPattern> m_classes;
    QVector<Designation> m_designations;
    GatedRegex m_classAny;               // every class pattern, one group each
    GatedRegex m_designationAny; // any designation at all (a cheap first test), tried only where one can start
    // The foreign names, one pattern run through GatedRegex's word gates (asked of
    // the words around each firing cue, where a plain scan of thirty names over
    // the sentence cost 24 instructions a byte); none when the lexicon lists none.
    std::shared_ptr<const GatedRegex> m_foreignGated;
    // Whether a foreign name opens with these three letters (lower case; a third
    // "letter" 26 for a two-letter name): 26 x 26 x 27 entries, or none.
    std::vector<bool> m_foreignStarts;
    GatedRegex m_comparison;         // anchored at the end of the preceding words
    QStringList m_comparisonStems;   // "similar", "like", ...: none in the window, no regex
    quint64 m_comparisonFirstLetters[2] = {0, 0}; // the ASCII characters a stem begins with, as bits
};

} // namespace atlas
