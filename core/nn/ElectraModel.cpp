#include "ElectraModel.h"

#include "nn/AttentionMask.h"

#include <c10/core/InferenceMode.h>

namespace el {

ElectraModel::ElectraModel(const WeightScope& w, const BertSettings& s)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s)
{
    if (s.embeddingSize != s.hiddenSize) m_project.emplace(w.scope("embeddings_project"), s.embeddingSize, s.hiddenSize);
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i) m_layers.emplace_back(w.scope("encoder.layer." + std::to_string(i)), s);
}

std::unique_ptr<TransformerEncoder> ElectraModel::create(const ModelConfig& config, WeightStore& weights)
{
    BertSettings s = BertSettings::fromConfig(config);
    // ElectraConfig's default embedding_size is 128 (configs written by transformers always carry it).
    s.embeddingSize = config.raw().getInt("embedding_size", 128);
    if (s.embeddingSize <= 0) config.raw().fail("'embedding_size' must be positive");
    return std::make_unique<ElectraModel>(weights.scope(""), s);
}

EncoderOutput ElectraModel::forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                    bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    at::Tensor x = m_embeddings(ids, typeIds);
    if (m_project) x = (*m_project)(x);
    const at::Tensor additive = extendedAttentionMask(mask);
    if (wantHidden) out.hiddenStates.push_back(x);
    for (const BertLayer& layer : m_layers) {
        auto [y, probs] = layer(x, additive, wantAttentions);
        x = y;
        if (wantHidden) out.hiddenStates.push_back(x);
        if (wantAttentions) out.attentions.push_back(probs);
    }
    out.lastHidden = x;
    return out;
}

} // namespace el
