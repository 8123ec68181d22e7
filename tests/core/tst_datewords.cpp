// temporal::classifyWord names the date words (months, weekdays, numbers in
// words, zones, "ago", "early" ...). It rules most words of a text out by their
// first two, then three letters before hashing them: every lexicon word, in any
// case, must still be found, and words that only begin like one must not.
#include "extract/temporal/ClockTimes.h"
#include "extract/temporal/DateMatcher.h"
#include "extract/temporal/DateTokens.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace atlas;
using namespace atlas::temporal;

class TestDateWords : public QObject {
    Q_OBJECT
private slots:
    void lexiconWordsAreFound();
    void lookUpAgreesWithDefinition();
    void lookAlikesAreNot_data();
    void lookAlikesAreNot();
    void mayHoldDate_data();
    void mayHoldDate();
    void textsWithoutTimeWordsHoldNoDate();
    void mayHoldDateAgreesWithTokens();
    void mayHoldTimeAgreesWithTokens();
    void textsWithoutClockWordsHoldNoTime();
    void tokensRuledOutStartNoTime();
    void tokenWordsAgreeWithDefinition();
};

void TestDateWords::lexiconWordsAreFound()
{
    // The lexicon of DateTokens.cpp, word for word.
    const char *const words[] = {"a", "about", "after", "afternoon", "ago", "an", "and", "approximately", "aedt", "aest", "apr", "april", "around", "at", "aug", "august", "bst", "before", "beginning", "by", "cdt", "cet", "cest", "couple", "cst", "msk", "dawn", "day", "days", "dec", "december", "during", "early", "earlier", "edt", "eight", "eleven", "end", "est", "et", "evening", "feb", "february", "few", "five", "following", "four", "fri", "friday", "from", "gmt", "hours", "hkt", "hst", "ist", "in", "jan", "january", "jst", "jul", "july", "jun", "june", "kst", "last", "late", "later", "local", "mar", "march", "may", "mdt", "mid", "midday", "middle", "midnight", "mon", "monday", "month", "months", "morning", "mst", "next", "night", "nine", "noon", "nov", "november", "oct", "october", "of", "on", "one", "overnight", "past", "pdt", "previous", "prior", "pst", "pt", "same", "sat", "saturday", "sep", "sept", "september", "seven", "sgt", "since", "six", "start", "sun", "sunday", "ten", "the", "this", "three", "through", "thu", "thur", "thurs", "thursday", "time", "today", "tomorrow", "tonight", "tue", "tues", "tuesday", "twelve", "two", "until", "utc", "wed", "wednesday", "week", "weekend", "weeks", "year", "years", "yesterday", };
    for (const char *w : words) {
        const QString lower = QString::fromLatin1(w);
        QString capitalised = lower;
        capitalised[0] = capitalised[0].toUpper();
        int v1 = -1, v2 = -1, v3 = -1;
        const Lex l1 = classifyWord(lower, v1);
        QVERIFY2(l1 != Lex::None, w);
        QCOMPARE(classifyWord(capitalised, v2), l1);
        QCOMPARE(classifyWord(lower.toUpper(), v3), l1);
        QCOMPARE(v2, v1);
        QCOMPARE(v3, v1);
    }
}

void TestDateWords::lookUpAgreesWithDefinition()
{
    // classifyWord's prefix tests and its two look-ups (words of up to eight
    // letters by a packed key, longer ones by a hash) against a plain search of
    // the lexicon: every lexicon word and random changes of them (a letter
    // changed, dropped or added, any case, a letter outside ASCII).
    const char *const seeds[] = {"a", "about", "after", "afternoon", "ago", "an", "and", "approximately", "aedt", "apr",
                                 "april", "at", "aug", "august", "before", "beginning", "by", "cest", "couple", "dawn",
                                 "day", "days", "dec", "december", "during", "early", "earlier", "eleven", "est", "et",
                                 "feb", "february", "following", "fri", "gmt", "hours", "in", "jan", "july", "kst",
                                 "last", "mar", "may", "mid", "midday", "middle", "midnight", "mon", "months",
                                 "morning", "next", "night", "noon", "of", "on", "overnight", "previous", "pt", "sept",
                                 "september", "since", "the", "thurs", "thursday", "time", "today", "tomorrow",
                                 "tonight", "twelve", "until", "utc", "wednesday", "week", "weekend", "year",
                                 "yesterday", "missile", "thee", "mayor"};
    std::mt19937 rng(11);
    int found = 0;
    for (int round = 0; round < 200000; ++round) {
        QString w = QString::fromLatin1(seeds[rng() % std::size(seeds)]);
        switch (rng() % 6) {
        case 0:
            w[int(rng() % unsigned(w.size()))] = QChar(u'a' + char16_t(rng() % 26));
            break;
        case 1:
            w.remove(int(rng() % unsigned(w.size())), 1);
            break;
        case 2:
            w.insert(int(rng() % unsigned(w.size() + 1)), QChar(u'a' + char16_t(rng() % 26)));
            break;
        case 3:
            if (rng() % 4 == 0)
                w.insert(int(rng() % unsigned(w.size() + 1)), QChar(rng() % 2 ? 0x00E9 : 0x212A));
            break;
        default:
            break;
        }
        for (int k = 0; k < w.size(); ++k) {
            if (rng() % 3 == 0)
                w[k] = w[k].toUpper();
        }
        int fastValue = -7, slowValue = -7;
        const Lex fast = classifyWord(w, fastValue);
        const Lex slow = classifyWordByDefinition(w, slowValue);
        QVERIFY2(fast == slow, qPrintable(w));
        if (slow != Lex::None) {
            QVERIFY2(fastValue == slowValue, qPrintable(w));
            ++found;
        }
    }
    QVERIFY(found > 50000 && found < 190000);
}

