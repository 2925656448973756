#include "Activation.h"

#include "Error.h"

#include <cmath>
#include <utility>

namespace el {

namespace {

const std::pair<const char*, Activation::Kind> kNames[] = {
    {"gelu", Activation::Kind::Gelu},
    {"gelu_new", Activation::Kind::GeluNew},
    {"gelu_pytorch_tanh", Activation::Kind::GeluPytorchTanh},
    {"gelu_fast", Activation::Kind::GeluFast},
    {"gelu_python", Activation::Kind::GeluPython},
    {"gelu_10", Activation::Kind::Gelu10},
    {"quick_gelu", Activation::Kind::QuickGelu},
    {"gelu_accurate", Activation::Kind::GeluAccurate},
    {"relu", Activation::Kind::Relu},
    {"relu6", Activation::Kind::Relu6},
    {"leaky_relu", Activation::Kind::LeakyRelu},
    {"silu", Activation::Kind::Silu},
    {"swish", Activation::Kind::Silu},
    {"tanh", Activation::Kind::Tanh},
    {"sigmoid", Activation::Kind::Sigmoid},
    {"mish", Activation::Kind::Mish},
    {"linear", Activation::Kind::Linear},
};

} // namespace

std::vector<std::string> Activation::supportedNames()
{
    std::vector<std::string> out;
    for (const auto& [name, kind] : kNames) out.emplace_back(name);
    return out;
}

Activation Activation::fromName(const std::string& name, const std::string& context)
{
    for (const auto& [n, kind] : kNames)
        if (name == n) return Activation(kind);
    std::string list;
    for (const auto& n : supportedNames()) list += (list.empty() ? "" : ", ") + n;
    throw Error(ErrorCode::UnsupportedModel,
                "unsupported activation '" + name + "'" + (context.empty() ? "" : " in " + context) +
                    " (supported: " + list + ")",
                context);
}

at::Tensor Activation::operator()(const at::Tensor& x) const
{
    // Constants are Python floats (doubles) in activations.py; ATen applies them as scalars the
    // same way the Python operators do.
    switch (m_kind) {
    case Kind::Gelu: return at::gelu(x);
    case Kind::GeluPytorchTanh: return at::gelu(x, "tanh");
    case Kind::GeluNew: // NewGELUActivation
        return 0.5 * x * (1.0 + at::tanh(std::sqrt(2.0 / M_PI) * (x + 0.044715 * at::pow(x, 3.0))));
    case Kind::GeluAccurate: // AccurateGELUActivation
        return 0.5 * x * (1 + at::tanh(std::sqrt(2 / M_PI) * (x + 0.044715 * at::pow(x, 3))));
    case Kind::GeluFast: // FastGELUActivation
        return 0.5 * x * (1.0 + at::tanh(x * 0.7978845608 * (1.0 + 0.044715 * x * x)));
    case Kind::GeluPython: // GELUActivation(use_gelu_python=True)
        return x * 0.5 * (1.0 + at::erf(x / std::sqrt(2.0)));
    case Kind::Gelu10: return at::clamp(at::gelu(x), -10, 10); // ClippedGELUActivation(-10, 10)
    case Kind::QuickGelu: return x * at::sigmoid(1.702 * x);
    case Kind::Relu: return at::relu(x);
    case Kind::Relu6: return at::hardtanh(x, 0, 6);
    case Kind::LeakyRelu: return at::leaky_relu(x, 0.01);
    case Kind::Silu: return at::silu(x);
    case Kind::Tanh: return at::tanh(x);
    case Kind::Sigmoid: return at::sigmoid(x);
    case Kind::Mish: return at::mish(x);
    case Kind::Linear: return x;
    }
    return x;
}

} // namespace el
