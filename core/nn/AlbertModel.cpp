#include "AlbertModel.h"

#include "Error.h"
#include "nn/AttentionMask.h"

#include <c10/core/InferenceMode.h>

namespace el {

AlbertModel::AlbertModel(const WeightScope& w, const BertSettings& s, int64_t groups, int64_t innerGroupNum)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s),
      m_mappingIn(w.scope("encoder.embedding_hidden_mapping_in"), s.embeddingSize, s.hiddenSize)
{
    m_groups.resize(size_t(groups));
    for (int64_t g = 0; g < groups; ++g) {
        m_groups[size_t(g)].reserve(size_t(innerGroupNum));
        for (int64_t j = 0; j < innerGroupNum; ++j)
            m_groups[size_t(g)].emplace_back(
                w.scope("encoder.albert_layer_groups." + std::to_string(g) + ".albert_layers." + std::to_string(j)), s);
    }
}

int64_t AlbertModel::groupOf(int64_t i, int64_t layers, int64_t groups)
{
    // group_idx = int(i / (num_hidden_layers / num_hidden_groups)) with Python float division.
    return int64_t(double(i) / (double(layers) / double(groups)));
}

std::unique_ptr<TransformerEncoder> AlbertModel::create(const ModelConfig& config, WeightStore& weights)
{
    const JsonFile& raw = config.raw();
    BertSettings s = BertSettings::fromConfig(config);
    // AlbertConfig defaults where they differ from BertConfig's.
    s.embeddingSize = raw.getInt("embedding_size", 128);
    s.activation = Activation::fromName(raw.getString("hidden_act", "gelu_new"), config.file.string());
    if (s.embeddingSize <= 0) raw.fail("'embedding_size' must be positive");
    if (s.positionType != PositionEmbeddingType::Absolute)
        throw Error(ErrorCode::UnsupportedModel,
                    "ALBERT with position_embedding_type '" + config.positionEmbeddingType + "' is not supported (" +
                        config.file.string() + "); only absolute positions",
                    config.file.string());
    const int64_t groups = raw.getInt("num_hidden_groups", 1);
    const int64_t inner = raw.getInt("inner_group_num", 1);
    if (groups <= 0 || groups > s.numLayers)
        raw.fail("'num_hidden_groups' must be between 1 and num_hidden_layers (got " + std::to_string(groups) + ")");
    if (inner <= 0) raw.fail("'inner_group_num' must be positive (got " + std::to_string(inner) + ")");
    return std::make_unique<AlbertModel>(weights.scope(""), s, groups, inner);
}

EncoderOutput AlbertModel::forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                   bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    at::Tensor x = m_mappingIn(m_embeddings(ids, typeIds));
    const at::Tensor additive = extendedAttentionMask(mask);
    if (wantHidden) out.hiddenStates.push_back(x);
    const int64_t groups = int64_t(m_groups.size());
    for (int64_t i = 0; i < m_settings.numLayers; ++i) {
        for (const AlbertLayer& layer : m_groups[size_t(groupOf(i, m_settings.numLayers, groups))]) {
            auto [y, probs] = layer(x, additive, wantAttentions);
            x = y;
            if (wantAttentions) out.attentions.push_back(probs);
        }
        if (wantHidden) out.hiddenStates.push_back(x);
    }
    out.lastHidden = x;
    return out;
}

} // namespace el
