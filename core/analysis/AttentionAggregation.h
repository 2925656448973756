#pragma once
// Attention aggregation over heads and layers, and attention rollout, on the plain arrays of an
// el::Inspection. Pure functions: no state, no torch, safe from any thread.
//
// Shapes: `attentions` is [layers, heads, L, L] softmax probabilities as in Inspection::attentions
// (row = query token, column = key token, rows sum to 1). Results are [L, L] matrices.
// Bad shapes or out-of-range layer/head indices throw el::Error(ErrorCode::InvalidInput).

#include "FloatArray.h"

#include <cstdint>
#include <vector>

namespace el {

enum class AttentionReduce {
    Mean, // element-wise arithmetic mean over the selected (layer, head) matrices
    Max,  // element-wise maximum; rows no longer sum to 1
};

// Throws InvalidInput unless `attentions` is [layers, heads, L, L] with layers, heads >= 1.
void checkAttentionShape(const FloatArray& attentions);

// The [L, L] matrix of one layer and head (a copy).
FloatArray attentionSlice(const FloatArray& attentions, int64_t layer, int64_t head);

// Element-wise reduction over every (layer, head) pair of layers x heads. Both lists must be
// non-empty; duplicates count once.
FloatArray aggregateAttention(const FloatArray& attentions, const std::vector<int64_t>& layers,
                              const std::vector<int64_t>& heads, AttentionReduce reduce);

// Attention rollout (Abnar & Zuidema 2020, "Quantifying Attention Flow in Transformers", sec. 3):
//   per layer l:  Â_l = fuse_{h in heads}(A_{l,h})            (mean by default, as in the paper)
//                 Ã_l = rownorm(Â_l + I)                      (the residual connection; with a mean
//                                                              of stochastic rows this is 0.5 Â_l + 0.5 I)
//   through the selected layers l_1 < l_2 < ... < l_n (sorted ascending, duplicates dropped):
//                 R = Ã_{l_n} · ... · Ã_{l_2} · Ã_{l_1}
// R[i][j] is how much the top-layer representation of token i draws, through all paths, on input
// token j. rownorm divides each row by its sum (rows of Â + I never sum to 0 since the diagonal
// is >= 1). The UI passes layers 0..current to show the rollout up to the current layer.
FloatArray attentionRollout(const FloatArray& attentions, const std::vector<int64_t>& layers,
                            const std::vector<int64_t>& heads, AttentionReduce fuse = AttentionReduce::Mean);

// The rollout after each selected layer: element k is the rollout through the k + 1 lowest
// selected layers (the last one equals attentionRollout). Same cost as one full rollout, so the UI
// computes it once and then switches layers for free.
std::vector<FloatArray> attentionRolloutByLayer(const FloatArray& attentions,
                                                const std::vector<int64_t>& layers,
                                                const std::vector<int64_t>& heads,
                                                AttentionReduce fuse = AttentionReduce::Mean);

// All indices 0..n-1, for "every layer" / "every head".
std::vector<int64_t> allIndices(int64_t n);

} // namespace el
