#pragma once
// The small normalizers of huggingface/tokenizers: Lowercase and Sequence (normalizers/utils.rs),
// Strip and StripAccents (strip.rs), Prepend (prepend.rs), Replace (replace.rs) and ByteLevel
// (byte_level.rs).

#include "tokenizers/Normalizer.h"
#include "tokenizers/Regex.h"

#include <memory>
#include <string>
#include <vector>

namespace el::tok {

class LowercaseNormalizer : public Normalizer
{
public:
    void normalize(NormalizedString& s) const override { s.lowercase(); }
};

class StripNormalizer : public Normalizer
{
public:
    StripNormalizer(bool left, bool right) : m_left(left), m_right(right) {}
    void normalize(NormalizedString& s) const override { s.lrstrip(m_left, m_right); }

private:
    bool m_left, m_right;
};

// Drops combining marks (Mn, Mc, Me) without decomposing first.
class StripAccentsNormalizer : public Normalizer
{
public:
    void normalize(NormalizedString& s) const override;
};

class PrependNormalizer : public Normalizer
{
public:
    explicit PrependNormalizer(std::string prepend) : m_prepend(std::move(prepend)) {}
    void normalize(NormalizedString& s) const override
    {
        if (!s.empty()) s.prepend(m_prepend);
    }

private:
    std::string m_prepend;
};

class ReplaceNormalizer : public Normalizer
{
public:
    // Either a literal (regex == false) or an Oniguruma regex pattern.
    ReplaceNormalizer(const std::string& pattern, bool regex, std::string content);
    void normalize(NormalizedString& s) const override;

private:
    std::string m_literal;
    std::unique_ptr<Regex> m_regex;
    std::string m_content;
};

class ByteLevelNormalizer : public Normalizer
{
public:
    void normalize(NormalizedString& s) const override;
};

class SequenceNormalizer : public Normalizer
{
public:
    explicit SequenceNormalizer(std::vector<std::unique_ptr<Normalizer>> items) : m_items(std::move(items)) {}
    void normalize(NormalizedString& s) const override
    {
        for (const auto& n : m_items) n->normalize(s);
    }

private:
    std::vector<std::unique_ptr<Normalizer>> m_items;
};

} // namespace el::tok
