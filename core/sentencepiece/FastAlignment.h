#pragma once
// Exact fast-tokenizer offsets for the pieces sentencepiece produced. The fast tokenizer that
// AutoTokenizer builds for these folders (transformers convert_slow_tokenizer.py: SpmConverter /
// DebertaV2Converter / AlbertConverter) normalizes with Precompiled(charsmap) + Strip + Replace(" {2,}")
// and pre-tokenizes with [Punctuation] + Metaspace; its offsets follow the alignment rules of that
// chain. This class runs the same chain (the engine's mirror of huggingface/tokenizers, core/tokenizers)
// over the text sentencepiece saw, lays the sentencepiece pieces over the resulting pre-tokens and,
// when they spell the same string, takes each piece's offsets from there. When they do not (the
// slow and fast normalizations disagree, §3.9 of the encoder specs), assign() leaves the tokens
// alone and the heuristics of FastOffsets.h apply. Internal header.

#include "sentencepiece/AlignedText.h"
#include "sentencepiece/FastOffsets.h"
#include "sentencepiece/SlowSpmConfig.h"

#include <memory>
#include <string>

namespace el::tok {
class Normalizer;
class PreTokenizer;
} // namespace el::tok

namespace el::spm {

class FastAlignment
{
public:
    // charsmap: the model's precompiled_charsmap (may be empty). The slow preprocessing that the
    // tokenizer already applied (lowercasing, ALBERT's NFKD / quote replacement) is left out of the chain.
    FastAlignment(Flavor flavor, const std::string& charsmap, bool splitByPunct);
    ~FastAlignment();
    FastAlignment(FastAlignment&&) noexcept;
    FastAlignment& operator=(FastAlignment&&) noexcept;

    // text: what the fast pipeline would normalize (one segment between added tokens, after the slow
    // preprocessing); tokens[0, count): the pieces sentencepiece produced for it, in order. On success
    // sets every token's range and exactOffsets, and returns true.
    bool assign(const AlignedText& text, SlowToken* tokens, size_t count) const;

private:
    std::unique_ptr<tok::Normalizer> m_normalizer;
    std::unique_ptr<tok::PreTokenizer> m_preTokenizer;
};

} // namespace el::spm
