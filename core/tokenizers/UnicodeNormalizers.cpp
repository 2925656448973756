#include "tokenizers/UnicodeNormalizers.h"

namespace el::tok {

void UnicodeNormalizer::normalize(NormalizedString& s) const
{
    switch (m_form) {
    case Form::NFC: s.nfc(); break;
    case Form::NFD: s.nfd(); break;
    case Form::NFKC: s.nfkc(); break;
    case Form::NFKD: s.nfkd(); break;
    }
}

void NmtNormalizer::normalize(NormalizedString& s) const
{
    s.filter([](char32_t c) {
        return !((c >= 0x01 && c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F || c == 0x8F
                 || c == 0x9F);
    });
    s.map([](char32_t c) -> char32_t {
        switch (c) {
        case 0x09: case 0x0A: case 0x0C: case 0x0D: case 0x1680: case 0x2028: case 0x2029: case 0x2581:
        case 0xFEFF: case 0xFFFD:
            return U' ';
        default:
            return (c >= 0x200B && c <= 0x200F) ? U' ' : c;
        }
    });
}

} // namespace el::tok
