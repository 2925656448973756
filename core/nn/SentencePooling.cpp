#include "SentencePooling.h"

namespace el {

at::Tensor SentencePooling::operator()(const at::Tensor& input, const at::Tensor& mask) const
{
    // Pooling.py writes -1e9 into the token embeddings in place for max (and a cls view sees that
    // write): work on a private copy so the caller's hidden states stay intact.
    at::Tensor tokens = input.clone();
    const int64_t length = tokens.size(1);
    const int64_t hidden = tokens.size(2);
    auto expandedMask = [&] { return mask.unsqueeze(-1).expand(tokens.sizes()).to(tokens.scalar_type()); };

    std::vector<at::Tensor> parts;
    for (PoolingMode mode : m_modes) {
        switch (mode) {
        case PoolingMode::Cls: parts.push_back(tokens.select(1, 0)); break;
        case PoolingMode::Max: {
            tokens.masked_fill_(expandedMask() == 0, -1e9);
            parts.push_back(std::get<0>(at::max(tokens, 1)));
            break;
        }
        case PoolingMode::Mean:
        case PoolingMode::MeanSqrtLen: {
            at::Tensor m = expandedMask();
            at::Tensor sum = at::sum(tokens * m, 1);
            at::Tensor count = at::clamp(m.sum(1), 1e-9);
            parts.push_back(mode == PoolingMode::Mean ? sum / count : sum / at::sqrt(count));
            break;
        }
        case PoolingMode::WeightedMean: {
            at::Tensor weights = at::arange(1, length + 1, at::TensorOptions().dtype(at::kLong))
                                     .unsqueeze(0)
                                     .unsqueeze(-1)
                                     .expand(tokens.sizes())
                                     .to(tokens.scalar_type());
            at::Tensor m = expandedMask() * weights;
            at::Tensor sum = at::sum(tokens * m, 1);
            parts.push_back(sum / at::clamp(m.sum(1), 1e-9));
            break;
        }
        case PoolingMode::LastToken: {
            auto [values, indices] = at::max(mask.flip({1}), 1);
            indices = at::where(values == 0, at::full_like(indices, length - 1), indices);
            at::Tensor gather = (length - indices - 1).unsqueeze(-1).repeat({1, hidden}).unsqueeze(1);
            parts.push_back(at::gather(tokens * expandedMask(), 1, gather).squeeze(1));
            break;
        }
        }
    }
    return parts.size() == 1 ? parts[0].contiguous() : at::cat(parts, 1);
}

} // namespace el
