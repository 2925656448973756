#pragma once
// Out-of-range ids would make at::embedding throw a c10::Error deep inside LibTorch; the encoders
// check their inputs first and report a clear el::Error(InvalidInput).

#include "Error.h"

#include <ATen/ATen.h>

#include <string>

namespace el {

// ids: int64 tensor; every value must be in [0, rows). what: e.g. "token id", "token type id".
inline void checkIdRange(const at::Tensor& ids, int64_t rows, const std::string& what, const std::string& table)
{
    if (ids.numel() == 0) return;
    const int64_t lo = ids.min().item<int64_t>();
    const int64_t hi = ids.max().item<int64_t>();
    if (lo < 0 || hi >= rows)
        throw Error(ErrorCode::InvalidInput, what + " " + std::to_string(lo < 0 ? lo : hi) + " out of range (" +
                                                 table + " " + std::to_string(rows) + ")");
}

} // namespace el
