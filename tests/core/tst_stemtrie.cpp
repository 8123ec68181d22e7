// StemTrie::scan walks plain text (ASCII and general punctuation) sixteen
// characters at a time and other text one character at a time: both must give
// the bits and the recorded word starts that the definition gives (StemTrie.h),
// checked here against a plain reading of it on random texts of every length.
#include "extract/StemTrie.h"

#include <QTest>

#include <random>

using namespace atlas;

namespace {
struct Stem {
    const char *letters;
    quint32 bits;
    bool exact;
};
const Stem kStems[] = {{"fire", 1, false}, {"fired", 2, true}, {"the", 4, true}, {"launch", 8, false},
                       {"km", 16, false}, {"sea", 32, false}, {"a", 64, true}, {"missile", 128, false},
                       {"th", 256, false}, {"kn", 512, true},
                       // The plain scan takes a word's first two letters in one step: stems of
                       // one and two letters, prefix and exact, end inside that step.
                       {"x", 1024, false}, {"zz", 2048, true}};
constexpr quint32 kNonAscii = 1u << 20;

// The definition (StemTrie.h): a word is a run of letters (QChar::isLetter);
// a prefix stem matches a word whose leading ASCII letters start with it, an
// exact stem a word of ASCII letters equal to it, both without case; a word
// holding a letter outside ASCII adds the non-ASCII bits.
bool isLetter(char16_t c) { return QChar(c).isLetter(); }

quint32 reference(const std::u16string &s, int start, int end, quint32 record, QVector<int> *starts)
{
    quint32 mask = 0;
    int i = start;
    while (i < end) {
        if (!isLetter(s[size_t(i)])) {
            ++i;
            continue;
        }
        int e = i;
        while (e < end && isLetter(s[size_t(e)]))
            ++e;
        QString ascii; // the leading ASCII letters, lower-cased
        while (i + int(ascii.size()) < e && s[size_t(i) + size_t(ascii.size())] < 128)
            ascii += QChar(s[size_t(i) + size_t(ascii.size())]).toLower();
        const bool allAscii = int(ascii.size()) == e - i;
        quint32 word = allAscii ? 0 : kNonAscii;
        for (const Stem &st : kStems) {
            const QString stem = QString::fromLatin1(st.letters);
            if (st.exact ? (allAscii && ascii == stem) : ascii.startsWith(stem))
                word |= st.bits;
        }
        mask |= word;
        if (word & record)
            starts->append(i);
        i = e;
    }
    return mask;
}
} // namespace

class TestStemTrie : public QObject {
    Q_OBJECT
private slots:
    void sameAsDefinition();
};

void TestStemTrie::sameAsDefinition()
{
    StemTrie trie;
    for (const Stem &st : kStems)
        trie.add(st.letters, st.bits, st.exact);
    trie.setNonAsciiLetterBits(kNonAscii);
    const char16_t pieces[][10] = {u"fire", u"fired", u"Fired", u"the", u"THE", u"then", u"launches", u"km",
                                  u"sea", u"a", u"A", u"missile", u"th", u"kn", u"KN", u"x", u"zz",
                                  u" ", u"  ", u",", u".", u"-", u"23", u"\u2019", u"\u201C", u"\u2014",
                                  u"\u00E9", u"th\u00E9", u"\u00C9a", u"\n", u"(", u"fi", u"\u2041", u"\u2061", u"\u2066"};
    std::mt19937 rng(5);
    int recorded = 0, subsetRecorded = 0;
    for (int round = 0; round < 20000; ++round) {
        std::u16string s;
        const int parts = int(rng() % 24);
        for (int k = 0; k < parts; ++k)
            s += pieces[rng() % std::size(pieces)];
        const int n = int(s.size());
        const int start = n == 0 ? 0 : int(rng() % (n + 1));
        const int end = start + (n - start == 0 ? 0 : int(rng() % (n - start + 1)));
        const quint32 record = 1 | 8 | 128;
        QVector<int> expectedStarts;
        const quint32 expected = reference(s, start, end, record, &expectedStarts);
        StemTrie::Starts got;
        const QChar *text = reinterpret_cast<const QChar *>(s.data());
        const quint32 bits = trie.scan(text, start, end, record, &got);
        const QString shown = QString::fromStdU16String(s.substr(size_t(start), size_t(end - start)));
        QVERIFY2(bits == expected, qPrintable(QStringLiteral("'%1': %2 != %3").arg(shown).arg(bits).arg(expected)));
        QVERIFY2(trie.scan(text, start, end) == expected, qPrintable(shown));
        QCOMPARE(QVector<int>(got.begin(), got.end()), expectedStarts);
        recorded += int(got.size());
        // The second list of the same pass: the recorded words that also meet `subset`.
        const quint32 subset = 1 | 8;
        QVector<int> expectedSubset;
        reference(s, start, end, subset, &expectedSubset);
        StemTrie::Starts all, some;
        QCOMPARE(trie.scan(text, start, end, record, &all, subset, &some), expected);
        QCOMPARE(QVector<int>(all.begin(), all.end()), expectedStarts);
        QCOMPARE(QVector<int>(some.begin(), some.end()), expectedSubset);
        subsetRecorded += int(some.size());
    }
    QVERIFY(recorded > 1000);
    QVERIFY2(subsetRecorded > 500, qPrintable(QString::number(subsetRecorded)));
}

QTEST_GUILESS_MAIN(TestStemTrie)
#include "tst_stemtrie.moc"
