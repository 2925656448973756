#pragma once
// Mirrors transformers models/electra/modeling_electra.py, ElectraModel: BERT embeddings computed in
// embedding_size E, then embeddings_project (Linear E -> H) when E != H, then BERT layers. The
// projected tensor is hidden_states[0]. No pooler. Registered as "electra" (prefix "electra.").

#include "config/ModelConfig.h"
#include "nn/BertEmbeddings.h"
#include "nn/BertLayer.h"
#include "nn/Linear.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <optional>
#include <vector>

namespace el {

class ElectraModel : public TransformerEncoder
{
public:
    ElectraModel(const WeightScope& w, const BertSettings& s);
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
    std::optional<Linear> m_project; // only when embedding_size != hidden_size
    std::vector<BertLayer> m_layers;
};

} // namespace el
