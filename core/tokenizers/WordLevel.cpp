#include "tokenizers/WordLevel.h"

#include "Error.h"

namespace el::tok {

void WordLevel::tokenize(std::string_view word, std::vector<Token>& out) const
{
    if (const auto id = vocabFind(m_vocab, word)) {
        out.push_back(Token{*id, std::string(word), 0, word.size()});
        return;
    }
    const auto unk = vocabFind(m_vocab, m_unk);
    if (!unk)
        throw Error(ErrorCode::InvalidInput, "WordLevel: the unknown token '" + m_unk + "' is not in the vocabulary");
    out.push_back(Token{*unk, m_unk, 0, word.size()});
}

} // namespace el::tok
