#include "tokenizers/PrecompiledNormalizer.h"

#include "Error.h"
#include "tokenizers/Unicode.h"

namespace el::tok {

std::string base64Decode(std::string_view in)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::string out;
    out.reserve(in.size() / 4 * 3);
    uint32_t acc = 0;
    int bits = 0;
    size_t padding = 0;
    for (char c : in) {
        if (c == '=') {
            ++padding;
            continue;
        }
        const int v = value(c);
        if (v < 0 || padding > 0)
            throw Error(ErrorCode::InvalidJson, "precompiled_charsmap in tokenizer.json is not valid base64");
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

namespace {

// Unit accessors of the darts-clone double array (spm_precompiled ArrayUnitTrait).
inline bool hasLeaf(uint64_t u) { return ((u >> 8) & 1) == 1; }
inline uint64_t unitValue(uint64_t u) { return u & ((1ULL << 31) - 1); }
inline uint64_t unitLabel(uint64_t u) { return u & ((1ULL << 31) | 0xFF); }
inline uint64_t unitOffset(uint64_t u) { return (u >> 10) << ((u & (1ULL << 9)) >> 6); }

} // namespace

PrecompiledNormalizer::PrecompiledNormalizer(const std::string& blob)
{
    if (blob.size() < 4)
        throw Error(ErrorCode::InvalidJson, "precompiled_charsmap in tokenizer.json is too short");
    const auto* p = reinterpret_cast<const unsigned char*>(blob.data());
    const uint32_t trieSize = p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
    const size_t units = trieSize / 4;
    if (4 + static_cast<size_t>(units) * 4 > blob.size())
        throw Error(ErrorCode::InvalidJson, "precompiled_charsmap in tokenizer.json is truncated");
    m_array.resize(units);
    for (size_t i = 0; i < units; ++i) {
        const unsigned char* q = p + 4 + i * 4;
        m_array[i] = q[0] | (q[1] << 8) | (q[2] << 16) | (static_cast<uint32_t>(q[3]) << 24);
    }
    m_normalized = blob.substr(4 + units * 4);
}

std::optional<std::string_view> PrecompiledNormalizer::transform(std::string_view chunk) const
{
    if (m_array.empty()) return std::nullopt;
    uint64_t nodePos = 0;
    uint64_t unit = m_array[0];
    nodePos ^= unitOffset(unit);
    for (char ch : chunk) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0) break;
        nodePos ^= c;
        if (nodePos >= m_array.size()) return std::nullopt;
        unit = m_array[nodePos];
        if (unitLabel(unit) != c) return std::nullopt;
        nodePos ^= unitOffset(unit);
        if (hasLeaf(unit)) {
            // The first (shortest) match wins, as in Precompiled::transform.
            if (nodePos >= m_array.size()) return std::nullopt;
            const size_t index = unitValue(m_array[nodePos]);
            if (index > m_normalized.size()) return std::nullopt;
            size_t end = index;
            while (end < m_normalized.size() && m_normalized[end] != '\0') ++end;
            return std::string_view(m_normalized).substr(index, end - index);
        }
    }
    return std::nullopt;
}

namespace {

// precompiled.rs replace(): all new chars replace (0), extra ones are inserted (1), and a
// shrink is folded into the last change pushed so far (possibly of an earlier grapheme).
void pushReplacement(std::vector<Change>& t, std::string_view oldPart, std::string_view newPart)
{
    const auto oldCount = static_cast<int>(codePointCount(oldPart));
    const auto newCount = static_cast<int>(codePointCount(newPart));
    const int diff = newCount - oldCount;
    size_t len = 0;
    for (size_t i = 0; i < newPart.size(); i += len) t.push_back({decodeUtf8(newPart, i, &len), 0});
    if (diff > 0) {
        for (int k = 0; k < diff && static_cast<size_t>(k) < t.size(); ++k) t[t.size() - 1 - k].change = 1;
    } else if (diff < 0 && !t.empty()) {
        t.back().change += diff;
    }
}

} // namespace

void PrecompiledNormalizer::normalize(NormalizedString& s) const
{
    const std::string& text = s.get();
    const auto bounds = graphemeBoundaries(text);
    std::vector<Change> t;
    t.reserve(text.size());
    bool modified = false;
    for (size_t g = 0; g + 1 < bounds.size(); ++g) {
        const std::string_view grapheme = std::string_view(text).substr(bounds[g], bounds[g + 1] - bounds[g]);
        if (grapheme.size() < 6) {
            if (const auto norm = transform(grapheme)) {
                modified = true;
                pushReplacement(t, grapheme, *norm);
                continue;
            }
        }
        size_t len = 0;
        for (size_t i = 0; i < grapheme.size(); i += len) {
            const char32_t c = decodeUtf8(grapheme, i, &len);
            const std::string_view part = grapheme.substr(i, len);
            if (const auto norm = transform(part)) {
                modified = true;
                pushReplacement(t, part, *norm);
            } else {
                t.push_back({c, 0});
            }
        }
    }
    if (modified) s.transform(t, 0);
}

} // namespace el::tok
