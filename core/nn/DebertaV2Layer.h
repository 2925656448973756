#pragma once
// Mirrors transformers models/deberta_v2/modeling_deberta_v2.py, DebertaV2Layer: DebertaV2Attention
// (DisentangledSelfAttention + DebertaV2SelfOutput = LN(dense(ctx) + x)), DebertaV2Intermediate and
// DebertaV2Output (LN(dense(act(W1·A)) + A)); the same key layout as BERT below attention.self.

#include "nn/Activation.h"
#include "nn/DenseResidualNorm.h"
#include "nn/DisentangledSelfAttention.h"

#include <utility>

namespace el {

class DebertaV2Layer
{
public:
    // w is the "encoder.layer.<i>." scope.
    DebertaV2Layer(const WeightScope& w, const DebertaV2Settings& s);

    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& pairMask,
                                                 const DebertaRelativeContext* rel, bool wantProbs) const;

private:
    DisentangledSelfAttention m_selfAttention;
    DenseResidualNorm m_attentionOutput;
    Linear m_intermediate;
    Activation m_activation;
    DenseResidualNorm m_output;
};

} // namespace el
