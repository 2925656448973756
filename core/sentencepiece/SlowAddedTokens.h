#pragma once
// Added/special tokens of a slow (Python) tokenizer, mirroring transformers
// tokenization_utils.py PreTrainedTokenizer.tokenize(): the do_lower_case pass that lowercases
// everything except special tokens, the Trie split on every added token, and the lstrip / rstrip /
// single_word handling of the neighbouring text. Internal header.

#include "sentencepiece/AlignedText.h"

#include <cstdint>
#include <string>
#include <vector>

namespace el::spm {

struct SlowAddedToken
{
    std::string content;
    int64_t id = 0;
    bool lstrip = false;
    bool rstrip = false;
    bool singleWord = false;
    bool normalized = false;
    bool special = true;
};

class SlowAddedTokens
{
public:
    struct Segment
    {
        AlignedText text;
        int32_t token = -1; // index into tokens(), or -1 for text that goes to the model
        // For a token: its original span including the whitespace its lstrip / rstrip removed from
        // the neighbours (the fast tokenizers' offsets cover it).
        AlignedText::Range range{0, 0};
    };

    void add(SlowAddedToken token); // a later token with the same content replaces the earlier one
    const std::vector<SlowAddedToken>& tokens() const { return m_tokens; }
    const SlowAddedToken* find(const std::string& content) const;
    const SlowAddedToken* byId(int64_t id) const;

    // The do_lower_case pass of tokenize(): special tokens and non-special normalized added tokens
    // are kept, every other character is lowercased on its own.
    AlignedText lowercaseKeeping(const AlignedText& text) const;
    // Trie split plus neighbour stripping; empty segments are dropped.
    std::vector<Segment> split(const AlignedText& text) const;

private:
    // Longest token (by index) whose content starts at text[pos], among those accepted by `use`.
    template <class Pred>
    int32_t longestAt(const AlignedText& text, size_t pos, Pred use) const;

    std::vector<SlowAddedToken> m_tokens;
    std::vector<std::u32string> m_contents; // code points of each token's content
};

} // namespace el::spm
