#pragma once
// Bytes to text, deciding the encoding the way a careful reader would:
//
//   1. a byte-order mark wins: UTF-8, UTF-16 LE/BE or UTF-32 LE/BE;
//   2. otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
//   3. otherwise Windows-1252. Every byte has a meaning there, so the fallback
//      never fails; a mis-encoded article is read with a few odd characters
//      rather than refused, and Article::encoding says what was assumed.
//
// Binary content (NUL bytes without a UTF-16/32 BOM, known file signatures such
// as PDF, ZIP, PNG, or text that is mostly control characters) is refused with
// a reason a user can act on.
#include <QByteArray>
#include <QString>

namespace atlas {

struct DecodedText {
    QString text;      // BOM removed; line ends untouched
    QString encoding;  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Windows-1252"
    QString problem;   // set when the bytes are not text: why, in plain words

    bool ok() const { return problem.isEmpty(); }
};

class TextDecoder {
public:
    static DecodedText decode(const QByteArray &bytes);

    // Windows-1252 to Unicode. The five bytes the code page leaves undefined
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value,
    // as the WHATWG encoding standard does.
    static QString fromWindows1252(const QByteArray &bytes);

    // A name for well-known binary formats by their first bytes ("a PDF
    // document"), or empty when the signature is not one we know.
    static QString binarySignature(const QByteArray &bytes);

    static bool isValidUtf8(const char *data, qsizetype size);
};

} // namespace atlas
