#pragma once
// Sentence-transformers pooling (UKPLab/sentence-transformers models/Pooling.py) on plain arrays.

#include "FloatArray.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace el {

enum class PoolingMode { Cls, Max, Mean, MeanSqrtLen, WeightedMean, LastToken };

// "cls", "max", "mean", "mean_sqrt_len", "weightedmean", "lasttoken" (the CLI/config names).
std::string poolingName(PoolingMode mode);
std::optional<PoolingMode> poolingFromName(std::string_view name);
std::vector<PoolingMode> allPoolingModes();

// Pool one sequence. tokens: [L, H] token embeddings; mask: L entries of 0/1 (1 = take part).
// Exactly sentence-transformers' formulas (mean clamps the count at 1e-9, max fills masked rows with
// -1e9, weightedmean weights position t by t+1, lasttoken takes the last position with mask 1).
std::vector<float> pool(const FloatArray& tokens, const std::vector<int8_t>& mask, PoolingMode mode);

// L2 normalisation like torch.nn.functional.normalize (divides by max(norm, 1e-12)).
void l2Normalize(std::vector<float>& v);
void l2NormalizeRows(FloatArray& m);
// Cosine similarity of two vectors (0 when either is all zero).
float cosine(const float* a, const float* b, int64_t n);
// Cosine similarity matrix of the rows of m [N, D] -> [N, N].
FloatArray cosineMatrix(const FloatArray& m);

} // namespace el
