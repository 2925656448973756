#pragma once
// Mirrors huggingface/tokenizers models/wordpiece/mod.rs: greedy longest-match-first with the
// "##" continuation prefix; a word longer than max_input_chars_per_word, or one that cannot be
// covered completely, becomes a single unk token.

#include "tokenizers/VocabModel.h"

namespace el::tok {

class WordPiece : public VocabModel
{
public:
    WordPiece(Vocab vocab, std::string unkToken, std::string continuingSubwordPrefix, size_t maxInputCharsPerWord);
    void tokenize(std::string_view word, std::vector<Token>& out) const override;
    const char* typeName() const override { return "WordPiece"; }

private:
    void pushUnk(std::string_view word, std::vector<Token>& out) const;

    std::string m_unk;
    std::string m_prefix;
    size_t m_maxChars;
};

} // namespace el::tok
