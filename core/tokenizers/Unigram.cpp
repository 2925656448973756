#include "tokenizers/Unigram.h"

#include "Error.h"
#include "tokenizers/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace el::tok {

Unigram::Unigram(std::vector<std::pair<std::string, double>> vocab, std::optional<int64_t> unkId, bool byteFallback)
    : m_vocab(std::move(vocab)), m_unkId(unkId), m_byteFallback(byteFallback)
{
    if (m_unkId) {
        if (m_vocab.empty()) throw Error(ErrorCode::InvalidJson, "Unigram model: the vocabulary is empty");
        if (*m_unkId < 0 || static_cast<size_t>(*m_unkId) >= m_vocab.size())
            throw Error(ErrorCode::InvalidJson, "Unigram model: unk_id is not in the vocabulary");
    }
    m_minScore = std::numeric_limits<double>::infinity();
    m_tokenToId.reserve(m_vocab.size());
    for (size_t i = 0; i < m_vocab.size(); ++i) {
        m_tokenToId[m_vocab[i].first] = static_cast<int64_t>(i); // later duplicates win
        m_minScore = std::min(m_minScore, m_vocab[i].second);
    }
    m_sorted.reserve(m_tokenToId.size());
    for (const auto& [piece, id] : m_tokenToId)
        if (!piece.empty()) m_sorted.push_back(static_cast<uint32_t>(id));
    std::sort(m_sorted.begin(), m_sorted.end(),
              [this](uint32_t a, uint32_t b) { return m_vocab[a].first < m_vocab[b].first; });
}

std::optional<std::string> Unigram::idToToken(int64_t id) const
{
    if (id < 0 || static_cast<size_t>(id) >= m_vocab.size()) return std::nullopt;
    return m_vocab[static_cast<size_t>(id)].first;
}

template <class Fn>
void Unigram::commonPrefixSearch(std::string_view text, size_t start, Fn fn) const
{
    // Walk down the sorted piece list: [lo, hi) holds the pieces that start with text[start, start+depth).
    size_t lo = 0, hi = m_sorted.size();
    size_t depth = 0;
    while (start + depth < text.size() && lo < hi) {
        const auto c = static_cast<unsigned char>(text[start + depth]);
        auto byteAt = [&](uint32_t idx) -> int {
            const std::string& p = m_vocab[idx].first;
            return depth < p.size() ? static_cast<unsigned char>(p[depth]) : -1;
        };
        const auto first = m_sorted.begin() + static_cast<std::ptrdiff_t>(lo);
        const auto last = m_sorted.begin() + static_cast<std::ptrdiff_t>(hi);
        const auto l = std::partition_point(first, last, [&](uint32_t idx) { return byteAt(idx) < c; });
        const auto h = std::partition_point(l, last, [&](uint32_t idx) { return byteAt(idx) <= c; });
        lo = static_cast<size_t>(l - m_sorted.begin());
        hi = static_cast<size_t>(h - m_sorted.begin());
        ++depth;
        if (lo < hi && m_vocab[m_sorted[lo]].first.size() == depth) fn(depth, static_cast<int64_t>(m_sorted[lo]));
    }
}

std::vector<std::string_view> Unigram::encode(std::string_view text) const
{
    struct Node
    {
        int64_t id = 0;
        double score = 0.0;
        std::optional<size_t> startsAt;
    };
    const size_t size = text.size();
    const double unkScore = m_minScore - 10.0;
    std::vector<Node> best(size + 1);
    size_t startsAt = 0;
    while (startsAt < size) {
        const double scoreTillHere = best[startsAt].score;
        bool hasSingleNode = false;
        const size_t mblen = utf8SeqLen(static_cast<unsigned char>(text[startsAt]));
        commonPrefixSearch(text, startsAt, [&](size_t length, int64_t id) {
            Node& target = best[startsAt + length];
            const double candidate = m_vocab[static_cast<size_t>(id)].second + scoreTillHere;
            if (!target.startsAt || candidate > target.score) {
                target.score = candidate;
                target.startsAt = startsAt;
                target.id = id;
            }
            if (!hasSingleNode && length == mblen) hasSingleNode = true;
        });
        if (!hasSingleNode) {
            if (!m_unkId)
                throw Error(ErrorCode::InvalidInput, "Unigram model: unknown character and no unk_id");
            Node& target = best[std::min(startsAt + mblen, size)];
            const double candidate = unkScore + scoreTillHere;
            if (!target.startsAt || candidate > target.score) {
                target.score = candidate;
                target.startsAt = startsAt;
                target.id = *m_unkId;
            }
        }
        startsAt += mblen;
    }

    std::vector<std::string_view> results;
    size_t endsAt = size;
    size_t unkEnd = 0;
    bool inUnk = false;
    while (endsAt > 0) {
        const Node& node = best[endsAt];
        const size_t start = node.startsAt.value_or(0);
        if (m_unkId && node.id == *m_unkId) {
            if (!inUnk) unkEnd = endsAt;
            inUnk = true;
        } else {
            if (inUnk) results.push_back(text.substr(endsAt, unkEnd - endsAt));
            inUnk = false;
            results.push_back(text.substr(start, endsAt - start));
        }
        endsAt = start;
    }
    if (inUnk) results.push_back(text.substr(0, unkEnd));
    std::reverse(results.begin(), results.end());
    return results;
}

void Unigram::tokenize(std::string_view word, std::vector<Token>& out) const
{
    size_t offset = 0;
    char code[8];
    for (const std::string_view piece : encode(word)) {
        const size_t len = piece.size();
        if (const auto id = vocabFind(m_tokenToId, piece)) {
            out.push_back(Token{*id, std::string(piece), offset, offset + len});
            offset += len;
            continue;
        }
        if (m_byteFallback) {
            std::vector<Token> bytes;
            bool all = true;
            for (unsigned char b : piece) {
                std::snprintf(code, sizeof code, "<0x%02X>", b);
                const auto id = vocabFind(m_tokenToId, code);
                if (!id) {
                    all = false;
                    break;
                }
                bytes.push_back(Token{*id, code, offset, offset + len});
            }
            if (all) {
                for (auto& t : bytes) out.push_back(std::move(t));
                offset += len;
                continue;
            }
        }
        if (!m_unkId) throw Error(ErrorCode::InvalidInput, "Unigram model: unknown piece and no unk_id");
        out.push_back(Token{*m_unkId, std::string(piece), offset, offset + len});
        offset += len;
    }
}

} // namespace el::tok
