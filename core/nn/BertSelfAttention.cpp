#include "BertSelfAttention.h"

#include "Error.h"

#include <cmath>

namespace el {

BertSelfAttention::BertSelfAttention(const WeightScope& w, const BertSettings& s)
    : m_heads(s.numHeads), m_headSize(s.headSize), m_maxPositions(s.maxPositions), m_positionType(s.positionType)
{
    const int64_t h = s.hiddenSize;
    m_qkv = Linear(at::cat({w.require("query.weight", {h, h}), w.require("key.weight", {h, h}),
                            w.require("value.weight", {h, h})}),
                   at::cat({w.require("query.bias", {h}), w.require("key.bias", {h}), w.require("value.bias", {h})}));
    if (m_positionType != PositionEmbeddingType::Absolute)
        m_distance = w.require("distance_embedding.weight", {2 * s.maxPositions - 1, s.headSize});
}

at::Tensor BertSelfAttention::splitHeads(const at::Tensor& x, int64_t heads, int64_t headSize)
{
    return x.view({x.size(0), x.size(1), heads, headSize}).permute({0, 2, 1, 3});
}

at::Tensor BertSelfAttention::mergeHeads(const at::Tensor& x)
{
    at::Tensor c = x.permute({0, 2, 1, 3}).contiguous();
    return c.view({c.size(0), c.size(1), c.size(2) * c.size(3)});
}

std::pair<at::Tensor, at::Tensor> BertSelfAttention::attend(const at::Tensor& q, const at::Tensor& k,
                                                            const at::Tensor& v,
                                                            const std::vector<at::Tensor>& extraScores,
                                                            double scaleDivisor, const at::Tensor& additiveMask)
{
    // In place on the fresh score tensor: the same arithmetic as the reference's out-of-place ops.
    at::Tensor scores = at::matmul(q, k.transpose(-1, -2));
    for (const at::Tensor& extra : extraScores) scores.add_(extra);
    scores.div_(scaleDivisor); // transformers v4 divides by math.sqrt(d)
    if (additiveMask.defined()) scores.add_(additiveMask);
    at::Tensor probs = at::softmax(scores, -1);
    return {at::matmul(probs, v), probs};
}

std::vector<at::Tensor> BertSelfAttention::relativeScores(const at::Tensor& q, const at::Tensor& k) const
{
    const int64_t length = q.size(2);
    if (length > m_maxPositions)
        throw Error(ErrorCode::InvalidInput, "sequence longer than max_position_embeddings");
    const auto longOpts = at::TensorOptions().dtype(at::kLong);
    at::Tensor left = at::arange(length, longOpts).view({-1, 1});
    at::Tensor right = at::arange(length, longOpts).view({1, -1});
    at::Tensor distance = left - right;
    at::Tensor pe = at::embedding(m_distance, distance + m_maxPositions - 1); // [L, L, d]
    std::vector<at::Tensor> scores{at::einsum("bhld,lrd->bhlr", {q, pe})};
    if (m_positionType == PositionEmbeddingType::RelativeKeyQuery)
        scores.push_back(at::einsum("bhrd,lrd->bhlr", {k, pe}));
    return scores;
}

std::pair<at::Tensor, at::Tensor> BertSelfAttention::operator()(const at::Tensor& x, const at::Tensor& additiveMask,
                                                                bool wantProbs) const
{
    // [B, L, 3·h·d] -> [3, B, h, L, d]
    const at::Tensor qkv =
        m_qkv(x).view({x.size(0), x.size(1), 3, m_heads, m_headSize}).permute({2, 0, 3, 1, 4});
    const at::Tensor q = qkv[0], k = qkv[1], v = qkv[2];
    std::vector<at::Tensor> extra;
    if (m_positionType != PositionEmbeddingType::Absolute) extra = relativeScores(q, k);
    auto [context, probs] = attend(q, k, v, extra, std::sqrt(double(m_headSize)), additiveMask);
    return {mergeHeads(context), wantProbs ? probs : at::Tensor()};
}

} // namespace el
