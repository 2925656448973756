#include "MpnetLayer.h"

#include "nn/BertSelfAttention.h"

#include <cmath>

namespace el {

MpnetLayer::MpnetLayer(const WeightScope& w, const BertSettings& s)
    : m_q(w.scope("attention.attn.q"), s.hiddenSize, s.hiddenSize),
      m_k(w.scope("attention.attn.k"), s.hiddenSize, s.hiddenSize),
      m_v(w.scope("attention.attn.v"), s.hiddenSize, s.hiddenSize),
      m_o(w.scope("attention.attn.o"), s.hiddenSize, s.hiddenSize),
      m_attentionNorm(w.scope("attention.LayerNorm"), s.hiddenSize, s.layerNormEps),
      m_intermediate(w.scope("intermediate.dense"), s.hiddenSize, s.intermediateSize), m_activation(s.activation),
      m_output(w.scope("output"), s.intermediateSize, s.hiddenSize, s.layerNormEps), m_heads(s.numHeads),
      m_headSize(s.headSize)
{
}

std::pair<at::Tensor, at::Tensor> MpnetLayer::operator()(const at::Tensor& x, const at::Tensor& positionBias,
                                                         const at::Tensor& additiveMask, bool wantProbs) const
{
    const at::Tensor q = BertSelfAttention::splitHeads(m_q(x), m_heads, m_headSize);
    const at::Tensor k = BertSelfAttention::splitHeads(m_k(x), m_heads, m_headSize);
    const at::Tensor v = BertSelfAttention::splitHeads(m_v(x), m_heads, m_headSize);
    // Unlike BERT's relative variants, the bias is added after the 1/√d scaling.
    at::Tensor scores = at::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(m_headSize));
    scores = scores + positionBias;
    scores = scores + additiveMask;
    const at::Tensor probs = at::softmax(scores, -1);
    const at::Tensor o = m_o(BertSelfAttention::mergeHeads(at::matmul(probs, v)));
    const at::Tensor attended = m_attentionNorm(o + x);
    const at::Tensor inner = m_activation(m_intermediate(attended));
    return {m_output(inner, attended), wantProbs ? probs : at::Tensor()};
}

} // namespace el
