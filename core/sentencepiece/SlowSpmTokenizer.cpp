#include "sentencepiece/SlowSpmTokenizer.h"

#include "Error.h"
#include "tokenizers/Truncation.h"
#include "tokenizers/Unicode.h"
#include "tokenizers/Utf8.h"

namespace el::spm {

namespace {

constexpr std::string_view kSpaceMark = "\xE2\x96\x81"; // U+2581 "▁", sentencepiece's space
constexpr char32_t kSpaceMarkChar = 0x2581;

// fairseq's dictionary order that XLM-R's checkpoints use (XLMRobertaTokenizer
// fairseq_tokens_to_ids); every sentencepiece id is shifted by kFairseqOffset.
constexpr const char* kFairseqTokens[] = {"<s>", "<pad>", "</s>", "<unk>"};
constexpr int64_t kFairseqOffset = 1;
constexpr int64_t kFairseqUnk = 3;

bool startsWithSpaceMark(std::string_view piece)
{
    return piece.substr(0, kSpaceMark.size()) == kSpaceMark;
}

// Byte offset -> character index, rounding a position inside a character up to its end.
size_t charAtOrAfter(const std::vector<uint32_t>& byteToChar, size_t byte)
{
    if (byte + 1 >= byteToChar.size()) return byteToChar.back();
    if (byte == 0) return 0;
    const uint32_t c = byteToChar[byte];
    return byteToChar[byte - 1] == c ? c + 1 : c;
}

} // namespace

SlowSpmTokenizer::SlowSpmTokenizer(SlowSpmConfig config, SpmModel model)
    : m_config(std::move(config)), m_model(std::move(model))
{
    const int64_t n = m_model.pieceCount();
    // XLM-R: fairseq's four tokens, the pieces from sentencepiece id 1 on, then <mask>.
    const int64_t base = m_config.flavor == Flavor::XlmRoberta ? n + 2 : n;
    int64_t next = base;
    for (const SlowTokenSpec& spec : m_config.tokens) {
        SlowAddedToken t;
        t.content = spec.content;
        t.lstrip = spec.lstrip;
        t.rstrip = spec.rstrip;
        t.singleWord = spec.singleWord;
        t.normalized = spec.normalized;
        t.special = spec.special;
        if (spec.id) t.id = *spec.id;
        else if (const SlowAddedToken* known = m_added.find(spec.content)) t.id = known->id;
        else if (const auto id = tokenToId(spec.content)) t.id = *id;
        else t.id = next++;
        m_added.add(t);
    }
    m_vocabSize = base;
    for (const auto& t : m_added.tokens())
        if (t.id >= m_vocabSize) m_vocabSize = t.id + 1;
    const auto idOf = [&](const std::string& token, const char* what) {
        const auto id = tokenToId(token);
        if (!id)
            throw Error(ErrorCode::UnsupportedModel,
                        std::string("the ") + what + " token '" + token + "' is not in the vocabulary",
                        m_config.modelFile.string());
        return *id;
    };
    try {
        m_fast = std::make_unique<FastAlignment>(m_config.flavor, m_model.precompiledCharsmap(), m_config.splitByPunct);
    } catch (const Error&) {
        m_fast.reset(); // an unreadable charsmap only costs the exact offsets
    }
    m_clsId = idOf(m_config.clsToken, "cls");
    m_sepId = idOf(m_config.sepToken, "sep");
}

int64_t SlowSpmTokenizer::idOfSpm(int32_t spmId) const
{
    if (m_config.flavor != Flavor::XlmRoberta) return spmId;
    // "Need to return unknown token if the SP model returned 0".
    return spmId == 0 ? kFairseqUnk : spmId + kFairseqOffset;
}

int64_t SlowSpmTokenizer::idOfPiece(const std::string& piece) const
{
    if (m_config.flavor == Flavor::XlmRoberta)
        for (int64_t i = 0; i < 4; ++i)
            if (piece == kFairseqTokens[i]) return i;
    return idOfSpm(m_model.pieceToId(piece));
}

std::optional<int64_t> SlowSpmTokenizer::tokenToId(const std::string& token) const
{
    if (const SlowAddedToken* t = m_added.find(token)) return t->id;
    if (m_config.flavor == Flavor::XlmRoberta) {
        for (int64_t i = 0; i < 4; ++i)
            if (token == kFairseqTokens[i]) return i;
        if (token == "<mask>") return m_model.pieceCount() + kFairseqOffset;
    }
    const int32_t id = m_model.pieceToId(token);
    if (id == m_model.unkId() && m_model.idToPiece(id) != token) return std::nullopt;
    return idOfSpm(id);
}

std::string SlowSpmTokenizer::idToToken(int64_t id) const
{
    if (const SlowAddedToken* t = m_added.byId(id)) return t->content;
    int64_t spmId = id;
    if (m_config.flavor == Flavor::XlmRoberta) {
        if (id >= 0 && id < 4) return kFairseqTokens[id];
        if (id == m_model.pieceCount() + kFairseqOffset) return "<mask>";
        spmId = id - kFairseqOffset;
    }
    if (spmId < 0 || spmId >= m_model.pieceCount()) return {};
    return m_model.idToPiece(static_cast<int32_t>(spmId)).value_or(std::string());
}

std::string SlowSpmTokenizer::kind() const
{
    return "SentencePiece " + m_model.modelTypeName() + " (" + m_config.modelFile.filename().string() + ", slow " +
           m_config.className + ")";
}

int64_t SlowSpmTokenizer::numSpecialTokens(bool pair) const
{
    if (!pair) return 2;
    return m_config.flavor == Flavor::XlmRoberta ? 4 : 3;
}

std::vector<SlowSpmTokenizer::Token> SlowSpmTokenizer::tokenize(std::string_view text) const
{
    const AlignedText original = AlignedText::fromUtf8(tok::sanitizeUtf8(text));
    const AlignedText t = m_config.doLowerCase ? m_added.lowercaseKeeping(original) : original;
    std::vector<Token> out;
    for (const auto& seg : m_added.split(t)) {
        if (seg.token >= 0) {
            const SlowAddedToken& a = m_added.tokens()[static_cast<size_t>(seg.token)];
            Token tok{a.id, a.content, seg.range, true};
            tok.added = true;
            out.push_back(std::move(tok));
        } else {
            tokenizeChunk(seg.text, out);
        }
    }
    alignOffsetsLikeFast(out, original.chars());
    return out;
}

void SlowSpmTokenizer::placeLikeFast(const AlignedText& fastText, std::vector<Token>& out, size_t first) const
{
    if (m_fast && first < out.size()) m_fast->assign(fastText, out.data() + first, out.size() - first);
}

void SlowSpmTokenizer::tokenizeChunk(const AlignedText& chunk, std::vector<Token>& out) const
{
    const size_t first = out.size();
    switch (m_config.flavor) {
    case Flavor::XlmRoberta:
        encodeWithSpm(chunk, out);
        placeLikeFast(chunk, out, first);
        return;
    case Flavor::DebertaV2: {
        // _tokenize lowercases again (a no-op after tokenize()'s pass); SPMTokenizer._encode_as_pieces
        // then encodes every _run_split_on_punc word on its own.
        if (!m_config.splitByPunct) {
            encodeWithSpm(chunk, out);
            placeLikeFast(chunk, out, first);
            return;
        }
        size_t start = 0;
        for (size_t i = 0; i < chunk.size(); ++i) {
            if (!tok::isBertPunctuation(chunk[i])) continue;
            if (i > start) encodeWithSpm(chunk.slice(start, i), out);
            encodeWithSpm(chunk.slice(i, i + 1), out);
            start = i + 1;
        }
        if (start < chunk.size()) encodeWithSpm(chunk.slice(start, chunk.size()), out);
        placeLikeFast(chunk, out, first);
        return;
    }
    case Flavor::Albert: {
        // AlbertTokenizer.preprocess_text. The final lower() runs per character: Python's whole-string
        // lower() would add the Final_Sigma rule, which only matters for a capital sigma produced by
        // NFKD (tokenize() has lowercased everything before).
        // The fast pipeline sees the same text without the whitespace collapsing.
        const auto rest = [&](AlignedText p) {
            p = p.replacePair(U'`', U'`', U'"').replacePair(U'\'', U'\'', U'"');
            if (!m_config.keepAccents) p = p.nfkdStripCombining();
            if (m_config.doLowerCase) p = p.lowerPerChar();
            return p;
        };
        encodeWithSpm(rest(m_config.removeSpace ? chunk.collapseWhitespace() : chunk), out);
        placeLikeFast(rest(chunk), out, first);
        return;
    }
    }
}

void SlowSpmTokenizer::encodeWithSpm(const AlignedText& text, std::vector<Token>& out) const
{
    if (text.empty()) return;
    std::vector<uint32_t> byteToChar;
    const std::string utf8 = text.utf8(&byteToChar);
    const std::vector<Piece> pieces = m_model.encode(utf8);
    for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        const size_t cb = charAtOrAfter(byteToChar, p.begin);
        size_t ce = std::max(cb, charAtOrAfter(byteToChar, p.end));
        // sentencepiece gives its dummy-prefix "▁" (and pieces inside an expansion) an empty
        // surface; the fast tokenizers align them to the character they precede / come from.
        const bool empty = ce == cb;
        if (empty && cb < text.size()) ce = cb + 1;
        Token t{idOfSpm(p.id), p.piece, text.originalRange(cb, ce), i == 0 || startsWithSpaceMark(p.piece)};
        t.emptySurface = empty;
        const std::u32string cps = tok::toCodePoints(p.piece);
        // AlbertTokenizer._tokenize: "9,9" -> ["▁9", ",", "9"] instead of ["▁9,", "9"].
        if (m_config.flavor == Flavor::Albert && cps.size() > 1 && cps.back() == U',' &&
            isPythonDigit(cps[cps.size() - 2])) {
            splitDigitComma(t, text, cb, ce, out);
        } else {
            out.push_back(std::move(t));
        }
    }
}

