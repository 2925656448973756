#pragma once
// Mirrors transformers models/distilbert/modeling_distilbert.py, Embeddings: word + position
// (0..L-1) embeddings, LayerNorm with the hard-coded eps 1e-12. No token types. With
// sinusoidal_pos_embds the checkpoint normally still stores the table (it is a parameter); only when
// it is absent is it computed like _create_sinusoidal_embeddings (float64, then float32).

#include "nn/BertSettings.h"
#include "nn/LayerNorm.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>

namespace el {

class DistilBertEmbeddings
{
public:
    // w is the "embeddings." scope; s.embeddingSize == s.hiddenSize == dim.
    DistilBertEmbeddings(const WeightScope& w, const BertSettings& s, bool sinusoidal);

    // ids: [B, L] int64 -> [B, L, dim]
    at::Tensor operator()(const at::Tensor& ids) const;

    static at::Tensor sinusoidalTable(int64_t positions, int64_t dim);

private:
    at::Tensor m_word;
    at::Tensor m_position;
    LayerNorm m_norm;
};

} // namespace el
