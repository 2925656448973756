#include "DistilBertModel.h"

#include <c10/core/InferenceMode.h>

namespace el {

DistilBertModel::DistilBertModel(const WeightScope& w, const BertSettings& s, bool sinusoidal)
    : m_settings(s), m_embeddings(w.scope("embeddings"), s, sinusoidal)
{
    m_layers.reserve(size_t(s.numLayers));
    for (int64_t i = 0; i < s.numLayers; ++i)
        m_layers.emplace_back(w.scope("transformer.layer." + std::to_string(i)), s);
}

BertSettings DistilBertModel::settingsFromConfig(const ModelConfig& config)
{
    const JsonFile& raw = config.raw();
    BertSettings s;
    // DistilBertConfig defaults (distilbert-base-uncased).
    s.vocabSize = raw.getInt("vocab_size", 30522);
    s.hiddenSize = raw.getInt("dim", 768);
    s.embeddingSize = s.hiddenSize;
    s.numLayers = raw.getInt("n_layers", 6);
    s.numHeads = raw.getInt("n_heads", 12);
    s.intermediateSize = raw.getInt("hidden_dim", 3072);
    s.maxPositions = raw.getInt("max_position_embeddings", 512);
    s.typeVocabSize = 0;
    s.layerNormEps = 1e-12; // hard-coded in modeling_distilbert.py
    const std::pair<const char*, int64_t> positive[] = {
        {"vocab_size", s.vocabSize}, {"dim", s.hiddenSize},       {"n_layers", s.numLayers},
        {"n_heads", s.numHeads},     {"hidden_dim", s.intermediateSize}, {"max_position_embeddings", s.maxPositions},
    };
    for (const auto& [key, value] : positive)
        if (value <= 0) raw.fail("'" + std::string(key) + "' must be positive (got " + std::to_string(value) + ")");
    if (s.hiddenSize % s.numHeads != 0)
        raw.fail("dim " + std::to_string(s.hiddenSize) + " is not a multiple of n_heads " + std::to_string(s.numHeads));
    s.headSize = s.hiddenSize / s.numHeads;
    s.activation = Activation::fromName(raw.getString("activation", "gelu"), config.file.string());
    return s;
}

std::unique_ptr<TransformerEncoder> DistilBertModel::create(const ModelConfig& config, WeightStore& weights)
{
    return std::make_unique<DistilBertModel>(weights.scope(""), settingsFromConfig(config),
                                             config.raw().getBool("sinusoidal_pos_embds", false));
}

EncoderOutput DistilBertModel::forward(const at::Tensor& ids, const at::Tensor& /*typeIds*/, const at::Tensor& mask,
                                       bool wantHidden, bool wantAttentions) const
{
    c10::InferenceMode guard;
    EncoderOutput out;
    at::Tensor x = m_embeddings(ids);
    // (mask == 0).view(bs, 1, 1, L), expanded over heads and query rows inside the layer.
    const at::Tensor keyPadding = mask.eq(0).view({mask.size(0), 1, 1, mask.size(1)});
    if (wantHidden) out.hiddenStates.push_back(x);
    for (const DistilBertLayer& layer : m_layers) {
        auto [y, probs] = layer(x, keyPadding, wantAttentions);
        x = y;
        if (wantHidden) out.hiddenStates.push_back(x);
        if (wantAttentions) out.attentions.push_back(probs);
    }
    out.lastHidden = x;
    return out;
}

} // namespace el
