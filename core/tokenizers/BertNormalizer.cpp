#include "tokenizers/BertNormalizer.h"

#include "tokenizers/Unicode.h"

namespace el::tok {

static bool bertWhitespace(char32_t c)
{
    return c == '\t' || c == '\n' || c == '\r' || isWhitespace(c);
}

static bool bertControl(char32_t c)
{
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return isOtherCategory(c);
}

void BertNormalizer::normalize(NormalizedString& s) const
{
    if (m_cleanText) {
        s.filter([](char32_t c) { return !(c == 0 || c == 0xFFFD || bertControl(c)); });
        s.map([](char32_t c) { return bertWhitespace(c) ? U' ' : c; });
    }
    if (m_handleChineseChars) {
        bool any = false;
        s.forEachChar([&](char32_t c) { any = any || isChineseChar(c); });
        if (any) {
            std::vector<Change> dest;
            dest.reserve(s.len() + 16);
            s.forEachChar([&](char32_t c) {
                if (isChineseChar(c)) {
                    dest.push_back({U' ', 0});
                    dest.push_back({c, 1});
                    dest.push_back({U' ', 1});
                } else {
                    dest.push_back({c, 0});
                }
            });
            s.transform(dest, 0);
        }
    }
    if (m_stripAccents) {
        s.nfd();
        s.filter([](char32_t c) { return !isMarkNonspacing(c); });
    }
    if (m_lowercase) s.lowercase();
}

} // namespace el::tok
