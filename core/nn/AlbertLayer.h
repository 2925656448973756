#pragma once
// Mirrors transformers models/albert/modeling_albert.py, AlbertLayer with AlbertAttention (absolute
// positions): S = Q·Kᵀ/√d + mask, A = LN_attn(x + dense(P·V)), x' = LN_full(ffn_output(act(ffn(A))) + A).
// Keys attention.{query,key,value,dense,LayerNorm}, ffn, ffn_output, full_layer_layer_norm.

#include "nn/Activation.h"
#include "nn/BertSettings.h"
#include "nn/LayerNorm.h"
#include "nn/Linear.h"

#include <ATen/ATen.h>

#include <utility>

namespace el {

class AlbertLayer
{
public:
    // w is the "encoder.albert_layer_groups.<g>.albert_layers.<j>." scope.
    AlbertLayer(const WeightScope& w, const BertSettings& s);

    std::pair<at::Tensor, at::Tensor> operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                 bool wantProbs) const;

private:
    Linear m_query;
    Linear m_key;
    Linear m_value;
    Linear m_dense;
    LayerNorm m_attentionNorm;
    Linear m_ffn;
    Linear m_ffnOutput;
    Activation m_activation;
    LayerNorm m_fullNorm;
    int64_t m_heads = 0;
    int64_t m_headSize = 0;
};

} // namespace el
