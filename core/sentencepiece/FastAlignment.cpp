#include "sentencepiece/FastAlignment.h"

#include "tokenizers/BasicNormalizers.h"
#include "tokenizers/PrecompiledNormalizer.h"
#include "tokenizers/PreTokenizers.h"

#include <vector>

namespace el::spm {

namespace {

constexpr std::string_view kSpaceMark = "\xE2\x96\x81"; // U+2581

bool onlySpaceMarks(std::string_view s)
{
    while (s.substr(0, kSpaceMark.size()) == kSpaceMark) s.remove_prefix(kSpaceMark.size());
    return s.empty();
}

} // namespace

FastAlignment::FastAlignment(Flavor flavor, const std::string& charsmap, bool splitByPunct)
{
    // The converters' chains (transformers 4.40 convert_slow_tokenizer.py), minus the steps the
    // slow preprocessing already did on the text we get (Lowercase; ALBERT's quote Replace, NFKD,
    // StripAccents).
    std::vector<std::unique_ptr<tok::Normalizer>> n;
    const auto precompiled = [&] {
        if (!charsmap.empty()) n.push_back(std::make_unique<tok::PrecompiledNormalizer>(charsmap));
    };
    switch (flavor) {
    case Flavor::XlmRoberta: // SpmConverter
        precompiled();
        n.push_back(std::make_unique<tok::StripNormalizer>(false, true));
        n.push_back(std::make_unique<tok::ReplaceNormalizer>(" {2,}", true, std::string(kSpaceMark)));
        break;
    case Flavor::DebertaV2:
        n.push_back(std::make_unique<tok::StripNormalizer>(true, true));
        precompiled();
        n.push_back(std::make_unique<tok::ReplaceNormalizer>(" {2,}", true, " "));
        break;
    case Flavor::Albert:
        precompiled();
        n.push_back(std::make_unique<tok::ReplaceNormalizer>(" {2,}", true, " "));
        break;
    }
    m_normalizer = std::make_unique<tok::SequenceNormalizer>(std::move(n));

    std::vector<std::unique_ptr<tok::PreTokenizer>> p;
    if (flavor == Flavor::DebertaV2 && splitByPunct)
        p.push_back(std::make_unique<tok::PunctuationPreTokenizer>(tok::SplitBehavior::Isolated));
    p.push_back(std::make_unique<tok::MetaspacePreTokenizer>(
        U'\u2581', tok::MetaspacePreTokenizer::PrependScheme::Always, true));
    m_preTokenizer = std::make_unique<tok::SequencePreTokenizer>(std::move(p));
}

FastAlignment::~FastAlignment() = default;
FastAlignment::FastAlignment(FastAlignment&&) noexcept = default;
FastAlignment& FastAlignment::operator=(FastAlignment&&) noexcept = default;

bool FastAlignment::assign(const AlignedText& text, SlowToken* tokens, size_t count) const
{
    std::vector<uint32_t> byteToChar;
    tok::PreTokenizedString pts(text.utf8(&byteToChar));
    pts.normalize([&](tok::NormalizedString& s) { m_normalizer->normalize(s); });
    m_preTokenizer->preTokenize(pts);

    // Lay the pieces over the pre-tokens; a piece never spans two pre-tokens (both sides cut
    // before every "▁").
    std::vector<std::pair<size_t, size_t>> bytes(count);
    size_t ti = 0;
    for (const auto& split : pts.splits()) {
        const tok::NormalizedString& ns = split.normalized;
        const std::string_view s = ns.get();
        size_t pos = 0;
        while (pos < s.size()) {
            if (ti == count) {
                // The fast pipeline keeps a trailing "▁" where sentencepiece drops trailing
                // whitespace (ALBERT has no right Strip): nothing to place.
                if (!onlySpaceMarks(s.substr(pos))) return false;
                break;
            }
            const std::string& piece = tokens[ti].piece;
            if (piece.empty() || s.compare(pos, piece.size(), piece) != 0) return false;
            const auto off = ns.normalizedToOriginal(pos, pos + piece.size());
            if (!off) return false;
            const size_t shift = ns.offsetsOriginal().first;
            bytes[ti] = {shift + off->first, shift + off->second};
            pos += piece.size();
            ++ti;
        }
    }
    if (ti != count) return false;
    const size_t last = byteToChar.size() - 1;
    for (size_t i = 0; i < count; ++i) {
        const size_t b = std::min(bytes[i].first, last), e = std::min(bytes[i].second, last);
        const size_t cb = byteToChar[b];
        size_t ce = byteToChar[e];
        if (e > b && byteToChar[e - 1] == ce) ++ce; // end inside a character: include it
        tokens[i].range = text.originalRange(cb, std::max(cb, ce));
        tokens[i].exactOffsets = true;
    }
    return true;
}

} // namespace el::spm
