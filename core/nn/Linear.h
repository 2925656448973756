#pragma once
// torch.nn.Linear at inference: y = x·Wᵀ + b, weights "<scope>weight" [out, in] and "<scope>bias" [out].

#include "weights/WeightStore.h"

#include <ATen/ATen.h>

namespace el {

class Linear
{
public:
    Linear() = default;
    Linear(const WeightScope& w, int64_t in, int64_t out, bool bias = true)
        : m_weight(w.require("weight", {out, in}))
    {
        if (bias) m_bias = w.require("bias", {out});
    }
    // at::linear takes the same fused addmm path as torch.nn.functional.linear.
    at::Tensor operator()(const at::Tensor& x) const { return at::linear(x, m_weight, m_bias); }
    const at::Tensor& weight() const { return m_weight; }
    const at::Tensor& bias() const { return m_bias; }

private:
    at::Tensor m_weight;
    at::Tensor m_bias; // undefined when the layer has no bias
};

} // namespace el
