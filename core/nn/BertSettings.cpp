#include "BertSettings.h"

#include "Error.h"

namespace el {

BertSettings BertSettings::fromConfig(const ModelConfig& c)
{
    const JsonFile& raw = c.raw();
    BertSettings s;
    s.vocabSize = c.vocabSize;
    s.hiddenSize = c.hiddenSize;
    s.embeddingSize = c.hiddenSize;
    s.numLayers = c.numHiddenLayers;
    s.numHeads = c.numAttentionHeads;
    s.intermediateSize = c.intermediateSize;
    s.maxPositions = c.maxPositionEmbeddings;
    s.typeVocabSize = c.typeVocabSize;
    s.layerNormEps = c.layerNormEps;
    const std::pair<const char*, int64_t> positive[] = {
        {"vocab_size", s.vocabSize},         {"hidden_size", s.hiddenSize},
        {"num_hidden_layers", s.numLayers},  {"num_attention_heads", s.numHeads},
        {"intermediate_size", s.intermediateSize}, {"max_position_embeddings", s.maxPositions},
    };
    for (const auto& [key, value] : positive)
        if (value <= 0) raw.fail("'" + std::string(key) + "' must be positive (got " + std::to_string(value) + ")");
    if (s.typeVocabSize < 0) raw.fail("'type_vocab_size' must not be negative");
    if (s.hiddenSize % s.numHeads != 0)
        raw.fail("hidden_size " + std::to_string(s.hiddenSize) + " is not a multiple of num_attention_heads " +
                 std::to_string(s.numHeads));
    s.headSize = s.hiddenSize / s.numHeads;
    if (!(s.layerNormEps > 0)) raw.fail("'layer_norm_eps' must be positive");
    s.activation = Activation::fromName(c.hiddenAct, c.file.string());

    if (c.positionEmbeddingType == "absolute")
        s.positionType = PositionEmbeddingType::Absolute;
    else if (c.positionEmbeddingType == "relative_key")
        s.positionType = PositionEmbeddingType::RelativeKey;
    else if (c.positionEmbeddingType == "relative_key_query")
        s.positionType = PositionEmbeddingType::RelativeKeyQuery;
    else
        throw Error(ErrorCode::UnsupportedModel,
                    "unsupported position_embedding_type '" + c.positionEmbeddingType + "' in " + c.file.string() +
                        " (supported: absolute, relative_key, relative_key_query)",
                    c.file.string());
    return s;
}

} // namespace el
