#include "sentencepiece/AlignedText.h"

#include "tokenizers/Unicode.h"
#include "tokenizers/Utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace el::spm {

bool isPythonSpace(char32_t c)
{
    // CPython's _PyUnicode_IsWhitespace: bidirectional class WS, B or S, or category Zs.
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
    case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
    case 0x85: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isPythonDigit(char32_t c)
{
    if (c < 0x80) return c >= '0' && c <= '9';
    if (utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND) return true;
    // Numeric_Type=Digit (not Decimal): superscripts, subscripts, circled digits, ...
    static constexpr std::pair<char32_t, char32_t> kDigit[] = {
        {0xB2, 0xB3}, {0xB9, 0xB9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070},
        {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490},
        {0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788},
        {0x278A, 0x2792}, {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1E8C7, 0x1E8CF},
        {0x1F100, 0x1F10A}};
    for (const auto& [lo, hi] : kDigit)
        if (c >= lo && c <= hi) return true;
    return false;
}

AlignedText AlignedText::fromUtf8(std::string_view utf8)
{
    AlignedText t;
    t.m_chars = tok::toCodePoints(utf8);
    t.m_align.resize(t.m_chars.size());
    for (size_t i = 0; i < t.m_chars.size(); ++i)
        t.m_align[i] = {static_cast<int64_t>(i), static_cast<int64_t>(i) + 1};
    return t;
}

AlignedText AlignedText::slice(size_t begin, size_t end) const
{
    AlignedText t;
    t.m_chars = m_chars.substr(begin, end - begin);
    t.m_align.assign(m_align.begin() + static_cast<std::ptrdiff_t>(begin),
                     m_align.begin() + static_cast<std::ptrdiff_t>(end));
    return t;
}

void AlignedText::append(const AlignedText& other)
{
    m_chars += other.m_chars;
    m_align.insert(m_align.end(), other.m_align.begin(), other.m_align.end());
}

void AlignedText::push(char32_t c, Range r)
{
    m_chars.push_back(c);
    m_align.push_back(r);
}

AlignedText::Range AlignedText::originalRange(size_t begin, size_t end) const
{
    if (m_align.empty()) return {0, 0};
    if (begin >= end) {
        const int64_t at = begin < m_align.size() ? m_align[begin].first : m_align.back().second;
        return {at, at};
    }
    int64_t lo = m_align[begin].first, hi = m_align[begin].second;
    for (size_t i = begin + 1; i < end; ++i) {
        lo = std::min(lo, m_align[i].first);
        hi = std::max(hi, m_align[i].second);
    }
    return {lo, hi};
}

AlignedText AlignedText::lowerPerChar() const
{
    AlignedText t;
    std::u32string lower;
    for (size_t i = 0; i < m_chars.size(); ++i) {
        lower.clear();
        tok::appendLowercase(m_chars[i], lower);
        for (char32_t c : lower) t.push(c, m_align[i]);
    }
    return t;
}

AlignedText AlignedText::collapseWhitespace() const
{
    AlignedText t;
    size_t i = 0;
    const size_t n = m_chars.size();
    while (i < n) {
        if (!isPythonSpace(m_chars[i])) {
            t.push(m_chars[i], m_align[i]);
            ++i;
            continue;
        }
        size_t j = i;
        while (j < n && isPythonSpace(m_chars[j])) ++j;
        if (i > 0 && j < n) t.push(U' ', originalRange(i, j)); // inner run -> one space
        i = j;
    }
    return t;
}

AlignedText AlignedText::replacePair(char32_t a, char32_t b, char32_t to) const
{
    AlignedText t;
    for (size_t i = 0; i < m_chars.size(); ++i) {
        if (i + 1 < m_chars.size() && m_chars[i] == a && m_chars[i + 1] == b) {
            t.push(to, m_align[i + 1]); // like tokenizers' Replace: aligned to the match's last char
            ++i;
        } else {
            t.push(m_chars[i], m_align[i]);
        }
    }
    return t;
}

AlignedText AlignedText::nfkdStripCombining() const
{
    AlignedText t;
    std::u32string decomposed;
    for (size_t i = 0; i < m_chars.size(); ++i) {
        decomposed.clear();
        tok::decompose(m_chars[i], /*compat=*/true, decomposed);
        for (char32_t c : decomposed)
            if (tok::combiningClass(c) == 0) t.push(c, m_align[i]);
    }
    return t;
}

AlignedText AlignedText::lstrip() const
{
    size_t b = 0;
    while (b < m_chars.size() && isPythonSpace(m_chars[b])) ++b;
    return slice(b, m_chars.size());
}

AlignedText AlignedText::rstrip() const
{
    size_t e = m_chars.size();
    while (e > 0 && isPythonSpace(m_chars[e - 1])) --e;
    return slice(0, e);
}

std::string AlignedText::utf8() const
{
    std::string s;
    for (char32_t c : m_chars) tok::appendUtf8(s, c);
    return s;
}

std::string AlignedText::utf8(std::vector<uint32_t>* byteToChar) const
{
    std::string s;
    byteToChar->clear();
    for (size_t i = 0; i < m_chars.size(); ++i) {
        tok::appendUtf8(s, m_chars[i]);
        byteToChar->resize(s.size(), static_cast<uint32_t>(i));
    }
    byteToChar->push_back(static_cast<uint32_t>(m_chars.size()));
    return s;
}

} // namespace el::spm
