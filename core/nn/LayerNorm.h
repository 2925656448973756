#pragma once
// torch.nn.LayerNorm over the last dimension (biased variance), weights "<scope>weight"/"<scope>bias".

#include "weights/WeightStore.h"

#include <ATen/ATen.h>

namespace el {

class LayerNorm
{
public:
    LayerNorm() = default;
    LayerNorm(const WeightScope& w, int64_t dim, double eps)
        : m_weight(w.require("weight", {dim})), m_bias(w.require("bias", {dim})), m_dim(dim), m_eps(eps)
    {
    }
    at::Tensor operator()(const at::Tensor& x) const { return at::layer_norm(x, {m_dim}, m_weight, m_bias, m_eps); }

private:
    at::Tensor m_weight;
    at::Tensor m_bias;
    int64_t m_dim = 0;
    double m_eps = 1e-12;
};

} // namespace el
