#pragma once
// The tokenization model interface (WordPiece, BPE, Unigram, WordLevel), mirroring the Model trait
// of huggingface/tokenizers models/mod.rs. Models are immutable after construction and their
// tokenize() is safe to call from several threads at once.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace el::tok {

// One token produced by a model: id, piece string and byte offsets inside the pre-token.
struct Token
{
    int64_t id = 0;
    std::string value;
    size_t start = 0;
    size_t end = 0;
};

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// token string -> id with heterogeneous (string_view) lookup.
using Vocab = std::unordered_map<std::string, int64_t, StringHash, std::equal_to<>>;

inline std::optional<int64_t> vocabFind(const Vocab& v, std::string_view token)
{
    const auto it = v.find(token);
    if (it == v.end()) return std::nullopt;
    return it->second;
}

class TokenModel
{
public:
    virtual ~TokenModel() = default;
    // Appends the tokens of one pre-token (normalised text) to out.
    virtual void tokenize(std::string_view word, std::vector<Token>& out) const = 0;
    virtual std::optional<int64_t> tokenToId(std::string_view token) const = 0;
    virtual std::optional<std::string> idToToken(int64_t id) const = 0;
    virtual size_t vocabSize() const = 0;
    virtual const char* typeName() const = 0;
    // False when tokenize() gives this id a value other than its vocabulary string (Unigram keeps
    // the unknown text as the value of unk tokens).
    virtual bool valueIsVocabString(int64_t id) const { return true; }
};

} // namespace el::tok
