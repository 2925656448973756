#pragma once
// Unicode character properties as the Rust `tokenizers` crate sees them (std char methods and the
// unicode_categories crate), answered from utf8proc. Unicode-version differences between utf8proc
// and the Rust crates can only matter for characters assigned in recent Unicode versions.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace el::tok {

// Rust char::is_whitespace (the White_Space property).
bool isWhitespace(char32_t c);
// Rust `char::is_numeric` (Nd, Nl, No).
bool isNumeric(char32_t c);
// unicode_categories is_punctuation (any P* category).
bool isPunctuation(char32_t c);
// ASCII punctuation or any P* category (tokenizers pre_tokenizers/bert.rs is_bert_punc).
bool isBertPunctuation(char32_t c);
// unicode_categories is_other: Cc, Cf, Co (not Cn, not Cs).
bool isOtherCategory(char32_t c);
// Mn category (nonspacing mark), as tested by BertNormalizer after NFD.
bool isMarkNonspacing(char32_t c);
// Mn, Mc or Me (unicode-normalization-alignments is_combining_mark, used by StripAccents).
bool isCombiningMark(char32_t c);
// The Rust regex crate's \w: Alphabetic, M*, Nd, Pc, Join_Control (used where tokenizers uses that
// crate: the Whitespace pre-tokenizer and the single_word check of added tokens).
bool isRegexWordChar(char32_t c);
// CJK ideograph ranges of tokenizers normalizers/bert.rs is_chinese_char.
bool isChineseChar(char32_t c);

int combiningClass(char32_t c);
// Full (recursive) canonical or compatibility decomposition of one code point, without reordering.
void decompose(char32_t c, bool compat, std::u32string& out);
// Canonical composition of a pair (Hangul included); 0 when the pair does not compose.
char32_t compose(char32_t a, char32_t b);
// Rust char::to_lowercase: the full lowercase mapping without context (U+0130 -> "i\u0307").
void appendLowercase(char32_t c, std::u32string& out);

// Byte offsets of extended grapheme cluster boundaries of a valid UTF-8 string, including 0 and
// s.size() (empty input gives {0}).
std::vector<size_t> graphemeBoundaries(std::string_view s);

} // namespace el::tok
