#pragma once
// Mirrors transformers models/deberta_v2/modeling_deberta_v2.py, ConvLayer (DeBERTa-v2 xlarge /
// xxlarge, applied once after layer 0): c = conv1d(embedding output over the sequence, kernel k,
// padding (k-1)/2, groups), zeroed at padded tokens, conv_act(c); y = LN(layer0 + c) · mask.
// Keys encoder.conv.conv.{weight [H, H/groups, k], bias} and encoder.conv.LayerNorm.

#include "nn/Activation.h"
#include "nn/DebertaV2Settings.h"
#include "nn/LayerNorm.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>

namespace el {

class DebertaV2ConvLayer
{
public:
    // w is the "encoder.conv." scope.
    DebertaV2ConvLayer(const WeightScope& w, const DebertaV2Settings& s);

    // embeddings, residual: [B, L, H]; mask: [B, L] int64 (1 = real token).
    at::Tensor operator()(const at::Tensor& embeddings, const at::Tensor& residual, const at::Tensor& mask) const;

private:
    at::Tensor m_weight;
    at::Tensor m_bias;
    LayerNorm m_norm;
    Activation m_activation;
    int64_t m_padding = 0;
    int64_t m_groups = 1;
};

} // namespace el
