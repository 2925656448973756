#include "tokenizers/BasicNormalizers.h"

#include "tokenizers/ByteLevel.h"
#include "tokenizers/Pattern.h"
#include "tokenizers/Unicode.h"

namespace el::tok {

void StripAccentsNormalizer::normalize(NormalizedString& s) const
{
    s.filter([](char32_t c) { return !isCombiningMark(c); });
}

ReplaceNormalizer::ReplaceNormalizer(const std::string& pattern, bool regex, std::string content)
    : m_content(std::move(content))
{
    if (regex) m_regex = std::make_unique<Regex>(pattern);
    else m_literal = pattern;
}

void ReplaceNormalizer::normalize(NormalizedString& s) const
{
    const auto matches = m_regex ? findRegexMatches(s.get(), *m_regex) : findLiteralMatches(s.get(), m_literal);
    s.replace(matches, m_content);
}

void ByteLevelNormalizer::normalize(NormalizedString& s) const
{
    if (!s.empty()) byteLevelTransform(s);
}

} // namespace el::tok
