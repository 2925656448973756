#pragma once
// Mirrors transformers models/distilbert/modeling_distilbert.py, TransformerBlock with the eager
// MultiHeadSelfAttention: q is divided by sqrt(d) *before* q·kᵀ, padded keys are masked_fill'ed with
// the lowest float32, A = LN_sa(out_lin(ctx) + x), x' = LN_out(lin2(act(lin1(A))) + A).

#include "nn/Activation.h"
#include "nn/BertSettings.h"
#include "nn/LayerNorm.h"
#include "nn/Linear.h"

#include <ATen/ATen.h>

#include <utility>

namespace el {

class DistilBertLayer
{
public:
    // w is the "transformer.layer.<i>." scope.
    DistilBertLayer(const WeightScope& w, const BertSettings& s);

    // x: [B, L, dim]; keyPadding: [B, 1, 1, L] bool, true = padded key. Returns the layer output and,
    // when wantProbs, the attention probabilities [B, heads, L, L].
    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& keyPadding,
                                                 bool wantProbs) const;

private:
    Linear m_q;
    Linear m_k;
    Linear m_v;
    Linear m_out;
    LayerNorm m_saNorm;
    Linear m_lin1;
    Linear m_lin2;
    Activation m_activation;
    LayerNorm m_outputNorm;
    int64_t m_heads = 0;
    int64_t m_headSize = 0;
};

} // namespace el
