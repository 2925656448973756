#include "DebertaV2Model.h"

#include "nn/RelativePositionBuckets.h"

#include <c10/core/InferenceMode.h>

namespace el {

DebertaV2Model::DebertaV2Model(const WeightScope& w, const DebertaV2Settings& s)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s)
{
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i) m_layers.emplace_back(w.scope("encoder.layer." + std::to_string(i)), s);
    if (s.relativeAttention) {
        m_relEmbeddings = w.require("encoder.rel_embeddings.weight", {2 * s.attentionSpan(), s.hiddenSize});
        // get_rel_embedding(): the LayerNorm does not depend on the input, so apply it once here.
        if (s.normRelEmbedding) {
            c10::InferenceMode guard;
            m_relEmbeddings = LayerNorm(w.scope("encoder.LayerNorm"), s.hiddenSize, s.layerNormEps)(m_relEmbeddings);
        }
    }
    if (s.convKernelSize > 0) m_conv.emplace(w.scope("encoder.conv"), s);
}

std::unique_ptr<TransformerEncoder> DebertaV2Model::create(const ModelConfig& config, WeightStore& weights)
{
    return std::make_unique<DebertaV2Model>(weights.scope(""), DebertaV2Settings::fromConfig(config));
}

at::Tensor DebertaV2Model::relativePositions(int64_t length, int64_t bucketSize, int64_t maxPosition)
{
    std::vector<int64_t> values = RelativePositionBuckets::symmetricRange(length); // r = i - j
    if (bucketSize > 0 && maxPosition > 0) values = RelativePositionBuckets::debertaLog(values, bucketSize, maxPosition);
    const auto longOpts = at::TensorOptions().dtype(at::kLong);
    const at::Tensor table = at::tensor(at::ArrayRef<int64_t>(values), longOpts);
    const at::Tensor query = at::arange(length, longOpts).view({-1, 1});
    const at::Tensor key = at::arange(length, longOpts).view({1, -1});
    return table.index_select(0, (query - key + (length - 1)).view({-1})).view({length, length});
}

DebertaRelativeContext DebertaV2Model::relativeContext(int64_t length) const
{
    DebertaRelativeContext rel;
    const int64_t span = m_settings.attentionSpan();
    const at::Tensor r = relativePositions(length, m_settings.positionBuckets, m_settings.maxRelativePositions);
    rel.embeddings = m_relEmbeddings;
    rel.c2pIndex = at::clamp(r + span, 0, span * 2 - 1);
    rel.p2cIndex = at::clamp(-r + span, 0, span * 2 - 1);
    return rel;
}

EncoderOutput DebertaV2Model::forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                      bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    const at::Tensor embedded = m_embeddings(ids, typeIds, mask);
    // get_attention_mask(): [B,1,1,L] * [B,1,L,1] -> [B,1,L,L]
    const at::Tensor extended = mask.unsqueeze(1).unsqueeze(2);
    const at::Tensor pairMask = (extended * extended.squeeze(-2).unsqueeze(-1)).to(at::kBool);
    std::optional<DebertaRelativeContext> rel;
    if (m_settings.relativeAttention) rel = relativeContext(ids.size(1));

    at::Tensor x = embedded;
    if (wantHidden) out.hiddenStates.push_back(x);
    for (size_t i = 0; i < m_layers.size(); ++i) {
        auto [y, probs] = m_layers[i](x, pairMask, rel ? &*rel : nullptr, wantAttentions);
        if (i == 0 && m_conv) y = (*m_conv)(embedded, y, mask);
        x = y;
        if (wantHidden) out.hiddenStates.push_back(x);
        if (wantAttentions) out.attentions.push_back(probs);
    }
    out.lastHidden = x;
    return out;
}

} // namespace el
