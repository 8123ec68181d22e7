// The launch extractor's fast paths must read exactly what the plain ones read:
// GatedRegex finds the same matches as a plain QRegularExpression scan, and
// StemTrie sets the same bits as comparing every word with every stem. Both are
// checked against the plain way on random text made of the words, punctuation
// and non-ASCII letters that news text has (including ones that fold to ASCII:
// KELVIN SIGN, LONG S).
#include "extract/GatedRegex.h"
#include "extract/StemTrie.h"

#include "CorpusSentences.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace atlas;

namespace {

QString randomText(std::mt19937 &rng, int words)
{
    static const QStringList vocabulary{
        QStringLiteral("the"), QStringLiteral("The"), QStringLiteral("missile"), QStringLiteral("missiles"),
        QStringLiteral("short-range"), QStringLiteral("ballistic"), QStringLiteral("Ballistic"), QStringLiteral("fired"),
        QStringLiteral("launched"), QStringLiteral("test-fired"), QStringLiteral("into"), QStringLiteral("in"),
        QStringLiteral("East"), QStringLiteral("Sea"), QStringLiteral("sea"), QStringLiteral("of"), QStringLiteral("Japan"),
        QStringLiteral("waters"), QStringLiteral("off"), QStringLiteral("its"), QStringLiteral("eastern"), QStringLiteral("coast"),
        QStringLiteral("SRBM"), QStringLiteral("SRBMs"), QStringLiteral("srbm"), QStringLiteral("ICBM"), QStringLiteral("KN-23"),
        QStringLiteral("Hwasong-18"), QStringLiteral("km"), QStringLiteral("kilometres"), QStringLiteral("1,100"),
        QStringLiteral("800"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("at"), QStringLiteral("least"),
        QStringLiteral("two"), QStringLiteral("several"), QStringLiteral("landed"), QStringLiteral("outside"),
        QStringLiteral("EEZ"), QStringLiteral("exclusive"), QStringLiteral("economic"), QStringLiteral("zone"),
        QStringLiteral("fell"), QStringLiteral("anti-missile"), QStringLiteral("cruise"), QStringLiteral("hypersonic"),
        QStringLiteral("Wŏnsan"), QStringLiteral("café"), QStringLiteral("North"), QStringLiteral("Korea’s"),
        QStringLiteral("Korea's"), QStringLiteral("mi\u017F\u017File"), QStringLiteral("\u212Am"), QStringLiteral("Joint"),
        QStringLiteral("Chiefs"), QStringLiteral("JCS"), QStringLiteral("U.S."), QStringLiteral("state"), QStringLiteral("media"),
        QStringLiteral("from"), QStringLiteral("near"), QStringLiteral("Pyongyang"), QStringLiteral("air"),
        QStringLiteral("defense"), QStringLiteral("surface-to-air"), QStringLiteral("launch"), QStringLiteral("tests"),
        // whole phrases, so that longer patterns have something to find
        QStringLiteral("East Sea"), QStringLiteral("Sea of Japan"), QStringLiteral("outside Japan’s EEZ"),
        QStringLiteral("in the exclusive economic zone"), QStringLiteral("inland target"), QStringLiteral("landed on land"),
        QStringLiteral("the missile"), QStringLiteral("The rocket"), QStringLiteral("off its eastern coast"),
        QStringLiteral("short-range ballistic missiles"), QStringLiteral("Joint Chiefs")};
    static const QStringList glue{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(", "),
                                  QStringLiteral(". "), QStringLiteral("-"), QStringLiteral(""), QStringLiteral("\n"),
                                  QStringLiteral(" “"), QStringLiteral("” "), QStringLiteral(" ("), QStringLiteral(") "),
                                  QStringLiteral("_"), QStringLiteral("é"), QStringLiteral(" — "), QStringLiteral("  ")};
    std::uniform_int_distribution<int> w(0, int(vocabulary.size()) - 1), g(0, int(glue.size()) - 1);
    QString out;
    for (int i = 0; i < words; ++i)
        out += vocabulary.at(w(rng)) + glue.at(g(rng));
    return out;
}

struct Found {
    int start, end;
    QStringList groups;
    bool operator==(const Found &o) const { return start == o.start && end == o.end && groups == o.groups; }
};

QVector<Found> plainMatches(const QRegularExpression &re, const QString &text, int from, int to)
{
    QVector<Found> out;
    auto it = re.globalMatch(QStringView(text).left(to), from);
    while (it.hasNext()) {
        const auto m = it.next();
        Found f{int(m.capturedStart()), int(m.capturedEnd()), {}};
        for (int g = 1; g <= re.captureCount(); ++g)
            f.groups << QString::number(m.capturedStart(g));
        out << f;
    }
    return out;
}

QVector<Found> gatedMatches(const GatedRegex &re, const QString &text, int from, int to)
{
    QVector<Found> out;
    re.forEach(text, from, to, [&](const RegexMatch &m) {
        Found f{int(m.capturedStart()), int(m.capturedEnd()), {}};
        for (int g = 1; g <= re.plain().captureCount(); ++g)
            f.groups << QString::number(m.capturedStart(g));
        out << f;
        return true;
    });
    return out;
}

} // namespace

class TestGatedRegex : public QObject {
    Q_OBJECT
private slots:
    void sameMatchesAsPlainScan_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<bool>("gated");
        QTest::addColumn<int>("minimumWithMatches"); // of 400 random texts: the pattern must have work to do
        QTest::newRow("class alternation") << QStringLiteral(
            "(?<![\\w-])(?:(short[- ]range (?:(?:solid[- ]fuel(?:l?ed)?|new[- ]type) )*ballistic missiles?)|((?-i:SRBMs?))|"
            "((?-i:ICBMs?))|(ballistic missiles?)|(cruise(?: and [a-z-]+)? missiles?)|(surface[- ]to[- ]air missiles?))(?!\\w)")
                                            << true << true << 100;
        QTest::newRow("splashdown, some alternatives without lookbehind") << QStringLiteral(
            "(?<east>(?<![\\w-])(?:East Sea|Sea of Japan|(?:waters? )?(?:off|along) (?:the |its )?east(?:ern)? coast))|"
            "(?<eez>(?<![\\w-])(?<side>outside|inside|in)\\s+(?:Japan['’]s\\s+)?(?:exclusive economic zone|EEZ)(?![\\w-]))|"
            "(?<land>inland target|(?:landed|fell) (?:on|over) land)")
                                            << true << true << 100;
        QTest::newRow("word boundary") << QStringLiteral("(?<jcs>Joint Chiefs|\\bJCS\\b)|(?<kcna>\\bKCNA\\b|state media)")
                                       << false << true << 100;
        // (PCRE2 runs a pattern anchored at the subject's start at one position: the
        // gated scan would only judge every other one unable to start it.)
        QTest::newRow("start of subject: anchored, not gated") << QStringLiteral("^\\s*(?:the|a)\\s+\\w+") << true << false << 5;
        QTest::newRow("start of subject in every branch: not gated")
            << QStringLiteral("^\\s*the\\s+\\w+|^[\\s,]*a\\s") << true << false << 3;
        QTest::newRow("start of subject in one branch only: gated") << QStringLiteral("^\\s*the\\s|(?<![\\w-])a\\s+\\w+")
                                                                    << true << true << 15;
        QTest::newRow("one-character lookbehind class") << QStringLiteral("(?<![\\w’'-])the\\s+(missile|rocket)(?![\\w’'-])")
                                                        << true << true << 50;
        QTest::newRow("units") << QStringLiteral("(?<![\\w])(kilomet(?:er|re)s?|kms?|miles?)(?![\\w])") << true << true << 100;
        // Patterns that may start right after a word character skip the rest of a word
        // up to the characters they may start with there: a few letters (SIMD), more
        // than four (one by one), none but spaces or dashes, a digit or '_'.
        QTest::newRow("inside a word: many first letters") << QStringLiteral("(?:of|like|as|than|from|to|resembles?|resembling)\\s+\\w+\\s+")
                                                           << true << true << 50;
        QTest::newRow("after a word: spaces and dashes") << QStringLiteral("(?:\\s*(?:-|–|—)\\s*|\\s+to\\s+|\\s+and\\s+)\\w")
                                                         << true << true << 100;
        QTest::newRow("after a word: digits") << QStringLiteral("\\d+[\\s,]*\\w+") << true << true << 50;
        QTest::newRow("after a word: underscore, case-sensitive") << QStringLiteral("(?:_|-)?(?:missiles?|SRBM|Sea)")
                                                                  << false << true << 100;
        QTest::newRow("longer lookbehind: not gated") << QStringLiteral("(?<!the )missiles?") << true << false << 50;
        QTest::newRow("\\G: not gated") << QStringLiteral("\\Gthe") << true << false << 5;
    }
    void sameMatchesAsPlainScan()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseInsensitive);
        QFETCH(bool, gated);
        QFETCH(int, minimumWithMatches);
        const auto options = caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
        const QRegularExpression plain(pattern, options);
        const GatedRegex fast(pattern, options);
        QVERIFY(plain.isValid());
        QCOMPARE(fast.isGated(), gated);
        std::mt19937 rng(42);
        int compared = 0, withMatches = 0;
        for (int round = 0; round < 400; ++round) {
            const QString text = randomText(rng, 5 + round % 60);
            std::uniform_int_distribution<int> cut(0, int(text.size()));
            int from = cut(rng), to = cut(rng);
            if (from > to)
                std::swap(from, to);
            if (round % 4 == 0)
                from = 0, to = int(text.size());
            const QVector<Found> expected = plainMatches(plain, text, from, to);
            QCOMPARE(gatedMatches(fast, text, from, to), expected);
            ++compared;
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY2(withMatches >= minimumWithMatches, qPrintable(QStringLiteral("only %1 texts with a match").arg(withMatches)));
        QCOMPARE(compared, 400);
    }

    // Patterns of the launch pass that were Qt regexes matched against windows of
    // a sentence (end-anchored, start-anchored, lookbehinds): the same answer as
    // Qt's on every corpus sentence, whole and cut at random.
    void launchWindowPatternsAnswerAsQtDid_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("tally") << QStringLiteral(
            "\\b(?:a|an)\\s+(?:string|series|spate|flurry|slew|raft|run|streak|handful|number|record number)\\s+of\\s+"
            "[^,;.()]{0,50}$");
        QTest::newRow("future before") << QStringLiteral("\\b(?:later|coming|upcoming|rest of)\\s+$");
        QTest::newRow("future own") << QStringLiteral("^(?:next|later|the coming)\\b");
        QTest::newRow("follows") << QStringLiteral(
            "^\\s+(?:follows|followed|(?:comes|came|occurred|took place)\\s+"
            "(?:(?:just|only|shortly|hours|days|weeks|a day|a week|one day|two days|three days)\\s+)*"
            "(?:after|on the heels of|in the wake of))(?![\\w-])");
        QTest::newRow("joined") << QStringLiteral("(?<![\\w-])and\\s+(?:a|an|another)\\s");
        QTest::newRow("ship before") << QStringLiteral(
            "(?<![\\w-])(?:destroyers?|warships?|frigates?|ships?|vessels?|submarines?)(?![\\w-])(?:\\s+(?-i:[A-Z][\\w-]*)){0,3},?\\s*"
            "(?:(?:was|were|had been|has been|first)\\s+)?$");
        QTest::newRow("noun from") << QStringLiteral(
            "^\\s+(?:(?:was|were)\\s+)?(?:(?:detected|spotted|observed|tracked|conducted|carried out)(?![\\w-])[^,;]{0,40}?\\s)?from\\s");
    }
    void launchWindowPatternsAnswerAsQtDid()
    {
        QFETCH(QString, pattern);
        const QRegularExpression plain(pattern, QRegularExpression::CaseInsensitiveOption);
        const GatedRegex fast(pattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY(plain.isValid());
        static const QStringList sentences = testing::corpusSentences();
        QVERIFY(sentences.size() > 2000);
        std::mt19937 rng(3);
        int matched = 0;
        for (const QString &s : sentences) {
            for (int cut = 0; cut < 4; ++cut) {
                int a = 0, b = int(s.size());
                if (cut > 0) {
                    a = int(rng() % unsigned(s.size() + 1));
                    b = std::min(int(s.size()), a + int(rng() % 90));
                }
                if (cut == 3) { // from each word start: start-anchored patterns find their words there
                    for (int w = 0; w < s.size(); ++w) {
                        if (w > 0 && s.at(w - 1) != QLatin1Char(' '))
                            continue;
                        const QStringView from = QStringView(s).mid(w, 24);
                        QCOMPARE(fast.firstMatch(from).hasMatch(), plain.match(from).hasMatch());
                        matched += plain.match(from).hasMatch() ? 1 : 0;
                    }
                }
                const QStringView window = QStringView(s).mid(a, b - a);
                const auto expected = plain.match(window);
                const RegexMatch got = fast.firstMatch(window);
                QCOMPARE(got.hasMatch(), expected.hasMatch());
                if (expected.hasMatch()) {
                    QCOMPARE(got.capturedStart(), expected.capturedStart());
                    QCOMPARE(got.capturedEnd(), expected.capturedEnd());
                    ++matched;
                }
            }
        }
        QVERIFY(matched > 0);
    }

    // firstMatchStartingBy: the leftmost match from `from`, kept only when it starts
    // no later than lastStart (its candidates are not visited past lastStart, and a
    // plain scan it falls back to may find one after it).
    void firstMatchStartingByIsTheLeftmostMatchWhenEarlyEnough_data() { sameMatchesAsPlainScan_data(); }
    void firstMatchStartingByIsTheLeftmostMatchWhenEarlyEnough()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseInsensitive);
        const auto options = caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
        const QRegularExpression plain(pattern, options);
        const GatedRegex fast(pattern, options);
        std::mt19937 rng(7);
        int kept = 0, dropped = 0;
        for (int round = 0; round < 2000; ++round) {
            const QString text = randomText(rng, 5 + round % 60);
            std::uniform_int_distribution<int> cut(0, int(text.size()));
            int from = cut(rng), to = cut(rng);
            if (from > to)
                std::swap(from, to);
            const int lastStart = round % 7 == 0 ? from - 1 : from + cut(rng) % (to - from + 20);
            const auto expected = plain.match(QStringView(text).left(to), from);
            const bool early = expected.hasMatch() && expected.capturedStart() <= lastStart;
            const RegexMatch m = fast.firstMatchStartingBy(text, from, to, lastStart);
            QCOMPARE(m.hasMatch(), early);
            if (early) {
                QCOMPARE(m.capturedStart(), expected.capturedStart());
                QCOMPARE(m.capturedEnd(), expected.capturedEnd());
                ++kept;
            } else if (expected.hasMatch()) {
                ++dropped;
            }
        }
        QVERIFY(kept >= 20 || pattern.startsWith(QLatin1Char('^')) || pattern.startsWith(QLatin1String("\\G")));
        QVERIFY(dropped >= 20 || pattern.startsWith(QLatin1Char('^')) || pattern.startsWith(QLatin1String("\\G")));
    }

    // Before a match, a few characters outside ASCII (curly quotes, dashes, the
    // no-break space, the ellipsis) are judged by an ASCII character that the
    // pattern's lookbehinds, \b and \w cannot tell from them: the matches must
    // stay those of the plain scan right after each of them.
    void punctuationOutsideAsciiBeforeAMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::newRow("lookbehind takes the apostrophe") << QStringLiteral("(?<![\\w’'-])(?:the|a|missiles?)(?![\\w-])") << true;
        QTest::newRow("lookbehind without it") << QStringLiteral("(?<![\\w-])(?:the|a)\\s+\\w+") << true;
        QTest::newRow("word boundary") << QStringLiteral("\\bthe\\b|\\bKCNA\\b") << false;
        QTest::newRow("positive lookbehind, quotes") << QStringLiteral("(?<=[“\"])the|(?<=‘)a") << true;
        QTest::newRow("negative lookbehind, dash") << QStringLiteral("(?<!—)missiles?|(?<!\u2013)rockets?") << true;
        QTest::newRow("lookbehind, no-break space") << QStringLiteral("(?<=\u00A0)(?:the|a) \\w+|(?<!…)s\\b") << false;
    }
    void punctuationOutsideAsciiBeforeAMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseInsensitive);
        const auto options = caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
        const QRegularExpression plain(pattern, options);
        const GatedRegex fast(pattern, options);
        QVERIFY(plain.isValid());
        QVERIFY(fast.isGated());
        static const QStringList words{QStringLiteral("the"), QStringLiteral("The"), QStringLiteral("a"), QStringLiteral("missile"),
                                       QStringLiteral("missiles"), QStringLiteral("rocket"), QStringLiteral("s"), QStringLiteral("KCNA"),
                                       QStringLiteral("Korea"), QStringLiteral("fired")};
        static const QStringList glue{QStringLiteral("\u2019"), QStringLiteral("\u2018"), QStringLiteral("\u201C"),
                                      QStringLiteral("\u201D"), QStringLiteral("\u2014"), QStringLiteral("\u2013"),
                                      QStringLiteral("\u00A0"), QStringLiteral("\u2026"), QStringLiteral(" "),
                                      QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("-"), QStringLiteral(" \u2019")};
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> w(0, int(words.size()) - 1), g(0, int(glue.size()) - 1);
        int withMatches = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text;
            for (int i = 0; i < 2 + round % 30; ++i)
                text += glue.at(g(rng)) + words.at(w(rng));
            const QVector<Found> expected = plainMatches(plain, text, 0, int(text.size()));
            QCOMPARE(gatedMatches(fast, text, 0, int(text.size())), expected);
            withMatches += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY2(withMatches > 300, qPrintable(QString::number(withMatches)));
    }

    void checkedSubjectWithBrokenSurrogateHasNoMatch()
    {
        const GatedRegex re(QStringLiteral("missile"), QRegularExpression::CaseInsensitiveOption);
        QString text = QStringLiteral("a missile");
        text.prepend(QChar(0xDC00)); // a low surrogate alone
        QVERIFY(!re.firstMatch(QStringView(text), 0, GatedRegex::Subject::Checked).hasMatch());
        QVERIFY(re.firstMatch(QStringView(text).mid(1), 0, GatedRegex::Subject::Checked).hasMatch());
    }

    void stemTrieMatchesEveryStemComparedOneByOne()
    {
        struct Stem { const char *letters; quint32 bits; bool exact; };
        const Stem stems[] = {{"missile", 1, false}, {"the", 2, true}, {"fire", 4, false}, {"fired", 8, true},
                              {"sea", 16, false}, {"kn", 32, true}, {"far", 64, true}, {"launch", 128, false},
                              {"km", 256, false}, {"ballistic", 512, false}};
        StemTrie trie;
        for (const Stem &s : stems)
            trie.add(s.letters, s.bits, s.exact);
        trie.setNonAsciiLetterBits(1u << 20);
        auto reference = [&](const QString &text) {
            quint32 mask = 0;
            int i = 0;
            while (i < text.size()) {
                if (!text.at(i).isLetter()) {
                    ++i;
                    continue;
                }
                const int w = i;
                while (i < text.size() && text.at(i).isLetter())
                    ++i;
                QString word = text.mid(w, i - w);
                bool ascii = true;
                for (QChar &c : word) {
                    if (c.unicode() >= 128)
                        ascii = false;
                    else
                        c = c.toLower();
                }
                if (!ascii)
                    mask |= 1u << 20;
                for (const Stem &s : stems) {
                    const QString st = QString::fromLatin1(s.letters);
                    if (s.exact ? word == st : word.startsWith(st))
                        mask |= s.bits;
                }
            }
            return mask;
        };
        std::mt19937 rng(7);
        for (int round = 0; round < 500; ++round) {
            const QString text = randomText(rng, 1 + round % 40);
            QCOMPARE(trie.scan(text.constData(), 0, int(text.size())), reference(text));
        }
        QCOMPARE(trie.scan(QStringLiteral("Fired").constData(), 0, 5), quint32(4 | 8));
        QCOMPARE(trie.scan(QStringLiteral("there").constData(), 0, 5), quint32(0));
    }
};

QTEST_GUILESS_MAIN(TestGatedRegex)
#include "tst_gatedregex.moc"
