#pragma once
// sentence-transformers models/Normalize.py: torch.nn.functional.normalize(x, p=2, dim=1).

#include "nn/SentenceStage.h"

namespace el {

class NormalizeStage : public SentenceStage
{
public:
    at::Tensor operator()(const at::Tensor& x) const override
    {
        // F.normalize: x / ||x||.clamp_min(eps).expand_as(x)
        return x / at::norm(x, 2, {1}, true).clamp_min(1e-12).expand_as(x);
    }
    int64_t outputDim(int64_t inputDim) const override { return inputDim; }
    bool isNormalize() const override { return true; }
};

} // namespace el
