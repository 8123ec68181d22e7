#include "extract/GazetteerMatcher.h"

#include <algorithm>

namespace atlas {

namespace {
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019)
        || c == QChar(0x2018) || c == QLatin1Char('-');
}

bool startsName(QChar c)
{
    // Upper case, or a script without case (Hangul, Kanji).
    return c.isUpper() || (c.isLetter() && !c.isLower() && c.unicode() > 0x2E80);
}

int wordCount(const QString &s)
{
    int n = 0;
    bool in = false;
    for (const QChar c : s) {
        const bool name = isNameChar(c) && c != QLatin1Char('-');
        if (name && !in)
            ++n;
        in = name;
    }
    return n;
}
} // namespace

GazetteerMatcher::GazetteerMatcher(const Gazetteer &gazetteer) : m_gazetteer(gazetteer)
{
    for (const Place &p : gazetteer.places()) {
        m_maxWords = std::max(m_maxWords, wordCount(p.name));
        for (const QString &a : p.aliases)
            m_maxWords = std::max(m_maxWords, wordCount(a));
    }
    m_maxWords = std::min(m_maxWords, 6);
}

QVector<PlaceMatch> GazetteerMatcher::find(const QString &text, int from, int to) const
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    struct Word { int start; int end; };
    QVector<Word> words;
    int i = std::max(0, from);
    while (i < to) {
        while (i < to && !isNameChar(text.at(i)))
            ++i;
        const int s = i;
        while (i < to && isNameChar(text.at(i)) && text.at(i) != QLatin1Char('-'))
            ++i;
        // Keep hyphenated names in one word ("Wonsan-si", "Hwanghae-bukto").
        while (i < to && text.at(i) == QLatin1Char('-') && i + 1 < to && text.at(i + 1).isLetterOrNumber()) {
            ++i;
            while (i < to && isNameChar(text.at(i)) && text.at(i) != QLatin1Char('-'))
                ++i;
        }
        if (i > s)
            words.append({s, i});
        else
            ++i;
    }
    // A possessive "'s" is not part of the name ("Pyongyang's").
    for (Word &w : words) {
        const QStringView v = QStringView(text).mid(w.start, w.end - w.start);
        if (v.size() > 2 && (v.endsWith(QLatin1String("'s")) || v.endsWith(QStringLiteral("’s"))))
            w.end -= 2;
    }
    QVector<PlaceMatch> out;
    for (int w = 0; w < words.size();) {
        if (!startsName(text.at(words.at(w).start))) {
            ++w;
            continue;
        }
        int matched = 0;
        const Place *place = nullptr;
        for (int n = std::min(m_maxWords, int(words.size()) - w); n >= 1; --n) {
            const int s = words.at(w).start;
            const int e = words.at(w + n - 1).end;
            if (const Place *p = m_gazetteer.find(text.mid(s, e - s))) {
                place = p;
                matched = n;
                break;
            }
        }
        if (place) {
            out.append({words.at(w).start, words.at(w + matched - 1).end, place});
            w += matched;
        } else {
            ++w;
        }
    }
    return out;
}

} // namespace atlas
