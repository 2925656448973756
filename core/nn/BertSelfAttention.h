#pragma once
// Mirrors transformers models/bert/modeling_bert.py, BertSelfAttention (eager path, v4.40):
// Q/K/V projections, S = Q·Kᵀ (+ relative position terms) / √d + mask, P = softmax(S), C = P·V.
// The four steps are written out because LibTorch 1.13 has no fused attention and the eager order
// is the bit-closest to the Python reference.

#include "nn/BertSettings.h"
#include "nn/Linear.h"

#include <ATen/ATen.h>

#include <utility>
#include <vector>

namespace el {

class BertSelfAttention
{
public:
    // w is the "attention.self." scope (query/key/value[, distance_embedding]).
    BertSelfAttention(const WeightScope& w, const BertSettings& s);

    // x: [B, L, H]; additiveMask: [B, 1, 1, L] (or [B, 1, L, L]). Returns the merged context
    // [B, L, H] and, when wantProbs, the probabilities [B, heads, L, L] (undefined otherwise).
    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                 bool wantProbs) const;

    // The core shared by every architecture that scores like BERT: q, k, v already split into heads
    // [B, h, L, d]; extraScores are added one after the other before the 1/√d scaling.
    static std::pair<at::Tensor, at::Tensor> attend(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                                                    const std::vector<at::Tensor>& extraScores,
                                                    double scaleDivisor, const at::Tensor& additiveMask);
    // [B, L, h·d] -> [B, h, L, d] and back.
    static at::Tensor splitHeads(const at::Tensor& x, int64_t heads, int64_t headSize);
    static at::Tensor mergeHeads(const at::Tensor& x);

private:
    std::vector<at::Tensor> relativeScores(const at::Tensor& q, const at::Tensor& k) const;

    Linear m_qkv; // query, key and value weights concatenated at load: one matrix product per layer
    at::Tensor m_distance; // [2P-1, d] for relative_key(_query)
    int64_t m_heads = 0;
    int64_t m_headSize = 0;
    int64_t m_maxPositions = 0;
    PositionEmbeddingType m_positionType = PositionEmbeddingType::Absolute;
};

} // namespace el
