// MissileLexicon::designations runs a designation's pattern only where a word
// opens with its first two letters (in ASCII text): on random text of every
// bundled spelling, glued, hyphenated, in other case, after letters outside
// ASCII (LONG S, KELVIN SIGN, é) and at every stretch, it must find what running
// every pattern finds.
#include "extract/MissileLexicon.h"

#include <QTest>

#include <random>

using namespace atlas;

class TestDesignationGate : public QObject {
    Q_OBJECT
private slots:
    void sameAsEveryPattern();
};

namespace {
bool same(const QVector<LexiconHit> &a, const QVector<LexiconHit> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].value != b[i].value)
            return false;
    }
    return true;
}
} // namespace

void TestDesignationGate::sameAsEveryPattern()
{
    const MissileLexicon &lex = MissileLexicon::bundled();
    static const QStringList vocabulary{
        QStringLiteral("Hwasong-15"), QStringLiteral("hwasong 11D"), QStringLiteral("Hwasongpho-19"), QStringLiteral("Hwaseong-17"),
        QStringLiteral("KN-23"), QStringLiteral("kn23s"), QStringLiteral("KN 25"), QStringLiteral("Pukguksong-3"),
        QStringLiteral("Pukguksong-type"), QStringLiteral("Bukgeukseong 4"), QStringLiteral("Pulhwasal-3-31"),
        QStringLiteral("Hwasal-2"), QStringLiteral("Haeil-5.23"), QStringLiteral("Haeil"), QStringLiteral("Padasuri-6"),
        QStringLiteral("Chollima-1"), QStringLiteral("Unha-3"), QStringLiteral("Nodong"), QStringLiteral("Rodong-1"),
        QStringLiteral("Musudan"), QStringLiteral("Scud-ER"), QStringLiteral("Scud"), QStringLiteral("Taepodong-2"),
        QStringLiteral("similar to the"), QStringLiteral("like"), QStringLiteral("missile"), QStringLiteral("the"),
        QStringLiteral("x"), QStringLiteral("\u017Fcud"), QStringLiteral("\u212AN-23"), QStringLiteral("\u00E9"),
        QStringLiteral("Hw"), QStringLiteral("hwa"), QStringLiteral("K"), QStringLiteral("N-23")};
    static const QStringList glue{QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("-"), QStringLiteral(""),
                                  QStringLiteral(", "), QStringLiteral("_"), QStringLiteral("("), QStringLiteral(" \u201C"),
                                  QStringLiteral("\u2019"), QStringLiteral("\u2014")};
    std::mt19937 rng(41);
    std::uniform_int_distribution<int> w(0, int(vocabulary.size()) - 1), g(0, int(glue.size()) - 1);
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        for (int k = 1 + round % 8; k > 0; --k)
            text += vocabulary.at(w(rng)) + glue.at(g(rng));
        const int n = int(text.size());
        std::uniform_int_distribution<int> cut(0, n);
        int from = 0, to = n;
        if (round % 2) {
            from = cut(rng);
            to = cut(rng);
            if (from > to)
                std::swap(from, to);
        }
        const QVector<LexiconHit> reference = lex.designationsRunningEvery(text, from, to);
        QVERIFY2(same(lex.designations(text, from, to), reference), qPrintable(text));
        found += int(reference.size());
    }
    QVERIFY(found > 10000);
}

QTEST_GUILESS_MAIN(TestDesignationGate)
#include "tst_designationgate.moc"
