#pragma once
// Mirrors transformers models/deberta_v2/modeling_deberta_v2.py, DebertaV2Embeddings:
// e = word[ids] (+ position[0..L-1] if position_biased_input) (+ token_type[tt] if type_vocab_size > 0),
// embed_proj (no bias) when embedding_size != hidden_size, LayerNorm, then every token vector is
// multiplied by its attention-mask value (padded positions become exactly 0).

#include "nn/DebertaV2Settings.h"
#include "nn/LayerNorm.h"
#include "nn/Linear.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>

#include <optional>

namespace el {

class DebertaV2Embeddings
{
public:
    // w is the "embeddings." scope.
    DebertaV2Embeddings(const WeightScope& w, const DebertaV2Settings& s);

    // ids, typeIds, mask: [B, L] int64 (typeIds undefined = zeros) -> [B, L, H]
    at::Tensor operator()(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask) const;

private:
    at::Tensor m_word;
    at::Tensor m_position;  // undefined unless position_biased_input
    at::Tensor m_tokenType; // undefined when type_vocab_size == 0
    std::optional<Linear> m_project;
    LayerNorm m_norm;
};

} // namespace el
