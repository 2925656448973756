#pragma once
// Text that remembers where each of its characters came from in the original input, for the
// Python-side preprocessing of the slow sentencepiece tokenizers (transformers
// tokenization_utils.py, tokenization_albert.py, tokenization_deberta_v2.py). Every operation
// mirrors the Python string operation it names, so the text handed to sentencepiece is the one the
// slow tokenizer would hand it, and offsets can be mapped back to the original code points.
// Internal header.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace el::spm {

class AlignedText
{
public:
    using Range = std::pair<int64_t, int64_t>; // [start, end) in original code points

    AlignedText() = default;
    // From (valid) UTF-8; character i is aligned to original code point i.
    static AlignedText fromUtf8(std::string_view utf8);

    size_t size() const { return m_chars.size(); }
    bool empty() const { return m_chars.empty(); }
    char32_t operator[](size_t i) const { return m_chars[i]; }
    const std::u32string& chars() const { return m_chars; }
    Range align(size_t i) const { return m_align[i]; }

    AlignedText slice(size_t begin, size_t end) const;
    void append(const AlignedText& other);
    void push(char32_t c, Range r);

    // The original range covered by characters [begin, end); an empty span maps to an empty range at
    // the position of character begin (or the end of the last character).
    Range originalRange(size_t begin, size_t end) const;

    // str.lower() applied one character at a time (what tokenize() does for do_lower_case
    // tokenizers, see lowercaseKeeping): full lowercase mapping, no Final_Sigma context.
    AlignedText lowerPerChar() const;
    // " ".join(s.split()): whitespace runs collapse to one space aligned to the run, ends trimmed.
    AlignedText collapseWhitespace() const;
    // s.replace(from, to) for two-character `from` and a single-character `to`; the replacement is
    // aligned to the second character, as the fast tokenizers' Replace normalizer aligns it.
    AlignedText replacePair(char32_t a, char32_t b, char32_t to) const;
    // unicodedata.normalize("NFKD", s) then drop every char with a non-zero combining class
    // (ALBERT keep_accents=False). Reordering is unnecessary: only class-0 chars survive.
    AlignedText nfkdStripCombining() const;
    // s.strip() / s.lstrip() / s.rstrip() with Python's whitespace.
    AlignedText lstrip() const;
    AlignedText rstrip() const;

    std::string utf8() const;
    // UTF-8 plus the index of the character each byte belongs to (size = bytes + 1).
    std::string utf8(std::vector<uint32_t>* byteToChar) const;

private:
    std::u32string m_chars;
    std::vector<Range> m_align;
};

// Python str.isspace().
bool isPythonSpace(char32_t c);
// Python str.isdigit() (Numeric_Type Decimal or Digit; the Digit-only ranges are listed by hand).
bool isPythonDigit(char32_t c);

} // namespace el::spm
