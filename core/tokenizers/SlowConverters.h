#pragma once
// Pipelines for model folders without tokenizer.json, built the way transformers'
// convert_slow_tokenizer.py does when AutoTokenizer converts the slow files: BertConverter /
// MPNetConverter (vocab.txt) and RobertaConverter / GPT2Converter (vocab.json + merges.txt).
// Special tokens come from tokenizer_config.json and special_tokens_map.json (the latter wins).

#include "tokenizers/HfTokenizer.h"

#include <filesystem>
#include <memory>

namespace el::tok {

// vocab.txt + tokenizer_config.json (+ special_tokens_map.json, config.json for the model type).
std::unique_ptr<HfTokenizer> loadWordPieceFolder(const std::filesystem::path& dir);
// vocab.json + merges.txt (+ tokenizer_config.json, special_tokens_map.json).
std::unique_ptr<HfTokenizer> loadByteLevelBpeFolder(const std::filesystem::path& dir);

// Python's load_vocab: one token per line (universal newlines), id = line number, later duplicates win.
Vocab parseVocabTxt(const std::string& text);

} // namespace el::tok
