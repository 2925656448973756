#pragma once
// Post-processors of huggingface/tokenizers processors/: BertProcessing (bert.rs),
// RobertaProcessing (roberta.rs), ByteLevel (pre_tokenizers/byte_level.rs), TemplateProcessing
// (template.rs) and Sequence (sequence.rs). They receive the per-sequence encodings (sequence ids
// already set) and return the pieces that are concatenated into the final encoding. Special tokens
// get offsets (0,0), word id -1, sequence id -1 and special_tokens_mask 1.

#include "Encoding.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace el::tok {

class PostProcessor
{
public:
    virtual ~PostProcessor() = default;
    virtual size_t addedTokens(bool isPair) const = 0;
    virtual std::vector<Encoding> process(std::vector<Encoding> encodings) const = 0;
};

// A run of special tokens as an encoding of its own.
Encoding specialEncoding(const std::vector<int64_t>& ids, const std::vector<std::string>& tokens, int64_t typeId);
// Concatenation without shifting offsets (Encoding::merge with growing_offsets = false).
Encoding mergeEncodings(std::vector<Encoding> parts);

class BertProcessing : public PostProcessor
{
public:
    BertProcessing(std::string sep, int64_t sepId, std::string cls, int64_t clsId)
        : m_sep(std::move(sep)), m_sepId(sepId), m_cls(std::move(cls)), m_clsId(clsId)
    {
    }
    size_t addedTokens(bool isPair) const override { return isPair ? 3 : 2; }
    std::vector<Encoding> process(std::vector<Encoding> encodings) const override;

private:
    std::string m_sep;
    int64_t m_sepId;
    std::string m_cls;
    int64_t m_clsId;
};

class RobertaProcessing : public PostProcessor
{
public:
    RobertaProcessing(std::string sep, int64_t sepId, std::string cls, int64_t clsId, bool trimOffsets,
                      bool addPrefixSpace)
        : m_sep(std::move(sep)), m_sepId(sepId), m_cls(std::move(cls)), m_clsId(clsId), m_trimOffsets(trimOffsets),
          m_addPrefixSpace(addPrefixSpace)
    {
    }
    size_t addedTokens(bool isPair) const override { return isPair ? 4 : 2; }
    std::vector<Encoding> process(std::vector<Encoding> encodings) const override;

private:
    std::string m_sep;
    int64_t m_sepId;
    std::string m_cls;
    int64_t m_clsId;
    bool m_trimOffsets;
    bool m_addPrefixSpace;
};

class ByteLevelProcessing : public PostProcessor
{
public:
    ByteLevelProcessing(bool trimOffsets, bool addPrefixSpace)
        : m_trimOffsets(trimOffsets), m_addPrefixSpace(addPrefixSpace)
    {
    }
    size_t addedTokens(bool) const override { return 0; }
    std::vector<Encoding> process(std::vector<Encoding> encodings) const override;

private:
    bool m_trimOffsets;
    bool m_addPrefixSpace;
};

class TemplateProcessing : public PostProcessor
{
public:
    struct Piece
    {
        bool special = false;
        std::string id; // "A"/"B" for sequences, the special token name otherwise
        int64_t typeId = 0;
    };
    struct SpecialToken
    {
        std::vector<int64_t> ids;
        std::vector<std::string> tokens;
    };

    // Throws el::Error(InvalidJson) when a template names a special token that is not defined.
    TemplateProcessing(std::vector<Piece> single, std::vector<Piece> pair, std::map<std::string, SpecialToken> specials);
    // Parses the string form, e.g. "[CLS]:0 $A:0 [SEP]:0".
    static std::vector<Piece> parse(const std::string& text);

    size_t addedTokens(bool isPair) const override;
    std::vector<Encoding> process(std::vector<Encoding> encodings) const override;

private:
    std::vector<Piece> m_single;
    std::vector<Piece> m_pair;
    std::map<std::string, SpecialToken> m_specials;
};

class SequenceProcessing : public PostProcessor
{
public:
    explicit SequenceProcessing(std::vector<std::unique_ptr<PostProcessor>> items) : m_items(std::move(items)) {}
    size_t addedTokens(bool isPair) const override;
    std::vector<Encoding> process(std::vector<Encoding> encodings) const override;

private:
    std::vector<std::unique_ptr<PostProcessor>> m_items;
};

} // namespace el::tok
