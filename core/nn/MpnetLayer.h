#pragma once
// Mirrors transformers models/mpnet/modeling_mpnet.py, MPNetLayer (MPNetAttention with
// MPNetSelfAttention, MPNetIntermediate, MPNetOutput): S = Q·Kᵀ/√d + position_bias + mask,
// A = LN(o(P·V) + x), x' = LN(W2·act(W1·A) + A). Keys attention.attn.{q,k,v,o},
// attention.LayerNorm, intermediate.dense, output.{dense,LayerNorm}.

#include "nn/Activation.h"
#include "nn/BertSettings.h"
#include "nn/DenseResidualNorm.h"
#include "nn/LayerNorm.h"
#include "nn/Linear.h"

#include <ATen/ATen.h>

#include <utility>

namespace el {

class MpnetLayer
{
public:
    // w is the "encoder.layer.<i>." scope.
    MpnetLayer(const WeightScope& w, const BertSettings& s);

    // x: [B, L, H]; positionBias: [1, h, L, L]; additiveMask: [B, 1, 1, L].
    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& positionBias,
                                                 const at::Tensor& additiveMask, bool wantProbs) const;

private:
    Linear m_q;
    Linear m_k;
    Linear m_v;
    Linear m_o;
    LayerNorm m_attentionNorm;
    Linear m_intermediate;
    Activation m_activation;
    DenseResidualNorm m_output;
    int64_t m_heads = 0;
    int64_t m_headSize = 0;
};

} // namespace el
