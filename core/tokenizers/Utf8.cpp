#include "tokenizers/Utf8.h"

namespace el::tok {

std::u32string toCodePoints(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    size_t len = 0;
    for (size_t i = 0; i < s.size(); i += len) out.push_back(decodeUtf8(s, i, &len));
    return out;
}

size_t codePointCount(std::string_view s)
{
    size_t n = 0;
    for (unsigned char b : s) n += (b & 0xC0) != 0x80;
    return n;
}

namespace {

// Valid range of the second byte for a given lead byte (Unicode Table 3-7); 0 if b0 is no lead.
bool secondByteRange(unsigned char b0, unsigned char& lo, unsigned char& hi, size_t& n)
{
    lo = 0x80;
    hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
    else if (b0 == 0xE0) n = 3, lo = 0xA0;
    else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) n = 3;
    else if (b0 == 0xED) n = 3, hi = 0x9F;
    else if (b0 == 0xF0) n = 4, lo = 0x90;
    else if (b0 >= 0xF1 && b0 <= 0xF3) n = 4;
    else if (b0 == 0xF4) n = 4, hi = 0x8F;
    else return false;
    return true;
}

} // namespace

std::string sanitizeUtf8(std::string_view in)
{
    // Fast path: most input is valid.
    size_t i = 0;
    const size_t n = in.size();
    auto validAt = [&](size_t pos, size_t& len) {
        const auto b0 = static_cast<unsigned char>(in[pos]);
        if (b0 < 0x80) {
            len = 1;
            return true;
        }
        unsigned char lo, hi;
        size_t need;
        if (!secondByteRange(b0, lo, hi, need)) {
            len = 1;
            return false;
        }
        size_t k = 1;
        for (; k < need; ++k) {
            if (pos + k >= n) break;
            const auto b = static_cast<unsigned char>(in[pos + k]);
            const unsigned char l = k == 1 ? lo : 0x80;
            const unsigned char h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) break;
        }
        len = k; // a maximal subpart when invalid
        return k == need;
    };
    size_t len = 0;
    while (i < n && validAt(i, len)) i += len;
    if (i == n) return std::string(in);

    std::string out(in.substr(0, i));
    out.reserve(n + 8);
    while (i < n) {
        if (validAt(i, len)) {
            out.append(in.substr(i, len));
        } else {
            out.append("\xEF\xBF\xBD");
        }
        i += len;
    }
    return out;
}

std::vector<uint32_t> byteToCharIndex(std::string_view s)
{
    std::vector<uint32_t> map(s.size() + 1);
    uint32_t ci = 0;
    size_t i = 0;
    while (i < s.size()) {
        const size_t len = utf8SeqLen(static_cast<unsigned char>(s[i]));
        for (size_t k = 0; k < len && i + k < s.size(); ++k) map[i + k] = ci;
        i += len;
        ++ci;
    }
    map[s.size()] = ci;
    return map;
}

} // namespace el::tok
