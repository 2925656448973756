#pragma once
// The text being tokenized, as a list of splits (each a NormalizedString, possibly already
// tokenized, e.g. an added token). Mirrors huggingface/tokenizers tokenizer/pre_tokenizer.rs
// (PreTokenizedString, Split, into_encoding with OffsetType::Char).

#include "Encoding.h"
#include "tokenizers/NormalizedString.h"
#include "tokenizers/TokenModel.h"

#include <optional>
#include <string>
#include <vector>

namespace el::tok {

struct Split
{
    NormalizedString normalized;
    std::optional<std::vector<Token>> tokens;
};

class PreTokenizedString
{
public:
    explicit PreTokenizedString(std::string original);

    const std::string& original() const { return m_original; }
    const std::vector<Split>& splits() const { return m_splits; }

    // Replaces every split without tokens by what fn(index, normalized, out) appends to out;
    // empty pieces are dropped.
    template <class Fn>
    void split(Fn fn)
    {
        std::vector<Split> next;
        next.reserve(m_splits.size());
        std::vector<Split> produced;
        for (size_t i = 0; i < m_splits.size(); ++i) {
            Split& s = m_splits[i];
            if (s.tokens) {
                next.push_back(std::move(s));
                continue;
            }
            produced.clear();
            fn(i, std::move(s.normalized), produced);
            for (auto& p : produced)
                if (!p.normalized.empty()) next.push_back(std::move(p));
        }
        m_splits.swap(next);
    }

    // Convenience for pre-tokenizers: fn(normalized) returns the pieces.
    template <class Fn>
    void splitPieces(Fn fn)
    {
        split([&](size_t, NormalizedString&& n, std::vector<Split>& out) {
            for (auto& piece : fn(std::move(n))) out.push_back(Split{std::move(piece), std::nullopt});
        });
    }

    // Applies fn to the normalized string of every split without tokens.
    template <class Fn>
    void normalize(Fn fn)
    {
        for (auto& s : m_splits)
            if (!s.tokens) fn(s.normalized);
    }

    void tokenize(const TokenModel& model);

    // Tokens of all splits with offsets in code points of the original text; word ids are the split
    // indices; every token gets typeId.
    Encoding intoEncoding(int64_t typeId) const;

    // Split strings and their code point offsets in the original (for the tokenization trace).
    void describe(std::vector<std::string>& pieces, std::vector<std::pair<int64_t, int64_t>>& offsets) const;

private:
    std::string m_original;
    std::vector<Split> m_splits;
};

} // namespace el::tok
