#pragma once
// Mirrors transformers models/bert/modeling_bert.py, BertModel without the pooler (sentence-
// transformers never applies it): embeddings -> N x BertLayer. Registered as model_type "bert".

#include "config/ModelConfig.h"
#include "nn/BertEmbeddings.h"
#include "nn/BertLayer.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <vector>

namespace el {

class BertModel : public TransformerEncoder
{
public:
    // w is the model's root scope (keys "embeddings.*", "encoder.layer.*").
    BertModel(const WeightScope& w, const BertSettings& s);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    int64_t maxSequenceLength() const override { return m_settings.maxPositions; }
    int64_t typeVocabSize() const override { return m_settings.typeVocabSize; }

private:
    BertSettings m_settings;
    BertEmbeddings m_embeddings;
    std::vector<BertLayer> m_layers;
};

} // namespace el
