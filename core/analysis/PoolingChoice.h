#pragma once
// A pooling choice of the pooling lab applied to one sentence's hidden states: which hidden state
// (one layer, or the mean of the last N), which tokens take part (with or without the special
// tokens), which sentence-transformers pooling mode(s), and L2 normalisation.
//
// The model's declared pipeline is {declared modes, last layer, special tokens included,
// declared normalisation}: on the same encoding it gives what el::Model::embed() computes for
// models without Dense/LayerNorm stages after the pooling (those stages are not applied here).
//
// Pure functions on plain arrays, safe from any thread. Bad shapes or indices throw
// el::Error(InvalidInput).

#include "FloatArray.h"
#include "Pooling.h"

#include <cstdint>
#include <vector>

namespace el {

struct PoolingChoice
{
    std::vector<PoolingMode> modes{PoolingMode::Mean}; // pooled vectors concatenated in this order
    int64_t layer = -1;     // hidden-state index: 0 = embedding output, 1..layers; -1 = the last
    int64_t lastLayers = 0; // > 0: the token-wise mean of the last N hidden states (overrides layer)
    bool includeSpecialTokens = true;
    bool normalize = false;

    bool operator==(const PoolingChoice&) const = default;
};

// The declared pipeline of a model (see above).
PoolingChoice declaredChoice(const std::vector<PoolingMode>& declaredModes, bool declaredNormalize);

// The token states [tokens, hidden] the choice pools, from hiddenStates [layers + 1, tokens, hidden]:
// one hidden state, or the mean of the last lastLayers (clamped to layers + 1).
FloatArray choiceLayerStates(const FloatArray& hiddenStates, const PoolingChoice& choice);

// Indices of the tokens that take part: all, or those whose specialTokensMask entry is 0. Without
// special tokens the pooling sees only the text's tokens, as if encoded without them: cls takes
// the first text token, lasttoken the last, weightedmean counts positions from the first.
std::vector<int64_t> pooledTokenIndices(const std::vector<int8_t>& specialTokensMask, int64_t tokens,
                                        bool includeSpecialTokens);

// The rows `indices` of a [tokens, hidden] array.
FloatArray selectRows(const FloatArray& tokenStates, const std::vector<int64_t>& indices);

// The pooled (and optionally normalised) sentence vector, modes.size() x hidden long. A sentence
// with no token left (only special tokens, excluded) gives a zero vector.
std::vector<float> poolHiddenStates(const FloatArray& hiddenStates,
                                    const std::vector<int8_t>& specialTokensMask,
                                    const PoolingChoice& choice);

// Stack equally long vectors as rows of a [n, dim] array (empty input: shape [0, 0]).
FloatArray stackRows(const std::vector<std::vector<float>>& rows);

// Dot products of the rows of m [N, D] -> [N, N] (the cosine when the rows are normalised).
FloatArray dotMatrix(const FloatArray& m);

} // namespace el
