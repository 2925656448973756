#include "tokenizers/PreTokenizers.h"

#include "tokenizers/Pattern.h"
#include "tokenizers/Unicode.h"

namespace el::tok {

void BertPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([](NormalizedString&& n) {
        return n.split(findCharMatches(n.get(), isWhitespace), SplitBehavior::Removed);
    });
    s.splitPieces([](NormalizedString&& n) {
        return n.split(findCharMatches(n.get(), isBertPunctuation), SplitBehavior::Isolated);
    });
}

// The regex crate's `\w+|[^\w\s]+` (whitespace.rs uses that crate, not Oniguruma): runs of word
// chars and runs of other non-space chars are kept, whitespace is removed.
static std::vector<PatternMatch> whitespaceMatches(std::string_view s)
{
    std::vector<PatternMatch> out;
    if (s.empty()) return {{0, 0, false}};
    int runClass = -1; // 0 word, 1 other, 2 space
    size_t runStart = 0, len = 0;
    for (size_t i = 0; i <= s.size(); i += len) {
        int cls = 3;
        if (i < s.size()) {
            const char32_t c = decodeUtf8(s, i, &len);
            cls = isRegexWordChar(c) ? 0 : isWhitespace(c) ? 2 : 1;
        } else {
            len = 1;
        }
        if (cls != runClass) {
            if (runClass >= 0) out.push_back({runStart, i, runClass == 2}); // inverted: spaces match
            runClass = cls;
            runStart = i;
        }
    }
    return out;
}

void WhitespacePreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([](NormalizedString&& n) { return n.split(whitespaceMatches(n.get()), SplitBehavior::Removed); });
}

void WhitespaceSplitPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([](NormalizedString&& n) {
        return n.split(findCharMatches(n.get(), isWhitespace), SplitBehavior::Removed);
    });
}

void PunctuationPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([this](NormalizedString&& n) {
        return n.split(findCharMatches(n.get(), isBertPunctuation), m_behavior);
    });
}

void DigitsPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    const SplitBehavior b = m_individual ? SplitBehavior::Isolated : SplitBehavior::Contiguous;
    s.splitPieces([b](NormalizedString&& n) { return n.split(findCharMatches(n.get(), isNumeric), b); });
}

void CharDelimiterSplitPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([this](NormalizedString&& n) {
        return n.split(findCharMatches(n.get(), [this](char32_t c) { return c == m_delimiter; }),
                       SplitBehavior::Removed);
    });
}

SplitPreTokenizer::SplitPreTokenizer(const std::string& pattern, bool regex, SplitBehavior behavior, bool invert)
    : m_behavior(behavior), m_invert(invert)
{
    if (regex) m_regex = std::make_unique<Regex>(pattern);
    else m_literal = pattern;
}

void SplitPreTokenizer::preTokenize(PreTokenizedString& s) const
{
    s.splitPieces([this](NormalizedString&& n) {
        auto matches = m_regex ? findRegexMatches(n.get(), *m_regex) : findLiteralMatches(n.get(), m_literal);
        if (m_invert) invertMatches(matches);
        return n.split(matches, m_behavior);
    });
}

void MetaspacePreTokenizer::preTokenize(PreTokenizedString& s) const
{
    const std::string rep = toUtf8(m_replacement);
    s.splitPieces([&](NormalizedString&& n) {
        n.replace(findCharMatches(n.get(), [](char32_t c) { return c == U' '; }), rep);
        const bool startsWithRep = n.get().compare(0, rep.size(), rep) == 0;
        if (!startsWithRep) {
            if (m_scheme == PrependScheme::Always
                || (m_scheme == PrependScheme::First && n.offsetsOriginal().first == 0))
                n.prepend(rep);
        }
        if (m_split)
            return n.split(findCharMatches(n.get(), [this](char32_t c) { return c == m_replacement; }),
                           SplitBehavior::MergedWithNext);
        std::vector<NormalizedString> one;
        one.push_back(std::move(n));
        return one;
    });
}

} // namespace el::tok
