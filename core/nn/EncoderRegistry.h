#pragma once
// model_type -> encoder factory (the AutoModel mapping of transformers, restricted to what is
// implemented here). Adding an architecture = one entry in EncoderRegistry.cpp.

#include "config/ModelConfig.h"
#include "nn/TransformerEncoder.h"
#include "weights/WeightStore.h"

#include <memory>
#include <string>
#include <vector>

namespace el {

struct EncoderArchitecture
{
    std::string modelType;   // config.json model_type
    std::string basePrefix;  // transformers base_model_prefix, stripped from head checkpoints
    std::unique_ptr<TransformerEncoder> (*create)(const ModelConfig&, WeightStore&) = nullptr;
};

class EncoderRegistry
{
public:
    // Throws el::Error(UnsupportedModel, "unsupported model_type 'X' (supported: bert, ...)").
    static const EncoderArchitecture& find(const ModelConfig& config);
    static std::vector<std::string> modelTypes();
};

} // namespace el