void TestDateWords::lookAlikesAreNot_data()
{
    QTest::addColumn<QString>("word");
    for (const char *w : {"thee", "th", "jane", "mayor", "monk", "mond", "da", "dayz", "nin", "ninety", "fr", "fridays",
                          "ag", "agog", "sept1", "o", "b", "z", "yesterdays", "tonights", "wee", "weekends", "mi",
                          "midd", "ut", "utcs", "e", "ea", "earl", "x", "thursd", "tuesd", "nov-", "n\u00f6v"})
        QTest::newRow(w) << QString::fromUtf8(w);
}

void TestDateWords::lookAlikesAreNot()
{
    QFETCH(QString, word);
    int value = 0;
    QCOMPARE(classifyWord(word, value), Lex::None);
}

void TestDateWords::mayHoldDate_data()
{
    // mayHoldDate lets the tagger skip a text: it must say yes to every figure
    // and word of time, cut into words as the tokenizer cuts them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("may");
    QTest::newRow("figure") << QStringLiteral("It flew 600 km.") << true;
    QTest::newRow("month") << QStringLiteral("Seoul protested in March.") << true;
    QTest::newRow("weekday caps") << QStringLiteral("MONDAY'S LAUNCH") << true;
    QTest::newRow("days") << QStringLiteral("the previous days were calm") << true;
    QTest::newRow("yesterday") << QStringLiteral("Tokyo said yesterday it would protest.") << true;
    QTest::newRow("morning") << QStringLiteral("this morning") << true;
    QTest::newRow("weekend") << QStringLiteral("over the weekend") << true;
    QTest::newRow("years") << QStringLiteral("for years") << true;
    QTest::newRow("none") << QStringLiteral("The missile flew far, the ministry said.") << false;
    QTest::newRow("modifiers alone") << QStringLiteral("It was the last and earliest of them, not the next.") << false;
    QTest::newRow("look-alikes") << QStringLiteral("The mayor of Daytona met a monk.") << false;
    QTest::newRow("accented word") << QStringLiteral("Mayé said so.") << false;
    QTest::newRow("other digits") << QStringLiteral("\u0663 missiles") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDateWords::mayHoldDate()
{
    QFETCH(QString, text);
    QFETCH(bool, may);
    QCOMPARE(atlas::temporal::mayHoldDate(text), may);
}

void TestDateWords::textsWithoutTimeWordsHoldNoDate()
{
    // Every lexicon word that names no time, in sentences a tokenizer reads:
    // none of them makes a date, so skipping such texts loses nothing.
    const QStringList sentences{
        QStringLiteral("It was the last and the next, the early and the late."),
        QStringLiteral("A few of them came later, some earlier, one ago, the same at the end."),
        QStringLiteral("From the beginning to the middle, through the start, since then, until now."),
        QStringLiteral("About two, around three, approximately four hours of local time in GMT."),
        QStringLiteral("The previous, the following, the prior and the past were mid-level.")};
    for (const QString &s : sentences) {
        QVERIFY2(!atlas::temporal::mayHoldDate(s), qPrintable(s));
        // The matcher itself, run on the tokens the tagger now skips, finds nothing.
        TokenList toks;
        tokenize(s, toks);
        ResolveContext ctx;
        ctx.refDay = ctx.yearRef = QDate(2025, 11, 7);
        QVector<DateMention> found;
        findDates(s, toks, ctx, found);
        QVERIFY2(found.isEmpty(), qPrintable(s));
    }
}

namespace {
// Up to 29 pieces picked at random, glued as they are.
template <std::size_t N>
QString piecesText(std::mt19937 &rng, const char16_t *const (&pieces)[N])
{
    QString s;
    const int parts = int(rng() % 30);
    for (int k = 0; k < parts; ++k)
        s += QString::fromUtf16(pieces[rng() % N]);
    return s;
}
} // namespace

void TestDateWords::mayHoldDateAgreesWithTokens()
{
    // mayHoldDate reads plain text sixteen characters at a time and other text
    // one by one: on random texts of every length it must say yes exactly when
    // the tokenizer gives a number or a word of time (month, weekday, day ...).
    const char16_t *pieces[] = {u"May", u"mayor", u"days", u"Day", u"the", u"week", u"weeks", u"Tuesday", u"tues",
                                u"sept", u"septum", u"morning", u"tonight", u"yesterday", u"x", u"ago", u"last",
                                u" ", u"  ", u",", u".", u"-", u"7", u"\u2019", u"\u201C", u"\u00E9", u"Mayé",
                                u"\u0663", u"\n", u"JANUARY", u"Jan", u"janx", u"q"};
    std::mt19937 rng(3);
    int yes = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString s = piecesText(rng, pieces);
        TokenList toks;
        tokenize(s, toks);
        bool expected = false;
        for (const Token &t : toks) {
            expected = expected || t.kind == TokKind::Number;
            switch (t.lex) {
            case Lex::Month: case Lex::Weekday: case Lex::Yesterday: case Lex::Today: case Lex::Tonight:
            case Lex::Tomorrow: case Lex::Day: case Lex::Week: case Lex::Month_: case Lex::Year: case Lex::Weekend:
            case Lex::Morning: case Lex::Afternoon: case Lex::Evening: case Lex::Night: case Lex::Overnight:
            case Lex::Dawn: case Lex::Noon: case Lex::Midday: case Lex::Midnight:
                expected = true;
                break;
            default:
                break;
            }
        }
        QVERIFY2(atlas::temporal::mayHoldDate(s) == expected, qPrintable(s));
        yes += expected ? 1 : 0;
    }
    QVERIFY(yes > 1000 && yes < 19000);
}

