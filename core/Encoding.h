#pragma once
// The tokenizer's output for one text (or one text pair), mirroring a Hugging Face `Encoding`
// (huggingface/tokenizers tokenizer/encoding.rs).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace el {

struct Encoding
{
    std::vector<int64_t> ids;
    std::vector<std::string> tokens;          // UTF-8 piece strings as in the vocabulary
    // Per token [start, end) in Unicode code points of the original text the token came from
    // (text A or text B, see sequenceIds); special tokens get (0, 0) like Hugging Face.
    std::vector<std::pair<int64_t, int64_t>> offsets;
    std::vector<int64_t> typeIds;
    std::vector<int8_t> specialTokensMask;    // 1 for tokens added by the post-processor
    std::vector<int8_t> attentionMask;        // 1 everywhere (no padding in a single encoding)
    std::vector<int32_t> sequenceIds;         // 0 = text A, 1 = text B, -1 = special token
    std::vector<int64_t> wordIds;             // pre-token index within its sequence, -1 for special

    // Truncation report: how many tokens (before special tokens) the texts had and how many were
    // dropped to fit maxLength. truncated == (droppedTokens > 0).
    bool truncated = false;
    int64_t droppedTokens = 0;
    int64_t untruncatedLength = 0; // length the encoding would have had without truncation

    size_t size() const { return ids.size(); }
};

// Stage-by-stage view of the tokenization pipeline, for the tokenization inspector.
struct TokenizationTrace
{
    std::string normalized;                            // text A after the normalizer (UTF-8)
    std::vector<std::string> preTokens;                 // pre-token strings (normalized form)
    std::vector<std::pair<int64_t, int64_t>> preTokenOffsets; // code points in the original text
};

struct TruncationOptions
{
    int64_t maxLength = 0;   // total length including special tokens; 0 = no truncation
    bool fromLeft = false;   // truncate at the beginning instead of the end
};

} // namespace el
