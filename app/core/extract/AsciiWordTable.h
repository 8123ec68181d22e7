#pragma once
// A fixed list of short English words, asked "is this whole word one of them,
// ignoring case?" many times per sentence (abbreviations, sentence starters,
// words a wrapped line cannot end with).
//
// QStringView::compare(..., Qt::CaseInsensitive) against each word of a list
// folds every character through Unicode tables: in the sentence splitter that
// was a tenth of the extraction time. Here a word is looked up by its length
// and first letter, then compared in ASCII. The answers are those of the
// caseless Unicode comparison: the only non-ASCII characters whose case
// folding is an ASCII letter, U+017F (long s) and U+212A (Kelvin sign), fold
// to "s" and "k" here too.
#include <QStringView>

#include <initializer_list>
#include <string>
#include <vector>

namespace atlas {

class AsciiWordTable {
public:
    // Words in lower-case ASCII letters.
    AsciiWordTable(std::initializer_list<const char *> lowerWords);

    bool contains(QStringView word) const;

private:
    static constexpr int kMaxLength = 16;
    // Bucket (length, first letter) -> the words in it.
    std::vector<std::string> m_buckets[kMaxLength + 1][26];
    std::vector<std::string> m_long; // longer words, compared one by one
};

} // namespace atlas
