#pragma once
// The DebertaV2Config values (transformers models/deberta_v2/configuration_deberta_v2.py plus the
// getattr() defaults of modeling_deberta_v2.py) the DeBERTa-v2 / v3 blocks need, validated once.

#include "config/ModelConfig.h"
#include "nn/Activation.h"

#include <cstdint>
#include <string>

namespace el {

struct DebertaV2Settings
{
    int64_t vocabSize = 0;
    int64_t hiddenSize = 0;
    int64_t embeddingSize = 0;      // embedding_size, defaults to hidden_size (embed_proj when different)
    int64_t numLayers = 0;
    int64_t numHeads = 0;
    int64_t headSize = 0;           // attention_head_size, defaults to hidden_size / heads
    int64_t intermediateSize = 0;
    int64_t maxPositions = 0;       // max_position_embeddings
    int64_t typeVocabSize = 0;      // default 0 (no token type table)
    double layerNormEps = 1e-7;
    Activation activation = Activation::fromName("gelu");
    bool positionBiasedInput = true;
    bool relativeAttention = false;
    int64_t maxRelativePositions = 0; // resolved: < 1 in the config -> max_position_embeddings
    int64_t positionBuckets = -1;
    bool c2p = false;
    bool p2c = false;
    bool shareAttKey = false;
    bool normRelEmbedding = false;    // "layer_norm" in norm_rel_ebd
    int64_t convKernelSize = 0;
    int64_t convGroups = 1;
    Activation convActivation = Activation::fromName("tanh");

    // Rows used from rel_embeddings: the attention span S (position_buckets when > 0, else
    // max_relative_positions); the table has 2S rows.
    int64_t attentionSpan() const { return positionBuckets > 0 ? positionBuckets : maxRelativePositions; }
    // 1 + #{c2p, p2c}: the content score is divided by sqrt(headSize * scaleFactor).
    int64_t scaleFactor() const { return 1 + (c2p ? 1 : 0) + (p2c ? 1 : 0); }

    // Throws el::Error(InvalidJson) for impossible values and el::Error(UnsupportedModel) for an
    // unknown activation.
    static DebertaV2Settings fromConfig(const ModelConfig& config);
};

} // namespace el
