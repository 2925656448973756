// The machine's float32 matrix-product rate through LibTorch (the BLAS it resolved), at 1 and 2
// threads: the physical ceiling the encoder throughput is compared with. Prints JSON lines.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main()
{
    const int64_t n = 1024;
    auto a = at::randn({n, n}), b = at::randn({n, n});
    for (int threads : {1, 2}) {
        at::set_num_threads(threads);
        for (int i = 0; i < 3; ++i) at::mm(a, b); // warm-up
        std::vector<double> rates;
        for (int rep = 0; rep < 7; ++rep) {
            const int iters = 10;
            auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < iters; ++i) at::mm(a, b);
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            rates.push_back(2.0 * n * n * n * iters / s / 1e9);
        }
        std::sort(rates.begin(), rates.end());
        std::printf("{\"threads\": %d, \"n\": %lld, \"gflops_median\": %.1f, \"gflops_best\": %.1f}\n", threads,
                    static_cast<long long>(n), rates[rates.size() / 2], rates.back());
    }
    return 0;
}
