#include "extract/QuantityParser.h"
#include "extract/AsciiClasses.h"
#include "extract/CharScan.h"
#include "extract/GatedRegex.h"
#include "extract/KeyWordBits.h"
#include "extract/MissileLexicon.h"
#include "extract/TrustedText.h"
#include "extract/launch/DecimalValue.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <algorithm>
#include <limits>

namespace atlas::QuantityParser {

namespace {
// ASCII classes (\\w, \\s) on purpose: the words matched are English, and Unicode
// property lookups made every scan several times slower.
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const char *small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                               "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < 20; ++i)
            w.insert(QString::fromLatin1(small[i]), i);
        const char *tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < 8; ++i)
            w.insert(QString::fromLatin1(tens[i]), 20 + 10 * i);
        return w;
    }();
    return words;
}

bool isSeparatorSpace(QChar c) { return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009); }


// What ^\d{1,3}(?:[,\x{00A0}\x{202F}\x{2009} ]\d{3})+$ (or, dotted, with "." as
// the only separator) matches, read by hand: \d is ASCII (no Unicode
// properties), and the pattern cannot backtrack into another reading.
bool isGroupedNumber(QStringView r, bool dotted)
{
    const qsizetype n = r.size();
    qsizetype i = 0;
    while (i < n && isAsciiDigit(r[i].unicode()))
        ++i;
    if (i < 1 || i > 3)
        return false;
    int groups = 0;
    while (i < n) {
        const QChar sep = r[i];
        const bool isSep = dotted ? sep == QLatin1Char('.')
                                  : (sep == QLatin1Char(',') || sep == QLatin1Char(' ') || sep == QChar(0x00A0)
                                     || sep == QChar(0x202F) || sep == QChar(0x2009));
        if (!isSep)
            return false;
        ++i;
        for (int k = 0; k < 3; ++k, ++i) {
            if (i >= n || !isAsciiDigit(r[i].unicode()))
                return false;
        }
        ++groups;
    }
    return groups > 0;
}

// What ^\d+(?:\.\d+)?$ matches (ASCII digits).
bool isPlainNumber(QStringView r)
{
    const qsizetype n = r.size();
    qsizetype i = 0;
    while (i < n && isAsciiDigit(r[i].unicode()))
        ++i;
    if (i == 0)
        return false;
    if (i == n)
        return true;
    if (r[i] != QLatin1Char('.'))
        return false;
    const qsizetype fraction = ++i;
    while (i < n && isAsciiDigit(r[i].unicode()))
        ++i;
    return i == n && i > fraction;
}

