#include "extract/MissileLexicon.h"
#include "extract/AsciiClasses.h"
#include "extract/StemTrie.h"
#include "extract/TrustedText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace atlas {

namespace {
// ASCII classes (\\w, \\s) on purpose: the words matched are English, and Unicode
// property lookups made every scan several times slower.
constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption;

QRegularExpression compileWord(const QString &pattern, bool caseSensitive = false)
{
    // (?<![\w-]) and (?![\w]) instead of \b: a hyphen before a class word belongs
    // to a compound ("battlefield-tested") and must not start a match.
    QRegularExpression re(QStringLiteral("(?<![\\w-])(?:%1)(?!\\w)").arg(pattern),
                          caseSensitive ? QRegularExpression::NoPatternOption : kOptions);
    re.optimize();
    return re;
}

// Abbreviations (SRBM, ICBM, SAMs, HGV) are upper case in news text; matching
// them case-insensitively would turn "sam" or "hgvs" in a word list into classes.
// Such a pattern opens with two capital letters. (A pattern opening with a group,
// "(?:medium|mid)[- ]range missiles?", is words: "Medium-range" opens a sentence.)
bool isAbbreviationPattern(const QString &p)
{
    auto capital = [](QChar c) { return c.unicode() >= 'A' && c.unicode() <= 'Z'; };
    return p.size() >= 2 && capital(p.at(0)) && capital(p.at(1));
}

// The two letters every match of the pattern starts with, (lower case) first << 8 |
// second, when the pattern says so plainly: it opens with at least two ASCII
// letters, no quantifier makes the second optional ("KN?"), and no alternation at
// its top level offers another start. 0 otherwise (the pattern is always run).
quint16 openingLetters(const QString &pattern)
{
    auto isAsciiLetter = [](QChar c) { return c.unicode() < 128 && c.isLetter(); };
    if (pattern.size() < 2 || !isAsciiLetter(pattern.at(0)) || !isAsciiLetter(pattern.at(1)))
        return 0;
    if (pattern.size() > 2 && QStringLiteral("?*{").contains(pattern.at(2)))
        return 0;
    int depth = 0;
    bool inClass = false;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (inClass) {
            inClass = c != QLatin1Char(']');
        } else if (c == QLatin1Char('[')) {
            inClass = true;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (c == QLatin1Char('|') && depth == 0) {
            return 0;
        }
    }
    return quint16((pattern.at(0).toLower().unicode() << 8) | pattern.at(1).toLower().unicode());
}
} // namespace

const MissileLexicon &MissileLexicon::bundled()
{
    static const MissileLexicon instance = [] {
        QFile f(QStringLiteral(":/atlas/data/lexicon.json"));
        return f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : MissileLexicon();
    }();
    return instance;
}

