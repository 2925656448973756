#pragma once
// A compiled Oniguruma regular expression, used where huggingface/tokenizers uses its SysRegex
// (utils/onig.rs): Split/Replace patterns, the ByteLevel (GPT-2) and Whitespace pre-tokenizers.
// Immutable after construction; findAll may be called from several threads at once.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace el::tok {

class Regex
{
public:
    // Throws el::Error(InvalidJson) when the pattern does not compile.
    explicit Regex(const std::string& pattern);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // Non-overlapping matches as byte ranges, in the order of the onig crate's find_iter (an empty
    // match right after the previous match is skipped).
    std::vector<std::pair<size_t, size_t>> findAll(std::string_view text) const;

    const std::string& pattern() const { return m_pattern; }

    // Escapes the regex meta characters of a literal (like regex::escape).
    static std::string escape(std::string_view literal);

private:
    std::string m_pattern;
    void* m_regex = nullptr; // OnigRegex
};

} // namespace el::tok
