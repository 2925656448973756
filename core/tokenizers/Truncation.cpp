#include "tokenizers/Truncation.h"

#include <algorithm>

namespace el::tok {

namespace {

template <class T>
void keep(std::vector<T>& v, size_t n, bool fromLeft)
{
    if (v.size() <= n) return;
    if (fromLeft) v.erase(v.begin(), v.end() - static_cast<std::ptrdiff_t>(n));
    else v.resize(n);
}

} // namespace

void truncateEncoding(Encoding& e, size_t maxLength, bool fromLeft)
{
    if (maxLength >= e.ids.size()) return;
    keep(e.ids, maxLength, fromLeft);
    keep(e.tokens, maxLength, fromLeft);
    keep(e.offsets, maxLength, fromLeft);
    keep(e.typeIds, maxLength, fromLeft);
    keep(e.specialTokensMask, maxLength, fromLeft);
    keep(e.attentionMask, maxLength, fromLeft);
    keep(e.sequenceIds, maxLength, fromLeft);
    keep(e.wordIds, maxLength, fromLeft);
}

std::pair<size_t, size_t> longestFirstLengths(size_t n1, size_t n2, size_t maxLength)
{
    const bool swap = n1 > n2;
    if (swap) std::swap(n1, n2);
    if (n1 > maxLength) n2 = n1; // avoids maxLength - n1 < 0
    else n2 = std::max(n1, maxLength - n1);
    if (n1 + n2 > maxLength) {
        n1 = maxLength / 2;
        n2 = n1 + maxLength % 2;
    }
    if (swap) std::swap(n1, n2);
    return {n1, n2};
}

void truncateEncodings(Encoding& first, Encoding* pair, size_t maxLength, bool fromLeft)
{
    if (maxLength == 0) {
        truncateEncoding(first, 0, fromLeft);
        if (pair) truncateEncoding(*pair, 0, fromLeft);
        return;
    }
    const size_t total = first.ids.size() + (pair ? pair->ids.size() : 0);
    if (total <= maxLength) return;
    if (pair) {
        const auto [n1, n2] = longestFirstLengths(first.ids.size(), pair->ids.size(), maxLength);
        truncateEncoding(first, n1, fromLeft);
        truncateEncoding(*pair, n2, fromLeft);
    } else {
        truncateEncoding(first, maxLength, fromLeft);
    }
}

} // namespace el::tok
