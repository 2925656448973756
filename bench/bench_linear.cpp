// A linear layer's product, y = x·Wᵀ + b, through the BLAS (LibTorch's addmm on the transposed
// weight, repacked by the BLAS on every call) and through el::PackedWeights (packed once), for the
// shapes of all-MiniLM-L6-v2 / all-mpnet-base-v2 and rows from one short sentence to a batch.
// One thread unless --threads says otherwise. Prints JSON lines; also checks the two agree.
#include "nn/Linear.h"
#include "nn/PackedWeights.h"
#include "nn/SecondCore.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <vector>

namespace {

template <typename F>
double medianSeconds(F&& f, int64_t flops)
{
    const int iters = int(std::max<int64_t>(3, int64_t(4e8) / std::max<int64_t>(1, flops)));
    for (int i = 0; i < 2; ++i) f();
    std::vector<double> s;
    for (int rep = 0; rep < 5; ++rep) {
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < iters; ++i) f();
        s.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / iters);
    }
    std::sort(s.begin(), s.end());
    return s[s.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 1;
    for (int i = 1; i + 1 < argc; i += 2)
        if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
    at::set_num_threads(threads);
    if (!el::PackedWeights::supported()) {
        std::fprintf(stderr, "bench_linear: this CPU lacks AVX2/FMA\n");
        return 1;
    }
    // The products of one all-MiniLM-L6-v2 forward pass in a row (6 layers x QKV, output,
    // intermediate, output: ~42 MB of weights, more than the L3), for a short input: the weights
    // stream from memory, as they do in the model. One core, then two through SecondCore.
    {
        std::vector<el::PackedWeights> layers;
        for (int l = 0; l < 6; ++l)
            for (auto [in, out] : std::vector<std::pair<int64_t, int64_t>>{{384, 1152}, {384, 384}, {384, 1536}, {1536, 384}})
                layers.emplace_back(at::randn({out, in}) * 0.05, at::randn({out}));
        for (int64_t rows : {8, 16, 32, 64}) {
            const at::Tensor x384 = at::randn({rows, 384}), x1536 = at::randn({rows, 1536});
            int64_t flops = 0;
            for (const auto& w : layers) flops += 2 * rows * w.in() * w.out();
            auto pass = [&] {
                for (const auto& w : layers) w(w.in() == 384 ? x384 : x1536);
            };
            for (bool two : {false, true}) {
                el::SecondCoreScope scope(two);
                const double s = medianSeconds(pass, flops);
                std::printf("{\"pass\": \"minilm\", \"rows\": %lld, \"cores\": %d, \"ms\": %.3f, \"gflops\": %.1f}\n",
                            (long long)rows, two ? 2 : 1, s * 1e3, flops / s / 1e9);
            }
        }
    }
    // int8 (el::Linear under LinearPrecisionScope(Int8): LibTorch's quantized::linear_dynamic on
    // oneDNN, activations quantized per call) against the float32 packed kernel, one thread, for
    // MiniLM's four products at a sentence batch's row count and at one short sentence's.
    for (int64_t rows : {16, 448}) {
        double f32 = 0, i8 = 0;
        int64_t flops = 0;
        for (auto [in, out] : std::vector<std::pair<int64_t, int64_t>>{{384, 1152}, {384, 384}, {384, 1536}, {1536, 384}}) {
            const at::Tensor w = at::randn({out, in}) * 0.05, b = at::randn({out}), x = at::randn({rows, in});
            const el::Linear full(w, b);
            el::LinearPrecisionScope int8(el::LinearPrecision::Int8);
            const el::Linear quant(w, b);
            const int64_t f = 2 * rows * in * out;
            flops += f;
            f32 += medianSeconds([&] { full(x); }, f);
            i8 += medianSeconds([&] { quant(x); }, f);
        }
        std::printf("{\"layer\": \"minilm\", \"rows\": %lld, \"threads\": %d, \"float32_gflops\": %.1f, "
                    "\"int8_gops\": %.1f, \"int8_speedup\": %.2f}\n",
                    (long long)rows, threads, flops / f32 / 1e9, flops / i8 / 1e9, f32 / i8);
    }
    const std::vector<std::pair<int64_t, int64_t>> shapes{{384, 1152}, {384, 384}, {384, 1536}, {1536, 384},
                                                          {768, 2304}, {768, 3072}, {3072, 768}};
    for (auto [in, out] : shapes) {
        const at::Tensor w = at::randn({out, in}) * 0.05, b = at::randn({out});
        const at::Tensor wT = w.t().contiguous();
        const el::PackedWeights packed(w, b);
        for (int64_t rows : {1, 8, 16, 32, 64, 128, 256, 512}) {
            const at::Tensor x = at::randn({rows, in});
            const double diff = (packed(x) - at::addmm(b, x, wT)).abs().max().item<double>();
            const int64_t flops = 2 * rows * in * out;
            const double blas = medianSeconds([&] { at::addmm(b, x, wT); }, flops);
            const double mine = medianSeconds([&] { packed(x); }, flops);
            std::printf("{\"in\": %lld, \"out\": %lld, \"rows\": %lld, \"threads\": %d, \"blas_gflops\": %.1f, "
                        "\"packed_gflops\": %.1f, \"speedup\": %.2f, \"max_abs_diff\": %.3g}\n",
                        (long long)in, (long long)out, (long long)rows, threads, flops / blas / 1e9,
                        flops / mine / 1e9, blas / mine, diff);
        }
    }
    return 0;
}
