#pragma once
// UTF-8 helpers shared by the tokenizer pipeline. Strings inside the pipeline are always valid UTF-8
// (input is sanitised once by sanitizeUtf8), so the decoders here do not re-validate.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace el::tok {

// Number of bytes of the UTF-8 sequence that starts with lead byte b (1 for stray bytes).
inline size_t utf8SeqLen(unsigned char b)
{
    if (b < 0x80) return 1;
    if (b >= 0xF0) return 4;
    if (b >= 0xE0) return 3;
    if (b >= 0xC0) return 2;
    return 1;
}

inline size_t utf8Len(char32_t c)
{
    if (c < 0x80) return 1;
    if (c < 0x800) return 2;
    if (c < 0x10000) return 3;
    return 4;
}

// Decodes the (valid) code point starting at byte i; *len receives its byte length.
inline char32_t decodeUtf8(std::string_view s, size_t i, size_t* len)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        *len = 1;
        return b0;
    }
    const size_t n = utf8SeqLen(b0);
    *len = n;
    char32_t c = n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return c;
}

inline void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

inline std::string toUtf8(char32_t c)
{
    std::string s;
    appendUtf8(s, c);
    return s;
}

// Code points of a valid UTF-8 string.
std::u32string toCodePoints(std::string_view s);
size_t codePointCount(std::string_view s);

// Replaces every ill-formed subsequence by U+FFFD (one per maximal subpart, as Python's
// bytes.decode(errors="replace") and the Unicode recommendation do). Valid input is returned as is.
std::string sanitizeUtf8(std::string_view in);

// For a valid UTF-8 string: index i (byte) -> code point index of the char containing byte i.
// The vector has s.size() + 1 entries; the last maps the end to the code point count.
std::vector<uint32_t> byteToCharIndex(std::string_view s);

} // namespace el::tok
