#include "tokenizers/HfTokenizer.h"

#include "Error.h"
#include "tokenizers/Truncation.h"
#include "tokenizers/Utf8.h"

namespace el::tok {

HfTokenizer::HfTokenizer(Parts parts)
    : m_normalizer(std::move(parts.normalizer)), m_preTokenizer(std::move(parts.preTokenizer)),
      m_model(std::move(parts.model)), m_postProcessor(std::move(parts.postProcessor)),
      m_source(std::move(parts.source))
{
    if (!m_model) throw Error(ErrorCode::Internal, "tokenizer pipeline without a model");
    m_added.build(std::move(parts.addedTokens), *m_model, m_normalizer.get());
}

Encoding HfTokenizer::encodeSequence(std::string_view text, int64_t typeId) const
{
    PreTokenizedString pts = m_added.extractAndNormalize(m_normalizer.get(), sanitizeUtf8(text));
    if (m_preTokenizer) m_preTokenizer->preTokenize(pts);
    pts.tokenize(*m_model);
    return pts.intoEncoding(typeId);
}

Encoding HfTokenizer::encode(std::string_view text, std::optional<std::string_view> pair,
                             const TruncationOptions& trunc) const
{
    Encoding first = encodeSequence(text, 0);
    std::optional<Encoding> second;
    // An empty pair is a real (empty) second segment, as in sentence-transformers' batch call
    // (el::Tokenizer contract); transformers' tok(a, "") drops it, which callers express as nullopt.
    if (pair) {
        second = encodeSequence(*pair, 1);
        second->sequenceIds.assign(second->ids.size(), 1);
    }
    const size_t before = first.size() + (second ? second->size() : 0);
    const size_t added = m_postProcessor ? m_postProcessor->addedTokens(second.has_value()) : 0;

    if (trunc.maxLength > 0) {
        const auto maxLength = static_cast<size_t>(trunc.maxLength);
        const size_t budget = maxLength > added ? maxLength - added : 0;
        truncateEncodings(first, second ? &*second : nullptr, budget, trunc.fromLeft);
    }
    const size_t after = first.size() + (second ? second->size() : 0);

    std::vector<Encoding> parts;
    parts.push_back(std::move(first));
    if (second) parts.push_back(std::move(*second));
    if (m_postProcessor) parts = m_postProcessor->process(std::move(parts));
    Encoding out = mergeEncodings(std::move(parts));
    // Rust's token values keep the text an added token absorbed with lstrip/rstrip (" <mask>") and
    // the text of Unigram unknowns; el::Encoding reports vocabulary strings (convert_ids_to_tokens).
    // Done after post-processing because offset trimming looks at the Rust values.
    for (size_t i = 0; i < out.ids.size(); ++i) {
        if (const AddedToken* t = m_added.byId(out.ids[i])) {
            out.tokens[i] = t->content;
        } else if (!m_model->valueIsVocabString(out.ids[i])) {
            if (auto s = m_model->idToToken(out.ids[i])) out.tokens[i] = std::move(*s);
        }
    }

    out.droppedTokens = static_cast<int64_t>(before - after);
    out.truncated = out.droppedTokens > 0;
    out.untruncatedLength = static_cast<int64_t>(before + added);
    return out;
}

TokenizationTrace HfTokenizer::trace(std::string_view text) const
{
    TokenizationTrace t;
    PreTokenizedString pts = m_added.extractAndNormalize(m_normalizer.get(), sanitizeUtf8(text));
    for (const auto& s : pts.splits()) t.normalized += s.normalized.get();
    if (m_preTokenizer) m_preTokenizer->preTokenize(pts);
    pts.describe(t.preTokens, t.preTokenOffsets);
    return t;
}

int64_t HfTokenizer::vocabSize() const
{
    auto n = static_cast<int64_t>(m_model->vocabSize());
    for (const auto& t : m_added.tokens())
        if (!m_model->tokenToId(t.content)) ++n;
    return n;
}

std::optional<int64_t> HfTokenizer::tokenToId(const std::string& token) const
{
    if (const auto id = m_added.tokenToId(token)) return id;
    return m_model->tokenToId(token);
}

std::string HfTokenizer::idToToken(int64_t id) const
{
    if (const AddedToken* t = m_added.byId(id)) return t->content;
    return m_model->idToToken(id).value_or(std::string());
}

std::string HfTokenizer::kind() const
{
    return std::string(m_model->typeName()) + " (" + m_source + ")";
}

int64_t HfTokenizer::numSpecialTokens(bool pair) const
{
    return m_postProcessor ? static_cast<int64_t>(m_postProcessor->addedTokens(pair)) : 0;
}

} // namespace el::tok
