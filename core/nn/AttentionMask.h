#pragma once
// The additive attention mask of the BERT family (transformers modeling_utils.py,
// ModuleUtilsMixin.get_extended_attention_mask): [B, L] 0/1 -> [B, 1, 1, L] with 0 for real keys and
// the lowest float32 for padded keys, added to every head's scores.

#include <ATen/ATen.h>

#include <limits>

namespace el {

inline at::Tensor extendedAttentionMask(const at::Tensor& mask)
{
    at::Tensor m = mask.unsqueeze(1).unsqueeze(2).to(at::kFloat);
    return (1.0 - m) * static_cast<double>(std::numeric_limits<float>::lowest());
}

} // namespace el
