#pragma once
// Mirrors huggingface/tokenizers models/bpe/model.rs and word.rs (no dropout): the word is split
// into chars (with continuing-subword prefix / end-of-word suffix), unknown chars become byte
// fallback tokens or (fused) unk, then the adjacent pair with the lowest merge rank (leftmost on
// ties) is merged repeatedly, through a priority queue.

#include "tokenizers/VocabModel.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace el::tok {

class Bpe : public VocabModel
{
public:
    struct Options
    {
        std::optional<std::string> unkToken;
        std::optional<std::string> continuingSubwordPrefix;
        std::optional<std::string> endOfWordSuffix;
        bool fuseUnk = false;
        bool byteFallback = false;
        bool ignoreMerges = false;
    };

    // Throws el::Error(InvalidJson) when a merge refers to a token that is not in the vocabulary.
    Bpe(Vocab vocab, const std::vector<std::pair<std::string, std::string>>& merges, Options options);
    void tokenize(std::string_view word, std::vector<Token>& out) const override;
    const char* typeName() const override { return "BPE"; }

private:
    struct MergeInfo
    {
        uint32_t rank;
        int64_t newId;
    };
    static uint64_t pairKey(int64_t a, int64_t b)
    {
        return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
    }

    Options m_opt;
    std::unordered_map<uint64_t, MergeInfo> m_merges;
};

} // namespace el::tok
