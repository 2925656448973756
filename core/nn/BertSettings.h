#pragma once
// The BertConfig values the BERT building blocks need, validated once. Other architectures that
// reuse the blocks (ELECTRA, ALBERT, RoBERTa, ...) fill the same struct from their own fields.

#include "config/ModelConfig.h"
#include "nn/Activation.h"

#include <cstdint>
#include <string>

namespace el {

enum class PositionEmbeddingType { Absolute, RelativeKey, RelativeKeyQuery };

struct BertSettings
{
    int64_t vocabSize = 0;
    int64_t hiddenSize = 0;
    int64_t embeddingSize = 0;   // == hiddenSize for BERT
    int64_t numLayers = 0;
    int64_t numHeads = 0;
    int64_t headSize = 0;
    int64_t intermediateSize = 0;
    int64_t maxPositions = 0;
    int64_t typeVocabSize = 0;
    double layerNormEps = 1e-12;
    Activation activation = Activation::fromName("gelu");
    PositionEmbeddingType positionType = PositionEmbeddingType::Absolute;

    // From config.json (BertConfig). Throws el::Error(InvalidJson) for impossible sizes and
    // el::Error(UnsupportedModel) for an unknown activation or position_embedding_type.
    static BertSettings fromConfig(const ModelConfig& config);
};

} // namespace el
