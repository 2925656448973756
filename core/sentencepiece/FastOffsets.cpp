#include "sentencepiece/FastOffsets.h"

#include "tokenizers/Unicode.h"
#include "tokenizers/Utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace el::spm {

namespace {

constexpr std::string_view kSpaceMark = "\xE2\x96\x81"; // U+2581

// Characters sentencepiece's nmt_nfkc normalizer deletes: controls other than whitespace, and
// format characters (zero-width space/joiners, BOM, bidi marks, soft hyphen).
bool isDeletedByNormalizer(char32_t c)
{
    if (isPythonSpace(c)) return false;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF;
}

bool hasContentBeyondSpaceMark(const std::string& piece)
{
    std::string_view p = piece;
    while (p.substr(0, kSpaceMark.size()) == kSpaceMark) p.remove_prefix(kSpaceMark.size());
    return !p.empty();
}

} // namespace

void alignOffsetsLikeFast(std::vector<SlowToken>& tokens, const std::u32string& original)
{
    const auto n = static_cast<int64_t>(original.size());
    const auto at = [&](int64_t i) { return original[static_cast<size_t>(i)]; };
    int64_t prevEnd = 0;
    for (SlowToken& t : tokens) {
        auto [b, e] = t.range;
        if (t.added || t.exactOffsets || b >= e || e > n) {
            prevEnd = std::max(prevEnd, e);
            continue;
        }
        // Deleted characters at either end, unless nothing else is left.
        int64_t kb = b, ke = e;
        while (kb < ke && isDeletedByNormalizer(at(kb))) ++kb;
        while (ke > kb && isDeletedByNormalizer(at(ke - 1))) --ke;
        if (kb < ke) b = kb, e = ke;
        // Trailing combining marks that compose with the letter before them.
        int64_t m = e;
        while (m > b + 1 && tok::combiningClass(at(m - 1)) != 0) --m;
        if (m < e && tok::compose(at(m - 1), at(m)) != 0) e = m;

        if (std::string_view(t.piece).substr(0, kSpaceMark.size()) == kSpaceMark) {
            int64_t k = b;
            while (k < e && isPythonSpace(at(k))) ++k;
            if (k > b) {
                b = k - 1; // only the last character of a whitespace run becomes the "▁"
            } else if (b > 0 && b - 1 >= prevEnd && isPythonSpace(at(b - 1))) {
                --b;       // the dummy prefix takes the free whitespace before the word
                if (t.emptySurface && !hasContentBeyondSpaceMark(t.piece)) e = b + 1;
            }
        }
        // A piece with text beyond "▁" whose span is only whitespace got its characters from an
        // expansion that sentencepiece credited to a later piece.
        if (hasContentBeyondSpaceMark(t.piece) && e < n) {
            bool onlySpace = true;
            for (int64_t i = b; i < e && onlySpace; ++i) onlySpace = isPythonSpace(at(i));
            if (onlySpace) ++e;
        }
        t.range = {b, e};
        prevEnd = std::max(prevEnd, e);
    }
}

} // namespace el::spm
