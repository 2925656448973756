#pragma once
// A sentence-transformers module applied to the pooled sentence embedding (Dense, Normalize,
// LayerNorm).

#include <ATen/ATen.h>

#include <string>

namespace el {

class SentenceStage
{
public:
    virtual ~SentenceStage() = default;
    // [B, D] -> [B, D']
    virtual at::Tensor operator()(const at::Tensor& x) const = 0;
    // D' for an input of size D; throws el::Error(InvalidInput) when D is not accepted.
    virtual int64_t outputDim(int64_t inputDim) const = 0;
    virtual int64_t parameters() const { return 0; }
    virtual bool isNormalize() const { return false; }
};

} // namespace el
