#include "tokenizers/WordPiece.h"

#include "Error.h"
#include "tokenizers/Utf8.h"

namespace el::tok {

WordPiece::WordPiece(Vocab vocab, std::string unkToken, std::string continuingSubwordPrefix,
                     size_t maxInputCharsPerWord)
    : VocabModel(std::move(vocab)), m_unk(std::move(unkToken)), m_prefix(std::move(continuingSubwordPrefix)),
      m_maxChars(maxInputCharsPerWord)
{
}

void WordPiece::pushUnk(std::string_view word, std::vector<Token>& out) const
{
    const auto id = vocabFind(m_vocab, m_unk);
    if (!id)
        throw Error(ErrorCode::InvalidInput, "WordPiece: the unknown token '" + m_unk + "' is not in the vocabulary");
    out.push_back(Token{*id, m_unk, 0, word.size()});
}

void WordPiece::tokenize(std::string_view word, std::vector<Token>& out) const
{
    if (codePointCount(word) > m_maxChars) {
        pushUnk(word, out);
        return;
    }
    const size_t first = out.size();
    std::string key;
    key.reserve(m_prefix.size() + word.size());
    size_t start = 0;
    while (start < word.size()) {
        size_t end = word.size();
        bool found = false;
        while (start < end) {
            const std::string_view sub = word.substr(start, end - start);
            std::string_view lookup = sub;
            if (start > 0) {
                key.assign(m_prefix);
                key.append(sub);
                lookup = key;
            }
            if (const auto id = vocabFind(m_vocab, lookup)) {
                out.push_back(Token{*id, std::string(lookup), start, end});
                found = true;
                break;
            }
            // Shrink by the last char of the candidate.
            size_t last = end - 1;
            while (last > start && (static_cast<unsigned char>(word[last]) & 0xC0) == 0x80) --last;
            end = last;
        }
        if (!found) {
            out.resize(first);
            pushUnk(word, out);
            return;
        }
        start = end;
    }
}

} // namespace el::tok
