#pragma once
// Pre-tokenizer interface (huggingface/tokenizers pre_tokenizers/mod.rs). Implementations are
// immutable and thread-safe.

#include "tokenizers/PreTokenizedString.h"

namespace el::tok {

class PreTokenizer
{
public:
    virtual ~PreTokenizer() = default;
    virtual void preTokenize(PreTokenizedString& s) const = 0;
};

} // namespace el::tok
