#include "PoolingContributions.h"

#include "Error.h"

#include <cmath>

namespace el {

TokenContributions poolingContributions(const FloatArray& tokenStates, PoolingMode mode)
{
    if (tokenStates.rank() != 2 || tokenStates.dim(0) == 0)
        throw Error(ErrorCode::InvalidInput, "poolingContributions: expected non-empty [tokens, hidden]");
    const int64_t n = tokenStates.dim(0);
    const int64_t hidden = tokenStates.dim(1);
    TokenContributions out;
    out.share.assign(size_t(n), 0.0);
    out.dimensionsWon.assign(size_t(n), 0);

    switch (mode) {
    case PoolingMode::Cls:
        out.share[0] = 1.0;
        return out;
    case PoolingMode::LastToken:
        out.share[size_t(n - 1)] = 1.0;
        return out;
    case PoolingMode::Max:
        for (int64_t h = 0; h < hidden; ++h) {
            int64_t best = 0;
            for (int64_t t = 1; t < n; ++t)
                if (tokenStates.row(t)[h] > tokenStates.row(best)[h]) best = t;
            ++out.dimensionsWon[size_t(best)];
        }
        for (int64_t t = 0; t < n; ++t)
            out.share[size_t(t)] = hidden ? double(out.dimensionsWon[size_t(t)]) / hidden : 0.0;
        return out;
    case PoolingMode::Mean:
    case PoolingMode::MeanSqrtLen:
    case PoolingMode::WeightedMean: {
        std::vector<double> coeff(static_cast<size_t>(n));
        double weightSum = 0;
        for (int64_t t = 0; t < n; ++t) {
            coeff[size_t(t)] = mode == PoolingMode::WeightedMean ? double(t + 1) : 1.0;
            weightSum += coeff[size_t(t)];
        }
        const double denom = mode == PoolingMode::MeanSqrtLen ? std::sqrt(weightSum) : weightSum;
        std::vector<double> pooled(size_t(hidden), 0.0);
        for (int64_t t = 0; t < n; ++t) {
            coeff[size_t(t)] /= denom;
            for (int64_t h = 0; h < hidden; ++h)
                pooled[size_t(h)] += coeff[size_t(t)] * tokenStates.row(t)[h];
        }
        double pp = 0;
        for (double v : pooled)
            pp += v * v;
        if (pp == 0) return out;
        for (int64_t t = 0; t < n; ++t) {
            double dot = 0;
            for (int64_t h = 0; h < hidden; ++h)
                dot += double(tokenStates.row(t)[h]) * pooled[size_t(h)];
            out.share[size_t(t)] = coeff[size_t(t)] * dot / pp;
        }
        return out;
    }
    }
    return out;
}

} // namespace el
