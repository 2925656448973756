#pragma once
// Mirrors transformers models/albert/modeling_albert.py, AlbertModel without the pooler: BERT-style
// embeddings in embedding_size E, encoder.embedding_hidden_mapping_in (E -> H), then
// num_hidden_layers iterations, iteration i running every inner layer of group
// int(i / (num_hidden_layers / num_hidden_groups)) (weights shared between iterations).
// hidden_states: the mapped input + one per iteration; attentions: one per inner layer executed.
// Registered as "albert" (prefix "albert.").

#include "config/ModelConfig.h"
#include "nn/AlbertLayer.h"
#include "nn/BertEmbeddings.h"
#include "nn/Linear.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <vector>

namespace el {

class AlbertModel : public TransformerEncoder
{
public:
    AlbertModel(const WeightScope& w, const BertSettings& s, int64_t groups, int64_t innerGroupNum);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    int64_t maxSequenceLength() const override { return m_settings.maxPositions; }
    int64_t typeVocabSize() const override { return m_settings.typeVocabSize; }

    // Group used by iteration i (AlbertTransformer.forward's float arithmetic).
    static int64_t groupOf(int64_t i, int64_t layers, int64_t groups);

private:
    BertSettings m_settings;
    BertEmbeddings m_embeddings;
    Linear m_mappingIn;
    std::vector<std::vector<AlbertLayer>> m_groups; // [group][inner layer]
};

} // namespace el
