#pragma once
// Mirrors transformers models/distilbert/modeling_distilbert.py, DistilBertModel: Embeddings then
// Transformer (n_layers x TransformerBlock). Config names dim / n_layers / n_heads / hidden_dim /
// activation; LayerNorm eps fixed at 1e-12; no token types, no pooler. Registered as "distilbert".

#include "config/ModelConfig.h"
#include "nn/DistilBertEmbeddings.h"
#include "nn/DistilBertLayer.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <vector>

namespace el {

class DistilBertModel : public TransformerEncoder
{
public:
    DistilBertModel(const WeightScope& w, const BertSettings& s, bool sinusoidal);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);
    // DistilBertConfig's fields in BertSettings form. Throws el::Error(InvalidJson/UnsupportedModel).
    static BertSettings settingsFromConfig(const ModelConfig& config);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    int64_t maxSequenceLength() const override { return m_settings.maxPositions; }
    int64_t typeVocabSize() const override { return 0; }

private:
    BertSettings m_settings;
    DistilBertEmbeddings m_embeddings;
    std::vector<DistilBertLayer> m_layers;
};

} // namespace el
