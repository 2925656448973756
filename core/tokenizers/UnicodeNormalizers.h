#pragma once
// Mirrors huggingface/tokenizers normalizers/unicode.rs: NFC, NFD, NFKC, NFKD (aligned through the
// decomposition, unicode_normalization_alignments) and Nmt.

#include "tokenizers/Normalizer.h"

namespace el::tok {

class UnicodeNormalizer : public Normalizer
{
public:
    enum class Form { NFC, NFD, NFKC, NFKD };
    explicit UnicodeNormalizer(Form form) : m_form(form) {}
    void normalize(NormalizedString& s) const override;

private:
    Form m_form;
};

class NmtNormalizer : public Normalizer
{
public:
    void normalize(NormalizedString& s) const override;
};

} // namespace el::tok
