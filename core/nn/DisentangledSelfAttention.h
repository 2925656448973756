#pragma once
// Mirrors transformers 4.40 models/deberta_v2/modeling_deberta_v2.py, DisentangledSelfAttention and
// XSoftmax: content score Q·(Kᵀ/scale) with scale = sqrt(d·(1 + #pos types)) in float32, plus
// c2p = gather(Q·PKᵀ, clamp(R + S))/scale and p2c = gather(K·PQᵀ, clamp(-R + S))ᵀ/scale, where
// PK / PQ project the (normalised) relative embeddings with key_proj / query_proj (share_att_key)
// or pos_key_proj / pos_query_proj. Masked softmax fills masked entries with the lowest float32,
// applies softmax and then zeroes them (a fully padded query row is all zeros in 4.40).
// Heads are folded into the batch ([B·h, L, d]) exactly like transpose_for_scores.

#include "nn/DebertaV2Settings.h"
#include "nn/Linear.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>

#include <optional>
#include <utility>

namespace el {

// Per-forward relative position data shared by every layer.
struct DebertaRelativeContext
{
    at::Tensor embeddings; // [2S, H] rel_embeddings rows 0..2S-1 (after LayerNorm if norm_rel_ebd)
    at::Tensor c2pIndex;   // [L, L] int64 clamp(R[i,j] + S, 0, 2S-1)
    at::Tensor p2cIndex;   // [L, L] int64 clamp(-R[i,j] + S, 0, 2S-1)
};

class DisentangledSelfAttention
{
public:
    // w is the "attention.self." scope.
    DisentangledSelfAttention(const WeightScope& w, const DebertaV2Settings& s);

    // x: [B, L, H]; pairMask: [B, 1, L, L] bool (true = query and key both real tokens);
    // rel: undefined members when relative_attention is off. Returns the context [B, L, H] and the
    // probabilities [B, h, L, L] when wantProbs.
    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& pairMask,
                                                 const DebertaRelativeContext* rel, bool wantProbs) const;

private:
    at::Tensor foldHeads(const at::Tensor& x) const; // [B, L, h·d] -> [B·h, L, d]
    at::Tensor relativeScores(const at::Tensor& q, const at::Tensor& k, const DebertaRelativeContext& rel,
                              double scale) const;

    Linear m_query;
    Linear m_key;
    Linear m_value;
    std::optional<Linear> m_posKey;   // c2p without share_att_key
    std::optional<Linear> m_posQuery; // p2c without share_att_key
    int64_t m_heads = 0;
    int64_t m_headSize = 0;
    bool m_relative = false;
    bool m_c2p = false;
    bool m_p2c = false;
    bool m_share = false;
    double m_scale = 1;
};

} // namespace el
