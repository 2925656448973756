#include "tokenizers/AddedVocabulary.h"

#include "tokenizers/Unicode.h"

#include <algorithm>
#include <unordered_set>

namespace el::tok {

namespace {

char32_t lastChar(std::string_view s)
{
    size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    size_t len = 0;
    return decodeUtf8(s, i, &len);
}

} // namespace

void AddedVocabulary::Matcher::add(std::string_view pattern, int32_t token)
{
    uint32_t node = 0;
    for (char ch : pattern) {
        const auto b = static_cast<unsigned char>(ch);
        auto& next = nodes[node].next;
        auto it = std::lower_bound(next.begin(), next.end(), b,
                                   [](const auto& e, unsigned char v) { return e.first < v; });
        if (it != next.end() && it->first == b) {
            node = it->second;
        } else {
            const auto child = static_cast<uint32_t>(nodes.size());
            next.insert(it, {b, child});
            nodes.emplace_back(); // invalidates `next`, not used afterwards
            node = child;
        }
    }
    if (nodes[node].token < 0) nodes[node].token = token; // first pattern wins on duplicates
}

std::pair<size_t, int32_t> AddedVocabulary::Matcher::longestAt(std::string_view s, size_t pos) const
{
    std::pair<size_t, int32_t> best{0, -1};
    uint32_t node = 0;
    for (size_t i = pos; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        const auto& next = nodes[node].next;
        auto it = std::lower_bound(next.begin(), next.end(), b,
                                   [](const auto& e, unsigned char v) { return e.first < v; });
        if (it == next.end() || it->first != b) break;
        node = it->second;
        if (nodes[node].token >= 0) best = {i + 1 - pos, nodes[node].token};
    }
    return best;
}

void AddedVocabulary::build(std::vector<AddedToken> tokens, const TokenModel& model, const Normalizer* normalizer)
{
    // add_tokens(): ids are re-derived like tokenizers does (they normally equal the JSON ids):
    // an already added content keeps its id, else the model's id, else the next free id.
    std::vector<int64_t> specialOrder, classicOrder; // indices into m_tokens
    std::unordered_set<std::string> specialSet;
    for (auto& t : tokens) {
        if (t.content.empty()) continue;
        const bool duplicate = std::any_of(m_tokens.begin(), m_tokens.end(), [&](const AddedToken& o) {
            return o.content == t.content && o.singleWord == t.singleWord && o.lstrip == t.lstrip
                && o.rstrip == t.rstrip && o.normalized == t.normalized && o.special == t.special;
        });
        if (duplicate) continue;
        const auto it = m_contentToId.find(t.content);
        if (it != m_contentToId.end()) {
            t.id = it->second;
        } else if (const auto modelId = model.tokenToId(t.content)) {
            t.id = *modelId;
        } else {
            const auto vocabSize = static_cast<int64_t>(model.vocabSize());
            std::optional<int64_t> maxId;
            for (const auto& [c, id] : m_contentToId) maxId = std::max(maxId.value_or(id), id);
            if (!maxId) t.id = vocabSize;
            else t.id = (*maxId >= vocabSize || vocabSize == 0) ? *maxId + 1 : vocabSize;
        }
        m_contentToId[t.content] = t.id;
        m_tokens.push_back(t);
        const auto index = static_cast<int64_t>(m_tokens.size() - 1);
        m_idToIndex[t.id] = static_cast<size_t>(index);
        if (t.special && specialSet.insert(t.content).second) specialOrder.push_back(index);
        if (!specialSet.count(t.content)) classicOrder.push_back(index);
    }

    std::vector<int64_t> order = specialOrder;
    order.insert(order.end(), classicOrder.begin(), classicOrder.end());
    for (int64_t index : order) {
        const AddedToken& t = m_tokens[static_cast<size_t>(index)];
        const int64_t id = m_contentToId[t.content];
        const auto target = static_cast<int32_t>(m_idToIndex[id]);
        if (!t.normalized) {
            m_raw.add(t.content, target);
        } else {
            NormalizedString n(t.content);
            if (normalizer) normalizer->normalize(n);
            if (!n.get().empty()) m_normalized.add(n.get(), target);
        }
    }
}

std::optional<int64_t> AddedVocabulary::tokenToId(std::string_view content) const
{
    const auto it = m_contentToId.find(std::string(content));
    if (it == m_contentToId.end()) return std::nullopt;
    return it->second;
}

const AddedToken* AddedVocabulary::byId(int64_t id) const
{
    const auto it = m_idToIndex.find(id);
    return it == m_idToIndex.end() ? nullptr : &m_tokens[it->second];
}

std::vector<AddedVocabulary::Found> AddedVocabulary::findMatches(std::string_view s, const Matcher& m) const
{
    std::vector<Found> out;
    if (s.empty()) {
        out.push_back({0, 0, -1});
        return out;
    }
    size_t startOffset = 0;
    size_t pos = 0;
    while (pos < s.size() && !m.empty()) {
        const auto [len, token] = m.longestAt(s, pos);
        if (token < 0) {
            pos += utf8SeqLen(static_cast<unsigned char>(s[pos]));
            continue;
        }
        size_t start = pos, stop = pos + len;
        pos = stop;
        const AddedToken& t = m_tokens[static_cast<size_t>(token)];
        if (t.singleWord) {
            const bool startSpace = start == 0 || !isRegexWordChar(lastChar(s.substr(0, start)));
            size_t l = 0;
            const bool stopSpace = stop == s.size() || !isRegexWordChar(decodeUtf8(s, stop, &l));
            if (!startSpace || !stopSpace) continue;
        }
        if (t.lstrip) {
            size_t newStart = start;
            while (newStart > 0) {
                size_t p = newStart - 1;
                while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
                size_t l = 0;
                if (!isWhitespace(decodeUtf8(s, p, &l))) break;
                newStart = p;
            }
            start = std::max(newStart, startOffset);
        }
        if (t.rstrip) {
            size_t l = 0;
            while (stop < s.size() && isWhitespace(decodeUtf8(s, stop, &l))) stop += l;
        }
        if (startOffset < start) out.push_back({startOffset, start, -1});
        out.push_back({start, stop, token});
        startOffset = stop;
    }
    if (startOffset != s.size()) out.push_back({startOffset, s.size(), -1});
    return out;
}

void AddedVocabulary::splitWithMatcher(NormalizedString&& s, const Matcher& m, std::vector<Split>& out) const
{
    for (const Found& f : findMatches(s.get(), m)) {
        auto slice = s.slice(f.start, f.end);
        if (!slice) continue;
        if (f.token >= 0) {
            const AddedToken& t = m_tokens[static_cast<size_t>(f.token)];
            std::vector<Token> tokens{Token{t.id, slice->get(), 0, slice->get().size()}};
            out.push_back(Split{std::move(*slice), std::move(tokens)});
        } else {
            out.push_back(Split{std::move(*slice), std::nullopt});
        }
    }
}

PreTokenizedString AddedVocabulary::extractAndNormalize(const Normalizer* normalizer, const std::string& text) const
{
    PreTokenizedString pts(text);
    pts.split([&](size_t, NormalizedString&& s, std::vector<Split>& out) { splitWithMatcher(std::move(s), m_raw, out); });
    pts.split([&](size_t, NormalizedString&& s, std::vector<Split>& out) {
        if (normalizer) normalizer->normalize(s);
        splitWithMatcher(std::move(s), m_normalized, out);
    });
    return pts;
}

} // namespace el::tok
