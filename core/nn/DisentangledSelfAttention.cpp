#include "DisentangledSelfAttention.h"

#include <cmath>
#include <limits>

namespace el {

DisentangledSelfAttention::DisentangledSelfAttention(const WeightScope& w, const DebertaV2Settings& s)
    : m_query(w.scope("query_proj"), s.hiddenSize, s.numHeads * s.headSize),
      m_key(w.scope("key_proj"), s.hiddenSize, s.numHeads * s.headSize),
      m_value(w.scope("value_proj"), s.hiddenSize, s.numHeads * s.headSize), m_heads(s.numHeads),
      m_headSize(s.headSize), m_relative(s.relativeAttention), m_c2p(s.c2p), m_p2c(s.p2c), m_share(s.shareAttKey)
{
    if (m_relative && !m_share) {
        if (m_c2p) m_posKey.emplace(w.scope("pos_key_proj"), s.hiddenSize, s.numHeads * s.headSize);
        if (m_p2c) m_posQuery.emplace(w.scope("pos_query_proj"), s.hiddenSize, s.numHeads * s.headSize);
    }
    // torch.sqrt(torch.tensor(d, dtype=float) * scale_factor): a float32 value.
    m_scale = double(std::sqrt(float(s.headSize) * float(s.scaleFactor())));
}

at::Tensor DisentangledSelfAttention::foldHeads(const at::Tensor& x) const
{
    return x.view({x.size(0), x.size(1), m_heads, -1})
        .permute({0, 2, 1, 3})
        .contiguous()
        .view({-1, x.size(1), m_headSize});
}

at::Tensor DisentangledSelfAttention::relativeScores(const at::Tensor& q, const at::Tensor& k,
                                                     const DebertaRelativeContext& rel, double scale) const
{
    const int64_t batchHeads = q.size(0);
    const int64_t length = q.size(1);
    const at::Tensor relEmb = rel.embeddings.unsqueeze(0); // [1, 2S, H]
    const int64_t repeat = batchHeads / m_heads;
    at::Tensor score;
    if (m_c2p) {
        const Linear& proj = m_share ? m_key : *m_posKey;
        const at::Tensor posKey = foldHeads(proj(relEmb)).repeat({repeat, 1, 1}); // [B·h, 2S, d]
        at::Tensor c2p = at::bmm(q, posKey.transpose(-1, -2));                    // [B·h, L, 2S]
        c2p = at::gather(c2p, -1, rel.c2pIndex.unsqueeze(0).expand({batchHeads, length, length}));
        score = c2p / scale;
    }
    if (m_p2c) {
        const Linear& proj = m_share ? m_query : *m_posQuery;
        const at::Tensor posQuery = foldHeads(proj(relEmb)).repeat({repeat, 1, 1});
        at::Tensor p2c = at::bmm(k, posQuery.transpose(-1, -2)); // [B·h, L(key), 2S]
        p2c = at::gather(p2c, -1, rel.p2cIndex.unsqueeze(0).expand({batchHeads, length, length})).transpose(-1, -2);
        score = score.defined() ? score + p2c / scale : p2c / scale;
    }
    return score;
}

std::pair<at::Tensor, at::Tensor> DisentangledSelfAttention::operator()(const at::Tensor& x,
                                                                        const at::Tensor& pairMask,
                                                                        const DebertaRelativeContext* rel,
                                                                        bool wantProbs) const
{
    const int64_t batch = x.size(0);
    const int64_t length = x.size(1);
    const at::Tensor q = foldHeads(m_query(x));
    const at::Tensor k = foldHeads(m_key(x));
    const at::Tensor v = foldHeads(m_value(x));
    // 4.40 divides K (not the product) before the bmm.
    at::Tensor scores = at::bmm(q, k.transpose(-1, -2) / m_scale);
    if (m_relative && rel && (m_c2p || m_p2c)) scores = scores + relativeScores(q, k, *rel, m_scale);
    scores = scores.view({-1, m_heads, length, length});

    // XSoftmax.forward
    const at::Tensor masked = pairMask.logical_not();
    at::Tensor probs = scores.masked_fill(masked, double(std::numeric_limits<float>::lowest()));
    probs = at::softmax(probs, -1);
    probs.masked_fill_(masked, 0);

    at::Tensor context = at::bmm(probs.view({-1, length, length}), v);
    context = context.view({batch, m_heads, length, m_headSize}).permute({0, 2, 1, 3}).contiguous();
    context = context.view({batch, length, m_heads * m_headSize});
    return {context, wantProbs ? probs : at::Tensor()};
}

} // namespace el
