#pragma once
// Which tokens drive a pooled sentence vector, for the pooling lab's chart.
//
//  - max: each dimension of the pooled vector is one token's value; a token's count is the number
//    of dimensions it wins (ties go to the first token, like torch.max), its share count / hidden.
//  - mean, mean_sqrt_len, weightedmean: the pooled vector is p = sum_t c_t x_t (c_t = 1/n, 1/sqrt(n)
//    or (t+1)/sum(t+1)); a token's share is c_t <x_t, p> / <p, p>, its part of p projected on p.
//    The shares sum to 1; a token pulling against the sentence direction has a negative share.
//  - cls, lasttoken: the one token taken has share 1, the others 0.
//
// Pure function, safe from any thread; bad shapes throw el::Error(InvalidInput).

#include "FloatArray.h"
#include "Pooling.h"

#include <cstdint>
#include <vector>

namespace el {

struct TokenContributions
{
    std::vector<double> share;          // per token row
    std::vector<int64_t> dimensionsWon; // per token row (max pooling only; zeros otherwise)
};

// tokenStates: [tokens, hidden], the rows that take part in the pooling, in sequence order.
TokenContributions poolingContributions(const FloatArray& tokenStates, PoolingMode mode);

} // namespace el
