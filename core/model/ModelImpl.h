#pragma once
// The el::Model implementation: a sentence-transformers pipeline (SentenceTransformer.py) over an
// encoder from the registry. Internal header (ATen types).

#include "Model.h"
#include "config/ModelConfig.h"
#include "config/SentenceTransformerConfig.h"
#include "nn/SentencePooling.h"
#include "nn/SentenceStage.h"
#include "nn/TransformerEncoder.h"

#include <ATen/ATen.h>

#include <memory>
#include <vector>

namespace el {

class ModelImpl : public Model
{
public:
    static std::unique_ptr<ModelImpl> load(const std::filesystem::path& dir, const LoadOptions& options);

    const ModelInfo& info() const override { return m_info; }
    const Tokenizer& tokenizer() const override;
    Encoding tokenize(std::string_view text, std::optional<std::string_view> pair, int64_t maxLength) const override;
    Inspection inspect(std::string_view text, std::optional<std::string_view> pair, bool withAttentions,
                       int64_t maxLength) const override;
    Inspection inspectEncoding(const Encoding& encoding, bool withAttentions) const override;
    FloatArray embed(const std::vector<std::string>& texts, const EmbedOptions& options) const override;

    struct PaddedBatch
    {
        at::Tensor ids;     // [B, L] int64
        at::Tensor typeIds; // [B, L] int64
        at::Tensor mask;    // [B, L] int64, 1 = real token
    };
    // Right padding to the longest encoding with the pad id, type id 0 and mask 0, like the
    // tokenizer's padding=True.
    PaddedBatch pad(const std::vector<Encoding>& batch) const;
    EncoderOutput forward(const PaddedBatch& batch, bool wantHidden, bool wantAttentions) const;

private:
    ModelImpl() = default;
    void loadModules(const SentenceTransformerConfig& st);
    void computeMaxLength(const SentenceTransformerConfig& st, const std::filesystem::path& transformerDir);
    int64_t effectiveMaxLength(int64_t requested) const;
    // Throws el::Error(UnsupportedModel) when the model was loaded without a tokenizer.
    const Tokenizer& requireTokenizer() const;
    Inspection inspectPadded(Encoding encoding, bool withAttentions) const;
    // Pooling + the stages after it, honouring the overrides. [B, L, H] -> [B, D]
    at::Tensor sentenceEmbedding(const at::Tensor& tokens, const at::Tensor& mask,
                                 const std::vector<PoolingMode>& modes, std::optional<bool> normalize) const;
    int64_t outputDim(const std::vector<PoolingMode>& modes, std::optional<bool> normalize) const;

    ModelInfo m_info;
    ModelConfig m_config;
    std::unique_ptr<Tokenizer> m_tokenizer; // null only with LoadOptions::tokenizerOptional
    std::string m_tokenizerError;           // why m_tokenizer is null
    std::unique_ptr<TransformerEncoder> m_encoder;
    std::vector<PoolingMode> m_declaredPooling;
    std::vector<std::unique_ptr<SentenceStage>> m_stages; // modules after Pooling, in order
    int64_t m_maxLength = 0;
    bool m_doLowerCase = false;
    int64_t m_padId = 0;
};

} // namespace el
