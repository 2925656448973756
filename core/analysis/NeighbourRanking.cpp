#include "NeighbourRanking.h"

#include "Error.h"

#include <algorithm>
#include <cmath>

namespace el {

std::vector<int64_t> neighbourOrder(const FloatArray& similarity, int64_t row)
{
    if (similarity.rank() != 2 || similarity.dim(0) != similarity.dim(1))
        throw Error(ErrorCode::InvalidInput, "neighbourOrder: expected a square [n, n] matrix");
    const int64_t n = similarity.dim(0);
    if (row < 0 || row >= n) throw Error(ErrorCode::InvalidInput, "neighbourOrder: row out of range");
    std::vector<int64_t> out;
    for (int64_t j = 0; j < n; ++j)
        if (j != row) out.push_back(j);
    const float* s = similarity.row(row);
    std::stable_sort(out.begin(), out.end(), [s](int64_t a, int64_t b) {
        const float x = s[a], y = s[b];
        if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);
        return x > y;
    });
    return out;
}

std::vector<int64_t> neighbourRanks(const FloatArray& similarity, int64_t row)
{
    const std::vector<int64_t> order = neighbourOrder(similarity, row);
    std::vector<int64_t> ranks(size_t(similarity.dim(0)), 0);
    for (size_t r = 0; r < order.size(); ++r)
        ranks[size_t(order[r])] = int64_t(r) + 1;
    return ranks;
}

} // namespace el
