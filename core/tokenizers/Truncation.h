#pragma once
// Truncation of the per-sequence encodings before special tokens are added, mirroring
// huggingface/tokenizers utils/truncation.rs (truncate_encodings, strategy LongestFirst, no stride)
// and Encoding::truncate (tokenizer/encoding.rs).

#include "Encoding.h"

#include <cstddef>
#include <utility>

namespace el::tok {

// Keeps the first (or, fromLeft, the last) maxLength tokens.
void truncateEncoding(Encoding& e, size_t maxLength, bool fromLeft);

// LongestFirst target lengths for a pair of lengths n1, n2 that must fit maxLength (assumes
// n1 + n2 > maxLength > 0).
std::pair<size_t, size_t> longestFirstLengths(size_t n1, size_t n2, size_t maxLength);

// truncate_encodings(): `pair` may be null.
void truncateEncodings(Encoding& first, Encoding* pair, size_t maxLength, bool fromLeft);

} // namespace el::tok
