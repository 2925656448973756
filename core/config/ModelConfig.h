#pragma once
// config.json of a Hugging Face model folder (transformers PretrainedConfig / BertConfig fields).
// Generic fields are parsed here with BertConfig's defaults; architecture-specific fields are read
// by each architecture from raw() (e.g. DistilBERT's dim/n_layers, DeBERTa's pos_att_type).

#include "config/JsonFile.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace el {

struct ModelConfig
{
    std::filesystem::path file;             // .../config.json
    std::string modelType;                  // "bert", "roberta", ...
    std::vector<std::string> architectures; // e.g. {"BertModel"}
    std::string nameOrPath;                 // _name_or_path when present
    int64_t vocabSize = 30522;
    int64_t hiddenSize = 768;
    int64_t numHiddenLayers = 12;
    int64_t numAttentionHeads = 12;
    int64_t intermediateSize = 3072;
    std::string hiddenAct = "gelu";
    int64_t maxPositionEmbeddings = 512;
    int64_t typeVocabSize = 2;
    double layerNormEps = 1e-12;
    int64_t padTokenId = 0;
    std::string positionEmbeddingType = "absolute";

    // Reads dir/config.json. Throws el::Error: FileNotFound (folder or file missing), InvalidJson
    // (malformed file, wrong field types, no model_type).
    static ModelConfig load(const std::filesystem::path& dir);

    // The whole file, for architecture-specific fields and typed access with file-naming errors.
    const JsonFile& raw() const { return m_raw; }

private:
    JsonFile m_raw{nlohmann::json::object(), {}};
};

} // namespace el
