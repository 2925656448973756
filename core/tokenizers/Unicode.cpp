#include "tokenizers/Unicode.h"

#include "tokenizers/UnicodeTables.h"
#include "tokenizers/Utf8.h"

#include <utf8proc.h>

namespace el::tok {

bool inRanges(const CodePointRange* ranges, size_t count, char32_t c)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (ranges[mid].last < c) lo = mid + 1;
        else hi = mid;
    }
    return lo < count && ranges[lo].first <= c;
}

// unicode-normalization-alignments (decomposition, composition, combining classes) has Unicode 9.0 tables.
static bool knownToNormalizationTables(char32_t c)
{
    return inRanges(kNormalizationV9Ranges, kNormalizationV9RangeCount, c);
}

bool isWhitespace(char32_t c)
{
    // The White_Space property (what Rust's char::is_whitespace tests).
    if (c <= 0x7F) return c == ' ' || (c >= 0x09 && c <= 0x0D);
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

static inline utf8proc_category_t category(char32_t c)
{
    return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool isNumeric(char32_t c)
{
    if (c < 0x80) return c >= '0' && c <= '9';
    const auto cat = category(c);
    return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO;
}

bool isPunctuation(char32_t c)
{
    if (c >= 0x80) return inRanges(kRustPunctuation, kRustPunctuationCount, c);
    const auto cat = category(c);
    return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

bool isBertPunctuation(char32_t c)
{
    if (c < 0x80)
        return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    return isPunctuation(c);
}

bool isOtherCategory(char32_t c)
{
    if (c < 0x80) return c < 0x20 || c == 0x7F;
    return inRanges(kRustOther, kRustOtherCount, c);
}

bool isMarkNonspacing(char32_t c)
{
    if (c < 0x300) return false;
    return inRanges(kRustMarkNonspacing, kRustMarkNonspacingCount, c);
}

bool isCombiningMark(char32_t c)
{
    if (c < 0x300) return false;
    return inRanges(kRustCombiningMark, kRustCombiningMarkCount, c);
}

bool isRegexWordChar(char32_t c)
{
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (c == 0x200C || c == 0x200D) return true;
    if ((c >= 0x24B6 && c <= 0x24E9) || (c >= 0x1F130 && c <= 0x1F149) || (c >= 0x1F150 && c <= 0x1F169)
        || (c >= 0x1F170 && c <= 0x1F189))
        return true; // Other_Alphabetic symbols (circled / squared letters)
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_PC:
        return true;
    default:
        return false;
    }
}

bool isChineseChar(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

int combiningClass(char32_t c)
{
    if (c < 0x300) return 0;
    const int cls = utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class;
    return cls != 0 && knownToNormalizationTables(c) ? cls : 0;
}

void decompose(char32_t c, bool compat, std::u32string& out)
{
    if (c < 0xC0) {
        // Latin-1 below U+00C0 only has compatibility decompositions (e.g. U+00A0, U+00BD).
        if (!compat || c < 0xA0) {
            out.push_back(c);
            return;
        }
    }
    if (!knownToNormalizationTables(c)) {
        out.push_back(c);
        return;
    }
    utf8proc_int32_t buf[32];
    utf8proc_option_t opts = UTF8PROC_DECOMPOSE;
    if (compat) opts = static_cast<utf8proc_option_t>(opts | UTF8PROC_COMPAT);
    const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 32, opts, nullptr);
    if (n <= 0 || n > 32) {
        out.push_back(c);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < n; ++i) out.push_back(static_cast<char32_t>(buf[i]));
}

char32_t compose(char32_t a, char32_t b)
{
    // Every second element of a canonical composition pair is >= U+0300 (combining marks, Hangul
    // jamo, a few Indic vowel signs), which keeps the common case cheap.
    if (b < 0x300) return 0;
    utf8proc_int32_t buf[2] = {static_cast<utf8proc_int32_t>(a), static_cast<utf8proc_int32_t>(b)};
    const auto n = utf8proc_normalize_utf32(
        buf, 2, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (n == 1 && knownToNormalizationTables(static_cast<char32_t>(buf[0]))) return static_cast<char32_t>(buf[0]);
    return 0;
}

void appendLowercase(char32_t c, std::u32string& out)
{
    if (c < 0x80) {
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    if (c == 0x130) { // the only unconditional multi-char lowercase mapping (SpecialCasing.txt)
        out.push_back(U'i');
        out.push_back(0x307);
        return;
    }
    out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
}

std::vector<size_t> graphemeBoundaries(std::string_view s)
{
    std::vector<size_t> b;
    b.reserve(s.size() + 1);
    b.push_back(0);
    if (s.empty()) return b;
    utf8proc_int32_t state = 0;
    size_t len = 0;
    char32_t prev = decodeUtf8(s, 0, &len);
    size_t i = len;
    while (i < s.size()) {
        const char32_t cur = decodeUtf8(s, i, &len);
        if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(prev),
                                             static_cast<utf8proc_int32_t>(cur), &state))
            b.push_back(i);
        prev = cur;
        i += len;
    }
    b.push_back(s.size());
    return b;
}

} // namespace el::tok
