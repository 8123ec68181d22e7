#include "extract/reaction/ScareQuotes.h"

#include "extract/CharScan.h"

namespace atlas::reaction {
namespace {

constexpr int kMaxWords = 4;
constexpr int kMaxChars = 48;

bool isOpening(QChar c) { return c == u'"' || c == QChar(0x201C); }
bool isClosing(QChar c) { return c == u'"' || c == QChar(0x201D); }

} // namespace

QString withoutShortQuotationMarks(const QString &sentence)
{
    // The opening marks are found eight code units at a time (SSE2): most
    // sentences hold none, and the rest only a few.
    const char16_t *d = reinterpret_cast<const char16_t *>(sentence.utf16());
    const qsizetype n = sentence.size();
    QString out;
    for (int i = int(findAnyOf(d, 0, n, {u'"', char16_t(0x201C)})); i < n;
         i = int(findAnyOf(d, i + 1, n, {u'"', char16_t(0x201C)}))) {
        if (i + 1 >= n || !sentence[i + 1].isLetter())
            continue;
        if (i > 0 && sentence[i - 1].isLetterOrNumber())
            continue; // a closing mark glued to its word, not an opening one
        int words = 0;
        bool inWord = false;
        int close = -1;
        for (int j = i + 1; j < sentence.size() && j - i <= kMaxChars; ++j) {
            const QChar c = sentence[j];
            if (isClosing(c)) {
                close = j;
                break;
            }
            if (isOpening(c))
                break;
            const bool letter = c.isLetterOrNumber();
            if (letter && !inWord)
                ++words;
            inWord = letter;
        }
        if (close < 0 || words == 0 || words > kMaxWords)
            continue;
        if (out.isEmpty())
            out = sentence;
        out[i] = u' ';
        out[close] = u' ';
        i = close;
    }
    return out.isEmpty() ? sentence : out;
}

} // namespace atlas::reaction
