#pragma once
// Token x token similarity of two sentences and its best alignment, for the similarity maps:
// for each token of A its most similar token of B (row argmax) and vice versa (column argmax);
// a pair that is each other's best is a mutual match. Argmax ties go to the first index, like
// numpy.argmax.
//
// Pure functions, safe from any thread; bad shapes throw el::Error(InvalidInput).

#include "FloatArray.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace el {

struct TokenAlignment
{
    FloatArray similarity;              // [A, B] cosine similarity
    std::vector<int64_t> bestForRow;    // A entries: the column (token of B) most similar to row i
    std::vector<int64_t> bestForColumn; // B entries: the row (token of A) most similar to column j
    std::vector<std::pair<int64_t, int64_t>>
        mutual; // (i, j) with bestForRow[i] == j and bestForColumn[j] == i
};

// Cosine similarity of every row of a [A, H] with every row of b [B, H] -> [A, B].
FloatArray crossCosine(const FloatArray& a, const FloatArray& b);

// Best matches of a similarity matrix [A, B] (A, B >= 1).
TokenAlignment alignMatrix(FloatArray similarity);

// crossCosine then alignMatrix.
TokenAlignment alignTokens(const FloatArray& a, const FloatArray& b);

} // namespace el
