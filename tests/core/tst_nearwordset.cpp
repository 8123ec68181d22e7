// launch::NearWordSet turns words away on a compile-time filter before comparing:
// for sets of every size the launch cues use, it must answer as the plain loop
// over the members does, for the members themselves, their prefixes and
// extensions, other case, letters outside ASCII and random words.
#include "extract/launch/NearWordSet.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace atlas;

class TestNearWordSet : public QObject {
    Q_OBJECT
private slots:
    void sameAsPlainLoop();
};

namespace {
bool plainIn(QStringView w, const std::vector<std::string> &set)
{
    for (const std::string &x : set) {
        if (w == QLatin1String(x.data(), qsizetype(x.size())))
            return true;
    }
    return false;
}

template <typename Set>
void check(const Set &set, const std::vector<std::string> &members, std::mt19937 &rng, int *hits)
{
    std::vector<QString> queries;
    for (const std::string &x : members) {
        const QString q = QString::fromLatin1(x.data(), qsizetype(x.size()));
        queries.push_back(q);
        queries.push_back(q.left(q.size() - 1));
        queries.push_back(q + QLatin1Char('s'));
        queries.push_back(q.toUpper());
        queries.push_back(QChar(0x017F) + q.mid(1));
        queries.push_back(q.left(1) + QChar(0x00E9) + q.mid(1));
    }
    for (int k = 0; k < 3000; ++k) {
        QString w;
        const int n = int(rng() % 14);
        for (int i = 0; i < n; ++i)
            w += rng() % 40 == 0 ? QChar(char16_t(0x100 + rng() % 0x2000)) : QChar(char16_t(u'a' + rng() % 26 - (rng() % 30 == 0 ? 60 : 0)));
        queries.push_back(w);
    }
    for (const QString &q : queries) {
        const bool expected = plainIn(q, members);
        QVERIFY2(set.contains(q) == expected, qPrintable(q));
        *hits += expected;
    }
}
} // namespace

void TestNearWordSet::sameAsPlainLoop()
{
    std::mt19937 rng(3);
    int hits = 0;
    static constexpr auto a = launch::nearWordSet("the", "this", "that", "these", "those", "such", "its", "their", "latest",
                                                  "recent", "today's", "yesterday's");
    check(a, {"the", "this", "that", "these", "those", "such", "its", "their", "latest", "recent", "today's", "yesterday's"}, rng, &hits);
    static constexpr auto b = launch::nearWordSet("a", "an");
    check(b, {"a", "an"}, rng, &hits);
    static constexpr auto c = launch::nearWordSet("u.s.", "us", "allied", "american");
    check(c, {"u.s.", "us", "allied", "american"}, rng, &hits);
    check(NEAR_WORDS("activity", "activities", "program", "programs", "programme", "programmes", "capability", "capabilities",
                     "pad", "pads", "site", "sites", "vehicle", "vehicles", "facility", "facilities", "window", "preparation",
                     "preparations", "ban", "moratorium", "platform", "platforms", "system", "systems", "technology", "campaign"),
          {"activity", "activities", "program", "programs", "programme", "programmes", "capability", "capabilities", "pad", "pads",
           "site", "sites", "vehicle", "vehicles", "facility", "facilities", "window", "preparation", "preparations", "ban",
           "moratorium", "platform", "platforms", "system", "systems", "technology", "campaign"},
          rng, &hits);
    // Random sets of random words.
    for (int round = 0; round < 300; ++round) {
        std::vector<std::string> words;
        for (int k = 0; k < 6; ++k) {
            std::string w;
            const int n = 1 + int(rng() % 9);
            for (int i = 0; i < n; ++i)
                w += char('a' + rng() % 26);
            words.push_back(w);
        }
        const auto set = launch::nearWordSet(words[0].c_str(), words[1].c_str(), words[2].c_str(), words[3].c_str(),
                                             words[4].c_str(), words[5].c_str());
        check(set, words, rng, &hits);
    }
    QVERIFY(hits > 1000);
}

QTEST_GUILESS_MAIN(TestNearWordSet)
#include "tst_nearwordset.moc"
