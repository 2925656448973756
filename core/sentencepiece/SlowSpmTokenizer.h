#pragma once
// el::Tokenizer over the sentencepiece library, reproducing the slow transformers tokenizers
// XLMRobertaTokenizer, DebertaV2Tokenizer and AlbertTokenizer (models/*/tokenization_*.py) plus
// the generic PreTrainedTokenizer.tokenize() around them (SlowAddedTokens). Internal header; use
// loadSentencePieceTokenizer() (SentencePieceTokenizer.h).
//
// Offsets: sentencepiece reports byte spans of each piece in the text it was given; that text went
// through the Python preprocessing (lowercasing, ALBERT's whitespace collapsing / NFKD / accent
// stripping, added-token stripping), which AlignedText tracks per character, so spans map back to
// code points of the original text. Where one original character became several (NFKD, full
// lowercase), every piece touching them gets the whole original character. FastOffsets then moves
// the spans to the fast tokenizers' conventions.

#include "Tokenizer.h"
#include "sentencepiece/AlignedText.h"
#include "sentencepiece/FastAlignment.h"
#include "sentencepiece/FastOffsets.h"
#include "sentencepiece/SlowAddedTokens.h"
#include "sentencepiece/SlowSpmConfig.h"
#include "sentencepiece/SpmModel.h"

namespace el::spm {

class SlowSpmTokenizer final : public Tokenizer
{
public:
    SlowSpmTokenizer(SlowSpmConfig config, SpmModel model);

    Encoding encode(std::string_view text, std::optional<std::string_view> pair,
                    const TruncationOptions& trunc) const override;
    TokenizationTrace trace(std::string_view text) const override;
    int64_t vocabSize() const override { return m_vocabSize; }
    std::optional<int64_t> tokenToId(const std::string& token) const override;
    std::string idToToken(int64_t id) const override;
    std::string kind() const override;
    int64_t numSpecialTokens(bool pair) const override;

private:
    using Token = SlowToken;

    // PreTrainedTokenizer.tokenize() + convert_tokens_to_ids for one text.
    std::vector<Token> tokenize(std::string_view text) const;
    // The class's _tokenize() for a chunk between added tokens.
    void tokenizeChunk(const AlignedText& chunk, std::vector<Token>& out) const;
    // Fast-tokenizer offsets for out[first, end) from `fastText` (FastAlignment).
    void placeLikeFast(const AlignedText& fastText, std::vector<Token>& out, size_t first) const;
    // sentencepiece on one string (spm.encode(text, out_type=str)), ALBERT's digit-comma rule applied.
    void encodeWithSpm(const AlignedText& text, std::vector<Token>& out) const;
    void splitDigitComma(const Token& piece, const AlignedText& text, size_t charBegin, size_t charEnd,
                         std::vector<Token>& out) const;

    // _convert_token_to_id for a sentencepiece id / a piece string.
    int64_t idOfSpm(int32_t spmId) const;
    int64_t idOfPiece(const std::string& piece) const;
    Encoding sequenceEncoding(const std::vector<Token>& tokens, int64_t typeId, int32_t sequenceId) const;
    void appendSpecial(Encoding& e, int64_t id, int64_t typeId) const;

    SlowSpmConfig m_config;
    SpmModel m_model;
    SlowAddedTokens m_added;
    std::unique_ptr<FastAlignment> m_fast; // null when the model's charsmap cannot be read
    int64_t m_clsId = 0;
    int64_t m_sepId = 0;
    int64_t m_vocabSize = 0;
};

} // namespace el::spm
