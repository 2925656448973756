#include "DebertaV2Layer.h"

namespace el {

DebertaV2Layer::DebertaV2Layer(const WeightScope& w, const DebertaV2Settings& s)
    : m_selfAttention(w.scope("attention.self"), s),
      m_attentionOutput(w.scope("attention.output"), s.hiddenSize, s.hiddenSize, s.layerNormEps),
      m_intermediate(w.scope("intermediate.dense"), s.hiddenSize, s.intermediateSize), m_activation(s.activation),
      m_output(w.scope("output"), s.intermediateSize, s.hiddenSize, s.layerNormEps)
{
}

std::pair<at::Tensor, at::Tensor> DebertaV2Layer::operator()(const at::Tensor& x, const at::Tensor& pairMask,
                                                             const DebertaRelativeContext* rel, bool wantProbs) const
{
    auto [context, probs] = m_selfAttention(x, pairMask, rel, wantProbs);
    const at::Tensor attended = m_attentionOutput(context, x);
    const at::Tensor inner = m_activation(m_intermediate(attended));
    return {m_output(inner, attended), probs};
}

} // namespace el
