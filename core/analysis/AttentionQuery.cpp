#include "AttentionQuery.h"

#include "Error.h"

namespace el {

AttentionResult transformTokens(FloatArray matrix, const Encoding& encoding, const TokenTransform& transform)
{
    if (matrix.rank() != 2 || matrix.shape[0] != matrix.shape[1] ||
        matrix.shape[0] != int64_t(encoding.size()))
        throw Error(ErrorCode::InvalidInput, "attention: the matrix does not match the encoding's " +
                                                 std::to_string(encoding.size()) + " tokens");
    const int64_t L = matrix.shape[0];

    // Token indices shown, and the groups expressed in original token indices.
    std::vector<int64_t> keep = transform.hideSpecial ? nonSpecialTokens(encoding) : allIndices(L);
    std::vector<bool> kept(size_t(L), false);
    for (int64_t t : keep)
        kept[size_t(t)] = true;
    TokenGroups groups;
    if (transform.merge == WordMerge::None) {
        for (int64_t t : keep)
            groups.push_back({t});
    } else {
        for (auto& g : wordGroups(encoding)) {
            std::vector<int64_t> shown;
            for (int64_t t : g)
                if (kept[size_t(t)]) shown.push_back(t);
            if (!shown.empty()) groups.push_back(std::move(shown));
        }
    }

    AttentionResult result;
    if (transform.hideSpecial && int64_t(keep.size()) != L)
        result.values = selectTokens(matrix, keep, true);
    else
        result.values = std::move(matrix);

    if (transform.merge != WordMerge::None) {
        // Groups in the coordinates of the (possibly reduced) matrix.
        std::vector<int64_t> local(size_t(L), -1);
        for (size_t k = 0; k < keep.size(); ++k)
            local[size_t(keep[k])] = int64_t(k);
        TokenGroups localGroups;
        localGroups.reserve(groups.size());
        for (const auto& g : groups) {
            std::vector<int64_t> lg;
            for (int64_t t : g)
                lg.push_back(local[size_t(t)]);
            localGroups.push_back(std::move(lg));
        }
        result.values = mergeTokenGroups(result.values, localGroups, transform.merge);
    }

    const bool tokensKnown = encoding.tokens.size() == size_t(L);
    for (const auto& g : groups) {
        std::vector<std::string> pieces;
        for (int64_t t : g)
            pieces.push_back(tokensKnown ? encoding.tokens[size_t(t)] : std::to_string(t));
        const bool special =
            encoding.specialTokensMask.size() == size_t(L) && encoding.specialTokensMask[size_t(g.front())];
        result.labels.push_back(transform.merge == WordMerge::None || special ? pieces.front()
                                                                              : joinPieces(pieces));
    }
    result.groups = std::move(groups);
    return result;
}

AttentionResult computeAttention(const FloatArray& attentions, const Encoding& encoding,
                                 const AttentionQuery& query)
{
    checkAttentionShape(attentions);
    const auto layers = query.layers.empty() ? allIndices(attentions.shape[0]) : query.layers;
    const auto heads = query.heads.empty() ? allIndices(attentions.shape[1]) : query.heads;
    FloatArray matrix = query.rollout ? attentionRollout(attentions, layers, heads, query.reduce)
                                      : aggregateAttention(attentions, layers, heads, query.reduce);
    return transformTokens(std::move(matrix), encoding, query.tokens);
}

} // namespace el
