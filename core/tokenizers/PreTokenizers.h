#pragma once
// The splitting pre-tokenizers of huggingface/tokenizers: BertPreTokenizer (pre_tokenizers/bert.rs),
// Whitespace and WhitespaceSplit (whitespace.rs), Punctuation (punctuation.rs), Digits (digits.rs),
// CharDelimiterSplit (delimiter.rs), Split (split.rs), Metaspace (metaspace.rs) and Sequence.

#include "tokenizers/PreTokenizer.h"
#include "tokenizers/Regex.h"

#include <memory>
#include <string>
#include <vector>

namespace el::tok {

class BertPreTokenizer : public PreTokenizer
{
public:
    void preTokenize(PreTokenizedString& s) const override;
};

class WhitespacePreTokenizer : public PreTokenizer
{
public:
    void preTokenize(PreTokenizedString& s) const override;
};

class WhitespaceSplitPreTokenizer : public PreTokenizer
{
public:
    void preTokenize(PreTokenizedString& s) const override;
};

class PunctuationPreTokenizer : public PreTokenizer
{
public:
    explicit PunctuationPreTokenizer(SplitBehavior behavior) : m_behavior(behavior) {}
    void preTokenize(PreTokenizedString& s) const override;

private:
    SplitBehavior m_behavior;
};

class DigitsPreTokenizer : public PreTokenizer
{
public:
    explicit DigitsPreTokenizer(bool individualDigits) : m_individual(individualDigits) {}
    void preTokenize(PreTokenizedString& s) const override;

private:
    bool m_individual;
};

class CharDelimiterSplitPreTokenizer : public PreTokenizer
{
public:
    explicit CharDelimiterSplitPreTokenizer(char32_t delimiter) : m_delimiter(delimiter) {}
    void preTokenize(PreTokenizedString& s) const override;

private:
    char32_t m_delimiter;
};

class SplitPreTokenizer : public PreTokenizer
{
public:
    SplitPreTokenizer(const std::string& pattern, bool regex, SplitBehavior behavior, bool invert);
    void preTokenize(PreTokenizedString& s) const override;

private:
    std::string m_literal;
    std::unique_ptr<Regex> m_regex;
    SplitBehavior m_behavior;
    bool m_invert;
};

class MetaspacePreTokenizer : public PreTokenizer
{
public:
    enum class PrependScheme { Always, First, Never };
    MetaspacePreTokenizer(char32_t replacement, PrependScheme scheme, bool split)
        : m_replacement(replacement), m_scheme(scheme), m_split(split)
    {
    }
    void preTokenize(PreTokenizedString& s) const override;

private:
    char32_t m_replacement;
    PrependScheme m_scheme;
    bool m_split;
};

class SequencePreTokenizer : public PreTokenizer
{
public:
    explicit SequencePreTokenizer(std::vector<std::unique_ptr<PreTokenizer>> items) : m_items(std::move(items)) {}
    void preTokenize(PreTokenizedString& s) const override
    {
        for (const auto& p : m_items) p->preTokenize(s);
    }

private:
    std::vector<std::unique_ptr<PreTokenizer>> m_items;
};

} // namespace el::tok
