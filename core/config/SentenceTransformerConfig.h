#pragma once
// The sentence-transformers side of a model folder (UKPLab/sentence-transformers
// SentenceTransformer._load_sbert_model / _load_auto_model): modules.json, the Transformer module's
// sentence_*_config.json, the Pooling config, config_sentence_transformers.json.

#include "Pooling.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace el {

enum class StModuleKind { Transformer, Pooling, Dense, Normalize, Dropout, LayerNorm };

struct StModule
{
    StModuleKind kind = StModuleKind::Transformer;
    std::string type;            // class reference as written, e.g. "sentence_transformers.models.Pooling"
    std::filesystem::path dir;   // model folder / path
};

// 1_Pooling/config.json (models/Pooling.py). Modes in sentence-transformers' concatenation order.
struct PoolingConfig
{
    int64_t wordEmbeddingDimension = 0; // 0 when the file does not say
    std::vector<PoolingMode> modes;
    bool includePrompt = true;

    // Missing keys take Pooling's constructor defaults (mean on, others off, include_prompt on).
    // Throws el::Error(InvalidJson) for a malformed file or one that enables no mode.
    static PoolingConfig load(const std::filesystem::path& file);
};

struct SentenceTransformerConfig
{
    bool hasModulesJson = false;
    std::vector<StModule> modules;          // in execution order; Transformer first
    std::filesystem::path transformerDir;   // folder of the HF model (modules.json path of Transformer)
    std::optional<int64_t> maxSeqLength;    // sentence_*_config.json max_seq_length
    bool doLowerCase = false;               // sentence_*_config.json do_lower_case
    std::string similarityFnName;           // config_sentence_transformers.json, "" when absent
    std::vector<std::string> notes;         // defaults applied, for ModelInfo::notes

    // Reads the folder's sentence-transformers files. Without modules.json the folder is treated as
    // Transformer + mean Pooling (no Normalize), as sentence-transformers does. Throws el::Error:
    // InvalidJson (malformed file, naming it), UnsupportedModel (custom or unsupported module types).
    static SentenceTransformerConfig load(const std::filesystem::path& dir);
};

// The class names accepted in modules.json, e.g. "Transformer, Pooling, ...".
std::string supportedStModuleNames();

} // namespace el
