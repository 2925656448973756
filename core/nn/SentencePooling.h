#pragma once
// Batched sentence-transformers pooling (models/Pooling.py, forward) with the same torch ops in the
// same order, for embed(). Modes are concatenated in the order given (the config's ST order).

#include "Pooling.h"

#include <ATen/ATen.h>

#include <vector>

namespace el {

class SentencePooling
{
public:
    explicit SentencePooling(std::vector<PoolingMode> modes) : m_modes(std::move(modes)) {}

    // tokens [B, L, H] float32, mask [B, L] int64 -> [B, H * modes]
    at::Tensor operator()(const at::Tensor& tokens, const at::Tensor& mask) const;
    const std::vector<PoolingMode>& modes() const { return m_modes; }

private:
    std::vector<PoolingMode> m_modes;
};

} // namespace el
