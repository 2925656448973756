#include "sentencepiece/SlowAddedTokens.h"

#include "tokenizers/Utf8.h"

#include <algorithm>

namespace el::spm {

void SlowAddedTokens::add(SlowAddedToken token)
{
    if (token.content.empty()) return;
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens[i].content == token.content) {
            m_tokens[i] = std::move(token);
            return;
        }
    }
    m_contents.push_back(tok::toCodePoints(token.content));
    m_tokens.push_back(std::move(token));
}

const SlowAddedToken* SlowAddedTokens::find(const std::string& content) const
{
    for (const auto& t : m_tokens)
        if (t.content == content) return &t;
    return nullptr;
}

const SlowAddedToken* SlowAddedTokens::byId(int64_t id) const
{
    for (const auto& t : m_tokens)
        if (t.id == id) return &t;
    return nullptr;
}

template <class Pred>
int32_t SlowAddedTokens::longestAt(const AlignedText& text, size_t pos, Pred use) const
{
    int32_t best = -1;
    size_t bestLen = 0;
    const std::u32string& chars = text.chars();
    for (size_t k = 0; k < m_contents.size(); ++k) {
        const std::u32string& c = m_contents[k];
        if (c.size() <= bestLen || c.size() > chars.size() - pos || chars[pos] != c[0]) continue;
        if (!use(m_tokens[k])) continue;
        if (chars.compare(pos, c.size(), c) == 0) {
            best = static_cast<int32_t>(k);
            bestLen = c.size();
        }
    }
    return best;
}

AlignedText SlowAddedTokens::lowercaseKeeping(const AlignedText& text) const
{
    // transformers: re.sub(r"(special|...)|(.+?)", keep-or-lower) over all_special_tokens plus the
    // non-special added tokens with normalized=True. Python's alternation takes the first listed
    // token that matches; taking the longest only differs when one token is a prefix of another.
    const auto keep = [](const SlowAddedToken& t) { return t.special || t.normalized; };
    AlignedText out;
    size_t i = 0;
    while (i < text.size()) {
        const int32_t k = longestAt(text, i, keep);
        if (k >= 0) {
            const size_t n = m_contents[static_cast<size_t>(k)].size();
            out.append(text.slice(i, i + n));
            i += n;
        } else {
            out.append(text.slice(i, i + 1).lowerPerChar());
            ++i;
        }
    }
    return out;
}

std::vector<SlowAddedTokens::Segment> SlowAddedTokens::split(const AlignedText& text) const
{
    // Trie.split: leftmost-longest matches; the text between them becomes text segments.
    std::vector<Segment> segs;
    size_t start = 0, i = 0;
    const auto any = [](const SlowAddedToken&) { return true; };
    while (i < text.size()) {
        const int32_t k = m_tokens.empty() ? -1 : longestAt(text, i, any);
        if (k < 0) {
            ++i;
            continue;
        }
        if (i > start) segs.push_back({text.slice(start, i), -1});
        const size_t n = m_contents[static_cast<size_t>(k)].size();
        segs.push_back({text.slice(i, i + n), k, text.originalRange(i, i + n)});
        i += n;
        start = i;
    }
    if (start < text.size()) segs.push_back({text.slice(start, text.size()), -1});

    // Neighbour handling, in tokenize()'s order (left to right, each token looking at the current
    // state of its neighbours).
    for (size_t s = 0; s < segs.size(); ++s) {
        if (segs[s].token < 0) continue;
        const SlowAddedToken& t = m_tokens[static_cast<size_t>(segs[s].token)];
        Segment* left = s > 0 ? &segs[s - 1] : nullptr;
        Segment* right = s + 1 < segs.size() ? &segs[s + 1] : nullptr;
        auto& range = segs[s].range;
        if (t.rstrip && right && !right->text.empty()) {
            const AlignedText kept = right->text.lstrip();
            const size_t removed = right->text.size() - kept.size();
            if (removed > 0) range.second = std::max(range.second, right->text.originalRange(0, removed).second);
            right->text = kept;
        }
        if (t.lstrip && left && !left->text.empty()) {
            const AlignedText kept = left->text.rstrip();
            if (kept.size() < left->text.size())
                range.first = std::min(range.first, left->text.originalRange(kept.size(), left->text.size()).first);
            left->text = kept;
        }
        if (t.singleWord && left && !left->text.empty() && left->text[left->text.size() - 1] != U' ') {
            // The token is glued to the word before it: it becomes ordinary text of that word.
            left->text.append(segs[s].text);
            left->token = -1;
            segs[s].text = AlignedText();
        } else if (t.singleWord && right && !right->text.empty() && right->text[0] != U' ') {
            segs[s].text.append(right->text);
            segs[s].token = -1;
            right->text = AlignedText();
        }
    }
    std::vector<Segment> out;
    for (auto& seg : segs)
        if (!seg.text.empty()) out.push_back(std::move(seg));
    return out;
}

} // namespace el::spm
