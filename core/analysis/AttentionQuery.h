#pragma once
// What the attention explorer shows, as one pure computation: choose the attention (one head, an
// aggregate over heads and layers, or rollout), then hide special tokens and merge subwords.
// The order matters and is fixed: aggregation and rollout run on the full model matrices (special
// tokens take part in the model's computation); hiding and merging are display transforms
// applied afterwards (see AttentionTokens.h for their conventions).
//
// Pure functions, safe from any thread (the UI may run them on a worker with a shared, immutable
// Inspection). Bad shapes, indices or an encoding whose length differs from the attention's token
// count throw el::Error(InvalidInput).

#include "AttentionAggregation.h"
#include "AttentionTokens.h"
#include "Encoding.h"
#include "FloatArray.h"

#include <string>
#include <vector>

namespace el {

struct TokenTransform
{
    bool hideSpecial = false; // drop specialTokensMask tokens, renormalise rows to 1
    WordMerge merge = WordMerge::None;

    bool operator==(const TokenTransform&) const = default;
};

struct AttentionQuery
{
    std::vector<int64_t> layers; // empty: every layer
    std::vector<int64_t> heads;  // empty: every head
    // Over layers x heads, or the per-layer head fusion of rollout.
    AttentionReduce reduce = AttentionReduce::Mean;
    bool rollout = false; // rollout through `layers` (ascending) instead of aggregating
    TokenTransform tokens;

    bool operator==(const AttentionQuery&) const = default;
};

struct AttentionResult
{
    FloatArray values;               // [n, n]: row = query (from), column = key (to)
    TokenGroups groups;              // per row/column, the encoding token indices it stands for
    std::vector<std::string> labels; // per row/column: the token, or the merged word

    int64_t size() const { return int64_t(groups.size()); }
};

// Hide and merge one [L, L] matrix of this encoding (L == encoding.size()).
AttentionResult transformTokens(FloatArray matrix, const Encoding& encoding, const TokenTransform& transform);

// The whole pipeline on Inspection-shaped data: attentions [layers, heads, L, L].
AttentionResult computeAttention(const FloatArray& attentions, const Encoding& encoding,
                                 const AttentionQuery& query);

} // namespace el
