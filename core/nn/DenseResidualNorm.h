#pragma once
// Mirrors transformers BertSelfOutput / BertOutput: LayerNorm(dense(x) + residual) (dropout is
// identity at inference). Weights "<scope>dense.*" and "<scope>LayerNorm.*".

#include "nn/LayerNorm.h"
#include "nn/Linear.h"

namespace el {

class DenseResidualNorm
{
public:
    DenseResidualNorm(const WeightScope& w, int64_t in, int64_t out, double eps)
        : m_dense(w.scope("dense"), in, out), m_norm(w.scope("LayerNorm"), out, eps)
    {
    }
    at::Tensor operator()(const at::Tensor& x, const at::Tensor& residual) const
    {
        return m_norm(m_dense(x) + residual);
    }

private:
    Linear m_dense;
    LayerNorm m_norm;
};

} // namespace el
