#pragma once
// Mirrors transformers models/roberta/modeling_roberta.py, create_position_ids_from_input_ids
// (fairseq utils.make_positions), shared by RoBERTa / XLM-R / CamemBERT and MPNet: real tokens get
// padding_idx + 1, padding_idx + 2, ... and every token equal to padding_idx gets padding_idx (also a
// literal pad id in the middle of a text, after which positions do not advance).

#include "Error.h"

#include <ATen/ATen.h>

#include <string>

namespace el {

// ids: [B, L] int64 -> [B, L] int64. Throws el::Error(InvalidInput) when a position would fall outside
// a table of tableSize rows (the text is longer than the model supports).
inline at::Tensor paddingAwarePositionIds(const at::Tensor& ids, int64_t paddingIdx, int64_t tableSize)
{
    // The int32 mask and cumsum cast back to int32 are the Python's "carefully balanced" casts.
    const at::Tensor mask = ids.ne(paddingIdx).to(at::kInt);
    const at::Tensor incremental = at::cumsum(mask, 1).to(at::kInt) * mask;
    at::Tensor positions = incremental.to(at::kLong) + paddingIdx;
    if (positions.numel() > 0 && positions.max().item<int64_t>() >= tableSize)
        throw Error(ErrorCode::InvalidInput,
                    "sequence of " + std::to_string(ids.size(1)) + " tokens needs position id " +
                        std::to_string(positions.max().item<int64_t>()) + ", beyond the " +
                        std::to_string(tableSize) + " positions of the model (at most " +
                        std::to_string(tableSize - paddingIdx - 1) + " tokens)");
    return positions;
}

} // namespace el
