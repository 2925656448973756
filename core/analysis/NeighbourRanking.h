#pragma once
// Nearest sentences by similarity, and how two similarity matrices rank them differently (the
// pooling lab's comparison of two pooling choices). Exact: every pair is compared, nothing sampled.
// Pure functions, safe from any thread; bad shapes throw el::Error(InvalidInput).

#include "FloatArray.h"

#include <cstdint>
#include <vector>

namespace el {

// The other rows of a square similarity matrix ordered by descending similarity to `row`
// (ties: lower index first). NaN sorts last.
std::vector<int64_t> neighbourOrder(const FloatArray& similarity, int64_t row);

// rankOf[j] = 1-based rank of j among row's neighbours; 0 for row itself.
std::vector<int64_t> neighbourRanks(const FloatArray& similarity, int64_t row);

} // namespace el