void SlowSpmTokenizer::splitDigitComma(const Token& piece, const AlignedText& text, size_t cb, size_t ce,
                                       std::vector<Token>& out) const
{
    std::u32string core = tok::toCodePoints(piece.piece);
    core.pop_back(); // the comma
    std::u32string bare;
    for (char32_t c : core)
        if (c != kSpaceMarkChar) bare.push_back(c);
    std::string bareUtf8;
    for (char32_t c : bare) tok::appendUtf8(bareUtf8, c);
    std::vector<Piece> sub = m_model.encode(bareUtf8);
    if (!startsWithSpaceMark(piece.piece) && !sub.empty() && startsWithSpaceMark(sub[0].piece)) {
        if (sub[0].piece.size() == kSpaceMark.size()) sub.erase(sub.begin());
        else sub[0].piece.erase(0, kSpaceMark.size());
    }
    // Offsets: when the comma and the digits before it are literally in the encoded text, each
    // re-encoded piece gets its own span; otherwise (sentencepiece's own normalization changed them)
    // every piece gets the span of the original piece without its comma.
    const bool commaThere = ce > cb && text[ce - 1] == U',';
    const size_t coreEnd = commaThere ? ce - 1 : ce;
    const bool located = coreEnd >= cb + bare.size() &&
                         text.chars().compare(coreEnd - bare.size(), bare.size(), bare) == 0;
    const size_t coreStart = located ? coreEnd - bare.size() : cb;
    std::vector<uint32_t> subByteToChar(bareUtf8.size() + 1, 0);
    {
        size_t b = 0, c = 0;
        while (b < bareUtf8.size()) {
            const size_t len = tok::utf8SeqLen(static_cast<unsigned char>(bareUtf8[b]));
            for (size_t k = 0; k < len && b + k < bareUtf8.size(); ++k) subByteToChar[b + k] = static_cast<uint32_t>(c);
            b += len;
            ++c;
        }
        subByteToChar[bareUtf8.size()] = static_cast<uint32_t>(c);
    }
    for (size_t i = 0; i < sub.size(); ++i) {
        Token t;
        t.id = idOfPiece(sub[i].piece); // the slow tokenizer converts these strings with PieceToId
        t.piece = sub[i].piece;
        t.startsWord = i == 0 ? piece.startsWord : startsWithSpaceMark(sub[i].piece);
        if (located) {
            size_t b = coreStart + charAtOrAfter(subByteToChar, sub[i].begin);
            const size_t e = coreStart + std::max(charAtOrAfter(subByteToChar, sub[i].begin),
                                                  charAtOrAfter(subByteToChar, sub[i].end));
            if (i == 0 && startsWithSpaceMark(sub[i].piece)) b = cb; // keep the space, as sentencepiece does
            t.range = text.originalRange(b, e);
        } else {
            t.range = text.originalRange(cb, coreEnd);
        }
        out.push_back(std::move(t));
    }
    Token comma{idOfPiece(","), ",", commaThere ? text.originalRange(ce - 1, ce) : text.originalRange(ce, ce)};
    out.push_back(std::move(comma));
}

