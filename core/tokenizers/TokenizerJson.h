#pragma once
// Builds the pipeline described by a tokenizer.json file (huggingface/tokenizers
// tokenizer/serialization.rs and the serde formats of every component). The file's truncation and
// padding blocks are ignored: the call site decides (as the Python wrapper does on every call).

#include "tokenizers/HfTokenizer.h"

#include <filesystem>
#include <memory>
#include <string>

namespace el::tok {

struct CompanionConfig;

// Throws el::Error: FileNotFound / FileUnreadable, InvalidJson (naming the file and the parser's
// message), UnsupportedModel (naming an unknown component type). Like transformers, special and
// added tokens declared in the folder's tokenizer_config.json / special_tokens_map.json that the
// file lacks are added (matched by content; flags of tokens already present are kept).
std::unique_ptr<HfTokenizer> loadTokenizerJson(const std::filesystem::path& file);
// Same from JSON text; `name` is used in messages; `companion` may be null.
std::unique_ptr<HfTokenizer> parseTokenizerJson(const std::string& text, const std::string& name = "tokenizer.json",
                                                const CompanionConfig* companion = nullptr);

// Reads a whole file; throws FileNotFound / FileUnreadable naming it.
std::string readTextFile(const std::filesystem::path& file);

} // namespace el::tok
