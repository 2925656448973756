#pragma once
// Mirrors transformers models/bert/modeling_bert.py, BertEmbeddings: word + token type (+ absolute
// position) embeddings, then LayerNorm (dropout is identity at inference).

#include "nn/BertSettings.h"
#include "nn/LayerNorm.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>

namespace el {

class BertEmbeddings
{
public:
    // w is the "embeddings." scope. Works in s.embeddingSize (ELECTRA/ALBERT project afterwards).
    BertEmbeddings(const WeightScope& w, const BertSettings& s);

    // ids, typeIds: [B, L] int64 (typeIds undefined = zeros) -> [B, L, E]. positionIds [B, L] int64
    // replaces 0..L-1 when given (RoBERTa's padding-aware ids; the caller checks their range).
    at::Tensor operator()(const at::Tensor& ids, const at::Tensor& typeIds,
                          const at::Tensor& positionIds = at::Tensor()) const;

private:
    at::Tensor m_word;
    at::Tensor m_position; // undefined unless absolute positions
    at::Tensor m_tokenType; // undefined when type_vocab_size == 0
    LayerNorm m_norm;
};

} // namespace el
