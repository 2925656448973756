#include "DenseStage.h"

#include "Error.h"
#include "config/JsonFile.h"

namespace el {

std::unique_ptr<DenseStage> DenseStage::load(const std::filesystem::path& dir)
{
    const JsonFile config = JsonFile::read(dir / "config.json");
    std::unique_ptr<DenseStage> d(new DenseStage());
    d->m_dir = dir;
    d->m_in = config.requireInt("in_features");
    d->m_out = config.requireInt("out_features");
    if (d->m_in <= 0 || d->m_out <= 0) config.fail("in_features and out_features must be positive");
    const bool bias = config.getBool("bias", true);
    const std::string act = config.getString("activation_function", "torch.nn.modules.activation.Tanh");
    const std::string name = act.substr(act.rfind('.') + 1);
    const std::pair<const char*, Act> acts[] = {{"Identity", Act::Identity}, {"Tanh", Act::Tanh},
                                                {"ReLU", Act::Relu},         {"GELU", Act::Gelu},
                                                {"Sigmoid", Act::Sigmoid},   {"SiLU", Act::Silu}};
    bool found = false;
    for (const auto& [n, a] : acts)
        if (name == n) {
            d->m_act = a;
            found = true;
        }
    if (!found)
        throw Error(ErrorCode::UnsupportedModel,
                    "Dense module activation '" + act + "' in " + (dir / "config.json").string() +
                        " is not supported (supported: Identity, Tanh, ReLU, GELU, Sigmoid, SiLU)",
                    (dir / "config.json").string());
    auto store = WeightStore::openFolder(dir, "");
    d->m_linear = Linear(store->scope("linear"), d->m_in, d->m_out, bias);
    d->m_parameters = store->usedParameters();
    return d;
}

int64_t DenseStage::outputDim(int64_t inputDim) const
{
    if (inputDim != m_in)
        throw Error(ErrorCode::ShapeMismatch,
                    "the Dense module in " + m_dir.string() + " takes " + std::to_string(m_in) +
                        "-dimensional embeddings, but pooling produces " + std::to_string(inputDim));
    return m_out;
}

at::Tensor DenseStage::operator()(const at::Tensor& x) const
{
    at::Tensor y = m_linear(x);
    switch (m_act) {
    case Act::Identity: return y;
    case Act::Tanh: return at::tanh(y);
    case Act::Relu: return at::relu(y);
    case Act::Gelu: return at::gelu(y);
    case Act::Sigmoid: return at::sigmoid(y);
    case Act::Silu: return at::silu(y);
    }
    return y;
}

} // namespace el
