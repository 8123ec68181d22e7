#pragma once
// The value of a run of ASCII digits with at most one '.' ("1100", "2.5",
// "6912.4"), as QStringView::toDouble gives it, without Qt's locale-aware
// parser (about 800 instructions a number; QuantityParser reads one before every
// unit word). Exact: with at most 15 digits the digits are an integer below
// 2^53 (exact as a double) and 10^k, k <= 22, is exact too, so one IEEE division
// rounds the quotient correctly, as a correctly rounded parser does (Clinger's
// fast path). Anything else goes to Qt.
#include <QStringView>

namespace atlas::launch {

inline double decimalValue(QStringView s, bool *ok)
{
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const qsizetype n = s.size();
    const char16_t *d = s.utf16();
    qint64 mantissa = 0;
    int digits = 0;
    int fraction = -1; // digits after the point, -1 before one
    bool fast = n > 0 && n <= 16;
    for (qsizetype i = 0; fast && i < n; ++i) {
        const char16_t c = d[i];
        if (c >= u'0' && c <= u'9') {
            mantissa = mantissa * 10 + (c - u'0');
            ++digits;
            if (fraction >= 0)
                ++fraction;
        } else if (c == u'.' && fraction < 0 && i > 0 && i + 1 < n) {
            fraction = 0;
        } else {
            fast = false;
        }
    }
    if (!fast || digits > 15)
        return s.toDouble(ok);
    *ok = true;
    return fraction > 0 ? double(mantissa) / kPow10[fraction] : double(mantissa);
}

} // namespace atlas::launch
