#pragma once
// Unicode membership tables pinned to what huggingface/tokenizers' Rust crates know: utf8proc is
// newer, and parity needs theirs.
// - UnicodeCategoryTables.cpp (gen_category_tables.py): the unicode_categories crate's Mn, P* and
//   Cc/Cf/Co sets (Unicode 8.0 data) and the combining marks of StripAccents (Unicode 9.0), read
//   back from the reference library.
// - UnicodeNormalizationTables.cpp (gen_normalization_table.pl): code points with a combining class
//   or a decomposition in Unicode 9.0, the data of unicode-normalization-alignments.

#include <cstddef>

namespace el::tok {

struct CodePointRange
{
    char32_t first;
    char32_t last;
};

extern const CodePointRange kRustMarkNonspacing[];
extern const size_t kRustMarkNonspacingCount;
extern const CodePointRange kRustCombiningMark[];
extern const size_t kRustCombiningMarkCount;
extern const CodePointRange kRustPunctuation[];
extern const size_t kRustPunctuationCount;
extern const CodePointRange kRustOther[];
extern const size_t kRustOtherCount;
extern const CodePointRange kNormalizationV9Ranges[];
extern const size_t kNormalizationV9RangeCount;

bool inRanges(const CodePointRange* ranges, size_t count, char32_t c);

} // namespace el::tok
