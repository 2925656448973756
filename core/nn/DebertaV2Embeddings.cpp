#include "DebertaV2Embeddings.h"

#include "Error.h"
#include "nn/IdRangeCheck.h"

namespace el {

DebertaV2Embeddings::DebertaV2Embeddings(const WeightScope& w, const DebertaV2Settings& s)
    : m_word(w.require("word_embeddings.weight", {s.vocabSize, s.embeddingSize})),
      m_norm(w.scope("LayerNorm"), s.hiddenSize, s.layerNormEps)
{
    if (s.positionBiasedInput)
        m_position = w.require("position_embeddings.weight", {s.maxPositions, s.embeddingSize});
    if (s.typeVocabSize > 0)
        m_tokenType = w.require("token_type_embeddings.weight", {s.typeVocabSize, s.embeddingSize});
    if (s.embeddingSize != s.hiddenSize)
        m_project.emplace(w.scope("embed_proj"), s.embeddingSize, s.hiddenSize, /*bias=*/false);
}

at::Tensor DebertaV2Embeddings::operator()(const at::Tensor& ids, const at::Tensor& typeIds,
                                           const at::Tensor& mask) const
{
    const int64_t length = ids.size(1);
    checkIdRange(ids, m_word.size(0), "token id", "vocabulary size");
    // Same accumulation order as the Python: word, += position, += token type.
    at::Tensor e = at::embedding(m_word, ids);
    if (m_position.defined()) {
        if (length > m_position.size(0))
            throw Error(ErrorCode::InvalidInput, "sequence of " + std::to_string(length) +
                                                     " tokens is longer than the " +
                                                     std::to_string(m_position.size(0)) + " positions of the model");
        const at::Tensor pos = at::arange(length, at::TensorOptions().dtype(at::kLong)).unsqueeze(0);
        e = e + at::embedding(m_position, pos);
    }
    if (m_tokenType.defined()) {
        const at::Tensor tt = typeIds.defined() ? typeIds : at::zeros_like(ids);
        checkIdRange(tt, m_tokenType.size(0), "token type id", "type_vocab_size");
        e = e + at::embedding(m_tokenType, tt);
    }
    if (m_project) e = (*m_project)(e);
    e = m_norm(e);
    return e * mask.unsqueeze(2).to(e.scalar_type());
}

} // namespace el
