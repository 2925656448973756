#pragma once
// Mirrors transformers models/roberta/modeling_roberta.py, RobertaModel without the pooler (also
// XLMRobertaModel and CamembertModel, which are the same code): BERT layers and embeddings, but
// position ids are padding-aware (start at pad_token_id + 1, pads keep pad_token_id) and the token
// type table usually has a single row. Registered as "roberta", "xlm-roberta" and "camembert".

#include "config/ModelConfig.h"
#include "nn/BertEmbeddings.h"
#include "nn/BertLayer.h"
#include "nn/TransformerEncoder.h"

#include <memory>
#include <vector>

namespace el {

class RobertaModel : public TransformerEncoder
{
public:
    // w is the model's root scope (keys "embeddings.*", "encoder.layer.*").
    RobertaModel(const WeightScope& w, const BertSettings& s, int64_t paddingIdx);
    static std::unique_ptr<TransformerEncoder> create(const ModelConfig& config, WeightStore& weights);

    EncoderOutput forward(const at::Tensor& ids, const at::Tensor& typeIds, const at::Tensor& mask,
                          bool wantHidden, bool wantAttentions) const override;
    int64_t hiddenSize() const override { return m_settings.hiddenSize; }
    int64_t numLayers() const override { return m_settings.numLayers; }
    int64_t numHeads() const override { return m_settings.numHeads; }
    // Positions padding_idx + 1 ... P - 1 are usable: 512 for the usual 514-row table.
    int64_t maxSequenceLength() const override;
    int64_t typeVocabSize() const override { return m_settings.typeVocabSize; }

private:
    BertSettings m_settings;
    int64_t m_paddingIdx = 1;
    BertEmbeddings m_embeddings;
    std::vector<BertLayer> m_layers;
};

} // namespace el