// Digits read backwards from `end`: "1,100", "1 100", "1.100", "2.5", "350".
// (Views of the text, no copies: this runs for every number before a unit.)
bool digitsEndingAt(const QString &text, int end, double *value, int *start)
{
    if (end <= 0 || !text.at(end - 1).isDigit())
        return false;
    int s = end;
    while (s > 0) {
        const QChar c = text.at(s - 1);
        if (c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.') || isSeparatorSpace(c))
            --s;
        else
            break;
    }
    QStringView run = QStringView(text).mid(s, end - s);
    int runStart = s;
    // Trim leading separators and anything that is not a digit.
    while (!run.isEmpty() && !run.front().isDigit()) {
        run = run.mid(1);
        ++runStart;
    }
    for (;;) {
        if (run.isEmpty())
            return false;
        const bool grouped = isGroupedNumber(run, false) || isGroupedNumber(run, true);
        // "6,912.4 km": comma-grouped thousands with a decimal fraction.
        const qsizetype point = run.lastIndexOf(QLatin1Char('.'));
        const bool groupedFraction = !grouped && point > 0 && point + 1 < run.size() && run.left(point).contains(QLatin1Char(','))
                                     && isGroupedNumber(run.left(point), false) && isPlainNumber(run.mid(point + 1));
        if (grouped || groupedFraction || isPlainNumber(run)) {
            // A word character just before the number ("H1100", "KN-23") makes it part of a name.
            // ("300-400" is a range: a hyphen after a digit is fine).
            if (runStart > 0) {
                const QChar before = text.at(runStart - 1);
                const bool hyphenAfterLetter = before == QLatin1Char('-') && runStart > 1 && text.at(runStart - 2).isLetter();
                if (before.isLetter() || hyphenAfterLetter)
                    return false;
            }
            bool ok = false;
            if (grouped || groupedFraction) {
                // The digits alone (the groups are ASCII digits and separators),
                // and the fraction after its point.
                QVarLengthArray<QChar, 32> digits;
                for (qsizetype k = 0; k < run.size(); ++k) {
                    if (run[k].isDigit() || (groupedFraction && k == point))
                        digits.append(run[k]);
                }
                *value = launch::decimalValue(QStringView(digits.constData(), digits.size()), &ok);
            } else {
                *value = launch::decimalValue(run, &ok);
            }
            *start = runStart;
            return ok;
        }
        // "in 2025 700" or "to 1 100": drop the leftmost space-separated piece and retry.
        int cut = -1;
        for (int i = 0; i < run.size(); ++i) {
            if (isSeparatorSpace(run.at(i)) || run.at(i) == QLatin1Char(',')) {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            return false;
        run = run.mid(cut + 1);
        runStart += cut + 1;
        while (!run.isEmpty() && !run.front().isDigit()) {
            run = run.mid(1);
            ++runStart;
        }
    }
}

// Words read backwards: "eight hundred", "one thousand one hundred and fifty", "twenty-five".
bool wordsEndingAt(const QString &text, int end, double *value, int *start)
{
    struct Tok { int start; QString word; };
    QVector<Tok> toks; // right to left
    int pos = end;
    for (;;) {
        int e = pos;
        int s = e;
        while (s > 0 && text.at(s - 1).isLetter())
            --s;
        if (s == e)
            break;
        const QString w = text.mid(s, e - s).toLower();
        const bool numberish = numberWords().contains(w) || w == QLatin1String("hundred")
            || w == QLatin1String("thousand") || w == QLatin1String("and") || w == QLatin1String("a");
        if (!numberish)
            break;
        toks.append({s, w});
        pos = s;
        // Separator before it: one space or a hyphen ("twenty-five").
        if (pos > 0 && (text.at(pos - 1) == QLatin1Char(' ') || text.at(pos - 1) == QLatin1Char('-')))
            --pos;
        else
            break;
    }
    std::reverse(toks.begin(), toks.end());
    // Leading "and"/"a" belong to the sentence unless "a" multiplies ("a thousand").
    while (!toks.isEmpty()) {
        const QString &w = toks.front().word;
        if (w == QLatin1String("and")) {
            toks.removeFirst();
        } else if (w == QLatin1String("a")) {
            if (toks.size() > 1 && (toks.at(1).word == QLatin1String("hundred") || toks.at(1).word == QLatin1String("thousand")))
                break;
            toks.removeFirst();
        } else {
            break;
        }
    }
    if (toks.isEmpty() || toks.back().word == QLatin1String("and") || toks.back().word == QLatin1String("a"))
        return false;
    // "a few hundred kilometres", "several thousand km": a multiplier with no number
    // of its own ("a hundred" keeps its "a") is no figure.
    if (toks.front().word == QLatin1String("hundred") || toks.front().word == QLatin1String("thousand"))
        return false;
    double total = 0, current = 0;
    bool any = false;
    for (const Tok &t : toks) {
        if (t.word == QLatin1String("hundred")) {
            current = std::max(current, 1.0) * 100;
            any = true;
        } else if (t.word == QLatin1String("thousand")) {
            total += std::max(current, 1.0) * 1000;
            current = 0;
            any = true;
        } else if (t.word == QLatin1String("a")) {
            current = 1;
        } else if (t.word != QLatin1String("and")) {
            current += numberWords().value(t.word);
            any = true;
        }
    }
    if (!any)
        return false;
    *value = total + current;
    *start = toks.front().start;
    return true;
}

struct Qualifier { const char *words; const char *normal; };
} // namespace

int smallNumberWord(QStringView word)
{
    const QString w = word.toString().toLower();
    const int dash = int(w.indexOf(QLatin1Char('-')));
    if (dash > 0) {
        const int tens = numberWords().value(w.left(dash), -1);
        const int ones = numberWords().value(w.mid(dash + 1), -1);
        return (tens >= 20 && ones > 0 && ones < 10) ? tens + ones : -1;
    }
    return numberWords().value(w, -1);
}

bool numberEndingAt(const QString &text, int end, double *value, int *start)
{
    if (end <= 0 || end > text.size())
        return false;
    if (digitsEndingAt(text, end, value, start))
        return true;
    return wordsEndingAt(text, end, value, start);
}

QString qualifierBefore(const QString &text, int at, int *qualifierStart)
{
    static const GatedRegex re(
        QStringLiteral("(?<![\\w-])(up to|more than|less than|at least|close to|as (?:far|high|much|many) as|"
                       "just (?:over|under)|a maximum of|an estimated|estimated|approximately|approx\\.|about|"
                       "around|some|roughly|nearly|almost|over|under|circa|ca\\.|c\\.|exceeding|in excess of|upwards of|"
                       "(?:well\\s+)?above|below)\\s*$"),
        kCi);
    // "~50 km", "≈ 1,000 km": the sign of an approximate figure, as "about".
    int sign = at;
    while (sign > 0 && text.at(sign - 1) == QLatin1Char(' '))
        --sign;
    if (sign > 0 && (text.at(sign - 1) == QLatin1Char('~') || text.at(sign - 1) == QChar(0x2248) || text.at(sign - 1) == QChar(0x223C))) {
        if (qualifierStart)
            *qualifierStart = sign - 1;
        return QStringLiteral("about");
    }
    const int from = std::max(0, at - 24);
    const auto m = re.firstMatch(QStringView(text).mid(from, at - from));
    if (!m.hasMatch())
        return {};
    if (qualifierStart)
        *qualifierStart = from + int(m.capturedStart(1));
    const QString q = m.captured(1).toLower();
    // "no more than 350 km", "not exceeding 350 km", "not above": a bound from above.
    if (q == QLatin1String("more than") || q == QLatin1String("over") || q == QLatin1String("exceeding") || q.endsWith(QLatin1String("above"))
        || q == QLatin1String("in excess of") || q == QLatin1String("upwards of")) {
        QStringView before = QStringView(text).mid(from, int(m.capturedStart(1)));
        while (!before.isEmpty() && before.back().isSpace())
            before.chop(1);
        for (const QLatin1String no : {QLatin1String("no"), QLatin1String("not")}) {
            const qsizetype at = before.size() - no.size();
            if (at >= 0 && before.mid(at).compare(no, Qt::CaseInsensitive) == 0 && (at == 0 || !before.at(at - 1).isLetter())) {
                if (qualifierStart)
                    *qualifierStart = from + int(at);
                return QStringLiteral("up to");
            }
        }
    }
    // (A list's "c. 1,100 km", "ca. 50 km": circa, about.)
    if (q == QLatin1String("some") || q == QLatin1String("roughly") || q == QLatin1String("circa") || q == QLatin1String("ca.")
        || q == QLatin1String("c."))
        return QStringLiteral("about");
    if (q == QLatin1String("almost") || q == QLatin1String("close to")) return QStringLiteral("nearly");
    // ("an altitude exceeding 7,500 km", "in excess of 1,000 km", "above 6,000 km")
    if (q == QLatin1String("over") || q == QLatin1String("just over") || q == QLatin1String("exceeding")
        || q == QLatin1String("in excess of") || q == QLatin1String("upwards of") || q.endsWith(QLatin1String("above")))
        return QStringLiteral("more than");
    if (q == QLatin1String("under") || q == QLatin1String("just under") || q == QLatin1String("below")) return QStringLiteral("less than");
    if (q == QLatin1String("an estimated")) return QStringLiteral("estimated");
    if (q == QLatin1String("approx.")) return QStringLiteral("approximately");
    if (q.startsWith(QLatin1String("as ")) || q == QLatin1String("a maximum of")) return QStringLiteral("up to");
    return q;
}

QVector<LengthMatch> lengths(const QString &text, int from, int to)
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    QVector<LengthMatch> out;
    if (from >= to)
        return out;
    static const GatedRegex unitRe(
        // A digit may touch the unit ("1,587km"), a letter may not ("Bakms").
        QStringLiteral("(?<![A-Za-z_])(kilomet(?:er|re)s?|kms?|nautical miles?|nmi|miles?)(?![\\w])"), kCi);
    // A speed ("km/h", "km per second") or an area ("km2", "km²": the figure
    // touches the unit; "400 km" at a line's end over "24 July" is a distance).
    static const GatedRegex speedAfter(QStringLiteral("^(?:2|²)|^[^\\S\\n]*(?:/\\s*h|/\\s*s|per (?:hour|second)|an hour|a second)"), kCi);
    static const GatedRegex rangeJoin(QStringLiteral("(?:\\s*(?:-|–|—)\\s*|\\s+to\\s+|\\s+and\\s+)$"), kCi);
    static const GatedRegex betweenBefore(QStringLiteral("(?<![\\w-])between\\s+$"), kCi);
    for (int pos = from;;) { // as globalMatch: each match after the previous one
        const auto m = unitRe.firstMatch(text, pos, to);
        if (!m.hasMatch())
            break;
        pos = std::max(int(m.capturedEnd()), pos + 1);
        if (speedAfter.firstMatch(QStringView(text).mid(m.capturedEnd()).left(24)).hasMatch())
            continue;
        int numEnd = int(m.capturedStart());
        bool adjectival = false;
        while (numEnd > from && isSeparatorSpace(text.at(numEnd - 1)))
            --numEnd;
        if (numEnd > from && (text.at(numEnd - 1) == QLatin1Char('-') || text.at(numEnd - 1) == QChar(0x2011))) {
            --numEnd;
            adjectival = true;
        }
        double value = 0;
        int numStart = 0;
        if (!numberEndingAt(text, numEnd, &value, &numStart) || numStart < from || value <= 0)
            continue;
        const QString unitWord = m.captured(1).toLower();
        LengthMatch lm;
        lm.numberStart = numStart;
        lm.end = int(m.capturedEnd());
        lm.adjectival = adjectival;
        double factor = 1;
        if (unitWord.startsWith(QLatin1String("nautical")) || unitWord == QLatin1String("nmi")) {
            lm.unit = QStringLiteral("nmi");
            factor = 1.852;
        } else if (unitWord.startsWith(QLatin1String("mile"))) {
            lm.unit = QStringLiteral("mi");
            factor = 1.609344;
        } else {
            lm.unit = QStringLiteral("km");
        }
        // A range: "300-400 km", "300 to 400 km", "between 300 and 400 km".
        int lowStart = -1;
        double low = 0;
        const int joinFrom = std::max(from, numStart - 12);
        const auto j = rangeJoin.firstMatch(QStringView(text).mid(joinFrom, numStart - joinFrom));
        if (j.hasMatch()) {
            const int lowEnd = joinFrom + int(j.capturedStart());
            int ls = 0;
            const bool andJoin = j.captured(0).trimmed().compare(QLatin1String("and"), Qt::CaseInsensitive) == 0;
            if (numberEndingAt(text, lowEnd, &low, &ls) && ls >= from && low > 0 && low < value) {
                if (!andJoin || betweenBefore.firstMatch(QStringView(text).mid(std::max(from, ls - 10), ls - std::max(from, ls - 10))).hasMatch())
                    lowStart = ls;
            }
        }
        if (lowStart >= 0) {
            lm.isRange = true;
            lm.qualifier = QStringLiteral("up to");
            lm.start = lowStart;
            const int b = std::max(from, lowStart - 10);
            const auto bm = betweenBefore.firstMatch(QStringView(text).mid(b, lowStart - b));
            if (bm.hasMatch())
                lm.start = b + int(bm.capturedStart());
        } else {
            int qs = numStart;
            lm.qualifier = qualifierBefore(text, numStart, &qs);
            lm.start = lm.qualifier.isEmpty() ? numStart : std::max(from, qs);
        }
        lm.km = value * factor;
        out << lm;
    }
    // Conversions: "700 kilometers (about 434 miles)", "434 miles (700 km)", "700 km, or 434 miles".
    static const GatedRegex pairGap(QStringLiteral("^\\s*(?:\\(|,?\\s*or\\s+|/)\\s*(?:about|approximately|some|around|roughly|nearly|almost|over|more than|up to|an estimated|estimated)?\\s*$"), kCi);
    QVector<LengthMatch> paired;
    for (int i = 0; i < out.size(); ++i) {
        LengthMatch a = out.at(i);
        if (i + 1 < out.size()) {
            const LengthMatch &b = out.at(i + 1);
            const QStringView gap = QStringView(text).mid(a.end, b.start - a.end);
            if (b.start >= a.end && pairGap.firstMatch(gap).hasMatch() && a.unit != b.unit) {
                const LengthMatch &chosen = (a.unit == QLatin1String("km") || b.unit != QLatin1String("km")) ? a : b;
                const LengthMatch &other = (&chosen == &a) ? b : a;
                LengthMatch merged = chosen;
                merged.start = a.start;
                merged.end = b.end;
                if (merged.qualifier.isEmpty())
                    merged.qualifier = other.qualifier;
                int close = merged.end;
                while (close < to && isSeparatorSpace(text.at(close)))
                    ++close;
                if (close < to && text.at(close) == QLatin1Char(')'))
                    merged.end = close + 1;
                paired << merged;
                ++i;
                continue;
            }
        }
        paired << a;
    }
    return paired;
}

int lastCountNounStart(const QString &text, int from, int to)
{
    // Every count pattern below (the numbered count, "the missile", the bare
    // plural) ends with a missile noun (missile, projectile, rocket, SRBM, CRBM,
    // MRBM, IRBM, ICBM, SLBM, Hwasong-, Pukguksong-, KN-) after a PCRE space, so
    // none starts after the last such word: its first two letters, folded, are
    // one of these pairs, or one of them is outside ASCII (which PCRE's caseless
    // matching may fold to an ASCII letter: U+017F, U+212A).
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    // Walked back from the end: the last one ends the walk.
    for (int i = to - 2; i >= std::max(from, 1); --i) {
        if (!isPcreSpace(d[i - 1]))
            continue;
        const char16_t a = d[i], b = d[i + 1];
        if (a >= 128 || b >= 128)
            return i;
        switch (((a | 0x20) << 8) | (b | 0x20)) {
        case ('m' << 8) | 'i': case ('p' << 8) | 'r': case ('r' << 8) | 'o': case ('s' << 8) | 'r':
        case ('c' << 8) | 'r': case ('m' << 8) | 'r': case ('i' << 8) | 'r': case ('i' << 8) | 'c':
        case ('s' << 8) | 'l': case ('h' << 8) | 'w': case ('p' << 8) | 'u': case ('k' << 8) | 'n':
            return i;
        default:
            break;
        }
    }
    return -1;
}

QVector<CountMatch> counts(const QString &text, int from, int to)
{
    return countsFrom(text, from, to, true);
}

bool mayNameExactCount(const QString &text, int from, int to)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    for (int i = from; i < to; ++i) {
        if (isAsciiDigit(d[i]))
            return true;
    }
    // (The words of countsFrom's numberWord from two, and the pairs and dozens it
    // reads as exact.)
    static const KeyWordBits numbers{{"two", 1}, {"three", 1}, {"four", 1}, {"five", 1}, {"six", 1}, {"seven", 1},
                                     {"eight", 1}, {"nine", 1}, {"ten", 1}, {"eleven", 1}, {"twelve", 1},
                                     {"thirteen", 1}, {"fourteen", 1}, {"fifteen", 1}, {"sixteen", 1},
                                     {"seventeen", 1}, {"eighteen", 1}, {"nineteen", 1}, {"twenty", 1},
                                     {"thirty", 1}, {"dozen", 1}, {"pair", 1}, {"couple", 1}};
    return numbers.in(QStringView(text).mid(from, to - from)) != 0;
}

