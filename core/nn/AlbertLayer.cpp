#include "AlbertLayer.h"

#include "nn/BertSelfAttention.h"

#include <cmath>

namespace el {

AlbertLayer::AlbertLayer(const WeightScope& w, const BertSettings& s)
    : m_query(w.scope("attention.query"), s.hiddenSize, s.hiddenSize),
      m_key(w.scope("attention.key"), s.hiddenSize, s.hiddenSize),
      m_value(w.scope("attention.value"), s.hiddenSize, s.hiddenSize),
      m_dense(w.scope("attention.dense"), s.hiddenSize, s.hiddenSize),
      m_attentionNorm(w.scope("attention.LayerNorm"), s.hiddenSize, s.layerNormEps),
      m_ffn(w.scope("ffn"), s.hiddenSize, s.intermediateSize),
      m_ffnOutput(w.scope("ffn_output"), s.intermediateSize, s.hiddenSize), m_activation(s.activation),
      m_fullNorm(w.scope("full_layer_layer_norm"), s.hiddenSize, s.layerNormEps), m_heads(s.numHeads),
      m_headSize(s.headSize)
{
}

std::pair<at::Tensor, at::Tensor> AlbertLayer::operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                          bool wantProbs) const
{
    const at::Tensor q = BertSelfAttention::splitHeads(m_query(x), m_heads, m_headSize);
    const at::Tensor k = BertSelfAttention::splitHeads(m_key(x), m_heads, m_headSize);
    const at::Tensor v = BertSelfAttention::splitHeads(m_value(x), m_heads, m_headSize);
    auto [context, probs] = BertSelfAttention::attend(q, k, v, {}, std::sqrt(double(m_headSize)), additiveMask);
    // context.transpose(2, 1).flatten(2) == mergeHeads
    const at::Tensor attended = m_attentionNorm(x + m_dense(BertSelfAttention::mergeHeads(context)));
    const at::Tensor ffn = m_ffnOutput(m_activation(m_ffn(attended)));
    return {m_fullNorm(ffn + attended), wantProbs ? probs : at::Tensor()};
}

} // namespace el
