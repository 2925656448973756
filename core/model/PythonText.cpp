#include "PythonText.h"

#include <utf8proc.h>

#include <vector>

namespace el {

namespace {

std::u32string decode(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        utf8proc_ssize_t(s.size() - i), &cp);
        if (n <= 0 || cp < 0) {
            out.push_back(0xFFFD);
            i += 1;
        } else {
            out.push_back(char32_t(cp));
            i += size_t(n);
        }
    }
    return out;
}

std::string encode(std::u32string_view cps)
{
    std::string out;
    out.reserve(cps.size());
    utf8proc_uint8_t buf[4];
    for (char32_t c : cps) {
        const auto n = utf8proc_encode_char(utf8proc_int32_t(c), buf);
        out.append(reinterpret_cast<const char*>(buf), size_t(n));
    }
    return out;
}

// CPython _PyUnicode_IsCased: Lowercase or Uppercase property, or titlecase letter.
bool isCased(char32_t c)
{
    const auto cat = utf8proc_category(utf8proc_int32_t(c));
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT) return true;
    return utf8proc_tolower(utf8proc_int32_t(c)) != utf8proc_int32_t(c) ||
           utf8proc_toupper(utf8proc_int32_t(c)) != utf8proc_int32_t(c);
}

// CPython _PyUnicode_IsCaseIgnorable: Mn, Me, Cf, Lm, Sk or Word_Break MidLetter/MidNumLet/Single_Quote.
bool isCaseIgnorable(char32_t c)
{
    switch (utf8proc_category(utf8proc_int32_t(c))) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK: return true;
    default: break;
    }
    switch (c) {
    case 0x0027: case 0x002E: case 0x003A: case 0x00B7: case 0x0387: case 0x055F: case 0x05F4:
    case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55:
    case 0xFF07: case 0xFF0E: case 0xFF1A: return true;
    default: return false;
    }
}

// CPython handle_capital_sigma: final form when preceded by cased (skipping case-ignorables) and
// not followed by cased (skipping case-ignorables).
bool isFinalSigma(const std::u32string& s, size_t i)
{
    size_t j = i;
    bool before = false;
    while (j > 0) {
        const char32_t c = s[--j];
        if (isCaseIgnorable(c)) continue;
        before = isCased(c);
        break;
    }
    if (!before) return false;
    for (size_t k = i + 1; k < s.size(); ++k) {
        if (isCaseIgnorable(s[k])) continue;
        return !isCased(s[k]);
    }
    return true;
}

} // namespace

bool pythonIsSpace(char32_t c)
{
    // Characters with bidi class WS, B or S, or category Zs (CPython _PyUnicode_IsWhitespace).
    if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) return true;
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default: return c >= 0x2000 && c <= 0x200A;
    }
}

std::string pythonStrip(std::string_view utf8)
{
    const std::u32string cps = decode(utf8);
    size_t begin = 0;
    size_t end = cps.size();
    while (begin < end && pythonIsSpace(cps[begin])) ++begin;
    while (end > begin && pythonIsSpace(cps[end - 1])) --end;
    return encode(std::u32string_view(cps).substr(begin, end - begin));
}

std::string pythonLower(std::string_view utf8)
{
    const std::u32string cps = decode(utf8);
    std::u32string out;
    out.reserve(cps.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c == 0x0130) { // SpecialCasing.txt: the only unconditional multi-character lowercase
            out.push_back(0x0069);
            out.push_back(0x0307);
        } else if (c == 0x03A3) {
            out.push_back(isFinalSigma(cps, i) ? 0x03C2 : 0x03C3);
        } else {
            out.push_back(char32_t(utf8proc_tolower(utf8proc_int32_t(c))));
        }
    }
    return encode(out);
}

size_t pythonLength(std::string_view utf8)
{
    return decode(utf8).size();
}

} // namespace el
