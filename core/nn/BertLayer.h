#pragma once
// Mirrors transformers models/bert/modeling_bert.py, BertLayer (encoder only, no cross-attention):
// A = LN(attn_out(self_attn(x)) + x); x' = LN(W2·act(W1·A) + A).

#include "nn/BertSelfAttention.h"
#include "nn/DenseResidualNorm.h"

#include <utility>

namespace el {

class BertLayer
{
public:
    // w is the "encoder.layer.<i>." scope.
    BertLayer(const WeightScope& w, const BertSettings& s);

    // Returns the layer output [B, L, H] and the attention probabilities when wantProbs.
    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                 bool wantProbs) const;

private:
    BertSelfAttention m_selfAttention;
    DenseResidualNorm m_attentionOutput;
    Linear m_intermediate;
    Activation m_activation;
    DenseResidualNorm m_output;
};

} // namespace el
