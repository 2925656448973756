#pragma once
// The Hugging Face tokenizer pipeline (huggingface/tokenizers tokenizer/mod.rs Tokenizer::encode):
// added-token extraction and normalisation -> pre-tokenisation -> model -> truncation -> post-
// processing, with offsets in code points of the original text. Immutable after construction;
// encode() and trace() are safe to call from several threads at once.

#include "Tokenizer.h"
#include "tokenizers/AddedVocabulary.h"
#include "tokenizers/Normalizer.h"
#include "tokenizers/PostProcessors.h"
#include "tokenizers/PreTokenizer.h"
#include "tokenizers/TokenModel.h"

#include <memory>
#include <string>
#include <vector>

namespace el::tok {

class HfTokenizer : public Tokenizer
{
public:
    struct Parts
    {
        std::unique_ptr<Normalizer> normalizer;     // may be null
        std::unique_ptr<PreTokenizer> preTokenizer; // may be null
        std::unique_ptr<TokenModel> model;          // required
        std::unique_ptr<PostProcessor> postProcessor; // may be null
        std::vector<AddedToken> addedTokens;
        std::string source; // "tokenizer.json", "vocab.txt", ... (for kind())
    };

    explicit HfTokenizer(Parts parts);

    Encoding encode(std::string_view text, std::optional<std::string_view> pair,
                    const TruncationOptions& trunc) const override;
    TokenizationTrace trace(std::string_view text) const override;
    int64_t vocabSize() const override;
    std::optional<int64_t> tokenToId(const std::string& token) const override;
    std::string idToToken(int64_t id) const override;
    std::string kind() const override;
    int64_t numSpecialTokens(bool pair) const override;

    const TokenModel& model() const { return *m_model; }

private:
    Encoding encodeSequence(std::string_view text, int64_t typeId) const;

    std::unique_ptr<Normalizer> m_normalizer;
    std::unique_ptr<PreTokenizer> m_preTokenizer;
    std::unique_ptr<TokenModel> m_model;
    std::unique_ptr<PostProcessor> m_postProcessor;
    AddedVocabulary m_added;
    std::string m_source;
};

} // namespace el::tok
