#include "AttentionTokens.h"

#include "Error.h"

#include <algorithm>

namespace el {

namespace {

int64_t checkSquare(const FloatArray& matrix)
{
    if (matrix.rank() != 2 || matrix.shape[0] != matrix.shape[1] ||
        int64_t(matrix.data.size()) != matrix.numel())
        throw Error(ErrorCode::InvalidInput, "attention: expected a square [tokens, tokens] matrix");
    return matrix.shape[0];
}

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

TokenGroups singletonGroups(int64_t n)
{
    TokenGroups groups(size_t(std::max<int64_t>(n, 0)));
    for (int64_t i = 0; i < n; ++i)
        groups[size_t(i)] = {i};
    return groups;
}

TokenGroups wordGroups(const Encoding& encoding)
{
    const size_t n = encoding.size();
    if (encoding.wordIds.size() != n) return singletonGroups(int64_t(n));
    const bool haveSequences = encoding.sequenceIds.size() == n;
    TokenGroups groups;
    for (size_t i = 0; i < n; ++i) {
        const int64_t word = encoding.wordIds[i];
        const bool continues = i > 0 && word >= 0 && !groups.empty() && encoding.wordIds[i - 1] == word &&
                               (!haveSequences || encoding.sequenceIds[i - 1] == encoding.sequenceIds[i]);
        if (continues)
            groups.back().push_back(int64_t(i));
        else
            groups.push_back({int64_t(i)});
    }
    return groups;
}

std::vector<int64_t> nonSpecialTokens(const Encoding& encoding)
{
    const size_t n = encoding.size();
    std::vector<int64_t> keep;
    keep.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const bool special = encoding.specialTokensMask.size() == n && encoding.specialTokensMask[i] != 0;
        if (!special) keep.push_back(int64_t(i));
    }
    return keep;
}

FloatArray selectTokens(const FloatArray& matrix, const std::vector<int64_t>& keep, bool renormalise)
{
    const int64_t L = checkSquare(matrix);
    for (size_t k = 0; k < keep.size(); ++k) {
        if (keep[k] < 0 || keep[k] >= L || (k > 0 && keep[k] <= keep[k - 1]))
            throw Error(ErrorCode::InvalidInput,
                        "attention: token indices to keep must be ascending and in range");
    }
    const int64_t K = int64_t(keep.size());
    FloatArray out({K, K});
    for (int64_t r = 0; r < K; ++r) {
        const float* src = matrix.row(keep[size_t(r)]);
        float* dst = out.row(r);
        double sum = 0;
        for (int64_t c = 0; c < K; ++c) {
            dst[c] = src[keep[size_t(c)]];
            sum += dst[c];
        }
        if (renormalise && sum > 0) {
            const double inv = 1.0 / sum;
            for (int64_t c = 0; c < K; ++c)
                dst[c] = float(dst[c] * inv);
        }
    }
    return out;
}

FloatArray mergeTokenGroups(const FloatArray& matrix, const TokenGroups& groups, WordMerge rows)
{
    const int64_t L = checkSquare(matrix);
    if (rows == WordMerge::None)
        throw Error(ErrorCode::InvalidInput,
                    "attention: merging needs a row reducer (mean, sum, max or first)");
    std::vector<int64_t> groupOf(size_t(L), -1);
    for (size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty()) throw Error(ErrorCode::InvalidInput, "attention: empty token group");
        for (int64_t t : groups[g]) {
            if (t < 0 || t >= L || groupOf[size_t(t)] >= 0)
                throw Error(ErrorCode::InvalidInput, "attention: token groups must be disjoint and in range");
            groupOf[size_t(t)] = int64_t(g);
        }
    }
    const int64_t G = int64_t(groups.size());

    // Columns first: every token row becomes a row over groups (sums of the group's columns).
    std::vector<float> byColumn(size_t(L * G), 0.0f);
    for (int64_t r = 0; r < L; ++r) {
        const float* src = matrix.row(r);
        float* dst = byColumn.data() + r * G;
        for (int64_t c = 0; c < L; ++c)
            if (groupOf[size_t(c)] >= 0) dst[groupOf[size_t(c)]] += src[c];
    }

    // Then rows: combine the pieces' rows with the reducer.
    FloatArray out({G, G});
    for (int64_t g = 0; g < G; ++g) {
        const auto& pieces = groups[size_t(g)];
        float* dst = out.row(g);
        const float* firstRow = byColumn.data() + pieces.front() * G;
        std::copy(firstRow, firstRow + G, dst);
        if (rows == WordMerge::First) continue;
        for (size_t p = 1; p < pieces.size(); ++p) {
            const float* src = byColumn.data() + pieces[p] * G;
            for (int64_t c = 0; c < G; ++c)
                dst[c] = rows == WordMerge::Max ? std::max(dst[c], src[c]) : dst[c] + src[c];
        }
        if (rows == WordMerge::Mean && pieces.size() > 1) {
            const float inv = 1.0f / float(pieces.size());
            for (int64_t c = 0; c < G; ++c)
                dst[c] *= inv;
        }
    }
    return out;
}

std::string joinPieces(const std::vector<std::string>& pieces)
{
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i) {
        std::string p = pieces[i];
        if (i == 0) {
            for (const char* marker : {"\xE2\x96\x81", "\xC4\xA0"}) // ▁ (U+2581), Ġ (U+0120)
                if (startsWith(p, marker) && p.size() > std::char_traits<char>::length(marker))
                    p.erase(0, std::char_traits<char>::length(marker));
        } else if (startsWith(p, "##")) {
            p.erase(0, 2);
        }
        out += p;
    }
    return out;
}

} // namespace el
