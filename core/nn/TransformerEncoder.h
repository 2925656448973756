#pragma once
// Internal interface of an encoder architecture (a bare transformers *Model such as BertModel):
// token ids in, hidden states (and attention probabilities) out. Implementations are immutable
// after construction; forward() may be called from any thread, one call at a time per instance
// is what the facade guarantees (it creates c10::InferenceMode on the calling thread).

#include <ATen/ATen.h>

#include <vector>

namespace el {

struct EncoderOutput
{
    at::Tensor lastHidden;                 // [B, L, H]
    std::vector<at::Tensor> hiddenStates;  // layers + 1 tensors [B, L, H] when requested (input first)
    std::vector<at::Tensor> attentions;    // layers tensors [B, heads, L, L] when requested
};

class TransformerEncoder
{
public:
    virtual ~TransformerEncoder() = default;

    // ids, typeIds, mask: [B, L] int64 (mask 1 = real token). typeIds may be undefined (zeros).
    virtual EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                                  bool wantHidden, bool wantAttentions) const = 0;

    virtual int64_t hiddenSize() const = 0;
    virtual int64_t numLayers() const = 0;
    virtual int64_t numHeads() const = 0;
    // Longest sequence the position table supports (e.g. 512 for BERT, 514 - 2 for RoBERTa).
    virtual int64_t maxSequenceLength() const = 0;
    // Number of token types the model accepts (0 = ignores type ids).
    virtual int64_t typeVocabSize() const = 0;
};

} // namespace el
