#include "MpnetModel.h"

#include "nn/AttentionMask.h"
#include "nn/PaddingAwarePositions.h"
#include "nn/RelativePositionBuckets.h"

#include <c10/core/InferenceMode.h>

namespace el {

MpnetModel::MpnetModel(const WeightScope& w, const BertSettings& s, int64_t configBuckets)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s),
      m_relativeBias(w.require("encoder.relative_attention_bias.weight", {configBuckets, s.numHeads}))
{
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i) m_layers.emplace_back(w.scope("encoder.layer." + std::to_string(i)), s);
}

std::unique_ptr<TransformerEncoder> MpnetModel::create(const ModelConfig& config, WeightStore& weights)
{
    BertSettings s = BertSettings::fromConfig(config);
    s.typeVocabSize = 0; // MPNet has no token type embeddings
    s.positionType = PositionEmbeddingType::Absolute;
    const int64_t buckets = config.raw().getInt("relative_attention_num_buckets", 32);
    // The buckets used are always 0..31 whatever the config says; a smaller table would fail in
    // transformers with an index error.
    if (buckets < kNumBuckets)
        config.raw().fail("relative_attention_num_buckets " + std::to_string(buckets) +
                          " is smaller than the 32 buckets MPNet always uses");
    if (s.maxPositions <= kPaddingIdx + 1) config.raw().fail("max_position_embeddings leaves no usable position");
    return std::make_unique<MpnetModel>(weights.scope(""), s, buckets);
}

at::Tensor MpnetModel::positionBias(int64_t length) const
{
    // relative_position = memory (key) position - context (query) position.
    const std::vector<int64_t> relative = RelativePositionBuckets::symmetricRange(length);
    const std::vector<int64_t> buckets = RelativePositionBuckets::mpnet(relative, kNumBuckets, kMaxDistance);
    const auto longOpts = at::TensorOptions().dtype(at::kLong);
    const at::Tensor table = at::tensor(at::ArrayRef<int64_t>(buckets), longOpts);
    const at::Tensor query = at::arange(length, longOpts).view({-1, 1});
    const at::Tensor key = at::arange(length, longOpts).view({1, -1});
    const at::Tensor bucket = table.index_select(0, (key - query + (length - 1)).view({-1})).view({length, length});
    // embedding -> [L, L, heads] -> [heads, L, L] -> [1, heads, L, L]
    return at::embedding(m_relativeBias, bucket).permute({2, 0, 1}).unsqueeze(0).contiguous();
}

EncoderOutput MpnetModel::forward(const at::Tensor& ids, const at::Tensor& /*typeIds*/, const at::Tensor& mask,
                                  bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    const at::Tensor positions = paddingAwarePositionIds(ids, kPaddingIdx, m_settings.maxPositions);
    at::Tensor x = m_embeddings(ids, at::Tensor(), positions);
    const at::Tensor bias = positionBias(ids.size(1));
    const at::Tensor additive = extendedAttentionMask(mask);
    if (wantHidden) out.hiddenStates.push_back(x);
    for (const MpnetLayer& layer : m_layers) {
        auto [y, probs] = layer(x, bias, additive, wantAttentions);
        x = y;
        if (wantHidden) out.hiddenStates.push_back(x);
        if (wantAttentions) out.attentions.push_back(probs);
    }
    out.lastHidden = x;
    return out;
}

} // namespace el
