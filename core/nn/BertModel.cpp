#include "BertModel.h"

#include "nn/AttentionMask.h"

#include <c10/core/InferenceMode.h>

namespace el {

BertModel::BertModel(const WeightScope& w, const BertSettings& s)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s)
{
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i) m_layers.emplace_back(w.scope("encoder.layer." + std::to_string(i)), s);
}

std::unique_ptr<TransformerEncoder> BertModel::create(const ModelConfig& config, WeightStore& weights)
{
    return std::make_unique<BertModel>(weights.scope(""), BertSettings::fromConfig(config));
}

EncoderOutput BertModel::forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                 bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    at::Tensor x = m_embeddings(ids, typeIds);
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
