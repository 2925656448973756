#include "tokenizers/PreTokenizedString.h"

namespace el::tok {

PreTokenizedString::PreTokenizedString(std::string original) : m_original(original)
{
    m_splits.push_back(Split{NormalizedString(std::move(original)), std::nullopt});
}

void PreTokenizedString::tokenize(const TokenModel& model)
{
    for (auto& s : m_splits) {
        if (s.tokens) continue;
        std::vector<Token> tokens;
        model.tokenize(s.normalized.get(), tokens);
        s.tokens = std::move(tokens);
    }
}

namespace {

// BytesToCharOffsetConverter of pre_tokenizer.rs: byte offsets in the original -> char offsets,
// falling back to the byte offsets when the start is past the end.
Offsets toCharOffsets(const std::vector<uint32_t>& b2c, size_t byteLen, Offsets o)
{
    if (o.first >= byteLen) return o;
    const size_t start = b2c[o.first];
    if (o.second < byteLen) return {start, b2c[o.second]};
    const size_t last = o.second >= 1 && o.second - 1 < byteLen ? b2c[o.second - 1] : start + 1;
    return {start, last + 1};
}

} // namespace

Encoding PreTokenizedString::intoEncoding(int64_t typeId) const
{
    Encoding enc;
    if (m_splits.empty()) return enc;
    const auto b2c = byteToCharIndex(m_original);
    size_t total = 0;
    for (const auto& s : m_splits) total += s.tokens ? s.tokens->size() : 0;
    enc.ids.reserve(total);
    enc.tokens.reserve(total);
    enc.offsets.reserve(total);
    enc.wordIds.reserve(total);
    for (size_t idx = 0; idx < m_splits.size(); ++idx) {
        const Split& s = m_splits[idx];
        if (!s.tokens) continue;
        const size_t base = s.normalized.offsetsOriginal().first;
        for (const Token& t : *s.tokens) {
            Offsets o{t.start, t.end};
            if (const auto r = s.normalized.normalizedToOriginal(t.start, t.end))
                o = {base + r->first, base + r->second};
            o = toCharOffsets(b2c, m_original.size(), o);
            enc.ids.push_back(t.id);
            enc.tokens.push_back(t.value);
            enc.offsets.emplace_back(static_cast<int64_t>(o.first), static_cast<int64_t>(o.second));
            enc.wordIds.push_back(static_cast<int64_t>(idx));
        }
    }
    const size_t n = enc.ids.size();
    enc.typeIds.assign(n, typeId);
    enc.specialTokensMask.assign(n, 0);
    enc.attentionMask.assign(n, 1);
    enc.sequenceIds.assign(n, 0);
    return enc;
}

void PreTokenizedString::describe(std::vector<std::string>& pieces,
                                  std::vector<std::pair<int64_t, int64_t>>& offsets) const
{
    const auto b2c = byteToCharIndex(m_original);
    for (const auto& s : m_splits) {
        pieces.push_back(s.normalized.get());
        const Offsets o = toCharOffsets(b2c, m_original.size(), s.normalized.offsetsOriginal());
        offsets.emplace_back(static_cast<int64_t>(o.first), static_cast<int64_t>(o.second));
    }
}

} // namespace el::tok
