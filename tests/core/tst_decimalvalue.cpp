// launch::decimalValue reads digit runs by hand (Clinger's fast path) where
// QuantityParser used QStringView::toDouble: every value, bit for bit, and the
// ok flag must be Qt's, on random runs of digits with and without a point,
// long ones (past the fast path) and malformed ones included.
#include "extract/launch/DecimalValue.h"

#include <QTest>

#include <cstring>
#include <random>

using namespace atlas;

class TestDecimalValue : public QObject {
    Q_OBJECT
private slots:
    void sameAsToDouble();
};

void TestDecimalValue::sameAsToDouble()
{
    std::mt19937 rng(5);
    int fast = 0;
    for (int round = 0; round < 200000; ++round) {
        QString s;
        const int n = 1 + int(rng() % (round % 5 == 0 ? 24 : 12));
        const int point = rng() % 2 ? int(rng() % (n + 1)) : -1;
        for (int k = 0; k < n; ++k) {
            if (k == point)
                s += QLatin1Char('.');
            else if (rng() % 50 == 0)
                s += QLatin1Char("x.,- "[rng() % 5]);
            else
                s += QLatin1Char(char('0' + rng() % 10));
        }
        bool okQt = false, okFast = false;
        const double qt = QStringView(s).toDouble(&okQt);
        const double mine = launch::decimalValue(QStringView(s), &okFast);
        QVERIFY2(okQt == okFast, qPrintable(s));
        if (okQt) {
            QVERIFY2(std::memcmp(&qt, &mine, sizeof qt) == 0, qPrintable(s));
            fast += s.size() <= 16;
        }
    }
    QVERIFY(fast > 100000);
}

QTEST_GUILESS_MAIN(TestDecimalValue)
#include "tst_decimalvalue.moc"
