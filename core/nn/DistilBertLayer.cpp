#include "DistilBertLayer.h"

#include "nn/BertSelfAttention.h"

#include <cmath>
#include <limits>

namespace el {

DistilBertLayer::DistilBertLayer(const WeightScope& w, const BertSettings& s)
    : m_q(w.scope("attention.q_lin"), s.hiddenSize, s.hiddenSize),
      m_k(w.scope("attention.k_lin"), s.hiddenSize, s.hiddenSize),
      m_v(w.scope("attention.v_lin"), s.hiddenSize, s.hiddenSize),
      m_out(w.scope("attention.out_lin"), s.hiddenSize, s.hiddenSize),
      m_saNorm(w.scope("sa_layer_norm"), s.hiddenSize, s.layerNormEps),
      m_lin1(w.scope("ffn.lin1"), s.hiddenSize, s.intermediateSize),
      m_lin2(w.scope("ffn.lin2"), s.intermediateSize, s.hiddenSize), m_activation(s.activation),
      m_outputNorm(w.scope("output_layer_norm"), s.hiddenSize, s.layerNormEps), m_heads(s.numHeads),
      m_headSize(s.headSize)
{
}

std::pair<at::Tensor, at::Tensor> DistilBertLayer::operator()(const at::Tensor& x, const at::Tensor& keyPadding,
                                                              bool wantProbs) const
{
    at::Tensor q = BertSelfAttention::splitHeads(m_q(x), m_heads, m_headSize);
    const at::Tensor k = BertSelfAttention::splitHeads(m_k(x), m_heads, m_headSize);
    const at::Tensor v = BertSelfAttention::splitHeads(m_v(x), m_heads, m_headSize);
    q = q / std::sqrt(double(m_headSize));
    at::Tensor scores = at::matmul(q, k.transpose(2, 3));
    scores = scores.masked_fill(keyPadding.expand_as(scores), double(std::numeric_limits<float>::lowest()));
    const at::Tensor probs = at::softmax(scores, -1);
    const at::Tensor context = m_out(BertSelfAttention::mergeHeads(at::matmul(probs, v)));
    const at::Tensor attended = m_saNorm(context + x);
    const at::Tensor ffn = m_lin2(m_activation(m_lin1(attended)));
    return {m_outputNorm(ffn + attended), wantProbs ? probs : at::Tensor()};
}

} // namespace el
