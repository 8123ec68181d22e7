#include "extract/temporal/ClockTimes.h"

namespace atlas::temporal {
namespace {

constexpr int kKoreaOffset = 9 * 60;
constexpr int kNoZone = -100000;

bool isPunct(const TokenList &t, int i, char16_t c)
{
    return i < t.size() && t[i].kind == TokKind::Punct && t[i].punct == QChar(c);
}

QStringView tokText(QStringView text, const Token &t) { return text.mid(t.start, t.end - t.start); }

bool wordIs(QStringView text, const TokenList &t, int i, const char *w)
{
    return i < t.size() && t[i].kind == TokKind::Word
        && tokText(text, t[i]).compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
}

bool allUpper(QStringView s)
{
    for (QChar c : s) {
        if (!c.isUpper())
            return false;
    }
    return !s.isEmpty();
}

// "a.m." / "am" / "p.m." / "PM" at i; returns the index after it and sets pm.
int matchMeridiem(QStringView text, const TokenList &t, int i, int &pm)
{
    if (i >= t.size() || t[i].kind != TokKind::Word)
        return i;
    if (wordIs(text, t, i, "am") || wordIs(text, t, i, "pm")) {
        pm = tokText(text, t[i]).front().toLower() == u'p' ? 1 : 0;
        return i + 1;
    }
    if ((wordIs(text, t, i, "a") || wordIs(text, t, i, "p")) && isPunct(t, i + 1, u'.')
        && !t[i + 1].spaceBefore && wordIs(text, t, i + 2, "m") && !t[i + 2].spaceBefore) {
        pm = tokText(text, t[i]).front().toLower() == u'p' ? 1 : 0;
        int j = i + 3;
        if (isPunct(t, j, u'.') && !t[j].spaceBefore)
            ++j;
        return j;
    }
    return i;
}

// One clock reading at i: "7:10", "07:48", "7 a.m.", "0300" (only with a zone), "noon".
int matchClock(QStringView text, const TokenList &t, int i, int &minutes)
{
    if (i >= t.size())
        return i;
    const Token &a = t[i];
    if (a.kind == TokKind::Word) {
        if (a.lex == Lex::Noon || a.lex == Lex::Midday) {
            minutes = 12 * 60;
            return i + 1;
        }
        if (a.lex == Lex::Midnight) {
            minutes = 0;
            return i + 1;
        }
        return i;
    }
    // "22.05 GMT", "6.52am": the British dotted clock, read as one only with its zone or
    // am/pm after it (alone, "22.05" is a decimal).
    if (a.kind == TokKind::Number && a.grouped && !a.ordinal) {
        const QStringView w = tokText(text, a);
        const int dot = int(w.indexOf(u'.'));
        if (dot >= 1 && dot <= 2 && w.size() - dot - 1 == 2) {
            const int h = w.left(dot).toInt();
            const int m = w.mid(dot + 1).toInt();
            int pm = -1;
            const int k = matchMeridiem(text, t, i + 1, pm);
            if (k != i + 1 && h >= 1 && h <= 12 && m < 60) {
                minutes = (h % 12 + (pm ? 12 : 0)) * 60 + m;
                return k;
            }
            if (h < 24 && m < 60 && i + 1 < t.size() && t[i + 1].lex == Lex::Zone && allUpper(tokText(text, t[i + 1]))) {
                minutes = h * 60 + m;
                return i + 1;
            }
        }
        return i;
    }
    if (a.kind != TokKind::Number || a.grouped || a.ordinal)
        return i;
    int j = i + 1;
    int h = -1;
    int m = 0;
    if (a.digits <= 2 && isPunct(t, j, u':') && !t[j].spaceBefore && j + 1 < t.size()
        && t[j + 1].kind == TokKind::Number && !t[j + 1].spaceBefore && t[j + 1].digits == 2
        && !t[j + 1].grouped && a.value <= 24 && t[j + 1].value < 60) {
        h = a.value;
        m = t[j + 1].value;
        j += 2;
        // "22:53:11 UTC" (a log's or chat export's stamp): the seconds, read past.
        if (isPunct(t, j, u':') && !t[j].spaceBefore && j + 1 < t.size() && t[j + 1].kind == TokKind::Number
            && !t[j + 1].spaceBefore && t[j + 1].digits == 2 && !t[j + 1].grouped && t[j + 1].value < 60)
            j += 2;
    } else if (a.digits == 4 && a.value / 100 < 24 && a.value % 100 < 60 && j < t.size()
               && t[j].lex == Lex::Zone && allUpper(tokText(text, t[j]))) {
        h = a.value / 100;
        m = a.value % 100;
    } else if (a.digits <= 2 && a.value >= 1 && a.value <= 12) {
        int pm = -1;
        const int k = matchMeridiem(text, t, j, pm);
        if (k == j)
            return i;
        minutes = (a.value % 12) * 60 + (pm ? 12 * 60 : 0);
        return k;
    } else {
        return i;
    }
    int pm = -1;
    const int k = matchMeridiem(text, t, j, pm);
    if (k != j && h >= 1 && h <= 12) {
        h = h % 12 + (pm ? 12 : 0);
        j = k;
    }
    if (h == 24)
        h = 0;
    minutes = h * 60 + m;
    return j;
}

// "local time", "Korea time", "KST", "GMT" after a clock reading.
int matchZone(QStringView text, const TokenList &t, int i, bool &local, int &offset)
{
    int j = i;
    if (j < t.size() && t[j].lex == Lex::Local) {
        local = true;
        ++j;
        if (j < t.size() && t[j].lex == Lex::Time)
            ++j;
        return j;
    }
    if ((wordIs(text, t, j, "Korea") || wordIs(text, t, j, "Korean") || wordIs(text, t, j, "Seoul")
         || wordIs(text, t, j, "Pyongyang"))
        && j + 1 < t.size() && t[j + 1].lex == Lex::Time) {
        offset = kKoreaOffset;
        return j + 2;
    }
    if (j < t.size() && t[j].lex == Lex::Zone && allUpper(tokText(text, t[j]))) {
        offset = t[j].value - 1000;
        // "GMT+9", "UTC-5": an explicit offset written onto the zone.
        if (offset == 0 && j + 2 < t.size() && t[j + 1].kind == TokKind::Punct
            && (t[j + 1].punct == u'+' || t[j + 1].punct == u'-') && !t[j + 1].spaceBefore
            && t[j + 2].kind == TokKind::Number && !t[j + 2].spaceBefore && !t[j + 2].grouped
            && t[j + 2].value >= 0 && t[j + 2].value <= 14) {
            offset = (t[j + 1].punct == u'+' ? 60 : -60) * t[j + 2].value;
            return j + 3;
        }
        return j + 1;
    }
    return j;
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

void toKorea(int minutes, int offset, TimeMention &out)
{
    const int korea = minutes - offset + kKoreaOffset;
    out.koreaDayShift = floorDiv(korea, 24 * 60);
    out.koreaMinutes = korea - out.koreaDayShift * 24 * 60;
}

} // namespace

int matchTime(QStringView text, const TokenList &t, int i, TimeMention &out)
{
    int minutes = -1;
    int j = matchClock(text, t, i, minutes);
    if (j == i)
        return i;
    bool local = false;
    int offset = kNoZone;
    const int afterClock = j;
    j = matchZone(text, t, j, local, offset);
    // A bare number needs a zone or a.m./p.m. to be a time; "at 7:10" is fine, "noon" too.
    const bool plainNumber = t[i].kind == TokKind::Number && !isPunct(t, i + 1, u':');
    if (plainNumber && j == afterClock && afterClock == i + 1)
        return i;
    // "2:1" ratios in a list; but a clock after a date's year or day is a time
    // ("7 November 2025 16:20", "2025-06-18 23:09").
    const bool afterDate = i > 0
        && ((t[i - 1].digits == 4 && t[i - 1].value >= 1900 && t[i - 1].value <= 2100)
            || (i > 1 && !t[i - 1].spaceBefore
                && (isPunct(t, i - 2, u'-') || isPunct(t, i - 2, u'/') || isPunct(t, i - 2, u'.'))));
    const bool mightBeScore = t[i].kind == TokKind::Number && isPunct(t, i + 1, u':') && afterClock == i + 3
        && j == afterClock && i > 0 && t[i - 1].kind == TokKind::Number && !afterDate;
    if (mightBeScore)
        return i;

    QString text0 = clockText(minutes);
    if (local)
        text0 += QStringLiteral(" local");
    if (offset != kNoZone && j > afterClock)
        text0 += t[j - 1].lex == Lex::Time ? QStringLiteral(" KST") // "Seoul time", "Korea time"
                                           : u' ' + text.mid(t[afterClock].start, t[j - 1].end - t[afterClock].start).toString().toUpper(); // "GMT", "GMT+9"

    // A parenthetical second reading: "noon local time (03:00 GMT)".
    int second = -1;
    int secondOffset = kNoZone;
    if (isPunct(t, j, u'(')) {
        int m2 = -1;
        const int k = matchClock(text, t, j + 1, m2);
        if (k != j + 1) {
            bool local2 = false;
            int off2 = kNoZone;
            const int k2 = matchZone(text, t, k, local2, off2);
            if (k2 > k && isPunct(t, k2, u')')) {
                second = m2;
                secondOffset = off2;
                QString zoneWords = local2 ? QStringLiteral("local")
                                           : tokText(text, t[k2 - 1]).toString().toUpper();
                if (off2 == kKoreaOffset && t[k2 - 1].lex == Lex::Time)
                    zoneWords = QStringLiteral("KST");
                text0 += QStringLiteral(" (") + clockText(m2) + u' ' + zoneWords + u')';
                j = k2 + 1;
            }
        }
    }

    out.start = t[i].start;
    out.end = t[j - 1].end;
    out.text = text0;
    out.minutes = minutes;
    out.koreaMinutes = -1;
    out.koreaDayShift = 0;
    if (offset != kNoZone)
        toKorea(minutes, offset, out);
    else if (local) {
        out.koreaMinutes = minutes; // "local" in a report on North Korea is Korea time
    } else if (second >= 0 && secondOffset != kNoZone) {
        toKorea(second, secondOffset, out);
        // The stated day belongs to the first (unzoned) reading; only the zone
        // reading tells the Korea day, and it agrees with the first reading.
        out.koreaDayShift = 0;
    }
    return j;
}

int matchDayPeriod(const TokenList &t, int i, QString &words)
{
    if (i >= t.size() || t[i].kind != TokKind::Word)
        return i;
    int j = i;
    QString prefix;
    if (t[j].lex == Lex::Early || t[j].lex == Lex::Late) {
        prefix = t[j].lex == Lex::Early ? QStringLiteral("early ") : QStringLiteral("late ");
        ++j;
        if (t[i].lex == Lex::Early && j < t.size() && t[j].lex == Lex::Hours) {
            words = QStringLiteral("early hours"); // "in the early hours of Friday": after midnight
            return j + 1;
        }
        if (j < t.size() && t[j].lex == Lex::In && j + 1 < t.size() && t[j + 1].lex == Lex::The)
            j += 2; // "early in the morning"
    }
    if (j >= t.size())
        return i;
    switch (t[j].lex) {
    case Lex::Morning: words = prefix + QStringLiteral("morning"); break;
    case Lex::Afternoon: words = prefix + QStringLiteral("afternoon"); break;
    case Lex::Evening: words = prefix + QStringLiteral("evening"); break;
    case Lex::Night: words = prefix + QStringLiteral("night"); break;
    case Lex::Overnight: words = QStringLiteral("overnight"); break;
    case Lex::Dawn: words = QStringLiteral("dawn"); break;
    default: return i;
    }
    ++j;
    if (j < t.size() && t[j].lex == Lex::Hours)
        ++j;
    return j;
}

} // namespace atlas::temporal