MissileLexicon MissileLexicon::fromJson(const QByteArray &json)
{
    MissileLexicon lex;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : root.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString cls = o.value(QStringLiteral("class")).toString();
        for (const QJsonValue &p : o.value(QStringLiteral("patterns")).toArray()) {
            const QString pattern = p.toString();
            const bool cs = isAbbreviationPattern(pattern.left(2));
            ClassPattern cp{cls, compileWord(pattern, cs), pattern, cs};
            if (cp.re.isValid())
                lex.m_classes << cp;
        }
    }
    for (const QJsonValue &v : root.value(QStringLiteral("designations")).toArray()) {
        const QJsonObject o = v.toObject();
        Designation d{compileWord(o.value(QStringLiteral("pattern")).toString()),
                      o.value(QStringLiteral("canonical")).toString(),
                      o.value(QStringLiteral("bare")).toString()};
        d.opening = openingLetters(o.value(QStringLiteral("pattern")).toString());
        if (d.re.isValid())
            lex.m_designations << d;
    }
    // One scan for all classes: each pattern is a numbered group, in file order
    // (leftmost match first, then the earlier pattern).
    QStringList alternatives;
    for (const ClassPattern &cp : lex.m_classes) {
        alternatives << (cp.caseSensitive ? QStringLiteral("((?-i:%1))") : QStringLiteral("(%1)")).arg(cp.pattern);
    }
    // Tried only where a class phrase can start (see GatedRegex.h): most words cannot.
    lex.m_classAny = GatedRegex(QStringLiteral("(?<![\\w-])(?:%1)(?!\\w)").arg(alternatives.join(QLatin1Char('|'))), kOptions);
    QStringList designationPatterns;
    for (const Designation &d : lex.m_designations)
        designationPatterns << d.re.pattern();
    lex.m_designationAny = GatedRegex(designationPatterns.join(QLatin1Char('|')), kOptions);
    QStringList foreign;
    for (const QJsonValue &v : root.value(QStringLiteral("foreign")).toArray())
        foreign << v.toString();
    if (!foreign.isEmpty()) {
        const QRegularExpression words = compileWord(foreign.join(QLatin1Char('|')));
        lex.m_foreignGated = std::make_shared<const GatedRegex>(words.pattern(), words.patternOptions());
        // The first three letters of each name (or the two of a two-letter one,
        // "DF-", "Kh-"), for mayNameForeign; a pattern that does not open so makes
        // every word a candidate.
        lex.m_foreignStarts.assign(size_t(26 * 26 * 27), false);
        auto letter = [](QChar c) { return int((c.unicode() | 0x20) - 'a'); };
        for (const QString &f : std::as_const(foreign)) {
            const bool two = f.size() >= 2 && isAsciiLetter(f.at(0).unicode()) && isAsciiLetter(f.at(1).unicode());
            if (!two) {
                lex.m_foreignStarts.assign(lex.m_foreignStarts.size(), true);
                break;
            }
            const int third = f.size() >= 3 && isAsciiLetter(f.at(2).unicode()) ? letter(f.at(2)) : 26; // 26: the word ends
            lex.m_foreignStarts[size_t((letter(f.at(0)) * 26 + letter(f.at(1))) * 27 + third)] = true;
        }
    }
    QStringList cues;
    for (const QJsonValue &v : root.value(QStringLiteral("comparison_cues")).toArray())
        cues << v.toString();
    for (const QString &cue : cues) {
        // The literal letters a cue starts with: a cheap first test before the regex.
        QString stem;
        for (const QChar c : cue) {
            if (!c.isLetter()) {
                // "modell?ed": a letter the pattern may leave out is no part of the stem.
                if ((c == u'?' || c == u'*' || c == u'{') && !stem.isEmpty())
                    stem.chop(1);
                break;
            }
            stem += c;
        }
        if (stem.size() >= 3) {
            lex.m_comparisonStems << stem.left(6).toLower();
            const char16_t first = lex.m_comparisonStems.back().at(0).unicode();
            if (first < 128)
                lex.m_comparisonFirstLetters[first >> 6] |= quint64(1) << (first & 63);
            else
                lex.m_comparisonFirstLetters[0] = lex.m_comparisonFirstLetters[1] = ~quint64(0); // no shortcut
        }
    }
    if (!cues.isEmpty()) {
        // The cue, then at most a possessive or an article, then the end of the window.
        lex.m_comparison = GatedRegex(
            QStringLiteral("(?<![\\w-])(?:%1)\\s+(?:(?:the|a|an|its|their|Russia['’]s|China['’]s|"
                           "America['’]s|the U\\.?S\\.?|U\\.?S\\.?|Russian|Chinese|American|[A-Z][a-z]+['’]s)\\s+){0,2}$")
                .arg(cues.join(QLatin1Char('|'))),
            kOptions);
    }
    return lex;
}

