#include "TokenAlignment.h"

#include "Error.h"
#include "Pooling.h"

namespace el {

FloatArray crossCosine(const FloatArray& a, const FloatArray& b)
{
    if (a.rank() != 2 || b.rank() != 2 || a.dim(1) != b.dim(1))
        throw Error(ErrorCode::InvalidInput, "crossCosine: expected [A, H] and [B, H] with the same H");
    const int64_t rows = a.dim(0), cols = b.dim(0), dim = a.dim(1);
    FloatArray out({rows, cols});
    for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j)
            out.data[size_t(i * cols + j)] = cosine(a.row(i), b.row(j), dim);
    return out;
}

TokenAlignment alignMatrix(FloatArray similarity)
{
    if (similarity.rank() != 2 || similarity.dim(0) == 0 || similarity.dim(1) == 0)
        throw Error(ErrorCode::InvalidInput, "alignMatrix: expected a non-empty [A, B] matrix");
    TokenAlignment out;
    const int64_t rows = similarity.dim(0), cols = similarity.dim(1);
    out.bestForRow.assign(size_t(rows), 0);
    out.bestForColumn.assign(size_t(cols), 0);
    auto v = [&](int64_t i, int64_t j) { return similarity.data[size_t(i * cols + j)]; };
    for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 1; j < cols; ++j)
            if (v(i, j) > v(i, out.bestForRow[size_t(i)])) out.bestForRow[size_t(i)] = j;
    for (int64_t j = 0; j < cols; ++j)
        for (int64_t i = 1; i < rows; ++i)
            if (v(i, j) > v(out.bestForColumn[size_t(j)], j)) out.bestForColumn[size_t(j)] = i;
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t j = out.bestForRow[size_t(i)];
        if (out.bestForColumn[size_t(j)] == i) out.mutual.emplace_back(i, j);
    }
    out.similarity = std::move(similarity);
    return out;
}

TokenAlignment alignTokens(const FloatArray& a, const FloatArray& b)
{
    return alignMatrix(crossCosine(a, b));
}

} // namespace el
