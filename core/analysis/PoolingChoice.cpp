#include "PoolingChoice.h"

#include "Error.h"

#include <algorithm>
#include <string>

namespace el {

PoolingChoice declaredChoice(const std::vector<PoolingMode>& declaredModes, bool declaredNormalize)
{
    PoolingChoice c;
    c.modes = declaredModes.empty() ? std::vector<PoolingMode>{PoolingMode::Mean} : declaredModes;
    c.layer = -1;
    c.lastLayers = 0;
    c.includeSpecialTokens = true;
    c.normalize = declaredNormalize;
    return c;
}

FloatArray choiceLayerStates(const FloatArray& hiddenStates, const PoolingChoice& choice)
{
    if (hiddenStates.rank() != 3)
        throw Error(ErrorCode::InvalidInput, "hidden states must be [layers + 1, tokens, hidden]");
    const int64_t states = hiddenStates.dim(0);
    const int64_t tokens = hiddenStates.dim(1);
    const int64_t hidden = hiddenStates.dim(2);
    const int64_t per = tokens * hidden;
    FloatArray out({tokens, hidden});
    if (choice.lastLayers > 0) {
        const int64_t n = std::min(choice.lastLayers, states);
        std::vector<double> sum(size_t(per), 0.0);
        for (int64_t l = states - n; l < states; ++l) {
            const float* src = hiddenStates.row(l);
            for (int64_t i = 0; i < per; ++i)
                sum[size_t(i)] += src[i];
        }
        for (int64_t i = 0; i < per; ++i)
            out.data[size_t(i)] = float(sum[size_t(i)] / double(n));
        return out;
    }
    const int64_t layer = choice.layer < 0 ? states - 1 : choice.layer;
    if (layer >= states)
        throw Error(ErrorCode::InvalidInput, "layer " + std::to_string(layer) +
                                                 " out of range (the model has " + std::to_string(states) +
                                                 " hidden states)");
    std::copy_n(hiddenStates.row(layer), per, out.data.begin());
    return out;
}

std::vector<int64_t> pooledTokenIndices(const std::vector<int8_t>& specialTokensMask, int64_t tokens,
                                        bool includeSpecialTokens)
{
    std::vector<int64_t> out;
    out.reserve(size_t(tokens));
    for (int64_t t = 0; t < tokens; ++t) {
        const bool special = size_t(t) < specialTokensMask.size() && specialTokensMask[size_t(t)] != 0;
        if (includeSpecialTokens || !special) out.push_back(t);
    }
    return out;
}

FloatArray selectRows(const FloatArray& tokenStates, const std::vector<int64_t>& indices)
{
    if (tokenStates.rank() != 2)
        throw Error(ErrorCode::InvalidInput, "selectRows: expected [tokens, hidden]");
    const int64_t hidden = tokenStates.dim(1);
    FloatArray out({int64_t(indices.size()), hidden});
    for (size_t i = 0; i < indices.size(); ++i) {
        const int64_t r = indices[i];
        if (r < 0 || r >= tokenStates.dim(0))
            throw Error(ErrorCode::InvalidInput, "selectRows: index out of range");
        std::copy_n(tokenStates.row(r), hidden, out.row(int64_t(i)));
    }
    return out;
}

std::vector<float> poolHiddenStates(const FloatArray& hiddenStates,
                                    const std::vector<int8_t>& specialTokensMask, const PoolingChoice& choice)
{
    if (choice.modes.empty()) throw Error(ErrorCode::InvalidInput, "no pooling mode chosen");
    const FloatArray states = choiceLayerStates(hiddenStates, choice);
    const int64_t hidden = states.dim(1);
    const std::vector<int64_t> kept =
        pooledTokenIndices(specialTokensMask, states.dim(0), choice.includeSpecialTokens);
    std::vector<float> out;
    out.reserve(choice.modes.size() * size_t(hidden));
    if (kept.empty()) {
        out.assign(choice.modes.size() * size_t(hidden), 0.0f);
        return out;
    }
    const FloatArray rows = selectRows(states, kept);
    const std::vector<int8_t> mask(kept.size(), 1);
    for (PoolingMode mode : choice.modes) {
        const std::vector<float> v = pool(rows, mask, mode);
        out.insert(out.end(), v.begin(), v.end());
    }
    if (choice.normalize) l2Normalize(out);
    return out;
}

FloatArray stackRows(const std::vector<std::vector<float>>& rows)
{
    if (rows.empty()) return FloatArray({0, 0});
    const int64_t dim = int64_t(rows.front().size());
    FloatArray out({int64_t(rows.size()), dim});
    for (size_t r = 0; r < rows.size(); ++r) {
        if (int64_t(rows[r].size()) != dim)
            throw Error(ErrorCode::InvalidInput, "stackRows: rows differ in length");
        std::copy(rows[r].begin(), rows[r].end(), out.row(int64_t(r)));
    }
    return out;
}

FloatArray dotMatrix(const FloatArray& m)
{
    if (m.rank() != 2) throw Error(ErrorCode::InvalidInput, "dotMatrix: expected a [rows, dim] array");
    const int64_t n = m.dim(0);
    const int64_t dim = m.dim(1);
    FloatArray out({n, n});
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = i; j < n; ++j) {
            double dot = 0;
            const float* a = m.row(i);
            const float* b = m.row(j);
            for (int64_t k = 0; k < dim; ++k)
                dot += double(a[k]) * b[k];
            out.data[size_t(i * n + j)] = out.data[size_t(j * n + i)] = float(dot);
        }
    return out;
}

} // namespace el
