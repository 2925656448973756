#pragma once
// A float32 weight matrix W [out, in] packed once for y = x·Wᵀ + b on AVX2/FMA CPUs.
//
// Why: a BLAS call copies ("packs") the weight into its own blocked layout on every call. For the
// short inputs of interactive use (one sentence of 8-64 tokens) that copy costs as much as the
// product itself: measured with perf on all-MiniLM-L6-v2 at 16 tokens, OpenBLAS spent 34% of the
// time in sgemm_itcopy and 33% in its kernel. Packed at load, the weight is read once per call,
// straight from the layout the kernel wants.
//
// Layout: 16-column panels, panel p holds W[16p .. 16p+15][k] for k = 0..in-1 contiguously
// (k-major, 16 floats per k, zero-filled past `out`). The kernel keeps a 6 x 16 block of y in
// registers and streams one panel per block of up to 6 rows (the BLIS Haswell micro-kernel shape).
//
// Thread safety: multiply() only reads the packed weights; concurrent calls are fine.

#include <ATen/ATen.h>

namespace el {

class PackedWeights
{
public:
    // True when this CPU runs the kernel (AVX2 and FMA). Without it, callers use the BLAS.
    static bool supported();

    PackedWeights() = default;
    // weight: float32 [out, in] (any strides); bias: float32 [out] or undefined.
    PackedWeights(const at::Tensor& weight, const at::Tensor& bias);

    bool empty() const { return !m_panels.defined(); }
    int64_t in() const { return m_in; }
    int64_t out() const { return m_out; }

    // x [..., in] float32 -> y [..., out]. Inside a SecondCoreScope the product is shared with
    // the second core; otherwise large products use LibTorch's intra-op threads, small ones stay
    // on the calling thread.
    at::Tensor operator()(const at::Tensor& x) const;

private:
    at::Tensor m_panels; // float32 [ceil(out/16), in, 16]
    at::Tensor m_bias;   // float32 [ceil(out/16) * 16], zero past out and when there is no bias
    int64_t m_in = 0, m_out = 0;
};

} // namespace el
