// Single-input latency of el::Model::inspect at several lengths, with and without attentions.
// Not a test: prints p50/p95 in milliseconds as JSON lines for bench/run_bench.py.
//
// usage: bench_latency [--model DIR] [--threads N] [--repeats N] [--lengths 8,16,32,128,512]
//                      [--precision float32|int8]

#include "Model.h"
#include "Paths.h"
#include "Runtime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(pos), hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

} // namespace

int main(int argc, char** argv)
{
    std::string model = el::defaultModelDir().string();
    int threads = 0, repeats = 50;
    el::Precision precision = el::Precision::Float32;
    std::vector<int> lengths = {8, 16, 32, 128, 512};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--model")) model = argv[i + 1];
        else if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--repeats")) repeats = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--precision")) {
            auto p = el::precisionFromName(argv[i + 1]);
            if (!p) {
                std::fprintf(stderr, "bench_latency: unknown precision %s\n", argv[i + 1]);
                return 2;
            }
            precision = *p;
        }
        else if (!std::strcmp(argv[i], "--lengths")) {
            lengths.clear();
            std::stringstream ss(argv[i + 1]);
            std::string item;
            while (std::getline(ss, item, ',')) lengths.push_back(std::stoi(item));
        }
    }
    try {
        el::LoadOptions load;
        load.threads = threads; // Model::load applies it (0 = all cores)
        load.precision = precision;
        auto m = el::Model::load(model, load);
        for (int tokens : lengths) {
            // "hello" is one WordPiece token; [CLS] and [SEP] make up the rest.
            std::string text;
            for (int i = 0; i < tokens - 2; ++i) text += i ? " hello" : "hello";
            const int64_t maxLength = std::max<int64_t>(tokens, 8);
            for (bool attn : {false, true}) {
                auto probe = m->inspect(text, std::nullopt, attn, maxLength);
                // Long inputs take seconds on a busy machine: fewer repeats there.
                const int reps = tokens >= 256 ? std::max(5, repeats / 4) : repeats;
                std::vector<double> ms;
                for (int r = 0; r < reps; ++r) {
                    auto t0 = std::chrono::steady_clock::now();
                    auto res = m->inspect(text, std::nullopt, attn, maxLength);
                    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
                }
                std::printf("{\"tokens\": %zu, \"requested\": %d, \"attentions\": %s, \"threads\": %d, \"precision\": \"%s\", \"p50_ms\": %.3f, "
                            "\"p95_ms\": %.3f, \"repeats\": %d}\n",
                            probe.encoding.size(), tokens, attn ? "true" : "false", el::threads(),
                            el::precisionName(precision).c_str(),
                            percentile(ms, 0.5), percentile(ms, 0.95), reps);
                std::fflush(stdout);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_latency: error: %s\n", e.what());
        return 1;
    }
    return 0;
}
