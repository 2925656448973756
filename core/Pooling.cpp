#include "Pooling.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace el {

namespace {

constexpr std::pair<PoolingMode, const char*> kNames[] = {
    {PoolingMode::Cls, "cls"},
    {PoolingMode::Max, "max"},
    {PoolingMode::Mean, "mean"},
    {PoolingMode::MeanSqrtLen, "mean_sqrt_len"},
    {PoolingMode::WeightedMean, "weightedmean"},
    {PoolingMode::LastToken, "lasttoken"},
};

} // namespace

std::string poolingName(PoolingMode mode)
{
    for (const auto& [m, name] : kNames)
        if (m == mode) return name;
    return "unknown";
}

std::optional<PoolingMode> poolingFromName(std::string_view name)
{
    for (const auto& [m, n] : kNames)
        if (name == n) return m;
    return std::nullopt;
}

std::vector<PoolingMode> allPoolingModes()
{
    std::vector<PoolingMode> out;
    for (const auto& [m, name] : kNames) out.push_back(m);
    return out;
}

// Mirrors sentence-transformers models/Pooling.py (forward) for one sequence; sums are accumulated
// in double, which stays within float32 rounding of torch's reductions.
std::vector<float> pool(const FloatArray& tokens, const std::vector<int8_t>& mask, PoolingMode mode)
{
    if (tokens.rank() != 2)
        throw Error(ErrorCode::InvalidInput, "pool: token embeddings must be [tokens, hidden]");
    const int64_t length = tokens.dim(0);
    const int64_t hidden = tokens.dim(1);
    if (int64_t(mask.size()) != length)
        throw Error(ErrorCode::InvalidInput, "pool: mask has " + std::to_string(mask.size()) + " entries for " +
                                                 std::to_string(length) + " tokens");
    if (length == 0) throw Error(ErrorCode::InvalidInput, "pool: empty sequence");
    std::vector<float> out(size_t(hidden), 0.0f);
    auto x = [&](int64_t t, int64_t h) { return tokens.data[size_t(t * hidden + h)]; };

    switch (mode) {
    case PoolingMode::Cls:
        for (int64_t h = 0; h < hidden; ++h) out[h] = x(0, h);
        break;
    case PoolingMode::Max:
        // Padded positions are set to -1e9 before the max (so an all-masked input gives -1e9).
        for (int64_t h = 0; h < hidden; ++h) {
            float best = -std::numeric_limits<float>::infinity();
            for (int64_t t = 0; t < length; ++t) best = std::max(best, mask[t] ? x(t, h) : -1e9f);
            out[h] = best;
        }
        break;
    case PoolingMode::Mean:
    case PoolingMode::MeanSqrtLen:
    case PoolingMode::WeightedMean: {
        // weightedmean weighs position t (0-based, in the padded sequence) by t + 1.
        double weightSum = 0;
        std::vector<double> sums(size_t(hidden), 0.0);
        for (int64_t t = 0; t < length; ++t) {
            if (!mask[t]) continue;
            const double w = mode == PoolingMode::WeightedMean ? double(t + 1) : 1.0;
            weightSum += w;
            for (int64_t h = 0; h < hidden; ++h) sums[h] += w * x(t, h);
        }
        // torch.clamp(sum_mask, min=1e-9) in float32.
        double denom = std::max(weightSum, double(1e-9f));
        if (mode == PoolingMode::MeanSqrtLen) denom = std::sqrt(denom);
        for (int64_t h = 0; h < hidden; ++h) out[h] = float(sums[h] / denom);
        break;
    }
    case PoolingMode::LastToken: {
        int64_t last = -1;
        for (int64_t t = length - 1; t >= 0; --t)
            if (mask[t]) {
                last = t;
                break;
            }
        if (last >= 0) // an all-zero mask gathers X[0] * 0, a zero vector
            for (int64_t h = 0; h < hidden; ++h) out[h] = x(last, h);
        break;
    }
    }
    return out;
}

void l2Normalize(std::vector<float>& v)
{
    double sq = 0;
    for (float f : v) sq += double(f) * f;
    // torch.nn.functional.normalize: x / max(||x||, 1e-12)
    const float norm = std::max(float(std::sqrt(sq)), 1e-12f);
    for (float& f : v) f /= norm;
}

void l2NormalizeRows(FloatArray& m)
{
    if (m.rank() != 2) throw Error(ErrorCode::InvalidInput, "l2NormalizeRows: expected a [rows, dim] array");
    const int64_t dim = m.dim(1);
    for (int64_t r = 0; r < m.dim(0); ++r) {
        float* row = m.row(r);
        double sq = 0;
        for (int64_t i = 0; i < dim; ++i) sq += double(row[i]) * row[i];
        const float norm = std::max(float(std::sqrt(sq)), 1e-12f);
        for (int64_t i = 0; i < dim; ++i) row[i] /= norm;
    }
}

float cosine(const float* a, const float* b, int64_t n)
{
    double dot = 0, na = 0, nb = 0;
    for (int64_t i = 0; i < n; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    if (na == 0 || nb == 0) return 0.0f;
    return float(dot / (std::sqrt(na) * std::sqrt(nb)));
}

FloatArray cosineMatrix(const FloatArray& m)
{
    if (m.rank() != 2) throw Error(ErrorCode::InvalidInput, "cosineMatrix: expected a [rows, dim] array");
    const int64_t n = m.dim(0);
    const int64_t dim = m.dim(1);
    FloatArray out({n, n});
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = i; j < n; ++j) {
            const float c = cosine(m.row(i), m.row(j), dim);
            out.data[size_t(i * n + j)] = c;
            out.data[size_t(j * n + i)] = c;
        }
    return out;
}

} // namespace el
