#pragma once
// Mirrors huggingface/tokenizers models/unigram/model.rs (encode_optimized, the port of
// sentencepiece's Viterbi): every vocabulary piece that prefixes the remaining text is an edge;
// a position without a single-char piece gets an unk edge scored min_score - 10; a node only takes a
// strictly better path; consecutive unk pieces are fused; unknown pieces may fall back to bytes.

#include "tokenizers/TokenModel.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace el::tok {

class Unigram : public TokenModel
{
public:
    // Throws el::Error(InvalidJson) for an empty vocabulary with an unk id, or an unk id out of range.
    Unigram(std::vector<std::pair<std::string, double>> vocab, std::optional<int64_t> unkId, bool byteFallback);
    void tokenize(std::string_view word, std::vector<Token>& out) const override;
    std::optional<int64_t> tokenToId(std::string_view token) const override { return vocabFind(m_tokenToId, token); }
    std::optional<std::string> idToToken(int64_t id) const override;
    size_t vocabSize() const override { return m_vocab.size(); }
    const char* typeName() const override { return "Unigram"; }
    bool valueIsVocabString(int64_t id) const override { return !m_unkId || id != *m_unkId; }

    // The best segmentation of a normalised string into piece strings (before id lookup).
    std::vector<std::string_view> encode(std::string_view text) const;

private:
    // Calls fn(byteLength, id) for every vocabulary piece that is a prefix of text[start..].
    template <class Fn>
    void commonPrefixSearch(std::string_view text, size_t start, Fn fn) const;

    std::vector<std::pair<std::string, double>> m_vocab;
    Vocab m_tokenToId;
    std::vector<uint32_t> m_sorted; // vocabulary indices sorted by piece bytes (unique pieces)
    std::optional<int64_t> m_unkId;
    bool m_byteFallback;
    double m_minScore;
};

} // namespace el::tok
