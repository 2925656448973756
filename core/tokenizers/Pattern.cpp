#include "tokenizers/Pattern.h"

namespace el::tok {

static std::vector<PatternMatch> coverWithMatches(std::string_view s,
                                                  const std::vector<std::pair<size_t, size_t>>& found)
{
    std::vector<PatternMatch> out;
    if (s.empty()) {
        out.push_back({0, 0, false});
        return out;
    }
    out.reserve(found.size() * 2 + 1);
    size_t prev = 0;
    for (const auto& [start, end] : found) {
        if (prev != start) out.push_back({prev, start, false});
        out.push_back({start, end, true});
        prev = end;
    }
    if (prev != s.size()) out.push_back({prev, s.size(), false});
    return out;
}

std::vector<PatternMatch> findLiteralMatches(std::string_view s, std::string_view needle)
{
    if (needle.empty()) {
        // pattern.rs: an empty pattern matches nothing (and reports the length in chars, sic).
        return {{0, codePointCount(s), false}};
    }
    std::vector<std::pair<size_t, size_t>> found;
    size_t pos = 0;
    while ((pos = s.find(needle, pos)) != std::string_view::npos) {
        found.emplace_back(pos, pos + needle.size());
        pos += needle.size();
    }
    return coverWithMatches(s, found);
}

std::vector<PatternMatch> findRegexMatches(std::string_view s, const Regex& re)
{
    if (s.empty()) return {{0, 0, false}};
    return coverWithMatches(s, re.findAll(s));
}

void invertMatches(std::vector<PatternMatch>& matches)
{
    for (auto& m : matches) m.isMatch = !m.isMatch;
}

} // namespace el::tok
