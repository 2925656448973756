#include "tokenizers/PostProcessors.h"

#include "Error.h"
#include "tokenizers/ByteLevel.h"

namespace el::tok {

Encoding specialEncoding(const std::vector<int64_t>& ids, const std::vector<std::string>& tokens, int64_t typeId)
{
    Encoding e;
    e.ids = ids;
    e.tokens = tokens;
    e.tokens.resize(ids.size());
    const size_t n = ids.size();
    e.offsets.assign(n, {0, 0});
    e.typeIds.assign(n, typeId);
    e.specialTokensMask.assign(n, 1);
    e.attentionMask.assign(n, 1);
    e.sequenceIds.assign(n, -1);
    e.wordIds.assign(n, -1);
    return e;
}

Encoding mergeEncodings(std::vector<Encoding> parts)
{
    if (parts.size() == 1) return std::move(parts.front());
    Encoding out;
    for (auto& p : parts) {
        auto append = [](auto& dst, auto& src) { dst.insert(dst.end(), src.begin(), src.end()); };
        append(out.ids, p.ids);
        append(out.tokens, p.tokens);
        append(out.offsets, p.offsets);
        append(out.typeIds, p.typeIds);
        append(out.specialTokensMask, p.specialTokensMask);
        append(out.attentionMask, p.attentionMask);
        append(out.sequenceIds, p.sequenceIds);
        append(out.wordIds, p.wordIds);
    }
    return out;
}

static void setTypeIds(Encoding& e, int64_t typeId)
{
    e.typeIds.assign(e.ids.size(), typeId);
}

std::vector<Encoding> BertProcessing::process(std::vector<Encoding> encodings) const
{
    std::vector<Encoding> out;
    for (size_t i = 0; i < encodings.size(); ++i) {
        if (i == 0) out.push_back(specialEncoding({m_clsId}, {m_cls}, 0));
        out.push_back(std::move(encodings[i]));
        out.push_back(specialEncoding({m_sepId}, {m_sep}, i == 0 ? 0 : 1));
    }
    return out;
}

std::vector<Encoding> RobertaProcessing::process(std::vector<Encoding> encodings) const
{
    if (m_trimOffsets)
        for (auto& e : encodings) trimByteLevelOffsets(e, m_addPrefixSpace);
    std::vector<Encoding> out;
    for (size_t i = 0; i < encodings.size(); ++i) {
        setTypeIds(encodings[i], 0); // "Roberta is weird, and every encoding is type_id=0."
        out.push_back(i == 0 ? specialEncoding({m_clsId}, {m_cls}, 0) : specialEncoding({m_sepId}, {m_sep}, 0));
        out.push_back(std::move(encodings[i]));
        out.push_back(specialEncoding({m_sepId}, {m_sep}, 0));
    }
    return out;
}

std::vector<Encoding> ByteLevelProcessing::process(std::vector<Encoding> encodings) const
{
    if (m_trimOffsets)
        for (auto& e : encodings) trimByteLevelOffsets(e, m_addPrefixSpace);
    return encodings;
}

TemplateProcessing::TemplateProcessing(std::vector<Piece> single, std::vector<Piece> pair,
                                       std::map<std::string, SpecialToken> specials)
    : m_single(std::move(single)), m_pair(std::move(pair)), m_specials(std::move(specials))
{
    for (const auto* tmpl : {&m_single, &m_pair})
        for (const Piece& p : *tmpl)
            if (p.special && !m_specials.count(p.id))
                throw Error(ErrorCode::InvalidJson,
                            "TemplateProcessing in tokenizer.json uses the undefined special token '" + p.id + "'");
}

std::vector<TemplateProcessing::Piece> TemplateProcessing::parse(const std::string& text)
{
    std::vector<Piece> out;
    size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ') ++pos;
        if (pos >= text.size()) break;
        size_t end = text.find(' ', pos);
        if (end == std::string::npos) end = text.size();
        std::string item = text.substr(pos, end - pos);
        pos = end;
        Piece p;
        const size_t colon = item.rfind(':');
        if (colon != std::string::npos && colon + 1 < item.size()
            && item.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
            p.typeId = std::stoll(item.substr(colon + 1));
            item.resize(colon);
        }
        if (!item.empty() && item[0] == '$') {
            p.special = false;
            const std::string name = item.substr(1);
            if (name.empty() || name == "A" || name == "a") p.id = "A";
            else if (name == "B" || name == "b") p.id = "B";
            else if (name.find_first_not_of("0123456789") == std::string::npos) {
                p.id = "A";
                p.typeId = std::stoll(name);
            } else {
                throw Error(ErrorCode::InvalidJson, "invalid template piece '" + item + "'");
            }
        } else {
            p.special = true;
            p.id = item;
        }
        out.push_back(std::move(p));
    }
    return out;
}

size_t TemplateProcessing::addedTokens(bool isPair) const
{
    size_t n = 0;
    for (const Piece& p : isPair ? m_pair : m_single)
        if (p.special) n += m_specials.at(p.id).ids.size();
    return n;
}

std::vector<Encoding> TemplateProcessing::process(std::vector<Encoding> encodings) const
{
    const auto& tmpl = encodings.size() > 1 ? m_pair : m_single;
    std::vector<Encoding> out;
    for (const Piece& p : tmpl) {
        if (p.special) {
            const SpecialToken& st = m_specials.at(p.id);
            out.push_back(specialEncoding(st.ids, st.tokens, p.typeId));
            continue;
        }
        const size_t i = p.id == "A" ? 0 : 1;
        if (i >= encodings.size()) continue;
        Encoding e = encodings[i];
        setTypeIds(e, p.typeId);
        e.sequenceIds.assign(e.ids.size(), static_cast<int32_t>(i));
        out.push_back(std::move(e));
    }
    return out;
}

size_t SequenceProcessing::addedTokens(bool isPair) const
{
    size_t n = 0;
    for (const auto& p : m_items) n += p->addedTokens(isPair);
    return n;
}

std::vector<Encoding> SequenceProcessing::process(std::vector<Encoding> encodings) const
{
    for (const auto& p : m_items) encodings = p->process(std::move(encodings));
    return encodings;
}

} // namespace el::tok
