// The machine's memory read rate at 1 and 2 threads: the floor of a short input's forward pass,
// which must stream every weight of the encoder from memory (all-MiniLM-L6-v2: 42.5 MB of float32
// encoder weights, more than a 32 MB L3). Sums a 256 MiB buffer (far larger than any cache) with
// AVX loads; prints JSON lines like bench_matmul.
#include <immintrin.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

__attribute__((target("avx2"))) float sumRange(const float* p, size_t n)
{
    __m256 a = _mm256_setzero_ps(), b = a, c = a, d = a;
    for (size_t i = 0; i + 32 <= n; i += 32) {
        a = _mm256_add_ps(a, _mm256_load_ps(p + i));
        b = _mm256_add_ps(b, _mm256_load_ps(p + i + 8));
        c = _mm256_add_ps(c, _mm256_load_ps(p + i + 16));
        d = _mm256_add_ps(d, _mm256_load_ps(p + i + 24));
    }
    alignas(32) float out[8];
    _mm256_store_ps(out, _mm256_add_ps(_mm256_add_ps(a, b), _mm256_add_ps(c, d)));
    float s = 0;
    for (float f : out) s += f;
    return s;
}

} // namespace

int main()
{
    if (!__builtin_cpu_supports("avx2")) {
        std::fprintf(stderr, "bench_membw: this CPU lacks AVX2\n");
        return 1;
    }
    const size_t n = size_t(256) << 20 >> 2; // 256 MiB of floats
    float* buf = static_cast<float*>(std::aligned_alloc(64, n * sizeof(float)));
    for (size_t i = 0; i < n; ++i) buf[i] = 1.0f;
    volatile float sink = 0;
    for (int threads : {1, 2}) {
        std::vector<double> rates;
        for (int rep = 0; rep < 7; ++rep) {
            std::vector<float> partial(static_cast<size_t>(threads), 0.0f);
            const auto t0 = std::chrono::steady_clock::now();
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t)
                pool.emplace_back([&, t] {
                    const size_t begin = n / size_t(threads) * size_t(t);
                    partial[size_t(t)] = sumRange(buf + begin, n / size_t(threads));
                });
            for (auto& th : pool) th.join();
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            for (float f : partial) sink = sink + f;
            rates.push_back(double(n) * sizeof(float) / s / 1e9);
        }
        std::sort(rates.begin(), rates.end());
        std::printf("{\"threads\": %d, \"read_gbs_median\": %.1f, \"read_gbs_best\": %.1f}\n", threads,
                    rates[rates.size() / 2], rates.back());
    }
    std::free(buf);
    return sink == 0 ? 2 : 0; // the sums are 2^28 ones: never 0
}
