#pragma once
// Mirrors transformers models/mpnet/modeling_mpnet.py, MPNetModel without the pooler: embeddings
// (word + padding-aware positions with padding_idx hard-coded to 1, no token types) and MPNetEncoder,
// whose relative position bias (32 T5-style buckets, max distance 128, table
// encoder.relative_attention_bias [buckets, heads]) is computed once per forward and shared by all
// layers. Registered as "mpnet" (prefix "mpnet.").

#include "config/ModelConfig.h"
#include "nn/BertEmbeddings.h"
#include "nn/MpnetLayer.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <vector>

namespace el {

class MpnetModel : public TransformerEncoder
{
public:
    // MPNetEmbeddings.padding_idx and the num_buckets argument of compute_position_bias are literals.
    static constexpr int64_t kPaddingIdx = 1;
    static constexpr int64_t kNumBuckets = 32;
    static constexpr int64_t kMaxDistance = 128;

    MpnetModel(const WeightScope& w, const BertSettings& s, int64_t configBuckets);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    int64_t maxSequenceLength() const override { return m_settings.maxPositions - kPaddingIdx - 1; }
    int64_t typeVocabSize() const override { return 0; }

private:
    // [1, heads, L, L]: bias[bucket(j - i), head] for query i, key j.
    at::Tensor positionBias(int64_t length) const;

    BertSettings m_settings;
    BertEmbeddings m_embeddings;
    at::Tensor m_relativeBias; // [config buckets, heads]
    std::vector<MpnetLayer> m_layers;
};

} // namespace el
