#pragma once
// ASCII character classes, tested without Unicode property lookups: the words
// and numbers the extractors match are English and ASCII, and QChar's Unicode
// tables made every scan several times slower. One definition for all the
// readers, so that a file cannot drift from the others (and so that files can
// be compiled together in a unity build without clashing local copies).
namespace atlas {

// a-z or A-Z: one subtraction and one compare after folding the case bit.
constexpr bool isAsciiLetter(char16_t u) { return char16_t((u | 0x20) - 'a') < 26; }

constexpr bool isAsciiDigit(char16_t u) { return char16_t(u - '0') < 10; }

// PCRE's [\w-] without Unicode properties: ASCII letters, digits, '_' and '-'.
constexpr bool isAsciiWordOrHyphen(char16_t c)
{
    const char16_t lower = c | 0x20;
    return c < 128 && ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
}

} // namespace atlas
