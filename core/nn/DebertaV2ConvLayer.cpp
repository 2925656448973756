#include "DebertaV2ConvLayer.h"

namespace el {

DebertaV2ConvLayer::DebertaV2ConvLayer(const WeightScope& w, const DebertaV2Settings& s)
    : m_weight(w.require("conv.weight", {s.hiddenSize, s.hiddenSize / s.convGroups, s.convKernelSize})),
      m_bias(w.require("conv.bias", {s.hiddenSize})), m_norm(w.scope("LayerNorm"), s.hiddenSize, s.layerNormEps),
      m_activation(s.convActivation), m_padding((s.convKernelSize - 1) / 2), m_groups(s.convGroups)
{
}

at::Tensor DebertaV2ConvLayer::operator()(const at::Tensor& embeddings, const at::Tensor& residual,
                                          const at::Tensor& mask) const
{
    at::Tensor out = at::conv1d(embeddings.permute({0, 2, 1}).contiguous(), m_weight, m_bias, {1}, {m_padding}, {1},
                                m_groups)
                         .permute({0, 2, 1})
                         .contiguous();
    const at::Tensor padded = (1 - mask).to(at::kBool).unsqueeze(-1).expand(out.sizes());
    out.masked_fill_(padded, 0);
    out = m_activation(out);
    const at::Tensor y = m_norm(residual + out);
    return y * mask.unsqueeze(2).to(y.scalar_type());
}

} // namespace el
