#include "Clustering.h"

#include "Error.h"

#include <limits>

namespace el {

namespace {
void requireSquare(const FloatArray& m, const char* what)
{
    if (m.rank() != 2 || m.dim(0) != m.dim(1))
        throw Error(ErrorCode::InvalidInput, std::string(what) + ": expected a square [n, n] matrix");
}
} // namespace

Dendrogram averageLinkage(const FloatArray& distances)
{
    requireSquare(distances, "averageLinkage");
    const int64_t n = distances.dim(0);
    Dendrogram out;
    if (n == 0) return out;

    // Active clusters: id, size, and the current average distance between every pair.
    std::vector<int64_t> ids(static_cast<size_t>(n));
    std::vector<int64_t> sizes(size_t(n), 1);
    std::vector<std::vector<double>> d(size_t(n), std::vector<double>(size_t(n), 0.0));
    for (int64_t i = 0; i < n; ++i) {
        ids[size_t(i)] = i;
        for (int64_t j = 0; j < n; ++j)
            if (i != j)
                d[size_t(i)][size_t(j)] = 0.5 * (double(distances.at({i, j})) + double(distances.at({j, i})));
    }
    std::vector<bool> alive(size_t(n), true);
    // children[k - n] of cluster k
    std::vector<std::pair<int64_t, int64_t>> children;

    for (int64_t step = 0; step < n - 1; ++step) {
        double best = std::numeric_limits<double>::infinity();
        int64_t bi = -1, bj = -1;
        for (int64_t i = 0; i < n; ++i) {
            if (!alive[size_t(i)]) continue;
            for (int64_t j = i + 1; j < n; ++j) {
                if (!alive[size_t(j)]) continue;
                if (d[size_t(i)][size_t(j)] < best || bi < 0) {
                    best = d[size_t(i)][size_t(j)];
                    bi = i;
                    bj = j;
                }
            }
        }
        // Merge slot bj into slot bi; Lance-Williams update for average linkage.
        const double si = double(sizes[size_t(bi)]), sj = double(sizes[size_t(bj)]);
        for (int64_t k = 0; k < n; ++k) {
            if (!alive[size_t(k)] || k == bi || k == bj) continue;
            const double v = (si * d[size_t(bi)][size_t(k)] + sj * d[size_t(bj)][size_t(k)]) / (si + sj);
            d[size_t(bi)][size_t(k)] = d[size_t(k)][size_t(bi)] = v;
        }
        LinkageStep s;
        s.first = std::min(ids[size_t(bi)], ids[size_t(bj)]);
        s.second = std::max(ids[size_t(bi)], ids[size_t(bj)]);
        s.distance = best;
        s.size = sizes[size_t(bi)] + sizes[size_t(bj)];
        out.steps.push_back(s);
        children.emplace_back(s.first, s.second);
        ids[size_t(bi)] = n + step;
        sizes[size_t(bi)] = s.size;
        alive[size_t(bj)] = false;
    }

    // Leaf order: depth-first from the root, first child before second.
    std::vector<int64_t> stack{n == 1 ? 0 : 2 * n - 2};
    while (!stack.empty()) {
        const int64_t c = stack.back();
        stack.pop_back();
        if (c < n) {
            out.order.push_back(c);
            continue;
        }
        const auto& [a, b] = children[size_t(c - n)];
        stack.push_back(b);
        stack.push_back(a);
    }
    return out;
}

FloatArray similarityToDistance(const FloatArray& similarity)
{
    requireSquare(similarity, "similarityToDistance");
    const int64_t n = similarity.dim(0);
    FloatArray out({n, n});
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < n; ++j)
            out.data[size_t(i * n + j)] = i == j ? 0.0f : 1.0f - similarity.data[size_t(i * n + j)];
    return out;
}

FloatArray permuteSquare(const FloatArray& square, const std::vector<int64_t>& order)
{
    requireSquare(square, "permuteSquare");
    const int64_t n = square.dim(0);
    if (int64_t(order.size()) != n)
        throw Error(ErrorCode::InvalidInput, "permuteSquare: order has the wrong length");
    FloatArray out({n, n});
    for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < n; ++j) {
            const int64_t a = order[size_t(i)], b = order[size_t(j)];
            if (a < 0 || a >= n || b < 0 || b >= n)
                throw Error(ErrorCode::InvalidInput, "permuteSquare: index out of range");
            out.data[size_t(i * n + j)] = square.data[size_t(a * n + b)];
        }
    return out;
}

} // namespace el
