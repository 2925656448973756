#include "tokenizers/Bpe.h"

#include "Error.h"
#include "tokenizers/Utf8.h"

#include <cstdio>
#include <queue>

namespace el::tok {

Bpe::Bpe(Vocab vocab, const std::vector<std::pair<std::string, std::string>>& merges, Options options)
    : VocabModel(std::move(vocab)), m_opt(std::move(options))
{
    const size_t prefixLen = m_opt.continuingSubwordPrefix ? m_opt.continuingSubwordPrefix->size() : 0;
    m_merges.reserve(merges.size());
    for (size_t i = 0; i < merges.size(); ++i) {
        const auto& [a, b] = merges[i];
        const auto aId = vocabFind(m_vocab, a);
        const auto bId = vocabFind(m_vocab, b);
        if (!aId || !bId)
            throw Error(ErrorCode::InvalidJson,
                        "BPE merge '" + a + " " + b + "' uses a token that is not in the vocabulary");
        const std::string merged = a + (b.size() >= prefixLen ? b.substr(prefixLen) : std::string());
        const auto newId = vocabFind(m_vocab, merged);
        if (!newId)
            throw Error(ErrorCode::InvalidJson, "BPE merge '" + a + " " + b + "' produces '" + merged
                                                    + "', which is not in the vocabulary");
        // Later duplicates overwrite earlier ones, as when tokenizers collects them into a map.
        m_merges[pairKey(*aId, *bId)] = MergeInfo{static_cast<uint32_t>(i), *newId};
    }
}

namespace {

struct Symbol
{
    int64_t id;
    int prev;
    int next;
    size_t len; // bytes of the pre-token covered; 0 once merged away
};

struct Candidate
{
    uint32_t rank;
    int pos;
    int64_t newId;
    // std::priority_queue pops the "largest": make that the lowest rank, then the leftmost pos.
    bool operator<(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
};

} // namespace

void Bpe::tokenize(std::string_view word, std::vector<Token>& out) const
{
    if (word.empty()) return;
    if (m_opt.ignoreMerges) {
        if (const auto id = vocabFind(m_vocab, word)) {
            out.push_back(Token{*id, std::string(word), 0, word.size()});
            return;
        }
    }

    // merge_word(): initial symbols.
    std::vector<Symbol> symbols;
    symbols.reserve(word.size());
    auto add = [&](int64_t id, size_t len) {
        const int idx = static_cast<int>(symbols.size());
        symbols.push_back(Symbol{id, idx - 1, -1, len});
        if (idx > 0) symbols[idx - 1].next = idx;
    };
    // A pending (possibly fused) unknown run: id and byte length.
    bool unkPending = false;
    int64_t pendingUnkId = 0;
    size_t pendingUnkLen = 0;
    std::string s;
    size_t len = 0;
    for (size_t i = 0; i < word.size(); i += len) {
        decodeUtf8(word, i, &len);
        const bool isFirst = i == 0;
        const bool isLast = i + len >= word.size();
        s.clear();
        if (!isFirst && m_opt.continuingSubwordPrefix) s += *m_opt.continuingSubwordPrefix;
        s.append(word.substr(i, len));
        if (isLast && m_opt.endOfWordSuffix) s += *m_opt.endOfWordSuffix;
        if (const auto id = vocabFind(m_vocab, s)) {
            if (unkPending) {
                add(pendingUnkId, pendingUnkLen);
                unkPending = false;
            }
            add(*id, len);
            continue;
        }
        if (m_opt.byteFallback) {
            std::vector<int64_t> ids;
            bool all = true;
            char code[8];
            for (unsigned char b : s) {
                std::snprintf(code, sizeof code, "<0x%02X>", b);
                const auto id = vocabFind(m_vocab, code);
                if (!id) {
                    all = false;
                    break;
                }
                ids.push_back(*id);
            }
            if (all) {
                // (A pending unk is kept pending here, as in word.rs.)
                for (int64_t id : ids) add(id, 1);
                continue;
            }
        }
        if (m_opt.unkToken) {
            const auto unkId = vocabFind(m_vocab, *m_opt.unkToken);
            if (!unkId)
                throw Error(ErrorCode::InvalidInput,
                            "BPE: the unknown token '" + *m_opt.unkToken + "' is not in the vocabulary");
            if (unkPending && m_opt.fuseUnk) {
                pendingUnkLen += len;
            } else {
                if (unkPending) add(pendingUnkId, pendingUnkLen);
                unkPending = true;
                pendingUnkId = *unkId;
                pendingUnkLen = len;
            }
        }
    }
    if (unkPending) add(pendingUnkId, pendingUnkLen);

    // merge_all()
    std::priority_queue<Candidate> queue;
    for (size_t i = 0; i + 1 < symbols.size(); ++i) {
        const auto it = m_merges.find(pairKey(symbols[i].id, symbols[i + 1].id));
        if (it != m_merges.end()) queue.push(Candidate{it->second.rank, static_cast<int>(i), it->second.newId});
    }
    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        Symbol& cur = symbols[top.pos];
        if (cur.len == 0 || cur.next == -1) continue;
        const int nextPos = cur.next;
        const Symbol right = symbols[nextPos];
        const auto it = m_merges.find(pairKey(cur.id, right.id));
        if (it == m_merges.end() || it->second.newId != top.newId) continue; // stale entry
        cur.id = top.newId;
        cur.len += right.len;
        cur.next = right.next;
        symbols[nextPos].len = 0;
        if (right.next > -1 && static_cast<size_t>(right.next) < symbols.size()) symbols[right.next].prev = top.pos;
        if (cur.prev >= 0) {
            const auto p = m_merges.find(pairKey(symbols[cur.prev].id, cur.id));
            if (p != m_merges.end()) queue.push(Candidate{p->second.rank, cur.prev, p->second.newId});
        }
        if (cur.next > -1 && static_cast<size_t>(cur.next) < symbols.size()) {
            const auto n = m_merges.find(pairKey(cur.id, symbols[cur.next].id));
            if (n != m_merges.end()) queue.push(Candidate{n->second.rank, top.pos, n->second.newId});
        }
    }

    size_t offset = 0;
    for (const Symbol& sym : symbols) {
        if (sym.len == 0) continue;
        const auto tok = idToToken(sym.id);
        out.push_back(Token{sym.id, tok ? *tok : std::string(), offset, offset + sym.len});
        offset += sym.len;
    }
}

} // namespace el::tok
