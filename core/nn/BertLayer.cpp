#include "BertLayer.h"

namespace el {

BertLayer::BertLayer(const WeightScope& w, const BertSettings& s)
    : m_selfAttention(w.scope("attention.self"), s),
      m_attentionOutput(w.scope("attention.output"), s.hiddenSize, s.hiddenSize, s.layerNormEps),
      m_intermediate(w.scope("intermediate.dense"), s.hiddenSize, s.intermediateSize), m_activation(s.activation),
      m_output(w.scope("output"), s.intermediateSize, s.hiddenSize, s.layerNormEps)
{
}

std::pair<at::Tensor, at::Tensor> BertLayer::operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                        bool wantProbs) const
{
    auto [context, probs] = m_selfAttention(x, additiveMask, wantProbs);
    at::Tensor attended = m_attentionOutput(context, x);
    at::Tensor inner = m_activation(m_intermediate(attended));
    return {m_output(inner, attended), probs};
}

} // namespace el
