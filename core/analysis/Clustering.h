#pragma once
// Hierarchical clustering of a few sentences for reordering similarity heatmaps: average linkage
// (UPGMA) on a distance matrix such as 1 - cosine, with the leaf order of its dendrogram.
// Mirrors scipy.cluster.hierarchy.linkage(squareform(D), method="average") and leaves_list(Z):
// merge i creates cluster n + i; each merge lists the smaller cluster id first; the leaf order
// visits the first child before the second. Ties (equal distances) pick the first pair in row-major
// order, where scipy's result depends on its algorithm.
//
// O(n^3) on n <= a few hundred items; pure functions, safe from any thread. A non-square input
// throws el::Error(InvalidInput).

#include "FloatArray.h"

#include <cstdint>
#include <vector>

namespace el {

struct LinkageStep
{
    int64_t first = 0;   // cluster ids (0..n-1 items, n + i the cluster made by step i)
    int64_t second = 0;  // first < second
    double distance = 0; // average distance between the two clusters
    int64_t size = 0;    // items in the merged cluster
};

struct Dendrogram
{
    std::vector<LinkageStep> steps; // n - 1 merges, in order
    std::vector<int64_t> order;     // leaf order (a permutation of 0..n-1)
};

Dendrogram averageLinkage(const FloatArray& distances);

// 1 - similarity with a zero diagonal (similarity [n, n]).
FloatArray similarityToDistance(const FloatArray& similarity);

// square[order[i], order[j]] as [n, n].
FloatArray permuteSquare(const FloatArray& square, const std::vector<int64_t>& order);

} // namespace el
