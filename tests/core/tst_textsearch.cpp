// indexOfText (reaction/TextSearch.h) finds a name eight code units a step: it
// must answer what QStringView::indexOf does for every text, needle and start,
// including matches at the very end, needles longer than the text, units that
// agree in their low byte only (U+014C against 'L'), and starts past the end.
#include "extract/reaction/TextSearch.h"

#include <QTest>
#include <random>

using namespace atlas::reaction;

class TestTextSearch : public QObject {
    Q_OBJECT
private slots:
    void againstQt()
    {
        const char16_t pool[] = {u'L', u'e', u' ', u'a', u'K', u'i', u'm', 0x14C, 0x165, 0x2019, 0xD800, u'.'};
        std::mt19937 rng(23112026);
        auto randomText = [&](int maxLen) {
            QString s;
            const int len = int(rng() % unsigned(maxLen + 1));
            for (int k = 0; k < len; ++k)
                s += QChar(pool[rng() % (sizeof(pool) / sizeof(pool[0]))]);
            return s;
        };
        for (int i = 0; i < 200000; ++i) {
            const QString text = randomText(i % 4 ? 40 : 300);
            QString needle = randomText(i % 3 ? 4 : 9);
            if (rng() % 3 == 0 && !text.isEmpty()) {
                // A piece of the text itself, so that most searches find something.
                const int at = int(rng() % unsigned(text.size()));
                needle = text.mid(at, 1 + int(rng() % 8));
            }
            const qsizetype from = qsizetype(rng() % unsigned(text.size() + 3));
            QCOMPARE(indexOfText(text, needle, from), QStringView(text).indexOf(needle, from));
            QCOMPARE(containsText(text, needle), QStringView(text).contains(needle));
        }
    }
};

QTEST_APPLESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
