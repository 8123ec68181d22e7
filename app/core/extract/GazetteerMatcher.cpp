#include "extract/GazetteerMatcher.h"

#include <QSet>

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
    QSet<QString> shared; // keys of more than one place
    auto index = [&](const QString &spelling) {
        const Place *p = gazetteer.find(spelling); // the place this exact spelling means (kind rank applied)
        const QString normal = Gazetteer::normalize(spelling);
        if (p && !normal.isEmpty())
            m_exact.insert(normal, p);
        const QString key = romanizeKey(normal);
        if (!p || key.isEmpty() || shared.contains(key))
            return;
        const auto it = m_folded.constFind(key);
        if (it == m_folded.constEnd()) {
            m_folded.insert(key, p);
        } else if (it.value() != p) {
            m_folded.remove(key);
            shared.insert(key);
        }
    };
    for (const Place &p : gazetteer.places()) {
        m_maxWords = std::max(m_maxWords, wordCount(p.name));
        index(p.name);
        for (const QString &a : p.aliases) {
            m_maxWords = std::max(m_maxWords, wordCount(a));
            index(a);
        }
    }
    m_maxWords = std::min(m_maxWords, 6);
}

QString GazetteerMatcher::romanizationKey(const QString &name)
{
    return romanizeKey(Gazetteer::normalize(name)); // lower case, letters and digits only
}

QString GazetteerMatcher::romanizeKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (int i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const char16_t next = i + 1 < key.size() ? key.at(i + 1).unicode() : 0;
        if (c == 'e' && (next == 'o' || next == 'u'))
            continue; // RR eo, eu = MR ŏ, ŭ (breve already stripped)
        if (next == 'h' && (c == 'p' || c == 't' || c == 'k' || c == 's' || c == 'c')) {
            out += QChar(c == 'c' ? u'j' : c); // aspirates ph, th, kh written as p, t, k; ch as j; sh as s
            ++i;
            continue;
        }
        switch (c) {
        case 'g': out += QLatin1Char('k'); break;
        case 'b': out += QLatin1Char('p'); break;
        case 'd': out += QLatin1Char('t'); break;
        case 'r': out += QLatin1Char('l'); break;
        default: out += QChar(c); break;
        }
    }
    return out;
}

const Place *GazetteerMatcher::lookUp(QStringView spelling) const
{
    const QString key = Gazetteer::normalize(spelling);
    if (key.isEmpty())
        return nullptr; // Gazetteer::find finds nothing for an empty key, and no folded key is empty
    if (const Place *p = m_exact.value(key, nullptr))
        return p;
    return m_folded.isEmpty() ? nullptr : m_folded.value(romanizeKey(key), nullptr);
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
            const Place *p = lookUp(QStringView(text).mid(s, e - s));
            if (p) {
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
