#pragma once
// Mirrors huggingface/tokenizers models/wordlevel/mod.rs: one token per pre-token, or unk.

#include "tokenizers/VocabModel.h"

namespace el::tok {

class WordLevel : public VocabModel
{
public:
    WordLevel(Vocab vocab, std::string unkToken) : VocabModel(std::move(vocab)), m_unk(std::move(unkToken)) {}
    void tokenize(std::string_view word, std::vector<Token>& out) const override;
    const char* typeName() const override { return "WordLevel"; }

private:
    std::string m_unk;
};

} // namespace el::tok