Encoding SlowSpmTokenizer::sequenceEncoding(const std::vector<Token>& tokens, int64_t typeId, int32_t sequenceId) const
{
    Encoding e;
    int64_t word = -1;
    for (const Token& t : tokens) {
        if (t.startsWord || word < 0) ++word;
        e.ids.push_back(t.id);
        e.tokens.push_back(idToToken(t.id));
        e.offsets.push_back(t.range);
        e.typeIds.push_back(typeId);
        e.specialTokensMask.push_back(0);
        e.attentionMask.push_back(1);
        e.sequenceIds.push_back(sequenceId);
        e.wordIds.push_back(word);
    }
    return e;
}

void SlowSpmTokenizer::appendSpecial(Encoding& e, int64_t id, int64_t typeId) const
{
    e.ids.push_back(id);
    e.tokens.push_back(idToToken(id));
    e.offsets.emplace_back(0, 0);
    e.typeIds.push_back(typeId);
    e.specialTokensMask.push_back(1);
    e.attentionMask.push_back(1);
    e.sequenceIds.push_back(-1);
    e.wordIds.push_back(-1);
}

Encoding SlowSpmTokenizer::encode(std::string_view text, std::optional<std::string_view> pair,
                                  const TruncationOptions& trunc) const
{
    Encoding first = sequenceEncoding(tokenize(text), 0, 0);
    std::optional<Encoding> second;
    // transformers only passes the pair on when it is truthy: "" means no pair.
    const int64_t pairType = m_config.flavor == Flavor::XlmRoberta ? 0 : 1;
    if (pair) second = sequenceEncoding(tokenize(*pair), pairType, 1);

    const size_t before = first.size() + (second ? second->size() : 0);
    const auto added = static_cast<size_t>(numSpecialTokens(second.has_value()));
    if (trunc.maxLength > 0) {
        // The fast tokenizers' LongestFirst rule (what AutoTokenizer would use for this folder).
        const auto maxLength = static_cast<size_t>(trunc.maxLength);
        tok::truncateEncodings(first, second ? &*second : nullptr, maxLength > added ? maxLength - added : 0,
                               trunc.fromLeft);
    }
    const size_t after = first.size() + (second ? second->size() : 0);

    // build_inputs_with_special_tokens / create_token_type_ids_from_sequences.
    Encoding out;
    appendSpecial(out, m_clsId, 0);
    const auto take = [&out](const Encoding& e) {
        out.ids.insert(out.ids.end(), e.ids.begin(), e.ids.end());
        out.tokens.insert(out.tokens.end(), e.tokens.begin(), e.tokens.end());
        out.offsets.insert(out.offsets.end(), e.offsets.begin(), e.offsets.end());
        out.typeIds.insert(out.typeIds.end(), e.typeIds.begin(), e.typeIds.end());
        out.specialTokensMask.insert(out.specialTokensMask.end(), e.specialTokensMask.begin(), e.specialTokensMask.end());
        out.attentionMask.insert(out.attentionMask.end(), e.attentionMask.begin(), e.attentionMask.end());
        out.sequenceIds.insert(out.sequenceIds.end(), e.sequenceIds.begin(), e.sequenceIds.end());
        out.wordIds.insert(out.wordIds.end(), e.wordIds.begin(), e.wordIds.end());
    };
    take(first);
    appendSpecial(out, m_sepId, 0);
    if (second) {
        if (m_config.flavor == Flavor::XlmRoberta) appendSpecial(out, m_sepId, 0); // <s> A </s></s> B </s>
        take(*second);
        appendSpecial(out, m_sepId, pairType);
    }
    out.droppedTokens = static_cast<int64_t>(before - after);
    out.truncated = out.droppedTokens > 0;
    out.untruncatedLength = static_cast<int64_t>(before + added);
    return out;
}

TokenizationTrace SlowSpmTokenizer::trace(std::string_view text) const
{
    // normalized = the pieces sentencepiece produced, joined (its normalized form with "▁");
    // pre-tokens = words: a new word at every "▁", every added token and every separately encoded
    // chunk, like the fast converters' Metaspace pre-tokenizer.
    TokenizationTrace tr;
    bool first = true;
    for (const Token& t : tokenize(text)) {
        tr.normalized += t.piece;
        if (t.startsWord || first) {
            tr.preTokens.push_back(t.piece);
            tr.preTokenOffsets.push_back(t.range);
        } else {
            tr.preTokens.back() += t.piece;
            auto& r = tr.preTokenOffsets.back();
            r.first = std::min(r.first, t.range.first);
            r.second = std::max(r.second, t.range.second);
        }
        first = false;
    }
    return tr;
}

} // namespace el::spm
