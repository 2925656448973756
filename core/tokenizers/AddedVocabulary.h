#pragma once
// Added tokens (tokenizer.json "added_tokens"), mirroring huggingface/tokenizers
// tokenizer/added_vocabulary.rs: a leftmost-longest matcher over the non-normalized tokens runs on
// the raw text, then the remaining pieces are normalized and a second matcher over the normalized
// tokens (their content passed through the normalizer) runs on them. single_word, lstrip and rstrip
// are honoured; matched tokens bypass pre-tokenization and the model.

#include "tokenizers/Normalizer.h"
#include "tokenizers/PreTokenizedString.h"
#include "tokenizers/TokenModel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace el::tok {

struct AddedToken
{
    int64_t id = 0;
    std::string content;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = true;
    bool special = false;
};

class AddedVocabulary
{
public:
    // Registers the tokens (in tokenizer.json order) and builds both matchers; `normalizer` (may be
    // null) turns the normalized tokens into their patterns.
    void build(std::vector<AddedToken> tokens, const TokenModel& model, const Normalizer* normalizer);

    PreTokenizedString extractAndNormalize(const Normalizer* normalizer, const std::string& text) const;

    std::optional<int64_t> tokenToId(std::string_view content) const;
    const AddedToken* byId(int64_t id) const;
    const std::vector<AddedToken>& tokens() const { return m_tokens; }

private:
    // A byte trie for leftmost-longest matching.
    struct Matcher
    {
        struct Node
        {
            std::vector<std::pair<unsigned char, uint32_t>> next; // sorted by byte
            int32_t token = -1;                                   // index into m_tokens
        };
        std::vector<Node> nodes{Node{}};
        void add(std::string_view pattern, int32_t token);
        // Longest pattern starting at pos: (length, token index) or token -1.
        std::pair<size_t, int32_t> longestAt(std::string_view s, size_t pos) const;
        bool empty() const { return nodes.size() == 1; }
    };

    struct Found
    {
        size_t start, end;
        int32_t token; // -1 = plain text
    };
    std::vector<Found> findMatches(std::string_view s, const Matcher& m) const;
    void splitWithMatcher(NormalizedString&& s, const Matcher& m, std::vector<Split>& out) const;

    std::vector<AddedToken> m_tokens;
    std::unordered_map<std::string, int64_t> m_contentToId;
    std::unordered_map<int64_t, size_t> m_idToIndex;
    Matcher m_raw;
    Matcher m_normalized;
};

} // namespace el::tok