QVector<LexiconHit> MissileLexicon::classes(const QString &text, int from, int to, const QVarLengthArray<int, 16> *anchors) const
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    QVector<LexiconHit> hits;
    if (from >= to || m_classes.isEmpty())
        return hits;
    auto found = [&](QVector<LexiconHit> &into, const RegexMatch &m) {
        for (int g = 1; g <= m_classes.size(); ++g) {
            if (m.capturedStart(g) >= 0) {
                into.append({int(m.capturedStart()), int(m.capturedEnd()), m_classes.at(g - 1).cls});
                break;
            }
        }
        return true;
    };
    auto scan = [&](int a, int b) {
        QVector<LexiconHit> into;
        m_classAny.forEach(text, a, b, [&](const RegexMatch &m) { return found(into, m); });
        return into;
    };
    if (!anchors) {
        hits = scan(from, to);
    } else {
        // As forEach, each scan starting no earlier than a phrase can: a phrase holds
        // a word starting at an anchor (a word that starts before `pos` counts if it
        // runs on to `pos`: a letter outside ASCII may glue a class word to it), and
        // starts at most kMaxLeadBeforeClassWord characters before that word. Without
        // such a word left before `to`, there is no phrase.
        const QStringView subject = QStringView(text).left(to);
        int lastStart = -1;
        for (int pos = from; pos < to;) {
            const int *next = std::lower_bound(anchors->begin(), anchors->end(), pos);
            int scanFrom = pos;
            const bool inWord = next != anchors->begin() && [&] {
                int q = pos;
                while (q > next[-1] && StemTrie::isLetter(text.at(q - 1).unicode()))
                    --q;
                return q == next[-1];
            }();
            if (!inWord) {
                if (next == anchors->end() || *next >= to)
                    break;
                scanFrom = std::max(pos, *next - kMaxLeadBeforeClassWord);
            }
            if (lastStart < 0) {
                // No phrase starts after the end of the last anchor's run of letters
                // before `to` (it would hold no anchor's word).
                lastStart = std::lower_bound(anchors->begin(), anchors->end(), to)[-1];
                while (lastStart < to && StemTrie::isLetter(text.at(lastStart).unicode()))
                    ++lastStart;
            }
            const RegexMatch m = m_classAny.firstMatchStartingBy(subject, scanFrom, lastStart, GatedRegex::Subject::Trusted);
            if (!m.hasMatch())
                break;
            found(hits, m);
            pos = std::max(int(m.capturedEnd()), pos + 1);
        }
    }
    // "hypersonic and cruise missiles", "hypersonic intermediate-range ballistic
    // missile": one phrase, two classes. Look inside it for the others.
    QVector<LexiconHit> inner;
    for (const LexiconHit &h : hits) {
        if (h.value != QLatin1String("hypersonic")) {
            // "intermediate-range hypersonic missile": a range class whose phrase holds
            // "hypersonic" is that class too.
            // (Found by its lower-case tail: a case-sensitive search is the cheap one.)
            const qsizetype tail = QStringView(text).mid(h.start, h.end - h.start).indexOf(QLatin1String("ypersonic"));
            const qsizetype at = tail > 0 ? tail - 1 : -1;
            if (at >= 0 && (text.at(h.start + int(at)) == QLatin1Char('h') || text.at(h.start + int(at)) == QLatin1Char('H')))
                inner.append({h.start + int(at), h.start + int(at) + 10, QStringLiteral("hypersonic")});
            continue;
        }
        const int after = h.start + int(QStringLiteral("hypersonic").size());
        for (const LexiconHit &x : scan(after, h.end)) {
            if (x.value != QLatin1String("hypersonic"))
                inner << x;
        }
    }
    hits += inner;
    std::sort(hits.begin(), hits.end(), [](const LexiconHit &a, const LexiconHit &b) {
        return a.start < b.start || (a.start == b.start && a.value < b.value);
    });
    return hits;
}

