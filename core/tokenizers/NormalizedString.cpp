#include "tokenizers/NormalizedString.h"

#include "tokenizers/Unicode.h"

#include <algorithm>
#include <tuple>

namespace el::tok {

NormalizedString::NormalizedString(std::string original) : m_original(std::move(original))
{
    m_normalized = m_original;
    m_align.resize(m_normalized.size());
    size_t i = 0;
    while (i < m_normalized.size()) {
        const size_t len = utf8SeqLen(static_cast<unsigned char>(m_normalized[i]));
        const Align a{static_cast<uint32_t>(i), static_cast<uint32_t>(i + len)};
        for (size_t k = 0; k < len && i + k < m_align.size(); ++k) m_align[i + k] = a;
        i += len;
    }
}

NormalizedString::Align NormalizedString::alignAt(size_t idx) const
{
    if (idx < m_align.size()) return m_align[idx];
    // tokenizers would index out of bounds here (a panic); stay defined instead.
    return m_align.empty() ? Align{0, 0} : m_align.back();
}

std::optional<Offsets> NormalizedString::normalizedToOriginal(size_t start, size_t end) const
{
    if (start == end) return Offsets{start, end}; // (sic) returned in the normalized referential
    if (start > end || end > m_align.size()) return std::nullopt;
    return Offsets{m_align[start].start, m_align[end - 1].end};
}

std::optional<Offsets> NormalizedString::originalToNormalized(size_t start, size_t end) const
{
    if (start == end) return Offsets{start, end};
    if (start > end) return std::nullopt;
    std::optional<size_t> s, e;
    for (size_t i = 0; i < m_align.size(); ++i) {
        const Align& a = m_align[i];
        if (end < a.end) break;
        if (!s && start <= a.start && a.start != a.end) s = i;
        e = i + 1;
    }
    if (s && e) return Offsets{*s, *e};
    if (s) return Offsets{*s, *s};
    if (e) return Offsets{*e, *e};
    return std::nullopt;
}

static bool isCharBoundary(const std::string& s, size_t i)
{
    if (i == 0 || i == s.size()) return true;
    if (i > s.size()) return false;
    return (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

std::optional<NormalizedString> NormalizedString::slice(size_t start, size_t end) const
{
    if (end > m_normalized.size() || start > end || !isCharBoundary(m_normalized, start)
        || !isCharBoundary(m_normalized, end))
        return std::nullopt;
    const auto orig = normalizedToOriginal(start, end);
    if (!orig) return std::nullopt;
    NormalizedString out;
    if (orig->first <= orig->second && orig->second <= m_original.size() && isCharBoundary(m_original, orig->first)
        && isCharBoundary(m_original, orig->second))
        out.m_original = m_original.substr(orig->first, orig->second - orig->first);
    out.m_normalized = m_normalized.substr(start, end - start);
    const auto shift = static_cast<uint32_t>(orig->first);
    out.m_align.reserve(end - start);
    for (size_t i = start; i < end; ++i)
        out.m_align.push_back({m_align[i].start - shift, m_align[i].end - shift});
    out.m_shift = m_shift + orig->first;
    return out;
}

void NormalizedString::transformRange(size_t nStart, size_t nEnd, const std::vector<Change>& dest,
                                      size_t initialOffset)
{
    nEnd = std::min(nEnd, m_normalized.size());
    nStart = std::min(nStart, nEnd);
    size_t pos = nStart; // next not-yet-consumed char of the replaced range
    auto takeChar = [&]() -> size_t {
        if (pos >= nEnd) return 0;
        const size_t l = utf8SeqLen(static_cast<unsigned char>(m_normalized[pos]));
        pos += l;
        return l;
    };
    size_t initialRemoved = 0;
    for (size_t k = 0; k < initialOffset; ++k) initialRemoved += takeChar();

    size_t offset = initialRemoved + nStart;
    std::string norm;
    norm.reserve(dest.size() + 8);
    std::vector<Align> align;
    align.reserve(dest.size() + 8);
    for (const Change& ch : dest) {
        Align a;
        if (ch.change > 0) a = offset < 1 ? Align{0, 0} : alignAt(offset - 1);
        else a = alignAt(offset);
        const size_t replacedSize = ch.change > 0 ? 0 : takeChar();
        size_t removedBytes = 0;
        for (int k = 0; k < -ch.change; ++k) removedBytes += takeChar();
        offset += replacedSize + removedBytes;
        const size_t before = norm.size();
        appendUtf8(norm, ch.c);
        align.insert(align.end(), norm.size() - before, a);
    }

    if (nStart == 0 && nEnd == m_normalized.size()) {
        m_normalized.swap(norm);
        m_align.swap(align);
    } else {
        m_normalized.replace(nStart, nEnd - nStart, norm);
        m_align.erase(m_align.begin() + static_cast<std::ptrdiff_t>(nStart),
                      m_align.begin() + static_cast<std::ptrdiff_t>(nEnd));
        m_align.insert(m_align.begin() + static_cast<std::ptrdiff_t>(nStart), align.begin(), align.end());
    }
}

void NormalizedString::transform(const std::vector<Change>& dest, size_t initialOffset)
{
    const auto range = originalToNormalized(0, m_original.size());
    if (!range) return;
    transformRange(range->first, range->second, dest, initialOffset);
}

void NormalizedString::unicodeNormalize(bool compat, bool composeToo)
{
    // Decomposition with canonical reordering, carrying the change flag of every produced char the
    // way unicode_normalization_alignments/decompose.rs does (flags travel with the sorted chars).
    std::vector<Change> dec;
    dec.reserve(m_normalized.size() + 8);
    std::vector<std::tuple<int, char32_t, int>> pending;
    auto flush = [&] {
        // Stable sort by combining class; runs of marks are short, so insertion sort unless the
        // input is pathological.
        if (pending.size() > 32)
            std::stable_sort(pending.begin(), pending.end(),
                             [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
        for (size_t i = 1; i < pending.size() && pending.size() <= 32; ++i) {
            auto item = pending[i];
            size_t j = i;
            while (j > 0 && std::get<0>(pending[j - 1]) > std::get<0>(item)) {
                pending[j] = pending[j - 1];
                --j;
            }
            pending[j] = item;
        }
        for (const auto& p : pending) dec.push_back({std::get<1>(p), std::get<2>(p)});
        pending.clear();
    };
    bool identical = true;
    std::u32string tmp;
    forEachChar([&](char32_t c) {
        tmp.clear();
        decompose(c, compat, tmp);
        if (tmp.size() != 1 || tmp[0] != c) identical = false;
        for (size_t i = 0; i < tmp.size(); ++i) {
            const int cls = combiningClass(tmp[i]);
            if (cls == 0) flush();
            else identical = false; // a mark may be reordered or composed
            pending.emplace_back(cls, tmp[i], i == 0 ? 0 : 1);
        }
    });
    flush();
    if (!composeToo) {
        if (!identical) transform(dec, 0);
        return;
    }
    if (identical) {
        // Starters only and nothing decomposed: composition can still join starter pairs (Hangul
        // jamo, some Indic vowel signs), which compose() checks.
        bool any = false;
        for (size_t i = 1; i < dec.size() && !any; ++i) any = compose(dec[i - 1].c, dec[i].c) != 0;
        if (!any) return;
    }

    // Recomposition: a port of unicode_normalization_alignments/recompose.rs's state machine.
    std::vector<Change> out;
    out.reserve(dec.size());
    std::vector<Change> buffer;
    std::optional<Change> composee;
    std::optional<int> lastCcc;
    for (const Change& ch : dec) {
        const int chClass = combiningClass(ch.c);
        if (!composee) {
            if (chClass != 0) {
                out.push_back(ch);
                continue;
            }
            composee = ch;
            continue;
        }
        const Change k = *composee;
        if (!lastCcc) {
            if (const char32_t r = compose(k.c, ch.c)) {
                composee = Change{r, k.change + ch.change - 1};
                continue;
            }
            if (chClass == 0) {
                composee = ch;
                out.push_back(k);
                continue;
            }
            buffer.push_back(ch);
            lastCcc = chClass;
            continue;
        }
        if (*lastCcc >= chClass) {
            if (chClass == 0) { // blocked, and a new starter: emit the composee then the buffer
                composee = ch;
                lastCcc.reset();
                out.push_back(k);
                out.insert(out.end(), buffer.begin(), buffer.end());
                buffer.clear();
                continue;
            }
            buffer.push_back(ch);
            lastCcc = chClass;
            continue;
        }
        if (const char32_t r = compose(k.c, ch.c)) {
            composee = Change{r, k.change + ch.change - 1};
            continue;
        }
        buffer.push_back(ch);
        lastCcc = chClass;
    }
    if (composee) out.push_back(*composee);
    out.insert(out.end(), buffer.begin(), buffer.end());
    transform(out, 0);
}

void NormalizedString::lowercase()
{
    std::vector<Change> dest;
    dest.reserve(m_normalized.size());
    bool changed = false;
    std::u32string tmp;
    forEachChar([&](char32_t c) {
        tmp.clear();
        appendLowercase(c, tmp);
        if (tmp.size() != 1 || tmp[0] != c) changed = true;
        for (size_t i = 0; i < tmp.size(); ++i) dest.push_back({tmp[i], i > 0 ? 1 : 0});
    });
    if (changed) transform(dest, 0);
}

void NormalizedString::prepend(std::string_view s)
{
    if (m_normalized.empty()) return;
    size_t firstLen = 0;
    const char32_t next = decodeUtf8(m_normalized, 0, &firstLen);
    std::vector<Change> dest;
    size_t len = 0;
    for (size_t i = 0; i < s.size(); i += len) dest.push_back({decodeUtf8(s, i, &len), i == 0 ? 0 : 1});
    dest.push_back({next, 1});
    transformRange(0, firstLen, dest, 0);
}

void NormalizedString::lrstrip(bool left, bool right)
{
    const std::u32string chars = toCodePoints(m_normalized);
    size_t leading = 0, trailing = 0;
    if (left)
        while (leading < chars.size() && isWhitespace(chars[leading])) ++leading;
    if (right)
        while (trailing < chars.size() && isWhitespace(chars[chars.size() - 1 - trailing])) ++trailing;
    if (leading == 0 && trailing == 0) return;
    std::vector<Change> dest;
    const size_t keepEnd = chars.size() - std::min(trailing, chars.size());
    for (size_t i = leading; i < keepEnd; ++i)
        dest.push_back({chars[i], i + 1 == keepEnd ? -static_cast<int>(trailing) : 0});
    transform(dest, leading);
}

void NormalizedString::replace(const std::vector<PatternMatch>& matches, std::string_view content)
{
    bool any = false;
    for (const auto& m : matches) any = any || m.isMatch;
    if (!any) return;
    // Equivalent to applying transform_range to each match from left to right: inserted content
    // takes the alignment of the last byte of the match (or of the byte before an empty match).
    std::string norm;
    norm.reserve(m_normalized.size() + content.size());
    std::vector<Align> align;
    align.reserve(m_normalized.size() + content.size());
    size_t prev = 0;
    for (const auto& m : matches) {
        if (!m.isMatch) continue;
        norm.append(m_normalized, prev, m.start - prev);
        align.insert(align.end(), m_align.begin() + static_cast<std::ptrdiff_t>(prev),
                     m_align.begin() + static_cast<std::ptrdiff_t>(m.start));
        Align a{0, 0};
        if (m.end > m.start) a = m_align[m.end - 1];
        else if (!align.empty()) a = align.back();
        norm.append(content);
        align.insert(align.end(), content.size(), a);
        prev = m.end;
    }
    norm.append(m_normalized, prev, std::string::npos);
    align.insert(align.end(), m_align.begin() + static_cast<std::ptrdiff_t>(prev), m_align.end());
    m_normalized.swap(norm);
    m_align.swap(align);
}

std::vector<NormalizedString> NormalizedString::split(const std::vector<PatternMatch>& matches,
                                                      SplitBehavior behavior) const
{
    struct Piece
    {
        size_t start, end;
        bool remove;
    };
    std::vector<Piece> pieces;
    pieces.reserve(matches.size());
    switch (behavior) {
    case SplitBehavior::Isolated:
        for (const auto& m : matches) pieces.push_back({m.start, m.end, false});
        break;
    case SplitBehavior::Removed:
        for (const auto& m : matches) pieces.push_back({m.start, m.end, m.isMatch});
        break;
    case SplitBehavior::Contiguous: {
        bool previousMatch = false;
        for (const auto& m : matches) {
            if (m.isMatch == previousMatch && !pieces.empty()) pieces.back().end = m.end;
            else pieces.push_back({m.start, m.end, false});
            previousMatch = m.isMatch;
        }
        break;
    }
    case SplitBehavior::MergedWithPrevious: {
        bool previousMatch = false;
        for (const auto& m : matches) {
            if (m.isMatch && !previousMatch && !pieces.empty()) pieces.back().end = m.end;
            else pieces.push_back({m.start, m.end, false});
            previousMatch = m.isMatch;
        }
        break;
    }
    case SplitBehavior::MergedWithNext: {
        bool previousMatch = false;
        for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
            if (it->isMatch && !previousMatch && !pieces.empty()) pieces.back().start = it->start;
            else pieces.push_back({it->start, it->end, false});
            previousMatch = it->isMatch;
        }
        std::reverse(pieces.begin(), pieces.end());
        break;
    }
    }
    std::vector<NormalizedString> out;
    out.reserve(pieces.size());
    for (const auto& p : pieces) {
        if (p.remove) continue;
        if (auto s = slice(p.start, p.end)) out.push_back(std::move(*s));
    }
    return out;
}

} // namespace el::tok
