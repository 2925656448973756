#include "Linear.h"

#include "Error.h"

#include <ATen/core/dispatch/Dispatcher.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <mutex>

namespace el {

namespace {

thread_local LinearPrecision t_precision = LinearPrecision::Float32;

const c10::OperatorHandle& prepackOp()
{
    static const c10::OperatorHandle op =
        c10::Dispatcher::singleton().findSchemaOrThrow("quantized::linear_prepack", "");
    return op;
}

const c10::OperatorHandle& dynamicOp()
{
    static const c10::OperatorHandle op =
        c10::Dispatcher::singleton().findSchemaOrThrow("quantized::linear_dynamic", "");
    return op;
}

// Debian's LibTorch has no FBGEMM; ONEDNN is the x86 engine with fast int8 kernels. The quantized
// engine is process-wide and decides the kernels at prepack time.
void selectQuantizedEngine()
{
    static std::once_flag once;
    std::call_once(once, [] {
        auto& ctx = at::globalContext();
        const auto engines = ctx.supportedQEngines();
        if (std::find(engines.begin(), engines.end(), at::QEngine::ONEDNN) == engines.end())
            throw Error(ErrorCode::UnsupportedModel,
                        "int8 precision needs LibTorch's ONEDNN quantized engine, which this build lacks");
        ctx.setQEngine(at::QEngine::ONEDNN);
    });
}

// ENCODERLENS_BLAS_LINEAR=1 keeps every float32 product on the BLAS (for comparing the two paths).
bool forceBlas()
{
    static const bool force = [] {
        const char* v = std::getenv("ENCODERLENS_BLAS_LINEAR");
        return v && *v && std::string(v) != "0";
    }();
    return force;
}

} // namespace

LinearPrecisionScope::LinearPrecisionScope(LinearPrecision precision) : m_previous(t_precision)
{
    t_precision = precision;
}

LinearPrecisionScope::~LinearPrecisionScope()
{
    t_precision = m_previous;
}

LinearPrecision LinearPrecisionScope::current()
{
    return t_precision;
}

Linear::Linear(at::Tensor weight, at::Tensor bias) : m_bias(std::move(bias))
{
    c10::InferenceMode guard;
    if (t_precision != LinearPrecision::Int8) {
        if (PackedWeights::supported() && !forceBlas()) {
            m_packedF32 = PackedWeights(weight, m_bias);
            m_bias = at::Tensor(); // the packed copy holds it
        } else {
            m_weightT = weight.t().contiguous();
        }
        return;
    }
    const at::Tensor& m_weight = weight;
    selectQuantizedEngine();
    // Symmetric, one scale per output channel, zero point 0, weights in [-63, 63]: without AVX-512
    // VNNI, oneDNN sums pairs of u8 x s8 products in saturating int16, and 2 x 255 x 63 still fits
    // where full-range weights overflow (all-mpnet-base-v2's embeddings lost all agreement with
    // float32 that way). PyTorch reduces the activations' range instead; measured here, that loses
    // more (MiniLM STS-B Spearman 80.90 instead of 81.90; float32 82.03).
    const int64_t rows = m_weight.size(0);
    at::Tensor scales = (m_weight.abs().amax(1).to(at::kDouble) / 63.0).clamp_min(1e-12);
    at::Tensor qweight =
        at::quantize_per_channel(m_weight, scales, at::zeros({rows}, at::kLong), 0, at::kQInt8);
    std::vector<c10::IValue> stack{qweight, m_bias.defined() ? c10::optional<at::Tensor>(m_bias)
                                                             : c10::optional<at::Tensor>()};
    prepackOp().callBoxed(&stack);
    m_packed = std::move(stack.at(0));
    m_bias = at::Tensor();
}

at::Tensor Linear::operator()(const at::Tensor& x) const
{
    if (!m_packedF32.empty()) return m_packedF32(x);
    if (m_packed.isNone()) {
        const int64_t in = m_weightT.size(0), out = m_weightT.size(1);
        const at::Tensor x2 = x.reshape({-1, in});
        at::Tensor y = m_bias.defined() ? at::addmm(m_bias, x2, m_weightT) : at::mm(x2, m_weightT);
        std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
        shape.back() = out;
        return y.view(shape);
    }
    // linear_dynamic quantizes x per call (per tensor, from its min/max) and returns float32.
    // reduce_range=false: activations keep all 8 bits; the weights use 7 (see the constructor).
    std::vector<c10::IValue> stack{x.contiguous(), m_packed, false};
    dynamicOp().callBoxed(&stack);
    return stack.at(0).toTensor();
}

} // namespace el