namespace {
bool isClockLex(Lex l)
{
    switch (l) {
    case Lex::Noon: case Lex::Midday: case Lex::Midnight: case Lex::Morning: case Lex::Afternoon:
    case Lex::Evening: case Lex::Night: case Lex::Overnight: case Lex::Dawn: case Lex::Hours:
        return true;
    default:
        return false;
    }
}

// What TemporalTagger::times() found before it asked mayHoldTime: every token
// tried as a clock time, then as a time of day.
int timesByTokens(const QString &s)
{
    TokenList toks;
    tokenize(s, toks);
    int found = 0;
    for (int i = 0; i < toks.size();) {
        TimeMention tm;
        QString words;
        int j = matchTime(s, toks, i, tm);
        if (j == i)
            j = matchDayPeriod(toks, i, words);
        found += j > i ? 1 : 0;
        i = std::max(j, i + 1);
    }
    return found;
}
} // namespace

void TestDateWords::mayHoldTimeAgreesWithTokens()
{
    // mayHoldTime lets times() skip the tokenizer: on random texts of every
    // length it must say yes exactly when the tokenizer gives a number or a
    // word a clock time or a time of day is made of, and no text it turns
    // away may hold a time.
    const char16_t *pieces[] = {u"noon", u"Noon", u"noonday", u"midday", u"MIDNIGHT", u"morning", u"mornings",
                                u"afternoon", u"evening", u"night", u"nightly", u"overnight", u"dawn", u"hours",
                                u"hour", u"early", u"late", u"in", u"the", u"local", u"time", u"GMT", u"KST",
                                u"a.m.", u"pm", u"May", u"Tuesday", u"day", u" ", u"  ", u",", u".", u":", u"(",
                                u")", u"-", u"7", u"10", u"\u2019", u"\u00E9", u"n\u00f6on", u"\u0663", u"\n", u"q"};
    std::mt19937 rng(5);
    int yes = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString s = piecesText(rng, pieces);
        TokenList toks;
        tokenize(s, toks);
        bool expected = false;
        for (const Token &t : toks)
            expected = expected || t.kind == TokKind::Number || isClockLex(t.lex);
        const bool may = atlas::temporal::mayHoldTime(s);
        QVERIFY2(may == expected, qPrintable(s));
        QVERIFY2(may || timesByTokens(s) == 0, qPrintable(s));
        yes += expected ? 1 : 0;
    }
    QVERIFY(yes > 1000 && yes < 19000);
}

