#pragma once
// hidden_act string -> function, mirroring transformers activations.py (ACT2FN). The explicit
// formulas (gelu_new, gelu_fast, quick_gelu, ...) use the same tensor ops in the same order as the
// Python classes so float32 rounding matches.

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace el {

class Activation
{
public:
    enum class Kind {
        Gelu, GeluNew, GeluPytorchTanh, GeluFast, GeluPython, Gelu10, QuickGelu, GeluAccurate,
        Relu, Relu6, LeakyRelu, Silu, Tanh, Sigmoid, Mish, Linear
    };

    // Throws el::Error(UnsupportedModel) naming the activation and listing the supported ones.
    // context: where the name came from (e.g. the config.json path), for the message.
    static Activation fromName(const std::string& name, const std::string& context = {});
    static std::vector<std::string> supportedNames();

    at::Tensor operator()(const at::Tensor& x) const;
    Kind kind() const { return m_kind; }

private:
    explicit Activation(Kind k) : m_kind(k) {}
    Kind m_kind;
};

} // namespace el
