#include "BertEmbeddings.h"

#include "Error.h"

namespace el {

BertEmbeddings::BertEmbeddings(const WeightScope& w, const BertSettings& s)
    : m_word(w.require("word_embeddings.weight", {s.vocabSize, s.embeddingSize})),
      m_norm(w.scope("LayerNorm"), s.embeddingSize, s.layerNormEps)
{
    if (s.positionType == PositionEmbeddingType::Absolute)
        m_position = w.require("position_embeddings.weight", {s.maxPositions, s.embeddingSize});
    if (s.typeVocabSize > 0)
        m_tokenType = w.require("token_type_embeddings.weight", {s.typeVocabSize, s.embeddingSize});
}

at::Tensor BertEmbeddings::operator()(const at::Tensor& ids, const at::Tensor& typeIds,
                                      const at::Tensor& positionIds) const
{
    const int64_t length = ids.size(1);
    // Out-of-range ids would make at::embedding throw a c10::Error; report them clearly instead.
    if (ids.numel() > 0 && (ids.min().item<int64_t>() < 0 || ids.max().item<int64_t>() >= m_word.size(0)))
        throw Error(ErrorCode::InvalidInput,
                    "token id out of range for a vocabulary of " + std::to_string(m_word.size(0)));
    at::Tensor e = at::embedding(m_word, ids);
    if (m_tokenType.defined()) {
        at::Tensor tt = typeIds.defined() ? typeIds : at::zeros_like(ids);
        if (tt.numel() > 0 && (tt.min().item<int64_t>() < 0 || tt.max().item<int64_t>() >= m_tokenType.size(0)))
            throw Error(ErrorCode::InvalidInput,
                        "token type id out of range (type_vocab_size " + std::to_string(m_tokenType.size(0)) + ")");
        e = e + at::embedding(m_tokenType, tt);
    }
    if (m_position.defined() && positionIds.defined()) {
        e = e + at::embedding(m_position, positionIds);
    } else if (m_position.defined()) {
        if (length > m_position.size(0))
            throw Error(ErrorCode::InvalidInput, "sequence of " + std::to_string(length) +
                                                     " tokens is longer than the " +
                                                     std::to_string(m_position.size(0)) + " positions of the model");
        at::Tensor pos = at::arange(length, at::TensorOptions().dtype(at::kLong)).unsqueeze(0);
        e = e + at::embedding(m_position, pos);
    }
    return m_norm(e);
}

} // namespace el
