#include "RobertaModel.h"

#include "Error.h"
#include "nn/AttentionMask.h"
#include "nn/PaddingAwarePositions.h"

#include <c10/core/InferenceMode.h>

#include <algorithm>

namespace el {

RobertaModel::RobertaModel(const WeightScope& w, const BertSettings& s, int64_t paddingIdx)
    : m_settings(s), m_paddingIdx(paddingIdx), m_embeddings(w.scope("embeddings"), s)
{
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i) m_layers.emplace_back(w.scope("encoder.layer." + std::to_string(i)), s);
}

std::unique_ptr<TransformerEncoder> RobertaModel::create(const ModelConfig& config, WeightStore& weights)
{
    const BertSettings s = BertSettings::fromConfig(config);
    // RobertaEmbeddings uses padding_idx = config.pad_token_id for the position ids.
    const int64_t pad = config.padTokenId;
    if (pad < 0 || pad + 1 >= s.maxPositions)
        config.raw().fail("pad_token_id " + std::to_string(pad) + " leaves no usable position in a table of " +
                          std::to_string(s.maxPositions));
    return std::make_unique<RobertaModel>(weights.scope(""), s, pad);
}

int64_t RobertaModel::maxSequenceLength() const
{
    if (m_settings.positionType != PositionEmbeddingType::Absolute) return m_settings.maxPositions;
    return std::max<int64_t>(0, m_settings.maxPositions - m_paddingIdx - 1);
}

EncoderOutput RobertaModel::forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                    bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    at::Tensor positions;
    if (m_settings.positionType == PositionEmbeddingType::Absolute)
        positions = paddingAwarePositionIds(ids, m_paddingIdx, m_settings.maxPositions);
    at::Tensor x = m_embeddings(ids, typeIds, positions);
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
