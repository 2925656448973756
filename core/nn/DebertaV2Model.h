#pragma once
// Mirrors transformers 4.40 models/deberta_v2/modeling_deberta_v2.py, DebertaV2Model (DeBERTa-v2 and
// v3; z_steps is always 0): DebertaV2Embeddings (mask-multiplied), then DebertaV2Encoder: pairwise
// mask m[i]·m[j], relative positions R = i - j (log-bucketed when position_buckets > 0), relative
// embeddings (LayerNorm'ed if norm_rel_ebd has "layer_norm"), N DebertaV2Layers, and the optional
// ConvLayer after layer 0. hidden_states[0] is the (masked) embedding output. No pooler.
// Registered as "deberta-v2" (prefix "deberta.").

#include "config/ModelConfig.h"
#include "nn/DebertaV2ConvLayer.h"
#include "nn/DebertaV2Embeddings.h"
#include "nn/DebertaV2Layer.h"
#include "nn/LayerNorm.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <optional>
#include <vector>

namespace el {

class DebertaV2Model : public TransformerEncoder
{
public:
    DebertaV2Model(const WeightScope& w, const DebertaV2Settings& s);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    // Only the absolute table (position_biased_input) limits the length; relative-only models
    // accept longer inputs but the tokenizer's 512 (max_position_embeddings) is what is advertised.
    int64_t maxSequenceLength() const override { return m_settings.maxPositions; }
    int64_t typeVocabSize() const override { return m_settings.typeVocabSize; }

    // build_relative_position(L, L, position_buckets, max_relative_positions): [L, L] int64.
    static at::Tensor relativePositions(int64_t length, int64_t bucketSize, int64_t maxPosition);

private:
    DebertaRelativeContext relativeContext(int64_t length) const;

    DebertaV2Settings m_settings;
    DebertaV2Embeddings m_embeddings;
    std::vector<DebertaV2Layer> m_layers;
    at::Tensor m_relEmbeddings;            // [2S, H] (after LayerNorm when configured), if relative
    std::optional<DebertaV2ConvLayer> m_conv;
};

} // namespace el
