#include "AttentionAggregation.h"

#include "Error.h"

#include <algorithm>
#include <string>

namespace el {

namespace {

std::vector<int64_t> sortedUnique(std::vector<int64_t> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

void checkIndices(const std::vector<int64_t>& indices, int64_t count, const char* what)
{
    if (indices.empty())
        throw Error(ErrorCode::InvalidInput, std::string("attention: no ") + what + " selected");
    for (int64_t i : indices) {
        if (i < 0 || i >= count)
            throw Error(ErrorCode::InvalidInput, std::string("attention: ") + what + " index " +
                                                     std::to_string(i) + " out of range 0.." +
                                                     std::to_string(count - 1));
    }
}

const float* sliceData(const FloatArray& attentions, int64_t layer, int64_t head)
{
    const int64_t l2 = attentions.shape[2] * attentions.shape[3];
    return attentions.data.data() + (layer * attentions.shape[1] + head) * l2;
}

// Fuse the selected heads of one layer into out (n = L*L values).
void fuseHeads(const FloatArray& attentions, int64_t layer, const std::vector<int64_t>& heads,
               AttentionReduce reduce, float* out, int64_t n)
{
    const float* first = sliceData(attentions, layer, heads.front());
    std::copy(first, first + n, out);
    for (size_t k = 1; k < heads.size(); ++k) {
        const float* src = sliceData(attentions, layer, heads[k]);
        if (reduce == AttentionReduce::Max)
            for (int64_t i = 0; i < n; ++i)
                out[i] = std::max(out[i], src[i]);
        else
            for (int64_t i = 0; i < n; ++i)
                out[i] += src[i];
    }
    if (reduce == AttentionReduce::Mean && heads.size() > 1) {
        const float inv = 1.0f / float(heads.size());
        for (int64_t i = 0; i < n; ++i)
            out[i] *= inv;
    }
}

// The product dominates rollout (L^3 per layer). An x86-64-v3 (AVX2 + FMA) clone is picked at
// run time when the CPU has it: measured 12 ms instead of 22 ms per 512 x 512 product (-O3).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define EL_MATMUL_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define EL_MATMUL_CLONES
#endif

// c = a · b for L x L row-major matrices. The i-k-j order streams rows of b and c, which the
// compiler vectorises; blocking over k keeps a band of b in cache for consecutive rows of a.
EL_MATMUL_CLONES void matmul(const float* a, const float* b, float* c, int64_t L)
{
    std::fill(c, c + L * L, 0.0f);
    constexpr int64_t kBlock = 64;
    for (int64_t k0 = 0; k0 < L; k0 += kBlock) {
        const int64_t k1 = std::min(L, k0 + kBlock);
        for (int64_t i = 0; i < L; ++i) {
            float* __restrict ci = c + i * L;
            const float* ai = a + i * L;
            for (int64_t k = k0; k < k1; ++k) {
                const float aik = ai[k];
                const float* __restrict bk = b + k * L;
                for (int64_t j = 0; j < L; ++j)
                    ci[j] += aik * bk[j];
            }
        }
    }
}

} // namespace

void checkAttentionShape(const FloatArray& attentions)
{
    const auto& s = attentions.shape;
    if (s.size() != 4 || s[0] < 1 || s[1] < 1 || s[2] < 1 || s[2] != s[3] ||
        int64_t(attentions.data.size()) != attentions.numel()) {
        std::string shape;
        for (size_t i = 0; i < s.size(); ++i)
            shape += (i ? ", " : "") + std::to_string(s[i]);
        throw Error(ErrorCode::InvalidInput,
                    "attention: expected a [layers, heads, tokens, tokens] array, got [" + shape + "]");
    }
}

std::vector<int64_t> allIndices(int64_t n)
{
    std::vector<int64_t> v(size_t(std::max<int64_t>(n, 0)));
    for (int64_t i = 0; i < n; ++i)
        v[size_t(i)] = i;
    return v;
}

FloatArray attentionSlice(const FloatArray& attentions, int64_t layer, int64_t head)
{
    return aggregateAttention(attentions, {layer}, {head}, AttentionReduce::Mean);
}

FloatArray aggregateAttention(const FloatArray& attentions, const std::vector<int64_t>& layers,
                              const std::vector<int64_t>& heads, AttentionReduce reduce)
{
    checkAttentionShape(attentions);
    const auto ls = sortedUnique(layers);
    const auto hs = sortedUnique(heads);
    checkIndices(ls, attentions.shape[0], "layer");
    checkIndices(hs, attentions.shape[1], "head");
    const int64_t L = attentions.shape[2];
    const int64_t n = L * L;

    FloatArray out({L, L});
    float* dst = out.data.data();
    bool first = true;
    for (int64_t layer : ls) {
        for (int64_t head : hs) {
            const float* src = sliceData(attentions, layer, head);
            if (first) {
                std::copy(src, src + n, dst);
                first = false;
            } else if (reduce == AttentionReduce::Max) {
                for (int64_t i = 0; i < n; ++i)
                    dst[i] = std::max(dst[i], src[i]);
            } else {
                for (int64_t i = 0; i < n; ++i)
                    dst[i] += src[i];
            }
        }
    }
    const size_t count = ls.size() * hs.size();
    if (reduce == AttentionReduce::Mean && count > 1) {
        const float inv = 1.0f / float(count);
        for (int64_t i = 0; i < n; ++i)
            dst[i] *= inv;
    }
    return out;
}

std::vector<FloatArray> attentionRolloutByLayer(const FloatArray& attentions,
                                                const std::vector<int64_t>& layers,
                                                const std::vector<int64_t>& heads, AttentionReduce fuse)
{
    checkAttentionShape(attentions);
    const auto ls = sortedUnique(layers);
    const auto hs = sortedUnique(heads);
    checkIndices(ls, attentions.shape[0], "layer");
    checkIndices(hs, attentions.shape[1], "head");
    const int64_t L = attentions.shape[2];
    const int64_t n = L * L;

    std::vector<FloatArray> prefixes;
    prefixes.reserve(ls.size());
    std::vector<float> layerMatrix(static_cast<size_t>(n));
    for (int64_t layer : ls) {
        // Ã_l = rownorm(Â_l + I)
        fuseHeads(attentions, layer, hs, fuse, layerMatrix.data(), n);
        for (int64_t i = 0; i < L; ++i) {
            float* row = layerMatrix.data() + i * L;
            row[i] += 1.0f;
            double sum = 0;
            for (int64_t j = 0; j < L; ++j)
                sum += row[j];
            const float inv = float(1.0 / sum);
            for (int64_t j = 0; j < L; ++j)
                row[j] *= inv;
        }
        FloatArray next({L, L});
        if (prefixes.empty())
            next.data.assign(layerMatrix.begin(), layerMatrix.end());
        else // R <- Ã_l · R: the higher layer multiplies from the left.
            matmul(layerMatrix.data(), prefixes.back().data.data(), next.data.data(), L);
        prefixes.push_back(std::move(next));
    }
    return prefixes;
}

FloatArray attentionRollout(const FloatArray& attentions, const std::vector<int64_t>& layers,
                            const std::vector<int64_t>& heads, AttentionReduce fuse)
{
    auto prefixes = attentionRolloutByLayer(attentions, layers, heads, fuse);
    return std::move(prefixes.back());
}

} // namespace el
