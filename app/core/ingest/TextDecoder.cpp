#include "ingest/TextDecoder.h"

#include <QStringDecoder>

namespace atlas {

namespace {
bool startsWith(const QByteArray &bytes, const char *prefix, int n)
{
    return bytes.size() >= n && memcmp(bytes.constData(), prefix, size_t(n)) == 0;
}

QString decodeWith(QStringDecoder::Encoding encoding, const QByteArray &bytes, int bomSize,
                   bool *error)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes.constData() + bomSize, bytes.size() - bomSize));
    *error = decoder.hasError();
    return text;
}

// Text that is mostly control characters is not an article, whatever its encoding
// claims. Tab, line feed, form feed and carriage return are ordinary in text.
QString controlCharacterProblem(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return QStringLiteral("the file is binary, not text (it holds NUL characters)");
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v')
            || (u >= 0x7F && u < 0xA0))
            ++controls;
    }
    // One control character in fifty is already far more than any article holds.
    if (controls > 0 && controls * 50 > text.size())
        return QStringLiteral("the file is binary, not text (%1% control characters)")
            .arg(controls * 100 / qMax<qsizetype>(1, text.size()));
    return {};
}
} // namespace

bool TextDecoder::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Fast path over ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 chunk;
            memcpy(&chunk, p, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        char32_t min;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1; min = 0x80; cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2; min = 0x800; cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3; min = 0x10000; cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
    };
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString TextDecoder::binarySignature(const QByteArray &bytes)
{
    struct Magic {
        const char *bytes;
        int size;
        const char *name;
    };
    static const Magic magics[] = {
        {"%PDF-", 5, "a PDF document"},
        {"PK\x03\x04", 4, "a ZIP archive (or a Word/OpenDocument file)"},
        {"\x89PNG", 4, "a PNG image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"GIF8", 4, "a GIF image"},
        {"\x7F" "ELF", 4, "a program (ELF executable)"},
        {"\x1F\x8B", 2, "a gzip archive"},
        {"\xD0\xCF\x11\xE0", 4, "an old Microsoft Office document"},
        {"{\\rtf", 5, "an RTF document"},
        {"SQLite format 3", 15, "an SQLite database"},
    };
    for (const Magic &m : magics) {
        if (startsWith(bytes, m.bytes, m.size))
            return QString::fromLatin1(m.name);
    }
    return {};
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText out;
    bool error = false;
    // BOMs first: UTF-32 LE starts like UTF-16 LE, so it is tested before it.
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        out.text = decodeWith(QStringDecoder::Utf8, bytes, 3, &error);
        out.encoding = QStringLiteral("UTF-8 (BOM)");
        if (error) {
            // A BOM in front of invalid UTF-8: the BOM lied; read the rest as 1252.
            out.text = fromWindows1252(bytes.mid(3));
            out.encoding = QStringLiteral("Windows-1252");
        }
    } else if (startsWith(bytes, "\xFF\xFE\x00\x00", 4)) {
        out.text = decodeWith(QStringDecoder::Utf32LE, bytes, 4, &error);
        out.encoding = QStringLiteral("UTF-32LE");
    } else if (startsWith(bytes, "\x00\x00\xFE\xFF", 4)) {
        out.text = decodeWith(QStringDecoder::Utf32BE, bytes, 4, &error);
        out.encoding = QStringLiteral("UTF-32BE");
    } else if (startsWith(bytes, "\xFF\xFE", 2)) {
        out.text = decodeWith(QStringDecoder::Utf16LE, bytes, 2, &error);
        out.encoding = QStringLiteral("UTF-16LE");
    } else if (startsWith(bytes, "\xFE\xFF", 2)) {
        out.text = decodeWith(QStringDecoder::Utf16BE, bytes, 2, &error);
        out.encoding = QStringLiteral("UTF-16BE");
    } else {
        const QString signature = binarySignature(bytes);
        if (!signature.isEmpty()) {
            out.problem = QStringLiteral("the file is %1, not a text article").arg(signature);
            return out;
        }
        if (bytes.contains('\0')) {
            out.problem = QStringLiteral("the file is binary, not text (it holds NUL bytes)");
            return out;
        }
        if (isValidUtf8(bytes.constData(), bytes.size())) {
            out.text = QString::fromUtf8(bytes);
            out.encoding = QStringLiteral("UTF-8");
        } else {
            out.text = fromWindows1252(bytes);
            out.encoding = QStringLiteral("Windows-1252");
        }
    }
    if (error) {
        out.problem = QStringLiteral("the file says it is %1 but its bytes are not").arg(out.encoding);
        out.text.clear();
        return out;
    }
    out.problem = controlCharacterProblem(out.text);
    if (!out.ok())
        out.text.clear();
    return out;
}

} // namespace atlas
