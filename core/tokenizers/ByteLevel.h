#pragma once
// GPT-2 byte-level handling, mirroring huggingface/tokenizers pre_tokenizers/byte_level.rs: the
// byte -> char table, the pre-tokenizer (optional prefix space, GPT-2 regex split, bytes mapped to
// chars) and the offset trimming used by the ByteLevel/Roberta post-processors.

#include "Encoding.h"
#include "tokenizers/PreTokenizer.h"

namespace el::tok {

// GPT-2 bytes_to_unicode: printable bytes map to themselves, the 68 others to U+0100.. in order.
char32_t byteToChar(unsigned char b);
// Replaces every char by the chars of its UTF-8 bytes (first byte replaces, others are inserted).
void byteLevelTransform(NormalizedString& s);
// process_offsets(): trims leading/trailing "Ġ"/whitespace chars of each token from its offsets.
void trimByteLevelOffsets(Encoding& e, bool addPrefixSpace);

class ByteLevelPreTokenizer : public PreTokenizer
{
public:
    ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex) : m_addPrefixSpace(addPrefixSpace), m_useRegex(useRegex) {}
    void preTokenize(PreTokenizedString& s) const override;

private:
    bool m_addPrefixSpace;
    bool m_useRegex;
};

} // namespace el::tok