QVector<CountMatch> countsFrom(const QString &text, int from, int to, bool boundedByNoun)
{
    if (to < 0 || to > text.size())
        to = int(text.size());
    QVector<CountMatch> out;
    if (from >= to)
        return out;
    static const QString numberWord = QStringLiteral(
        "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        "sixteen|seventeen|eighteen|nineteen|twenty(?:-\\w+)?|thirty(?:-\\w+)?");
    static const GatedRegex re(
        QStringLiteral("(?<![\\w-])(?:(at least|more than|as many as|up to|over|around|about|approximately|roughly|nearly|some|an estimated)\\s+)?"
                       "(a (?:barrage|volley|salvo|series|string|flurry|handful|number|pair|couple|total|mix|mixture|combination|variety) of(?:\\s+(?:half a dozen|a dozen|%1))?|"
                       "multiple|several|numerous|a few|dozens of|half a dozen|a dozen|a single|single|%1|an?)"
                       // (A modifier may be a quoted name: 'three upgraded "Hwasong-11Da-4.5"
                       // tactical ballistic missiles', 'two "Hwasal-3" strategic cruise missiles'.)
                       "\\s+((?:[\\w’'.\"“”-]+\\s+){0,5}?)"
                       "(missiles?|projectiles?|rockets?|(?:SRBM|CRBM|MRBM|IRBM|ICBM|SLBM)s?|"
                       // "a Hwasong-19 fired on ...": a numbered designation stands for one missile
                       "(?-i:Hwasong|Pukguksong|KN)-\\d{1,2}(?:[A-Da-d]|%2(?:-\\d+(?:\\.\\d+)?)?)?s?)(?![\\w-])")
            .arg(numberWord, MissileLexicon::koreanSyllables()),
        kCi);
    static const GatedRegex headNoun(
        QStringLiteral("^\\s*(?:test|tests|testing|launch|launches|launchers?|program|programs|programme|programmes|"
                       "system|systems|technology|technologies|arsenal|development|developments|site|sites|base|bases|"
                       "units?|forces?|capabilit(?:y|ies)|activit(?:y|ies)|engines?|regiments?|brigades?|crews?|"
                       "defen[cs]e|threats?|provocations?|fire|firings?|event|events|stockpiles?|production|factory|"
                       "factories|plants?|designs?|parts?|components?|salvo)(?![\\w-])"),
        kCi);
    static const QStringList stopWords{
        QStringLiteral("of"),   QStringLiteral("the"),   QStringLiteral("types"), QStringLiteral("type"),
        QStringLiteral("kinds"), QStringLiteral("kind"), QStringLiteral("rounds"), QStringLiteral("round"),
        QStringLiteral("with"), QStringLiteral("from"),  QStringLiteral("to"),    QStringLiteral("in"),
        QStringLiteral("at"),   QStringLiteral("on"),    QStringLiteral("by"),    QStringLiteral("that"),
        QStringLiteral("which"), QStringLiteral("was"),  QStringLiteral("were"),  QStringLiteral("is"),
        QStringLiteral("are"),  QStringLiteral("has"),   QStringLiteral("have"),  QStringLiteral("had"),
        QStringLiteral("for"),  QStringLiteral("its"),   QStringLiteral("their"), QStringLiteral("this"),
        QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("it"),   QStringLiteral("than"),
        QStringLiteral("into"), QStringLiteral("over"),  QStringLiteral("days"),  QStringLiteral("years"),
        QStringLiteral("times"), QStringLiteral("km"),   QStringLiteral("kilometers"), QStringLiteral("kilometres"),
        QStringLiteral("miles"), QStringLiteral("artillery"), QStringLiteral("shells")};
    // No count pattern but "a salvo of six" starts after the last missile noun.
    const int lastNoun = boundedByNoun ? lastCountNounStart(text, from, to) : to;
    for (int pos = from;;) { // as globalMatch: each match after the previous one
        const auto m = re.firstMatchStartingBy(text, pos, to, lastNoun);
        if (!m.hasMatch())
            break;
        pos = std::max(int(m.capturedEnd()), pos + 1);
        QStringList between = m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "two types of air defence missiles": at least that many missiles, one of each type.
        const bool ofTypes = between.size() >= 2
            && QStringList{QStringLiteral("types"), QStringLiteral("kinds")}.contains(between.at(0).toLower())
            && between.at(1).toLower() == QLatin1String("of");
        if (ofTypes)
            between = between.mid(2);
        bool bad = false;
        for (const QString &w : between) {
            const QString lw = w.toLower();
            if (stopWords.contains(lw) || lw.at(0).isDigit()) {
                bad = true;
                break;
            }
        }
        if (bad) {
            // "a test-firing of three missiles": the "a" that failed may hide a count after it.
            pos = int(m.capturedStart()) + 1;
            continue;
        }
        if (headNoun.firstMatch(QStringView(text).mid(m.capturedEnd(), 24)).hasMatch())
            continue;
        const QString mod = m.captured(1).toLower();
        const QString q = m.captured(2).toLower();
        Count c;
        int n = -1;
        const int lastSpace = int(q.lastIndexOf(QLatin1Char(' ')));
        const QString lastWord = lastSpace >= 0 ? q.mid(lastSpace + 1) : q;
        if (lastWord.at(0).isDigit())
            n = lastWord.toInt();
        else if (lastWord == QLatin1String("dozen")) // "a salvo of a dozen rockets", "half a dozen missiles"
            n = q.endsWith(QLatin1String("half a dozen")) ? 6 : 12;
        else
            n = smallNumberWord(lastWord);
        if (q == QLatin1String("a") || q == QLatin1String("an") || q == QLatin1String("single") || q == QLatin1String("a single")) {
            c.min = c.max = 1;
        } else if (q.startsWith(QLatin1String("a pair")) || q.startsWith(QLatin1String("a couple"))) {
            c.min = c.max = 2;
        } else if (n > 0) {
            c.min = c.max = n;
        } else if (q == QLatin1String("a total of")) {
            continue; // "a total of" needs its number
        } else {
            c.min = q.startsWith(QLatin1String("dozens")) ? 24 : 2;
            c.max = -1;
        }
        if (n > 0) {
            if (mod == QLatin1String("at least")) {
                c.min = n;
                c.max = -1;
            } else if (mod == QLatin1String("more than") || mod == QLatin1String("over")) {
                c.min = n + 1;
                c.max = -1;
            } else if (mod == QLatin1String("up to") || mod == QLatin1String("as many as")) {
                c.min = 1;
                c.max = n;
            }
        }
        if (n == 0)
            continue;
        if (ofTypes) {
            if (n < 2)
                continue;
            c.max = -1;
        }
        CountMatch cm;
        cm.start = int(m.capturedStart());
        cm.end = int(m.capturedEnd());
        c.text = m.captured(0);
        cm.count = c;
        out << cm;
    }
    // "a salvo of six" with the missiles named earlier: the number is the count.
    static const GatedRegex salvo(
        QStringLiteral("(?<![\\w-])a (?:salvo|volley|barrage|series) of (%1)(?![\\w-])(?!\\s+(?:[\\w-]+\\s+){0,4}?(?:missiles?|projectiles?|rockets?|rounds|shells))")
            .arg(numberWord),
        kCi);
    // Each match of `pattern` after the previous one (as globalMatch), its group 1 a
    // number word or figure: an exact count, its evidence from `evidenceGroup` on.
    auto exactCounts = [&](const GatedRegex &pattern, int evidenceGroup, int maxCount) {
        for (int pos = from;;) {
            const auto m = pattern.firstMatch(text, pos, to);
            if (!m.hasMatch())
                break;
            pos = std::max(int(m.capturedEnd()), pos + 1);
            const QString w = m.captured(1);
            const int n = w.at(0).isDigit() ? w.toInt() : smallNumberWord(w);
            if (n <= 0 || n > maxCount)
                continue;
            CountMatch cm;
            cm.start = int(m.capturedStart(evidenceGroup));
            cm.end = int(m.capturedEnd());
            cm.count.min = cm.count.max = n;
            cm.count.text = m.captured(0);
            out << cm;
        }
    };
    // The three patterns below each need one of their words in the stretch: one
    // pass says which may match (KeyWordBits.h), and the others are not run.
    enum : quint32 { kSalvoWord = 1, kDistributiveWord = 2, kFiringWord = 4 };
    static const KeyWordBits keyWords{{"salvo", kSalvoWord},           {"volley", kSalvoWord},
                                      {"barrage", kSalvoWord},         {"series", kSalvoWord},
                                      {"other", kDistributiveWord},    {"another", kDistributiveWord},
                                      {"rest", kDistributiveWord},     {"second", kDistributiveWord},
                                      {"artillery", kDistributiveWord}, {"shells", kDistributiveWord},
                                      {"rounds", kDistributiveWord},   {"fired", kFiringWord},
                                      {"launched", kFiringWord}};
    const quint32 present = keyWords.in(QStringView(text).mid(from, to - from));
    if (present & kSalvoWord)
        exactCounts(salvo, 0, std::numeric_limits<int>::max());
    // "since May 2022, when it fired one from waters off Sinpo": the number after a
    // launch verb, with no noun, counts the missiles named before.
    static const GatedRegex pronounNumber(
        QStringLiteral("(?<![\\w-])(?:fired|launched|test-fired|test-launched)\\s+(%1)(?=\\s+(?:from|into|off|toward|towards|over|at|near)\\b)")
            .arg(numberWord),
        kCi);
    // ("fired one from Sunan and the other from Kaechon" counts one of several;
    // "its artillery fired 90 into the buffer zone" counts shells.)
    static const GatedRegex distributive(QStringLiteral("(?<![\\w-])(?:the\\s+other|another|the\\s+rest|the\\s+second|artillery|shells|rounds)(?![\\w-])"),
                                         kCi);
    if ((present & kFiringWord) && !((present & kDistributiveWord) && distributive.firstMatch(text, from, to).hasMatch()))
        exactCounts(pronounNumber, 1, 12);
    // "The missile, launched from ...", "the rocket was launched": a singular noun
    // with the definite article is one missile (not "the missile launch" or "the missiles");
    // so is "its newest intercontinental ballistic missile", and a numbered designation
    // after "the" ("launched the Hwasong-15").
    static const GatedRegex definite(
        QStringLiteral("(?<![\\w-])(?:the|its)\\s+((?:[\\w’'.-]+\\s+){0,3}?)(missile|rocket|(?-i:Hwasong|Pukguksong|KN)-\\d{1,2}(?:[A-Da-d]|%1(?:-\\d+(?:\\.\\d+)?)?)?)(?![\\w’'-])").arg(MissileLexicon::koreanSyllables()), kCi);
    // The noun's words are only modifiers ("the new-type missile"), not a number,
    // a stop word or one of `also`, and no head noun follows ("the missile launch").
    auto onlyModifiers = [&](const RegexMatch &m, const QStringList &also) {
        if (headNoun.firstMatch(QStringView(text).mid(m.capturedEnd(), 24)).hasMatch())
            return false;
        for (const QString &w : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString lw = w.toLower();
            if (stopWords.contains(lw) || also.contains(lw) || lw.at(0).isDigit() || smallNumberWord(lw) > 0)
                return false;
        }
        return true;
    };
    // Each match after the previous one taken, none starting after lastNoun. A
    // match `visit` does not take (false) is passed over from its next character
    // on, not its end: in "The North fired the Hwasong-20", the phrase from "The"
    // is no noun's, and the one from "the" inside it is.
    auto forEachToNoun = [&](const GatedRegex &pattern, int start, auto &&visit) {
        for (int pos = start; pos < to;) {
            const RegexMatch m = pattern.firstMatchStartingBy(text, pos, to, lastNoun);
            if (!m.hasMatch())
                return;
            pos = visit(m) ? std::max(int(m.capturedEnd()), pos + 1) : int(m.capturedStart()) + 1;
        }
    };
    forEachToNoun(definite, from, [&](const RegexMatch &m) {
        if (!onlyModifiers(m, {}))
            return false;
        CountMatch cm;
        cm.start = int(m.capturedStart());
        cm.end = int(m.capturedEnd());
        cm.count.min = cm.count.max = 1;
        cm.count.text = m.captured(0);
        cm.definite = true;
        out << cm;
        return true;
    });
    // "test-fired sea-to-surface strategic cruise missiles", "a test-fire of cruise
    // missiles": a plural with no number
    // is at least two; weak, as "the missile" is, so a number stated later wins.
    static const GatedRegex barePlural(
        // "a test-fire of sea-to-surface strategic cruise missiles": a launch noun and "of"
        // (tried first: "firing" alone would take "of" for a modifier and fail).
        QStringLiteral("(?<![\\w-])(?:(?:test-fire|test-firing|test-launch|launch|firing|salvo|volley)\\s+of"
                       "|fired|launched|tested|test-fired|test-launched|firing|launching|testing)\\s+"
                       // "launched what KCNA described as strategic cruise missiles": named by another.
                       "(?:what\\s+(?:[\\w-]+\\s+){1,3}?(?:(?:described|billed|touted)\\s+as|called|termed|dubbed)\\s+)?"
                       "((?:[\\w’'.-]+\\s+){0,5}?)(missiles|projectiles|rockets)(?![\\w’'-])"),
        kCi);
    static const QStringList notModifiers{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("its"),
                                          QStringLiteral("their"), QStringLiteral("more"), QStringLiteral("some"),
                                          QStringLiteral("any"), QStringLiteral("no"), QStringLiteral("what"),
                                          QStringLiteral("off"), QStringLiteral("up"), QStringLiteral("several"),
                                          QStringLiteral("multiple"), QStringLiteral("dozens")};
    // Only looked for when no number was found: a stated number always wins over it.
    const bool numbered = std::any_of(out.begin(), out.end(), [](const CountMatch &c) { return !c.definite; });
    forEachToNoun(barePlural, numbered ? to : from, [&](const RegexMatch &m) {
        // A number of its own already counts these missiles.
        const int nounStart = int(m.capturedStart(2));
        if (!onlyModifiers(m, notModifiers)
            || std::any_of(out.begin(), out.end(), [&](const CountMatch &c) { return c.start <= nounStart && nounStart < c.end; }))
            return true;
        CountMatch cm;
        cm.start = int(m.capturedStart(1));
        cm.end = int(m.capturedEnd());
        cm.count.min = 2;
        cm.count.max = -1;
        cm.count.text = text.mid(cm.start, cm.end - cm.start);
        cm.definite = true;
        out << cm;
        return true;
    });
    std::sort(out.begin(), out.end(), [](const CountMatch &a, const CountMatch &b) { return a.start < b.start; });
    return out;
}

} // namespace atlas::QuantityParser
