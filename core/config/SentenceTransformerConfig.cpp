#include "SentenceTransformerConfig.h"

#include "Error.h"
#include "config/JsonFile.h"

namespace el {

namespace {

struct KnownModule
{
    const char* name;
    StModuleKind kind;
};

constexpr KnownModule kKnownModules[] = {
    {"Transformer", StModuleKind::Transformer}, {"Pooling", StModuleKind::Pooling},
    {"Dense", StModuleKind::Dense},             {"Normalize", StModuleKind::Normalize},
    {"Dropout", StModuleKind::Dropout},         {"LayerNorm", StModuleKind::LayerNorm},
};

// Config file names the Transformer module tries, in sentence-transformers' order.
constexpr const char* kTransformerConfigNames[] = {
    "sentence_bert_config.json",      "sentence_roberta_config.json",    "sentence_distilbert_config.json",
    "sentence_camembert_config.json", "sentence_albert_config.json",     "sentence_xlm-roberta_config.json",
    "sentence_xlnet_config.json",
};

StModuleKind moduleKind(const std::string& type, const JsonFile& file, size_t index)
{
    const std::string where = "modules.json entry " + std::to_string(index);
    const std::string stPrefix = "sentence_transformers.";
    if (type.rfind(stPrefix, 0) != 0)
        throw Error(ErrorCode::UnsupportedModel,
                    where + " uses the custom module type '" + type + "' in " + file.path().string() +
                        "; only sentence_transformers.models.* modules are supported (" +
                        supportedStModuleNames() + ")",
                    file.path().string());
    // "sentence_transformers.models.Pooling" (also tolerate a trailing ".Pooling" module path).
    std::string last = type.substr(type.rfind('.') + 1);
    for (const auto& k : kKnownModules)
        if (last == k.name && type.find(".models.") != std::string::npos) return k.kind;
    throw Error(ErrorCode::UnsupportedModel,
                where + ": sentence-transformers module type '" + type + "' is not supported (supported: " +
                    supportedStModuleNames() + ")",
                file.path().string());
}

void readTransformerConfig(SentenceTransformerConfig& c)
{
    std::error_code ec;
    for (const char* name : kTransformerConfigNames) {
        const auto p = c.transformerDir / name;
        if (!std::filesystem::exists(p, ec)) continue;
        const JsonFile j = JsonFile::read(p);
        if (!j.json().is_object()) j.fail("expected a JSON object");
        c.maxSeqLength = j.optInt("max_seq_length");
        if (c.maxSeqLength && *c.maxSeqLength <= 0) j.fail("max_seq_length must be positive");
        c.doLowerCase = j.getBool("do_lower_case", false);
        return;
    }
}

} // namespace

std::string supportedStModuleNames()
{
    std::string s;
    for (const auto& k : kKnownModules) s += (s.empty() ? "" : ", ") + std::string(k.name);
    return s;
}

PoolingConfig PoolingConfig::load(const std::filesystem::path& file)
{
    const JsonFile j = JsonFile::read(file);
    if (!j.json().is_object()) j.fail("expected a JSON object");
    PoolingConfig c;
    c.wordEmbeddingDimension = j.getInt("word_embedding_dimension", 0);
    // models/Pooling.py concatenates in this fixed order.
    const std::pair<const char*, PoolingMode> flags[] = {
        {"pooling_mode_cls_token", PoolingMode::Cls},
        {"pooling_mode_max_tokens", PoolingMode::Max},
        {"pooling_mode_mean_tokens", PoolingMode::Mean},
        {"pooling_mode_mean_sqrt_len_tokens", PoolingMode::MeanSqrtLen},
        {"pooling_mode_weightedmean_tokens", PoolingMode::WeightedMean},
        {"pooling_mode_lasttoken", PoolingMode::LastToken},
    };
    for (const auto& [key, mode] : flags) {
        const bool fallback = mode == PoolingMode::Mean;
        if (j.getBool(key, fallback)) c.modes.push_back(mode);
    }
    c.includePrompt = j.getBool("include_prompt", true);
    if (c.modes.empty()) j.fail("no pooling mode is enabled");
    return c;
}

SentenceTransformerConfig SentenceTransformerConfig::load(const std::filesystem::path& dir)
{
    SentenceTransformerConfig c;
    std::error_code ec;
    const auto modulesPath = dir / "modules.json";
    c.transformerDir = dir;
    if (std::filesystem::exists(modulesPath, ec)) {
        c.hasModulesJson = true;
        const JsonFile modules = JsonFile::read(modulesPath);
        if (!modules.json().is_array()) modules.fail("expected a list of modules");
        size_t index = 0;
        for (const auto& entry : modules.json()) {
            const JsonFile e(entry, modulesPath, "entry " + std::to_string(index));
            if (!entry.is_object()) e.fail("expected an object with \"type\" and \"path\"");
            StModule m;
            m.type = e.requireString("type");
            m.kind = moduleKind(m.type, modules, index);
            const std::string rel = e.getString("path", "");
            if (std::filesystem::path(rel).is_absolute() || rel.find("..") != std::string::npos)
                e.fail("invalid module path '" + rel + "'");
            m.dir = rel.empty() ? dir : dir / rel;
            c.modules.push_back(std::move(m));
            ++index;
        }
        if (c.modules.empty() || c.modules.front().kind != StModuleKind::Transformer)
            throw Error(ErrorCode::UnsupportedModel,
                        modulesPath.string() + ": the first module must be sentence_transformers.models.Transformer",
                        modulesPath.string());
        for (size_t i = 1; i < c.modules.size(); ++i)
            if (c.modules[i].kind == StModuleKind::Transformer)
                throw Error(ErrorCode::UnsupportedModel,
                            modulesPath.string() + ": more than one Transformer module", modulesPath.string());
        c.transformerDir = c.modules.front().dir;
    } else {
        // sentence-transformers' _load_auto_model: Transformer + mean pooling, no normalisation.
        c.modules.push_back({StModuleKind::Transformer, "sentence_transformers.models.Transformer", dir});
        c.modules.push_back({StModuleKind::Pooling, "sentence_transformers.models.Pooling", dir});
        c.notes.push_back("no modules.json: using Transformer + mean pooling without normalisation, "
                          "as sentence-transformers does for a plain Hugging Face model");
    }
    readTransformerConfig(c);

    const auto stConfig = dir / "config_sentence_transformers.json";
    if (std::filesystem::exists(stConfig, ec)) {
        const JsonFile j = JsonFile::read(stConfig);
        if (!j.json().is_object()) j.fail("expected a JSON object");
        c.similarityFnName = j.getString("similarity_fn_name", "");
        if (j.json().contains("prompts") && j.json()["prompts"].is_object() && !j.json()["prompts"].empty())
            c.notes.push_back("config_sentence_transformers.json defines prompts; they are not applied");
    }
    return c;
}

} // namespace el
