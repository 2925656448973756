#pragma once
// What transformers' *TokenizerFast.__init__ does to the backend tokenizer after loading
// tokenizer.json: BertTokenizerFast & co. rebuild a BertNormalizer whose lowercase / strip_accents /
// handle_chinese_chars differ from tokenizer_config.json (or the class defaults: True, None, True);
// RobertaTokenizerFast & co. set add_prefix_space (and trim_offsets) of the ByteLevel pre-tokenizer
// and post-processor from the config (defaults False, True); GPT2TokenizerFast & co. do it for the
// pre-tokenizer. Mirrors models/{bert,mpnet,roberta,gpt2,...}/tokenization_*_fast.py (4.40).

#include "tokenizers/CompanionConfig.h"

#include <nlohmann/json.hpp>

namespace el::tok {

// Adjusts the "normalizer", "pre_tokenizer" and "post_processor" objects of a parsed tokenizer.json.
void applyFastTokenizerOverrides(nlohmann::json& tokenizerJson, const CompanionConfig& companion);

} // namespace el::tok