void TestDateWords::textsWithoutClockWordsHoldNoTime()
{
    // Every lexicon word but the clock words, around the words a time is
    // written with: no time is found in them, so skipping them loses nothing.
    const QStringList sentences{
        QStringLiteral("early in the day, late last week, the early part of May"),
        QStringLiteral("at about local time in GMT and KST, around the time of the launch"),
        QStringLiteral("Tuesday a.m. p.m. the hour of the early and the late"),
        QStringLiteral("It was the last and the next, the early and the late."),
        QStringLiteral("A few of them came later, some earlier, one ago, the same at the end.")};
    for (const QString &s : sentences) {
        QVERIFY2(!atlas::temporal::mayHoldTime(s), qPrintable(s));
        QCOMPARE(timesByTokens(s), 0);
        QVERIFY(TemporalTagger(QDate(2025, 11, 7)).times(s).isEmpty());
    }
    // And each clock word alone is let through and read as a time.
    for (const char *w : {"noon", "midday", "midnight", "morning", "afternoon", "evening", "night", "overnight",
                          "dawn", "early hours", "at 7:10 a.m."}) {
        const QString s = QStringLiteral("It flew in the ") + QLatin1String(w) + QStringLiteral(".");
        QVERIFY2(atlas::temporal::mayHoldTime(s), w);
        QVERIFY2(timesByTokens(s) > 0, w);
        QVERIFY2(!TemporalTagger(QDate(2025, 11, 7)).times(s).isEmpty(), w);
    }
}

void TestDateWords::tokensRuledOutStartNoTime()
{
    // The tagger tries matchTime and matchDayPeriod only at tokens
    // mayStartTime admits: at every other token of random texts both must
    // match nothing.
    const char16_t *pieces[] = {u"noon", u"Noon", u"midday", u"MIDNIGHT", u"morning", u"afternoon", u"evening",
                                u"night", u"overnight", u"dawn", u"hours", u"early", u"late", u"Early", u"in", u"the",
                                u"local", u"time", u"GMT", u"KST", u"a.m.", u"am", u"pm", u"p", u"m", u"May",
                                u"Tuesday", u"day", u" ", u"  ", u",", u".", u":", u"(", u")", u"-", u"/", u"7",
                                u"10", u"23", u"0300", u"22.05", u"1,200", u"2025", u"25th", u"1st", u"\u2019",
                                u"\u00E9", u"\n", u"q", u"at", u"on", u"of", u"Korea", u"Seoul"};
    std::mt19937 rng(23);
    int tried = 0, matched = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString s = piecesText(rng, pieces);
        TokenList toks;
        tokenize(s, toks);
        for (int i = 0; i < toks.size(); ++i) {
            TimeMention tm;
            QString words;
            const int byClock = matchTime(s, toks, i, tm);
            const int byPeriod = matchDayPeriod(toks, i, words);
            if (!mayStartTime(toks[i])) {
                QVERIFY2(byClock == i && byPeriod == i, qPrintable(s));
                ++tried;
            } else {
                matched += byClock > i || byPeriod > i ? 1 : 0;
            }
        }
    }
    QVERIFY(tried > 50000 && matched > 5000);
}

void TestDateWords::tokenWordsAgreeWithDefinition()
{
    // tokenize() reads a word of up to eight ASCII letters by its packed key
    // (one load of eight units) and any other through classifyWord: every word
    // token of random texts, at every distance from the text's end, must get
    // the lexicon's answer for its letters.
    const char16_t *pieces[] = {u"May", u"MAY", u"mayor", u"days", u"Day", u"the", u"THE", u"week", u"weekend",
                                u"weekends", u"Tuesday", u"tues", u"sept", u"september", u"septembers", u"morning",
                                u"tonight", u"yesterday", u"approximately", u"a", u"A", u"an", u"x", u"ago", u"kst",
                                u"GMT", u"pt", u"aedt", u"thurs", u"overnight", u" ", u",", u".", u"-", u"7", u"25th",
                                u"\u2019", u"\u00E9", u"Jan\u00E9", u"\u00E9Jan", u"\n", u"q", u"zz", u"of", u"on"};
    std::mt19937 rng(29);
    int words = 0, known = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString s = piecesText(rng, pieces);
        TokenList toks;
        tokenize(s, toks);
        for (const Token &t : toks) {
            if (t.kind != TokKind::Word)
                continue;
            int value = -1;
            const Lex expected = classifyWordByDefinition(QStringView(s).mid(t.start, t.end - t.start), value);
            QVERIFY2(t.lex == expected, qPrintable(s));
            if (expected != Lex::None)
                QVERIFY2(t.value == value, qPrintable(s));
            ++words;
            known += expected != Lex::None ? 1 : 0;
        }
    }
    QVERIFY2(words > 50000 && known > 5000, qPrintable(QStringLiteral("%1 %2").arg(words).arg(known)));
}

QTEST_GUILESS_MAIN(TestDateWords)
#include "tst_datewords.moc"