bool MissileLexicon::isComparisonBefore(const QString &text, int at) const
{
    if (!m_comparison.isValid() || m_comparison.pattern().isEmpty())
        return false;
    const int from = std::max(0, at - 48);
    const QStringView window = QStringView(text).mid(from, at - from);
    // Is any cue's stem in the lower-cased window? ASCII windows (the usual case)
    // are compared in place; others are lower-cased as QString does.
    bool ascii = true;
    for (const QChar c : window) {
        if (c.unicode() >= 128) {
            ascii = false;
            break;
        }
    }
    bool maybe = false;
    if (ascii) {
        auto lowerAt = [&](qsizetype i) {
            const char16_t c = window.at(i).unicode();
            return (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c;
        };
        for (qsizetype i = 0; i < window.size() && !maybe; ++i) {
            const char16_t first = lowerAt(i);
            // Most characters begin no stem: told by one bit, not by every stem.
            if (first >= 128 || !(m_comparisonFirstLetters[first >> 6] >> (first & 63) & 1))
                continue;
            for (const QString &stem : m_comparisonStems) {
                const qsizetype m = stem.size();
                if (stem.at(0).unicode() != first || i + m > window.size())
                    continue;
                qsizetype k = 1;
                while (k < m && lowerAt(i + k) == stem.at(k).unicode())
                    ++k;
                if (k == m) {
                    maybe = true;
                    break;
                }
            }
        }
    } else {
        const QString lower = window.toString().toLower();
        maybe = std::any_of(m_comparisonStems.begin(), m_comparisonStems.end(),
                            [&](const QString &stem) { return lower.contains(stem); });
    }
    return maybe && m_comparison.firstMatch(window).hasMatch();
}

QVector<LexiconHit> MissileLexicon::designations(const QString &text, int from, int to) const
{
    return findDesignations(text, from, to, true);
}

QVector<LexiconHit> MissileLexicon::designationsRunningEvery(const QString &text, int from, int to) const
{
    return findDesignations(text, from, to, false);
}

QVector<LexiconHit> MissileLexicon::findDesignations(const QString &text, int from, int to, bool preCheck) const
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    QVector<LexiconHit> hits;
    if (from >= to)
        return hits;
    const QStringView view = QStringView(text).left(to);
    const RegexMatch any = m_designationAny.firstMatch(view, from, GatedRegex::Subject::Trusted);
    if (!any.hasMatch())
        return hits; // the usual case: one scan, no designation
    // No designation starts before the alternation of them all first matches, so
    // each is looked for from there (the same matches as from `from`).
    const int first = int(any.capturedStart());
    // Which patterns can match at all (each global match pays Qt's set-up and a scan
    // to `to`): every match starts where no [\w-] precedes it (the lookbehind
    // compileWord adds) with its opening letters, in either case: the word starts'
    // first two letters. Outside ASCII only LONG S and KELVIN SIGN fold to an ASCII
    // letter (s, k); text with one leaves every pattern to run. (Curly quotes and
    // dashes, common in news, are no letter of an opening.)
    const char16_t *d16 = reinterpret_cast<const char16_t *>(text.utf16());
    QVarLengthArray<quint16, 32> openings;
    bool ascii = preCheck;
    for (int p = first; p < to && ascii; ++p) {
        const char16_t c = d16[p];
        if (c == 0x017F || c == 0x212A) {
            ascii = false;
        } else if (p + 1 < to && unsigned((c | 0x20) - 'a') < 26 && c < 128 && d16[p + 1] < 128
                   && (p == 0 || !isAsciiWordOrHyphen(d16[p - 1]))) {
            openings.append(quint16(((c | 0x20) << 8) | (d16[p + 1] | 0x20)));
        }
    }
    for (const Designation &d : m_designations) {
        if (ascii && d.opening && std::find(openings.begin(), openings.end(), d.opening) == openings.end())
            continue;
        auto it = d.re.globalMatch(view, first, QRegularExpression::NormalMatch, kTrusted);
        while (it.hasNext()) {
            const auto m = it.next();
            QString suffix = m.captured(1).toUpper();
            suffix.replace(QLatin1Char(' '), QLatin1Char('-'));
            // A Korean letter after the number is a syllable, written with it as
            // KCNA writes it: "11Ma", "11Da-4.5", "11Ra", "1Ra-3" (from "11-Da-4.5",
            // "11 Na", "1 Ra-3"), so that every spelling names one missile. (Not
            // "Scud-ER", which follows no figure.)
            static const QRegularExpression syllable(QStringLiteral("^(\\d{1,2})-?(%1)(?![A-Z])").arg(koreanSyllables().toUpper()));
            if (const auto sm = syllable.match(suffix); sm.hasMatch()) {
                const QString letters = sm.captured(2);
                suffix = sm.captured(1) + letters.left(1) + letters.mid(1).toLower() + suffix.mid(sm.capturedEnd());
            }
            // "Hwasong-11D" and "Hwasong-11-D" are one missile: no dash before a letter suffix.
            if (suffix.size() > 1 && suffix.at(suffix.size() - 2) == QLatin1Char('-') && suffix.back().isLetter())
                suffix.remove(suffix.size() - 2, 1);
            QString name = suffix.isEmpty() && !d.bare.isEmpty() ? d.bare : d.canonical;
            name.replace(QLatin1String("%1"), suffix);
            if (isComparisonBefore(text, int(m.capturedStart())))
                continue;
            hits.append({int(m.capturedStart()), int(m.capturedEnd()), name});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const LexiconHit &a, const LexiconHit &b) { return a.start < b.start; });
    return hits;
}

bool MissileLexicon::mayNameForeign(QStringView text, int from, int to, bool capitalised) const
{
    if (m_foreignStarts.empty())
        return false;
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = std::max(from, 0);
    while (i > 0 && i < n && isAsciiLetter(d[i - 1]) && isAsciiLetter(d[i]))
        ++i; // (inside a word at `from`: from its end)
    for (; i < to && i + 1 < n; ++i) {
        if (!isAsciiLetter(d[i]))
            continue;
        // A word's start: its first three letters (or two and its end) asked once, then the word skipped.
        const int third = i + 2 < n && isAsciiLetter(d[i + 2]) ? int((d[i + 2] | 0x20) - 'a') : 26;
        if (isAsciiLetter(d[i + 1]) && (!capitalised || (d[i] >= u'A' && d[i] <= u'Z'))
            && m_foreignStarts[size_t((int((d[i] | 0x20) - 'a') * 26 + int((d[i + 1] | 0x20) - 'a')) * 27 + third)])
            return true;
        while (i + 1 < n && isAsciiLetter(d[i + 1]))
            ++i;
    }
    return false;
}

QVector<LexiconHit> MissileLexicon::foreignDesignations(const QString &text, int from, int to) const
{
    QVector<LexiconHit> hits;
    if (!m_foreignGated)
        return hits;
    if (to < 0 || to > text.size())
        to = int(text.size());
    if (from >= to)
        return hits;
    const QStringView subject = QStringView(text).left(to);
    m_foreignGated->forEach(subject, from, GatedRegex::Subject::Trusted, [&](const RegexMatch &m) {
        hits.append({int(m.capturedStart()), int(m.capturedEnd()), text.mid(m.capturedStart(), m.capturedEnd() - m.capturedStart())});
        return true;
    });
    return hits;
}

} // namespace atlas
