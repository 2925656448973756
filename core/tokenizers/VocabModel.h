#pragma once
// Shared vocabulary bookkeeping of the map-based models (WordPiece, BPE, WordLevel): token -> id
// and the reverse lookup.

#include "tokenizers/TokenModel.h"

#include <unordered_map>

namespace el::tok {

class VocabModel : public TokenModel
{
public:
    explicit VocabModel(Vocab vocab) : m_vocab(std::move(vocab))
    {
        m_vocabR.reserve(m_vocab.size());
        for (const auto& [token, id] : m_vocab) m_vocabR.emplace(id, token);
    }
    std::optional<int64_t> tokenToId(std::string_view token) const override { return vocabFind(m_vocab, token); }
    std::optional<std::string> idToToken(int64_t id) const override
    {
        const auto it = m_vocabR.find(id);
        if (it == m_vocabR.end()) return std::nullopt;
        return it->second;
    }
    size_t vocabSize() const override { return m_vocab.size(); }
    const Vocab& vocab() const { return m_vocab; }

protected:
    Vocab m_vocab;
    std::unordered_map<int64_t, std::string> m_vocabR;
};

} // namespace el::tok
