#pragma once
// The companion files of a tokenizer folder that transformers reads next to the vocabulary:
// tokenizer_config.json (added_tokens_decoder, special token strings, settings) and
// special_tokens_map.json. Mirrors how PreTrainedTokenizer(Fast).__init__ collects the special and
// added tokens (tokenization_utils_base.py, tokenization_utils_fast.py in transformers 4.40).

#include "tokenizers/AddedVocabulary.h"
#include "tokenizers/TokenModel.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace el::tok {

struct CompanionConfig
{
    nlohmann::json tokenizerConfig = nlohmann::json::object(); // tokenizer_config.json or {}
    nlohmann::json specialTokensMap = nlohmann::json::object(); // special_tokens_map.json or {}
    std::string modelType; // config.json "model_type" ("" when absent or unreadable)

    // The tokenizer class AutoTokenizer would pick, without "Fast": tokenizer_config.json's
    // tokenizer_class, else the class mapped from model_type ("" when unknown).
    std::string tokenizerClass() const;

    // Reads both files of `dir` when present; throws el::Error(InvalidJson) naming a malformed one.
    static CompanionConfig read(const std::filesystem::path& dir);

    // The special tokens by attribute ("cls_token", ...): defaults < tokenizer_config.json <
    // special_tokens_map.json. A plain string keeps the flags of the default token.
    std::map<std::string, AddedToken> specialTokens(const std::map<std::string, AddedToken>& defaults) const;

    // The tokens transformers adds on top of the backend tokenizer: added_tokens_decoder (by id),
    // then the special tokens (and additional_special_tokens) not there yet. Ids come from the
    // model vocabulary, else the next free id.
    std::vector<AddedToken> addedTokens(const std::map<std::string, AddedToken>& specials, const TokenModel& model) const;
};

} // namespace el::tok
