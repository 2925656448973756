#pragma once
// Pattern searches that cover a whole string with matched / unmatched pieces, mirroring
// huggingface/tokenizers tokenizer/pattern.rs (char predicates, literal strings, regexes, Invert).

#include "tokenizers/NormalizedString.h"
#include "tokenizers/Regex.h"
#include "tokenizers/Utf8.h"

#include <string_view>
#include <vector>

namespace el::tok {

// Every char for which pred is true is its own match.
template <class Pred>
std::vector<PatternMatch> findCharMatches(std::string_view s, Pred pred)
{
    std::vector<PatternMatch> out;
    if (s.empty()) {
        out.push_back({0, 0, false});
        return out;
    }
    size_t lastOffset = 0, lastSeen = 0, len = 0;
    for (size_t b = 0; b < s.size(); b += len) {
        const char32_t c = decodeUtf8(s, b, &len);
        lastSeen = b + len;
        if (pred(c)) {
            if (lastOffset < b) out.push_back({lastOffset, b, false});
            out.push_back({b, b + len, true});
            lastOffset = b + len;
        }
    }
    if (lastSeen > lastOffset) out.push_back({lastOffset, lastSeen, false});
    return out;
}

// A literal string (tokenizers escapes it into a regex; a plain search finds the same matches).
std::vector<PatternMatch> findLiteralMatches(std::string_view s, std::string_view needle);
std::vector<PatternMatch> findRegexMatches(std::string_view s, const Regex& re);
void invertMatches(std::vector<PatternMatch>& matches);

} // namespace el::tok
