#pragma once
// Mirrors huggingface/tokenizers normalizers/bert.rs (BertNormalizer): clean text, pad CJK
// ideographs with spaces, strip accents (NFD + drop Mn; default = lowercase), lowercase.

#include "tokenizers/Normalizer.h"

#include <optional>

namespace el::tok {

class BertNormalizer : public Normalizer
{
public:
    BertNormalizer(bool cleanText, bool handleChineseChars, std::optional<bool> stripAccents, bool lowercase)
        : m_cleanText(cleanText), m_handleChineseChars(handleChineseChars),
          m_stripAccents(stripAccents.value_or(lowercase)), m_lowercase(lowercase)
    {
    }
    void normalize(NormalizedString& s) const override;

private:
    bool m_cleanText;
    bool m_handleChineseChars;
    bool m_stripAccents;
    bool m_lowercase;
};

} // namespace el::tok
