#include "PackedWeights.h"

#include "SecondCore.h"

#include <ATen/Parallel.h>
#include <immintrin.h>

#include <algorithm>
#include <cstring>

namespace el {

namespace {

constexpr int64_t kPanel = 16;    // output columns per panel (two AVX registers)
constexpr int64_t kBlockRows = 6; // rows per register block: 12 accumulators + 2 weights + 1 broadcast
// Cache blocking (GotoBLAS without packing the input): k runs in blocks of at most kMaxDepth, so
// that a panel's slice (kMaxDepth x 16 floats, 24 KiB) stays in L1 while it serves every row of a
// chunk; a chunk's inputs for one k block (kChunkRows x kMaxDepth floats, 144 KiB) stay in L2.
constexpr int64_t kMaxDepth = 384;
constexpr int64_t kChunkRows = 96;

// y[r][0..cols) = x[r]·panelᵀ + (accumulate ? y[r] : bias) for R rows (R <= 6) over `in` values
// of k; ldx/ldy in floats. The accumulators are named, not an array: GCC otherwise spills the
// array to the stack on every step.
template <int R>
__attribute__((target("avx2,fma"))) void kernel(const float* x, int64_t ldx, const float* panel, int64_t in,
                                                const float* bias, float* y, int64_t ldy, int64_t cols,
                                                bool accumulate, const float* prefetch)
{
    __m256 a0 = _mm256_setzero_ps(), b0 = a0, a1 = a0, b1 = a0, a2 = a0, b2 = a0, a3 = a0, b3 = a0, a4 = a0,
           b4 = a0, a5 = a0, b5 = a0;
    const float* x0 = x;
    const float* x1 = x + ldx * (R > 1 ? 1 : 0);
    const float* x2 = x + ldx * (R > 2 ? 2 : 0);
    const float* x3 = x + ldx * (R > 3 ? 3 : 0);
    const float* x4 = x + ldx * (R > 4 ? 4 : 0);
    const float* x5 = x + ldx * (R > 5 ? 5 : 0);
    for (int64_t k = 0; k < in; ++k) {
        const __m256 w0 = _mm256_load_ps(panel + kPanel * k);
        const __m256 w1 = _mm256_load_ps(panel + kPanel * k + 8);
        _mm_prefetch(reinterpret_cast<const char*>(prefetch + kPanel * k), _MM_HINT_T0);
        __m256 v = _mm256_broadcast_ss(x0 + k);
        a0 = _mm256_fmadd_ps(v, w0, a0);
        b0 = _mm256_fmadd_ps(v, w1, b0);
        if constexpr (R > 1) {
            v = _mm256_broadcast_ss(x1 + k);
            a1 = _mm256_fmadd_ps(v, w0, a1);
            b1 = _mm256_fmadd_ps(v, w1, b1);
        }
        if constexpr (R > 2) {
            v = _mm256_broadcast_ss(x2 + k);
            a2 = _mm256_fmadd_ps(v, w0, a2);
            b2 = _mm256_fmadd_ps(v, w1, b2);
        }
        if constexpr (R > 3) {
            v = _mm256_broadcast_ss(x3 + k);
            a3 = _mm256_fmadd_ps(v, w0, a3);
            b3 = _mm256_fmadd_ps(v, w1, b3);
        }
        if constexpr (R > 4) {
            v = _mm256_broadcast_ss(x4 + k);
            a4 = _mm256_fmadd_ps(v, w0, a4);
            b4 = _mm256_fmadd_ps(v, w1, b4);
        }
        if constexpr (R > 5) {
            v = _mm256_broadcast_ss(x5 + k);
            a5 = _mm256_fmadd_ps(v, w0, a5);
            b5 = _mm256_fmadd_ps(v, w1, b5);
        }
    }
    // Bias (or the earlier k blocks) after the sum, as addmm adds the product to the
    // bias-initialised output.
    const __m256 lo[6] = {a0, a1, a2, a3, a4, a5}, hi[6] = {b0, b1, b2, b3, b4, b5};
    for (int r = 0; r < R; ++r) {
        float* out = y + r * ldy;
        alignas(32) float tmp[kPanel];
        const float* base = bias;
        if (accumulate) {
            if (cols == kPanel) {
                base = out;
            } else {
                std::memcpy(tmp, out, size_t(cols) * sizeof(float));
                base = tmp;
            }
        }
        const __m256 l = _mm256_add_ps(lo[r], _mm256_loadu_ps(base));
        const __m256 h = _mm256_add_ps(hi[r], _mm256_loadu_ps(base + 8));
        if (cols == kPanel) {
            _mm256_storeu_ps(out, l);
            _mm256_storeu_ps(out + 8, h);
        } else {
            _mm256_store_ps(tmp, l);
            _mm256_store_ps(tmp + 8, h);
            std::memcpy(out, tmp, size_t(cols) * sizeof(float));
        }
    }
}

using KernelFn = void (*)(const float*, int64_t, const float*, int64_t, const float*, float*, int64_t, int64_t, bool, const float*);
constexpr KernelFn kKernels[kBlockRows + 1] = {nullptr,   kernel<1>, kernel<2>, kernel<3>,
                                               kernel<4>, kernel<5>, kernel<6>};

} // namespace

bool PackedWeights::supported()
{
    static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return ok;
}

PackedWeights::PackedWeights(const at::Tensor& weight, const at::Tensor& bias)
    : m_in(weight.size(1)), m_out(weight.size(0))
{
    const int64_t panels = (m_out + kPanel - 1) / kPanel;
    const at::Tensor w = weight.to(at::kFloat).contiguous();
    // [out, in] -> zero-padded [panels * 16, in] -> [panels, 16, in] -> [panels, in, 16]
    at::Tensor padded = at::zeros({panels * kPanel, m_in}, w.options());
    padded.narrow(0, 0, m_out).copy_(w);
    m_panels = padded.view({panels, kPanel, m_in}).transpose(1, 2).contiguous();
    m_bias = at::zeros({panels * kPanel}, w.options());
    if (bias.defined()) m_bias.narrow(0, 0, m_out).copy_(bias.to(at::kFloat));
}

at::Tensor PackedWeights::operator()(const at::Tensor& input) const
{
    const at::Tensor x = input.reshape({-1, m_in}).contiguous();
    const int64_t rows = x.size(0);
    std::vector<int64_t> shape(input.sizes().begin(), input.sizes().end());
    shape.back() = m_out;
    at::Tensor y = at::empty({rows, m_out}, x.options());
    const float* xp = x.data_ptr<float>();
    const float* wp = m_panels.data_ptr<float>();
    const float* bp = m_bias.data_ptr<float>();
    float* yp = y.data_ptr<float>();
    const int64_t panels = m_panels.size(0);
    const int64_t chunks = (rows + kChunkRows - 1) / kChunkRows;
    const int64_t depthBlocks = (m_in + kMaxDepth - 1) / kMaxDepth;
    const int64_t depth = (m_in + depthBlocks - 1) / depthBlocks;

    // Work items: (row chunk, panel). Each panel of a chunk is an independent strip of y.
    auto run = [&](int64_t begin, int64_t end) {
        for (int64_t item = begin; item < end; ++item) {
            const int64_t chunk = item / panels, p = item % panels;
            const int64_t r0 = chunk * kChunkRows, r1 = std::min(rows, r0 + kChunkRows);
            const int64_t col = p * kPanel, cols = std::min(kPanel, m_out - col);
            const float* panel = wp + p * m_in * kPanel;
            // Each k step also asks for one cache line (16 floats) of the next panel: the weights
            // of a short input stream from memory, and the hardware prefetcher alone leaves the
            // kernel waiting on them.
            const float* next = p + 1 < panels ? panel + m_in * kPanel : panel;
            for (int64_t k0 = 0; k0 < m_in; k0 += depth) {
                const int64_t kn = std::min(depth, m_in - k0);
                for (int64_t r = r0; r < r1; r += kBlockRows) {
                    const int64_t n = std::min(kBlockRows, r1 - r);
                    kKernels[n](xp + r * m_in + k0, m_in, panel + k0 * kPanel, kn, bp + col, yp + r * m_out + col,
                                m_out, cols, k0 > 0, next + k0 * kPanel);
                }
            }
        }
    };
    // Chunk-major order keeps one chunk's rows hot while its panels stream; a thread takes a run
    // of panels. A short input's product is split over two cores only through SecondCore (an
    // OpenMP wake-up costs more than it saves); long inputs use LibTorch's threads.
    const int64_t items = chunks * panels;
    const int64_t flops = 2 * rows * m_in * m_out;
    const int64_t weightBytes = m_in * m_out * int64_t(sizeof(float));
    if (SecondCoreScope::active() && items >= 2 && weightBytes >= (int64_t(256) << 10)) {
        // Quarters: whichever core is free takes the next one, so a helper that wakes late still
        // takes part of the work (measured, MiniLM: halves were best for back-to-back passes,
        // 16 tokens p50 5.5-6.6 ms vs 6.2-6.8 for quarters, but a burst of 8 sentences after an
        // idle pause - the GUI's case - took p50 36-42 ms with halves and 29 ms with quarters).
        const int64_t parts = std::min<int64_t>(items, 4);
        shareWithSecondCore(parts, [&](int64_t part) { run(items * part / parts, items * (part + 1) / parts); });
    } else if (flops < (int64_t(1) << 24) || at::get_num_threads() <= 1) {
        run(0, items);
    } else {
        at::parallel_for(0, items, 1, run);
    }
    return y.view(shape);
}

} // namespace el
