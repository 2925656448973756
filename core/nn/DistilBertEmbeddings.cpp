#include "DistilBertEmbeddings.h"

#include "Error.h"
#include "nn/IdRangeCheck.h"

#include <cmath>

namespace el {

DistilBertEmbeddings::DistilBertEmbeddings(const WeightScope& w, const BertSettings& s, bool sinusoidal)
    : m_word(w.require("word_embeddings.weight", {s.vocabSize, s.hiddenSize})),
      m_norm(w.scope("LayerNorm"), s.hiddenSize, s.layerNormEps)
{
    if (sinusoidal && !w.contains("position_embeddings.weight"))
        m_position = sinusoidalTable(s.maxPositions, s.hiddenSize);
    else
        m_position = w.require("position_embeddings.weight", {s.maxPositions, s.hiddenSize});
}

at::Tensor DistilBertEmbeddings::sinusoidalTable(int64_t positions, int64_t dim)
{
    // position_enc[pos, j] = pos / 10000^(2 * (j // 2) / dim) in float64 (numpy), sin on even
    // columns, cos on odd ones, then stored as float32.
    at::Tensor table = at::empty({positions, dim}, at::TensorOptions().dtype(at::kFloat));
    auto a = table.accessor<float, 2>();
    for (int64_t pos = 0; pos < positions; ++pos)
        for (int64_t j = 0; j < dim; ++j) {
            const double angle = double(pos) / std::pow(10000.0, double(2 * (j / 2)) / double(dim));
            a[pos][j] = float(j % 2 == 0 ? std::sin(angle) : std::cos(angle));
        }
    return table;
}

at::Tensor DistilBertEmbeddings::operator()(const at::Tensor& ids) const
{
    const int64_t length = ids.size(1);
    checkIdRange(ids, m_word.size(0), "token id", "vocabulary size");
    if (length > m_position.size(0))
        throw Error(ErrorCode::InvalidInput, "sequence of " + std::to_string(length) + " tokens is longer than the " +
                                                 std::to_string(m_position.size(0)) + " positions of the model");
    const at::Tensor pos = at::arange(length, at::TensorOptions().dtype(at::kLong)).unsqueeze(0);
    return m_norm(at::embedding(m_word, ids) + at::embedding(m_position, pos));
}

} // namespace el
