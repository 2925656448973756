#pragma once
// The sentencepiece "precompiled charsmap" normalizer. The blob is [u32 LE trie size][darts-clone
// double array of u32 units][NUL-separated replacement strings]; lookups mirror the
// huggingface/spm_precompiled crate (DoubleArray::common_prefix_search, Precompiled::transform)
// and the grapheme walk of huggingface/tokenizers normalizers/precompiled.rs.

#include "tokenizers/Normalizer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace el::tok {

class PrecompiledNormalizer : public Normalizer
{
public:
    // Throws el::Error(InvalidJson) when the blob cannot be parsed.
    explicit PrecompiledNormalizer(const std::string& blob);
    void normalize(NormalizedString& s) const override;

    // Replacement of the shortest prefix of chunk that has one (spm_precompiled transform()).
    std::optional<std::string_view> transform(std::string_view chunk) const;

private:
    std::vector<uint32_t> m_array;
    std::string m_normalized;
};

// Standard base64 (RFC 4648, with padding). Throws el::Error(InvalidJson) on bad input.
std::string base64Decode(std::string_view in);

} // namespace el::tok
