#include "tokenizers/Regex.h"

#include "Error.h"
#include "tokenizers/Utf8.h"

#include <oniguruma.h>

#include <memory>
#include <mutex>

namespace el::tok {

namespace {

void ensureOnigInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OnigEncoding encodings[1] = {ONIG_ENCODING_UTF8};
        onig_initialize(encodings, 1);
    });
}

struct RegionDeleter
{
    void operator()(OnigRegion* r) const { onig_region_free(r, 1); }
};

} // namespace

Regex::Regex(const std::string& pattern) : m_pattern(pattern)
{
    ensureOnigInitialised();
    OnigErrorInfo einfo{};
    OnigRegex reg = nullptr;
    const auto* p = reinterpret_cast<const OnigUChar*>(pattern.data());
    const int rc = onig_new(&reg, p, p + pattern.size(), ONIG_OPTION_NONE, ONIG_ENCODING_UTF8,
                            ONIG_SYNTAX_DEFAULT, &einfo);
    if (rc != ONIG_NORMAL) {
        OnigUChar msg[ONIG_MAX_ERROR_MESSAGE_LEN];
        onig_error_code_to_str(msg, rc, &einfo);
        throw Error(ErrorCode::InvalidJson, "invalid regular expression '" + pattern
                                                + "' in tokenizer.json: " + reinterpret_cast<char*>(msg));
    }
    m_regex = reg;
}

Regex::~Regex()
{
    if (m_regex) onig_free(static_cast<OnigRegex>(m_regex));
}

std::vector<std::pair<size_t, size_t>> Regex::findAll(std::string_view text) const
{
    std::vector<std::pair<size_t, size_t>> out;
    std::unique_ptr<OnigRegion, RegionDeleter> region(onig_region_new());
    const auto* str = reinterpret_cast<const OnigUChar*>(text.data());
    const auto* end = str + text.size();
    size_t lastEnd = 0;
    bool haveLastMatch = false;
    size_t lastMatchEnd = 0;
    while (lastEnd <= text.size()) {
        onig_region_clear(region.get());
        const auto r = onig_search(static_cast<OnigRegex>(m_regex), str, end, str + lastEnd, end, region.get(),
                                   ONIG_OPTION_NONE);
        if (r < 0) break; // ONIG_MISMATCH or an error: no more matches
        const auto s = static_cast<size_t>(region->beg[0]);
        const auto e = static_cast<size_t>(region->end[0]);
        if (s == e && haveLastMatch && lastMatchEnd == e) {
            // Do not accept an empty match right after the previous match; step one char.
            lastEnd += lastEnd < text.size() ? utf8SeqLen(static_cast<unsigned char>(text[lastEnd])) : 1;
            continue;
        }
        lastEnd = e;
        haveLastMatch = true;
        lastMatchEnd = e;
        out.emplace_back(s, e);
        if (s == e && e == text.size()) break;
    }
    return out;
}

std::string Regex::escape(std::string_view literal)
{
    std::string out;
    out.reserve(literal.size() * 2);
    for (char c : literal) {
        switch (c) {
        case '\\': case '.': case '+': case '*': case '?': case '(': case ')': case '|': case '[': case ']':
        case '{': case '}': case '^': case '$': case '#': case '&': case '-': case '~':
            out.push_back('\\');
            break;
        default:
            break;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace el::tok
