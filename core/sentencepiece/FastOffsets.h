#pragma once
// Fallback offsets of the slow sentencepiece tokenizers, for tokens FastAlignment could not place:
// sentencepiece's surface spans, adjusted towards what the fast (Rust) tokenizers report for the
// same tokens. Sentencepiece gives each piece the byte span of its surface; the fast
// pipeline (Precompiled normalizer + Replace(" {2,}") + Metaspace, huggingface/tokenizers
// normalizers/precompiled.rs, pre_tokenizers/metaspace.rs) aligns characters differently:
//   - a "▁" made from a whitespace run covers only the run's last character; a "▁" that
//     sentencepiece prepended (dummy prefix) takes the whitespace just before the word when that
//     whitespace belongs to no other token, else the character it precedes;
//   - added tokens with lstrip / rstrip cover the whitespace they strip (SlowAddedTokens);
//   - a piece made only of an expansion's output (e.g. the "T" of "™" -> "TM") covers the whole
//     expanded character, where sentencepiece gives it to the last piece only;
//   - characters the normalizer deletes (controls, format characters) and combining marks composed
//     into the preceding letter do not extend a piece's span.
// These are approximations: sentencepiece does not report its character alignments, so a piece
// next to an expansion, a deleted character or a composed combining sequence can be off by a
// character or two. Internal header.

#include "sentencepiece/AlignedText.h"

#include <cstdint>
#include <string>
#include <vector>

namespace el::spm {

struct SlowToken
{
    int64_t id = 0;
    std::string piece;            // the slow tokenizer's token string (normalized piece)
    AlignedText::Range range;     // code points of the original text
    bool startsWord = false;
    bool added = false;           // an added / special token matched in the text
    bool emptySurface = false;    // sentencepiece reported an empty surface for this piece
    bool exactOffsets = false;    // range already set by FastAlignment
};

// Adjusts the tokens without exactOffsets.
void alignOffsetsLikeFast(std::vector<SlowToken>& tokens, const std::u32string& original);

} // namespace el::spm
