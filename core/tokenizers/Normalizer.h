#pragma once
// Normalizer interface (huggingface/tokenizers normalizers/mod.rs). Implementations are immutable
// and thread-safe.

#include "tokenizers/NormalizedString.h"

namespace el::tok {

class Normalizer
{
public:
    virtual ~Normalizer() = default;
    virtual void normalize(NormalizedString& s) const = 0;
};

} // namespace el::tok
