#include "tokenizers/ByteLevel.h"

#include "tokenizers/Pattern.h"
#include "tokenizers/Regex.h"
#include "tokenizers/Unicode.h"

#include <array>

namespace el::tok {

namespace {

std::array<char32_t, 256> makeByteTable()
{
    std::array<char32_t, 256> table{};
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
        table[b] = printable ? static_cast<char32_t>(b) : next++;
    }
    return table;
}

const std::array<char32_t, 256>& byteTable()
{
    static const auto table = makeByteTable();
    return table;
}

const Regex& gpt2Regex()
{
    static const Regex re(
        R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)");
    return re;
}

} // namespace

char32_t byteToChar(unsigned char b)
{
    return byteTable()[b];
}

void byteLevelTransform(NormalizedString& s)
{
    const std::string& text = s.get();
    std::vector<Change> dest;
    dest.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const size_t len = utf8SeqLen(static_cast<unsigned char>(text[i]));
        for (size_t k = 0; k < len && i + k < text.size(); ++k)
            dest.push_back({byteToChar(static_cast<unsigned char>(text[i + k])), k > 0 ? 1 : 0});
        i += len;
    }
    s.transform(dest, 0);
}

void ByteLevelPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([&](NormalizedString&& n) {
        if (m_addPrefixSpace && (n.get().empty() || n.get()[0] != ' ')) n.prepend(" ");
        if (m_useRegex) return n.split(findRegexMatches(n.get(), gpt2Regex()), SplitBehavior::Isolated);
        std::vector<NormalizedString> one;
        one.push_back(std::move(n));
        return one;
    });
    s.normalize([](NormalizedString& n) { byteLevelTransform(n); });
}

void trimByteLevelOffsets(Encoding& e, bool addPrefixSpace)
{
    const char32_t spaceChar = byteToChar(' ');
    for (size_t i = 0; i < e.tokens.size(); ++i) {
        const std::u32string chars = toCodePoints(e.tokens[i]);
        auto isSpace = [&](char32_t c) { return c == spaceChar || isWhitespace(c); };
        size_t leading = 0, trailing = 0;
        while (leading < chars.size() && isSpace(chars[leading])) ++leading;
        while (trailing < chars.size() && isSpace(chars[chars.size() - 1 - trailing])) ++trailing;
        if (leading == 0 && trailing == 0) continue;
        auto& [start, end] = e.offsets[i];
        if (leading > 0) {
            const bool isFirst = i == 0 || start == 0;
            if (isFirst && addPrefixSpace && leading == 1) leading = 0;
            start = std::min<int64_t>(start + static_cast<int64_t>(leading), end);
        }
        if (trailing > 0 && end >= static_cast<int64_t>(trailing))
            end = std::max<int64_t>(end - static_cast<int64_t>(trailing), start);
    }
}

} // namespace el::tok
