#pragma once
// torch.nn.Linear at inference: y = x·Wᵀ + b, weights "<scope>weight" [out, in] and "<scope>bias" [out].
//
// Precision: a Linear built while a LinearPrecisionScope(Int8) is alive on the same thread is
// dynamically quantized like torch.ao.quantization.quantize_dynamic: int8 weights (symmetric, one
// scale per output row), activations quantized per call, int32 accumulation, float32 output,
// through LibTorch's quantized::linear_dynamic on the ONEDNN engine. The float32 weights are kept
// only in float32 mode.

#include "nn/PackedWeights.h"
#include "weights/WeightStore.h"

#include <ATen/ATen.h>
#include <ATen/core/ivalue.h>

namespace el {

enum class LinearPrecision { Float32, Int8 };

// Linear layers constructed on this thread while the scope is alive use `precision`.
class LinearPrecisionScope
{
public:
    explicit LinearPrecisionScope(LinearPrecision precision);
    ~LinearPrecisionScope();
    LinearPrecisionScope(const LinearPrecisionScope&) = delete;
    LinearPrecisionScope& operator=(const LinearPrecisionScope&) = delete;
    static LinearPrecision current();

private:
    LinearPrecision m_previous;
};

class Linear
{
public:
    Linear() = default;
    Linear(const WeightScope& w, int64_t in, int64_t out, bool bias = true)
        : Linear(w.require("weight", {out, in}), bias ? w.require("bias", {out}) : at::Tensor())
    {
    }
    // From tensors (e.g. concatenated Q/K/V weights): weight [out, in], bias [out] or undefined.
    Linear(at::Tensor weight, at::Tensor bias);

    // Float32: the weight packed once at load for el::PackedWeights' AVX2 kernel. On CPUs without
    // AVX2/FMA (or with ENCODERLENS_BLAS_LINEAR=1), the fused addmm of torch.nn.functional.linear
    // with the weight stored transposed, so that the BLAS reads it without a transposition.
    at::Tensor operator()(const at::Tensor& x) const;
    bool quantized() const { return !m_packed.isNone(); }

private:
    PackedWeights m_packedF32; // float32 path on AVX2/FMA CPUs
    at::Tensor m_weightT; // float32 [in, out] contiguous (transposed at load), BLAS path only
    at::Tensor m_bias;   // BLAS path only; undefined when the layer has no bias
    c10::IValue m_packed; // quantized::linear_prepack result (int8 mode)
};

} // namespace el
