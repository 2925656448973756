#pragma once
// Tokenizer interface: a Hugging Face tokenizer pipeline (normalizer -> pre-tokenizer -> model ->
// post-processor) loaded from a model folder. Implementations are immutable after loading and
// safe to use from several threads at once.

#include "Encoding.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace el {

class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    // An empty pair ("") is a real pair with an empty second segment, as sentence-transformers' batch
    // call encodes it; transformers' single call tok(a, "") corresponds to std::nullopt.
    // Encode UTF-8 text (and an optional second text for a pair) with special tokens, truncated
    // longest-first to trunc.maxLength when it is > 0. Invalid UTF-8 bytes are replaced by U+FFFD.
    virtual Encoding encode(std::string_view text, std::optional<std::string_view> pair,
                            const TruncationOptions& trunc) const = 0;

    // Intermediate stages for text A (normalized text, pre-tokens).
    virtual TokenizationTrace trace(std::string_view text) const = 0;

    virtual int64_t vocabSize() const = 0;
    virtual std::optional<int64_t> tokenToId(const std::string& token) const = 0;
    virtual std::string idToToken(int64_t id) const = 0;
    // Short description, e.g. "WordPiece (tokenizer.json)".
    virtual std::string kind() const = 0;
    // Number of special tokens added for a single text / a pair.
    virtual int64_t numSpecialTokens(bool pair) const = 0;

    // Load the tokenizer of a model folder: tokenizer.json when present (the source of truth, as in
    // transformers), otherwise the slow-tokenizer files (vocab.txt + tokenizer_config.json, ...).
    // Throws el::Error (FileNotFound, InvalidJson, UnsupportedModel naming the unknown component).
    static std::unique_ptr<Tokenizer> load(const std::filesystem::path& dir);
};

} // namespace el
