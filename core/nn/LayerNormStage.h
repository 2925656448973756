#pragma once
// sentence-transformers models/LayerNorm.py: torch.nn.LayerNorm(dimension) (eps 1e-5) over the
// sentence embedding; config.json {dimension}, weights norm.weight / norm.bias.

#include "nn/LayerNorm.h"
#include "nn/SentenceStage.h"

#include <filesystem>
#include <memory>

namespace el {

class LayerNormStage : public SentenceStage
{
public:
    static std::unique_ptr<LayerNormStage> load(const std::filesystem::path& dir);
    at::Tensor operator()(const at::Tensor& x) const override { return m_norm(x); }
    int64_t outputDim(int64_t inputDim) const override;
    int64_t parameters() const override { return 2 * m_dim; }

private:
    LayerNormStage() = default;
    LayerNorm m_norm;
    int64_t m_dim = 0;
    std::filesystem::path m_dir;
};

} // namespace el
