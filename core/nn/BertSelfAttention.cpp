#include "BertSelfAttention.h"

#include "Error.h"

#include <cmath>

namespace el {

BertSelfAttention::BertSelfAttention(const WeightScope& w, const BertSettings& s)
    : m_query(w.scope("query"), s.hiddenSize, s.hiddenSize), m_key(w.scope("key"), s.hiddenSize, s.hiddenSize),
      m_value(w.scope("value"), s.hiddenSize, s.hiddenSize), m_heads(s.numHeads), m_headSize(s.headSize),
      m_maxPositions(s.maxPositions), m_positionType(s.positionType)
{
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
    at::Tensor scores = at::matmul(q, k.transpose(-1, -2));
    for (const at::Tensor& extra : extraScores) scores = scores + extra;
    scores = scores / scaleDivisor; // transformers v4 divides by math.sqrt(d)
    if (additiveMask.defined()) scores = scores + additiveMask;
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
    at::Tensor q = splitHeads(m_query(x), m_heads, m_headSize);
    at::Tensor k = splitHeads(m_key(x), m_heads, m_headSize);
    at::Tensor v = splitHeads(m_value(x), m_heads, m_headSize);
    std::vector<at::Tensor> extra;
    if (m_positionType != PositionEmbeddingType::Absolute) extra = relativeScores(q, k);
    auto [context, probs] = attend(q, k, v, extra, std::sqrt(double(m_headSize)), additiveMask);
    return {mergeHeads(context), wantProbs ? probs : at::Tensor()};
}

} // namespace el
