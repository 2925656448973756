#pragma once
// What a slow sentencepiece tokenizer of transformers reads from a model folder: which tokenizer
// class (flavour), its .model file, the options of tokenizer_config.json and the special / added
// tokens with their properties, resolved the way PreTrainedTokenizerBase.from_pretrained does
// (tokenizer_config.json wins over special_tokens_map.json; added_tokens_decoder wins over
// added_tokens.json). Internal header.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace el::spm {

enum class Flavor { XlmRoberta, DebertaV2, Albert };

struct SlowTokenSpec
{
    std::string content;
    std::optional<int64_t> id; // from added_tokens_decoder / added_tokens.json
    bool lstrip = false;
    bool rstrip = false;
    bool singleWord = false;
    bool normalized = false;
    bool special = true;
};

struct SlowSpmConfig
{
    Flavor flavor = Flavor::XlmRoberta;
    std::string className;       // e.g. "XLMRobertaTokenizer"
    std::filesystem::path modelFile;
    bool doLowerCase = false;    // DeBERTa-v2 (default false), ALBERT (default true)
    bool splitByPunct = false;   // DeBERTa-v2
    bool removeSpace = true;     // ALBERT
    bool keepAccents = false;    // ALBERT
    std::string clsToken, sepToken, unkToken, padToken, maskToken;
    // Every added token of the tokenizer: the special tokens first, then the others.
    std::vector<SlowTokenSpec> tokens;
};

// Throws el::Error: FileNotFound (no .model file), UnsupportedModel (a sentencepiece tokenizer
// class other than the three above), InvalidJson.
SlowSpmConfig readSlowSpmConfig(const std::filesystem::path& dir);

} // namespace el::spm
