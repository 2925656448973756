#pragma once
// A string under normalisation that remembers, for every byte of the normalised text, which byte
// range of the original text it came from. Mirrors huggingface/tokenizers tokenizer/normalizer.rs
// (NormalizedString) including its exact alignment rules, because token offsets are derived from
// them: a replaced char keeps its own alignment, an inserted char copies the alignment of the byte
// before it ((0,0) at the very start), removed chars vanish.

#include "tokenizers/Utf8.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace el::tok {

using Offsets = std::pair<size_t, size_t>;

// One char of a transformation, as tokenizers' (char, isize): change 1 = inserted char, 0 = replaces
// the current char, -N = replaces the current char and removes the N chars after it.
struct Change
{
    char32_t c;
    int change;
};

// A piece of a pattern search: [start, end) bytes of the searched string and whether it matched.
struct PatternMatch
{
    size_t start;
    size_t end;
    bool isMatch;
};

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

class NormalizedString
{
public:
    struct Align
    {
        uint32_t start;
        uint32_t end;
        bool operator==(const Align&) const = default;
    };

    NormalizedString() = default;
    explicit NormalizedString(std::string original);

    const std::string& get() const { return m_normalized; }
    const std::string& original() const { return m_original; }
    const std::vector<Align>& alignments() const { return m_align; }
    size_t len() const { return m_normalized.size(); } // bytes, like the Rust len()
    bool empty() const { return m_normalized.empty(); }
    // Byte range of this piece in the full original input.
    Offsets offsetsOriginal() const { return {m_shift, m_shift + m_original.size()}; }

    // convert_offsets(Range::Normalized(start..end)): original byte range relative to this piece.
    std::optional<Offsets> normalizedToOriginal(size_t start, size_t end) const;
    // convert_offsets(Range::Original(start..end)).
    std::optional<Offsets> originalToNormalized(size_t start, size_t end) const;
    // slice(Range::Normalized(start..end)).
    std::optional<NormalizedString> slice(size_t start, size_t end) const;

    void transformRange(size_t nStart, size_t nEnd, const std::vector<Change>& dest, size_t initialOffset);
    // transform(): applies to the range that covers the whole original text.
    void transform(const std::vector<Change>& dest, size_t initialOffset);

    void nfd() { unicodeNormalize(false, false); }
    void nfkd() { unicodeNormalize(true, false); }
    void nfc() { unicodeNormalize(false, true); }
    void nfkc() { unicodeNormalize(true, true); }
    void lowercase();
    void prepend(std::string_view s);
    void lrstrip(bool left, bool right);

    template <class Keep>
    void filter(Keep keep)
    {
        // Walk backwards so that each kept char knows how many removed chars follow it.
        std::vector<Change> rev;
        rev.reserve(m_normalized.size());
        int removed = 0;
        forEachCharReverse([&](char32_t c) {
            if (keep(c)) {
                rev.push_back({c, removed > 0 ? -removed : 0});
                removed = 0;
            } else {
                ++removed;
            }
        });
        if (rev.size() == codePointCount(m_normalized)) return; // nothing removed: alignments unchanged
        std::vector<Change> dest(rev.rbegin(), rev.rend());
        transform(dest, static_cast<size_t>(removed));
    }

    template <class Fn>
    void map(Fn fn)
    {
        std::vector<Change> dest;
        dest.reserve(m_normalized.size());
        bool changed = false;
        forEachChar([&](char32_t c) {
            const char32_t m = fn(c);
            changed = changed || m != c;
            dest.push_back({m, 0});
        });
        if (changed) transform(dest, 0);
    }

    template <class Fn>
    void forEachChar(Fn fn) const
    {
        size_t len = 0;
        for (size_t i = 0; i < m_normalized.size(); i += len) fn(decodeUtf8(m_normalized, i, &len));
    }

    // Replaces every matched piece by `content` (normalizer.rs replace), in one pass.
    void replace(const std::vector<PatternMatch>& matches, std::string_view content);
    // normalizer.rs split: pieces according to the delimiter behaviour (empty pieces included;
    // PreTokenizedString drops them).
    std::vector<NormalizedString> split(const std::vector<PatternMatch>& matches, SplitBehavior behavior) const;

private:
    template <class Fn>
    void forEachCharReverse(Fn fn) const
    {
        size_t i = m_normalized.size();
        while (i > 0) {
            size_t start = i - 1;
            while (start > 0 && (static_cast<unsigned char>(m_normalized[start]) & 0xC0) == 0x80) --start;
            size_t len = 0;
            fn(decodeUtf8(m_normalized, start, &len));
            i = start;
        }
    }

    void unicodeNormalize(bool compat, bool compose);
    Align alignAt(size_t idx) const;

    std::string m_original;
    std::string m_normalized;
    std::vector<Align> m_align; // one entry per byte of m_normalized
    size_t m_shift = 0;         // byte offset of m_original in the full input
};

} // namespace el::tok
