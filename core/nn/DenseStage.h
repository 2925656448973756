#pragma once
// sentence-transformers models/Dense.py: act(x·Wᵀ + b), config.json {in_features, out_features,
// bias, activation_function}, weights linear.weight / linear.bias in the module folder.

#include "nn/Linear.h"
#include "nn/SentenceStage.h"

#include <filesystem>
#include <memory>

namespace el {

class DenseStage : public SentenceStage
{
public:
    // Throws el::Error: FileNotFound/InvalidJson (config), MissingWeights/ShapeMismatch (weights),
    // UnsupportedModel (activation or a weights format that cannot be read).
    static std::unique_ptr<DenseStage> load(const std::filesystem::path& dir);

    at::Tensor operator()(const at::Tensor& x) const override;
    int64_t outputDim(int64_t inputDim) const override;
    int64_t parameters() const override { return m_parameters; }

    enum class Act { Identity, Tanh, Relu, Gelu, Sigmoid, Silu };

private:
    DenseStage() = default;
    Linear m_linear;
    Act m_act = Act::Tanh;
    int64_t m_in = 0;
    int64_t m_out = 0;
    int64_t m_parameters = 0;
    std::filesystem::path m_dir;
};

} // namespace el
