// Numbers with units and hedges (QuantityParser), on phrases written for these
// tests: separators, words, ranges, conversions, qualifiers, and the counts of
// missiles with the phrases that only look like counts.
#include "extract/QuantityParser.h"

#include "CorpusSentences.h"
#include "RandomWordText.h"

#include <QtTest>

#include <random>

using namespace atlas;

class TestQuantities : public QObject {
    Q_OBJECT
private slots:
    void lengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("km");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<bool>("isRange");
        QTest::newRow("km") << "flew 350 km east" << 350.0 << "" << false;
        QTest::newRow("kilometres") << "flew 350 kilometres" << 350.0 << "" << false;
        QTest::newRow("kilometers") << "flew 350 kilometers" << 350.0 << "" << false;
        QTest::newRow("kms") << "flew 350 kms" << 350.0 << "" << false;
        QTest::newRow("comma group") << "flew 1,100 km" << 1100.0 << "" << false;
        QTest::newRow("space group") << "flew 1 100 km" << 1100.0 << "" << false;
        QTest::newRow("nbsp group") << QString::fromUtf8("flew 1\u00a0100 km") << 1100.0 << "" << false;
        QTest::newRow("dot group") << "flew 1.100 km" << 1100.0 << "" << false;
        QTest::newRow("decimal") << "flew 2.5 km" << 2.5 << "" << false;
        // Comma-grouped thousands with a decimal fraction (KCNA's figures).
        QTest::newRow("comma group with fraction") << "traveled a distance of 1,021.6 km" << 1021.6 << "" << false;
        QTest::newRow("comma group with fraction, altitude") << "the maximum altitude of 6,912.4 km" << 6912.4 << "" << false;
        QTest::newRow("two commas with fraction") << "flew 13,500.25 km" << 13500.25 << "" << false;
        QTest::newRow("comma group with fraction, kilometres") << "flew about 1,100.5 kilometres" << 1100.5 << "about" << false;
        QTest::newRow("comma group with fraction, miles") << "flew 1,000.0 miles" << 1609.344 << "" << false;
        QTest::newRow("miles") << "flew 100 miles" << 160.9344 << "" << false;
        QTest::newRow("nautical") << "flew 100 nautical miles" << 185.2 << "" << false;
        QTest::newRow("words") << "flew about eight hundred kilometres" << 800.0 << "about" << false;
        QTest::newRow("words thousand") << "flew one thousand one hundred and fifty km" << 1150.0 << "" << false;
        QTest::newRow("words a thousand") << "flew a thousand kilometres" << 1000.0 << "" << false;
        QTest::newRow("words hyphen") << "flew twenty-five km" << 25.0 << "" << false;
        QTest::newRow("range dash") << "flew 300-400 km" << 400.0 << "up to" << true;
        QTest::newRow("range en dash") << QString::fromUtf8("flew 300–400 km") << 400.0 << "up to" << true;
        QTest::newRow("range to") << "flew 300 to 400 km" << 400.0 << "up to" << true;
        QTest::newRow("range between") << "flew between 300 and 400 kilometres" << 400.0 << "up to" << true;
        QTest::newRow("km then miles") << "some 700 kilometers (about 434 miles)" << 700.0 << "about" << false;
        QTest::newRow("miles then km") << "434 miles (700 km)" << 700.0 << "" << false;
        QTest::newRow("km or miles") << "700 kilometres, or 434 miles" << 700.0 << "" << false;
        QTest::newRow("qualifier up to") << "up to 800 kilometers" << 800.0 << "up to" << false;
        QTest::newRow("qualifier about") << "about 800 km" << 800.0 << "about" << false;
        QTest::newRow("qualifier approximately") << "approximately 250 kilometers" << 250.0 << "approximately" << false;
        QTest::newRow("qualifier approx.") << "approx. 250 km" << 250.0 << "approximately" << false;
        QTest::newRow("qualifier estimated") << "an estimated 1,100 kilometers" << 1100.0 << "estimated" << false;
        QTest::newRow("qualifier around") << "around 80 kilometres" << 80.0 << "around" << false;
        QTest::newRow("qualifier some") << "some 700 km" << 700.0 << "about" << false;
        QTest::newRow("qualifier roughly") << "roughly 700 km" << 700.0 << "about" << false;
        // a bound from above or below
        QTest::newRow("qualifier exceeding") << "an altitude exceeding 7,500 km" << 7500.0 << "more than" << false;
        QTest::newRow("qualifier in excess of") << "in excess of 1,000 kilometres" << 1000.0 << "more than" << false;
        QTest::newRow("qualifier upwards of") << "upwards of 6,000 km" << 6000.0 << "more than" << false;
        QTest::newRow("qualifier above") << "an apogee above 6,000 km" << 6000.0 << "more than" << false;
        QTest::newRow("qualifier well above") << "an apogee well above 6,000 km" << 6000.0 << "more than" << false;
        QTest::newRow("qualifier below") << "an apogee below 50 km" << 50.0 << "less than" << false;
        // (Review) a bound from above denied is one from below
        QTest::newRow("qualifier no more than") << "It flew no more than 350 km." << 350.0 << "up to" << false;
        QTest::newRow("qualifier not exceeding") << "a distance not exceeding 350 km" << 350.0 << "up to" << false;
        QTest::newRow("qualifier not above") << "It flew not above 350 km." << 350.0 << "up to" << false;
        QTest::newRow("qualifier not over") << "a range of not over 350 km" << 350.0 << "up to" << false;
        QTest::newRow("qualifier note more than") << "a footnote more than 350 km" << 350.0 << "more than" << false;
        QTest::newRow("qualifier nearly") << "nearly 1,000 km" << 1000.0 << "nearly" << false;
        QTest::newRow("qualifier almost") << "almost 1,000 km" << 1000.0 << "nearly" << false;
        QTest::newRow("qualifier more than") << "more than 900 km" << 900.0 << "more than" << false;
        QTest::newRow("qualifier over") << "over 900 km" << 900.0 << "more than" << false;
        // circa, as lists and tables write it
        QTest::newRow("circa c.") << "| c. 1,100 km |" << 1100.0 << "about" << false;
        QTest::newRow("circa c. glued") << "range c.450 km" << 450.0 << "about" << false;
        QTest::newRow("circa ca.") << "apogee ca. 60 km" << 60.0 << "about" << false;
        QTest::newRow("circa word") << "flew circa 800 kilometres" << 800.0 << "about" << false;
        QTest::newRow("circa capital") << "C. 350 km" << 350.0 << "about" << false;
        QTest::newRow("no circa in a word") << "Inc. 350 km" << 350.0 << "" << false;
        QTest::newRow("adjectival") << "a 600-km flight" << 600.0 << "" << false;
        // the sign of an approximate figure
        QTest::newRow("tilde") << "max altitude ~60 km" << 60.0 << "about" << false;
        QTest::newRow("tilde space") << "flew ~ 800 km" << 800.0 << "about" << false;
        QTest::newRow("tilde glued unit") << "tracked at ~420km downrange" << 420.0 << "about" << false;
        QTest::newRow("almost equal") << QString::fromUtf8("flew \u2248 1,000 km") << 1000.0 << "about" << false;
        QTest::newRow("tilde operator") << QString::fromUtf8("an arc of \u223c300 km") << 300.0 << "about" << false;
        // the unit glued to the number
        QTest::newRow("glued km") << "claiming they flew 2,340km" << 2340.0 << "" << false;
        QTest::newRow("glued kms") << "travelled about 610kms" << 610.0 << "about" << false;
        QTest::newRow("glued kilometres") << "an estimated 950kilometres" << 950.0 << "estimated" << false;
        QTest::newRow("glued miles") << "flew 200miles out to sea" << 321.8688 << "" << false;
        QTest::newRow("glued nmi") << "some 300nmi downrange" << 555.6 << "about" << false;
        QTest::newRow("glued range") << "flew 300-450km" << 450.0 << "up to" << true;
        // A distance at a line's end: the next line's figure is no "km2".
        QTest::newRow("line end before a date") << "| 1 | 1000 km\n24 July 2023 | Wonsan" << 1000.0 << "" << false;
        QTest::newRow("line end before a count") << "range: 350 km\n2 missiles" << 350.0 << "" << false;
        QTest::newRow("csv end before a row") << "ICBM,1,1000 km\n2025-01-06,IRBM" << 1000.0 << "" << false;
        QTest::newRow("miles at line end") << "flew 300 miles\n2 more" << 482.8032 << "" << false;
        QTest::newRow("crlf line end") << "flew 450 km\r\n2 days later" << 450.0 << "" << false;
    }
    void lengths()
    {
        QFETCH(QString, text);
        QFETCH(double, km);
        QFETCH(QString, qualifier);
        QFETCH(bool, isRange);
        const auto found = QuantityParser::lengths(text);
        QCOMPARE(found.size(), 1);
        QVERIFY2(std::abs(found.first().km - km) < 0.01, qPrintable(QString::number(found.first().km)));
        QCOMPARE(found.first().qualifier, qualifier);
        QCOMPARE(found.first().isRange, isRange);
        QVERIFY(found.first().start >= 0 && found.first().end <= text.size());
    }

    void notLengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("calibre mm") << "600-mm rockets";
        QTest::newRow("calibre millimetre") << "a 600-millimetre multiple rocket launcher";
        QTest::newRow("duration") << "flew for 40 minutes";
        QTest::newRow("troops") << "about 15,000 soldiers";
        QTest::newRow("speed") << "at 5,000 km/h";
        QTest::newRow("speed per hour") << "at 5,000 km per hour";
        QTest::newRow("area km2") << "an area of 1,200 km2";
        QTest::newRow("area superscript") << QString::fromUtf8("an area of 1,200 km\u00b2");
        QTest::newRow("speed spaced slash") << "at 5,000 km / h";
        QTest::newRow("metres") << "a 50-metre tall rocket";
        QTest::newRow("designation") << "the KN-23 missile";
        QTest::newRow("year") << "in 2025 the missile";
        QTest::newRow("letter before unit") << "the Bakms ferry";
        QTest::newRow("word ending in km") << "the Tokmiles bridge";
        // A multiplier with no number of its own is no figure.
        QTest::newRow("a few hundred") << "The missile flew a few hundred kilometres and the world shrugged.";
        QTest::newRow("several hundred") << "flew several hundred km into the sea";
        QTest::newRow("several thousand") << "reached several thousand kilometres in altitude";
        QTest::newRow("many hundred") << "some many hundred miles away";
    }
    void notLengths()
    {
        QFETCH(QString, text);
        QVERIFY(QuantityParser::lengths(text).isEmpty());
    }

    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("a") << "fired a short-range ballistic missile" << 1 << 1;
        QTest::newRow("an") << "fired an intercontinental ballistic missile" << 1 << 1;
        QTest::newRow("one") << "fired one missile" << 1 << 1;
        QTest::newRow("single") << "fired a single projectile" << 1 << 1;
        // A quoted name among the modifiers.
        QTest::newRow("quoted name") << "launched three upgraded \"Hwasong-11Da-4.5\" tactical ballistic missiles" << 3 << 3;
        QTest::newRow("quoted name curly") << "fired two \u201CHwasal-3\u201D strategic cruise missiles" << 2 << 2;
        QTest::newRow("quoted name first") << "test-fired four \"Pulhwasal-3-31\" cruise missiles" << 4 << 4;
        QTest::newRow("quoted type") << "launched several \"new-type\" ballistic missiles" << 2 << -1;
        QTest::newRow("quoted name at least") << "fired at least two \"Hwasong-11\" missiles" << 2 << -1;
        // A singular noun after "its", a numbered designation after "the": one missile.
        QTest::newRow("its newest missile") << "launched its newest intercontinental ballistic missile, the Hwasong-20" << 1 << 1;
        QTest::newRow("the designation") << "launched the Hwasong-15, which flew 950 km" << 1 << 1;
        QTest::newRow("the designation with letter") << "test-fired the Hwasong-16B from near Pyongyang" << 1 << 1;
        QTest::newRow("its missile") << "fired its new missile toward the sea" << 1 << 1;
        QTest::newRow("the KN designation") << "launched the KN-23 toward the East Sea" << 1 << 1;
        QTest::newRow("two") << "fired two ballistic missiles" << 2 << 2;
        QTest::newRow("digits") << "fired 3 cruise missiles" << 3 << 3;
        QTest::newRow("eight") << "fired eight SRBMs" << 8 << 8;
        QTest::newRow("multiple") << "launched multiple short-range ballistic missiles" << 2 << -1;
        QTest::newRow("several") << "fired several missiles" << 2 << -1;
        QTest::newRow("barrage") << "fired a barrage of missiles" << 2 << -1;
        QTest::newRow("volley") << "fired a volley of rockets" << 2 << -1;
        QTest::newRow("salvo number") << "fired a salvo of six missiles" << 6 << 6;
        QTest::newRow("salvo alone") << "fired a salvo of six on Tuesday" << 6 << 6;
        // A dozen, and half a dozen.
        QTest::newRow("salvo of a dozen") << "a salvo of a dozen \"super-large\" rockets" << 12 << 12;
        QTest::newRow("a dozen missiles") << "fired a dozen short-range missiles" << 12 << 12;
        QTest::newRow("half a dozen") << "launched half a dozen cruise missiles" << 6 << 6;
        QTest::newRow("about a dozen") << "fired about a dozen rockets" << 12 << 12;
        QTest::newRow("barrage of half a dozen") << "a barrage of half a dozen projectiles" << 6 << 6;
        // A number after a launch verb with no noun: the missiles named before.
        QTest::newRow("fired one from") << "since May 2022, when it fired one from waters off Sinpo" << 1 << 1;
        QTest::newRow("launched two into") << "the North launched two into the East Sea" << 2 << 2;
        QTest::newRow("fired three toward") << "it fired three toward the Yellow Sea on Monday" << 3 << 3;
        QTest::newRow("test-fired 2 off") << "the navy test-fired 2 off the east coast" << 2 << 2;
        QTest::newRow("launched one near") << "it launched one near Pyongyang" << 1 << 1;
        QTest::newRow("pair") << "fired a pair of missiles" << 2 << 2;
        QTest::newRow("at least") << "fired at least seven short-range ballistic missiles" << 7 << -1;
        QTest::newRow("more than") << "fired more than 10 missiles" << 11 << -1;
        QTest::newRow("up to") << "fired up to three missiles" << 1 << 3;
        QTest::newRow("as many as") << "fired as many as four missiles" << 1 << 4;
        QTest::newRow("suspected") << "launched a suspected medium-range ballistic missile" << 1 << 1;
        // hedged numbers: the number as given (its words kept in the count's text)
        QTest::newRow("around") << "fired around 10 short-range missiles" << 10 << 10;
        QTest::newRow("about") << "fired about 20 ballistic missiles" << 20 << 20;
        QTest::newRow("some") << "launched some 40 rockets" << 40 << 40;
        QTest::newRow("an estimated") << "fired an estimated 12 cruise missiles" << 12 << 12;
        QTest::newRow("roughly") << "launched roughly eight ballistic missiles" << 8 << 8;
        // one of each type: at least that many
        QTest::newRow("types of") << "two types of short-range ballistic missiles" << 2 << -1;
        QTest::newRow("kinds of") << "fired two kinds of cruise missiles" << 2 << -1;
        QTest::newRow("types of new") << "test-fired three types of new air defence missiles" << 3 << -1;
        // a plural after a launch verb, no number: at least two
        QTest::newRow("bare plural") << "tested sea-to-surface strategic cruise missiles" << 2 << -1;
        QTest::newRow("bare plural launched") << "launched ballistic missiles toward the sea" << 2 << -1;
        QTest::newRow("bare plural new-type") << "test-fired new-type tactical guided missiles" << 2 << -1;
        QTest::newRow("bare plural firing") << "the North began firing projectiles at dawn" << 2 << -1;
        // a rejected "a ..." does not hide the number after it
        QTest::newRow("after a noun of") << "a test-firing of three new cruise missiles" << 3 << 3;
        QTest::newRow("after a launch of") << "a launch of two ballistic missiles" << 2 << 2;
        QTest::newRow("bare plural rockets") << "it launched large-calibre rockets" << 2 << -1;
        // a launch noun, "of", then a plural with no number: at least two
        QTest::newRow("bare plural test-fire of") << "conducted a test-fire of sea-to-surface strategic cruise missiles" << 2 << -1;
        QTest::newRow("bare plural launch of") << "the launch of new-type tactical ballistic missiles" << 2 << -1;
        QTest::newRow("bare plural firing of") << "oversaw a firing of new multiple-warhead missiles" << 2 << -1;
        QTest::newRow("bare plural salvo of") << "a salvo of short-range ballistic missiles" << 2 << -1;
        // a bare plural named by another ("what KCNA described as ...") is at least two
        QTest::newRow("what described as") << "launched what the agency described as new cruise missiles" << 2 << -1;
        QTest::newRow("what called") << "fired what state media called hypersonic missiles" << 2 << -1;
        QTest::newRow("what termed") << "test-fired what Pyongyang termed tactical guided missiles" << 2 << -1;
        QTest::newRow("what billed as") << "launched what it billed as strategic rockets" << 2 << -1;
        QTest::newRow("what touted as") << "fired what the North touted as new projectiles" << 2 << -1;
        // a mix of kinds is at least two missiles
        QTest::newRow("a mix of") << "launched a mix of cruise and ballistic missiles" << 2 << -1;
        QTest::newRow("a mixture of") << "fired a mixture of short-range missiles and rockets" << 2 << -1;
        QTest::newRow("a combination of") << "test-fired a combination of new and old missiles" << 2 << -1;
        QTest::newRow("a variety of") << "launched a variety of projectiles off the coast" << 2 << -1;
        QTest::newRow("a mix of with number") << "fired a mix of four missiles" << 4 << 4;
        QTest::newRow("bare plural test-launch of") << "a test-launch of anti-aircraft missiles" << 2 << -1;
        QTest::newRow("noun of number wins") << "a test-fire of four strategic cruise missiles" << 4 << 4;
        // a numbered designation stands for one missile, or as many as are counted
        QTest::newRow("a designation") << "the previous launch, a Hwasong-18 fired in December" << 1 << 1;
        // a phrase from an earlier "The" that is no noun's does not hide the one inside it
        QTest::newRow("the designation after the subject") << "The North fired the Hwasong-20 ICBM at around 10:05 a.m." << 1 << 1;
        QTest::newRow("the missile after the subject") << "The military said it tracked the missile from Sunan." << 1 << 1;
        QTest::newRow("its missile after the subject") << "The North showed off its new missile on Monday." << 1 << 1;
        QTest::newRow("the rocket after the subject") << "The launch pad held the rocket for an hour." << 1 << 1;
        QTest::newRow("the designation after the report") << "The report says the KN-23 flew 400 km." << 1 << 1;
        QTest::newRow("one designation") << "it fired one KN-23 into the sea" << 1 << 1;
        QTest::newRow("two designations") << "it fired two KN-25s from a launcher" << 2 << 2;
        // (Review) a designation with a Korean syllable after its number
        QTest::newRow("syllable designation") << "North Korea fired a Hwasong-11Ba on Wednesday" << 1 << 1;
        QTest::newRow("syllable designation plural") << "it fired four Hwasong-11Ga from Kaechon" << 4 << 4;
        QTest::newRow("syllable designation weight") << "it fired two Hwasong-11Da-4.5 into the sea" << 2 << 2;
        QTest::newRow("a solid-fuel designation") << "Pyongyang tested a solid-fuel Hwasong-19 on Thursday" << 1 << 1;
        QTest::newRow("a designation letter") << "the North fired a Pukguksong-3 from a barge" << 1 << 1;
    }
    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, min);
        QFETCH(int, max);
        const auto found = QuantityParser::counts(text);
        QVERIFY2(!found.isEmpty(), "no count");
        QCOMPARE(found.first().count.min, min);
        QCOMPARE(found.first().count.max, max);
    }

    // counts() tries no count pattern after the last word that may be a missile
    // noun: the same counts as trying them all, on every corpus sentence (and
    // stretches of it) and on random texts of count words and near misses.
    void countsBoundedByTheLastNounAreTheSame()
    {
        auto same = [](const QString &text, int from, int to) {
            const auto fast = QuantityParser::counts(text, from, to);
            const auto all = QuantityParser::countsFrom(text, from, to, false);
            if (fast.size() != all.size())
                return false;
            for (int k = 0; k < fast.size(); ++k) {
                const CountMatch &a = fast.at(k), &b = all.at(k);
                if (a.start != b.start || a.end != b.end || a.definite != b.definite || a.count.min != b.count.min
                    || a.count.max != b.count.max || a.count.text != b.count.text)
                    return false;
            }
            return true;
        };
        const QStringList sentences = testing::corpusSentences();
        QVERIFY(sentences.size() > 2000);
        int withCounts = 0;
        std::mt19937 rng(5);
        for (const QString &s : sentences) {
            const int n = int(s.size());
            QVERIFY2(same(s, 0, n), qPrintable(s));
            const int a = int(rng() % unsigned(n + 1)), b = int(rng() % unsigned(n + 1));
            QVERIFY2(same(s, std::min(a, b), std::max(a, b)), qPrintable(s));
            withCounts += QuantityParser::counts(s).isEmpty() ? 0 : 1;
        }
        QVERIFY(withCounts > 100);
        static const char *const pieces[] = {"two", "a", "an", "the", "at least", "several", "a salvo of", "a barrage of",
                                             "missile", "missiles", "projectiles", "rocket", "rockets", "SRBMs", "icbm",
                                             "Hwasong-18", "KN-23", "Pukguksong-3", "hwasong-18", "ballistic", "cruise",
                                             "fired", "launched", "test-fire of", "new-type", "of", "three", "12",
                                             "mis", "pro", "rock", "kn", "six"};
        static const char16_t glue[] = {u' ', u' ', u'\t', u'\n', u',', u'-', u'.', u'\u00A0', u'\u2019'};
        testing::RandomTextShape shape;
        shape.mostlySpaces = true;
        shape.maxParts = 14;
        int randomWithCounts = 0;
        for (int round = 0; round < 20000; ++round) {
            QString t = testing::randomWordText(rng, pieces, glue, shape);
            // Letters outside ASCII that PCRE's caseless matching folds to ASCII ones.
            // ("\u017FRBMs" is a count's noun; "\u212AN-23" is not: KN is case-sensitive.)
            if (round % 3 == 0)
                t.replace(QLatin1String("SRBMs"), QStringLiteral("\u017FRBMs"));
            if (round % 5 == 0)
                t.replace(QLatin1String("KN-23"), QStringLiteral("\u212AN-23"));
            const int n = int(t.size());
            const int a = int(rng() % unsigned(n + 1)), b = int(rng() % unsigned(n + 1));
            QVERIFY2(same(t, 0, n), qPrintable(t));
            QVERIFY2(same(t, std::min(a, b), std::max(a, b)), qPrintable(t));
            randomWithCounts += QuantityParser::counts(t).isEmpty() ? 0 : 1;
        }
        QVERIFY(randomWithCounts > 3000);
    }

    void notCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one type of") << "one type of cruise missile";
        QTest::newRow("the plural") << "fired the missiles";
        QTest::newRow("its plural") << "launched its missiles";
        QTest::newRow("more plural") << "launched more missiles";
        QTest::newRow("plural program") << "tested missiles programs";
        QTest::newRow("one of") << "one of the missiles";
        QTest::newRow("a missile test") << "conducted a missile test";
        QTest::newRow("a missile program") << "a missile program";
        QTest::newRow("rounds") << "ten rounds of artillery fire";
        QTest::newRow("a system") << "a new-generation air defense system";
        QTest::newRow("years") << "two years of missile development";
        QTest::newRow("km") << "two 600 km missiles";
        QTest::newRow("designation launcher") << "a Hwasong-18 launcher was seen";
        QTest::newRow("designation program") << "a Hwasong-20 program";
        QTest::newRow("fired one of") << "fired one of its oldest designs";
        QTest::newRow("one day") << "launched one day after the drills";
        QTest::newRow("one of two places") << "the military said it fired one from Sunan and the other from Kaechon";
        QTest::newRow("artillery fired") << "hours after its artillery fired 90 into the buffer zone";
    }
    void notCounts()
    {
        QFETCH(QString, text);
        const auto found = QuantityParser::counts(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().count.text));
    }

    // The pre-test before re-reading an open count: every text counts() reads an
    // exact count of two or more from passes it; texts with no figure or number
    // word do not.
    void mayNameExactCountBeforeCounts()
    {
        for (const char *text : {"South Korea says three missiles were launched.", "KCNA said 12 rockets were fired.",
                                 "It fired a pair of cruise missiles.", "Half a dozen missiles flew east.",
                                 "Twenty-one rockets were fired.", "North Korea fired a couple of missiles."}) {
            const QString t = QString::fromUtf8(text);
            QVERIFY2(QuantityParser::mayNameExactCount(t, 0, int(t.size())), text);
            bool exact = false;
            for (const CountMatch &c : QuantityParser::counts(t))
                exact = exact || (c.count.min == c.count.max && c.count.min >= 2);
            QVERIFY2(exact, text);
        }
        for (const char *text : {"Several missiles were launched.", "The missiles flew east.", "It fired at least one missile."}) {
            const QString t = QString::fromUtf8(text);
            QVERIFY2(!QuantityParser::mayNameExactCount(t, 0, int(t.size())), text);
        }
    }

    void numbersEndingAt()
    {
        double v = 0;
        int s = 0;
        const QString t = QStringLiteral("exactly seventy-five");
        QVERIFY(QuantityParser::numberEndingAt(t, int(t.size()), &v, &s));
        QCOMPARE(v, 75.0);
        QCOMPARE(t.mid(s), QStringLiteral("seventy-five"));
        QCOMPARE(QuantityParser::smallNumberWord(u"seven"), 7);
        QCOMPARE(QuantityParser::smallNumberWord(u"twenty-one"), 21);
        QCOMPARE(QuantityParser::smallNumberWord(u"several"), -1);
        QVERIFY(!QuantityParser::numberEndingAt(QString(), 0, &v, &s));
        QVERIFY(QuantityParser::lengths(QString()).isEmpty());
        QVERIFY(QuantityParser::counts(QString(200000, QLatin1Char('a'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuantities)
#include "tst_quantities.moc"
