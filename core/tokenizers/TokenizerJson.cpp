#include "tokenizers/TokenizerJson.h"

#include "Error.h"
#include "tokenizers/BasicNormalizers.h"
#include "tokenizers/BertNormalizer.h"
#include "tokenizers/CompanionConfig.h"
#include "tokenizers/FastTokenizerOverrides.h"
#include "tokenizers/Bpe.h"
#include "tokenizers/ByteLevel.h"
#include "tokenizers/PrecompiledNormalizer.h"
#include "tokenizers/PreTokenizers.h"
#include "tokenizers/UnicodeNormalizers.h"
#include "tokenizers/Unigram.h"
#include "tokenizers/WordLevel.h"
#include "tokenizers/WordPiece.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace el::tok {

using nlohmann::json;

std::string readTextFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw Error(ErrorCode::FileNotFound, "file not found: " + file.string(), file.string());
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, "cannot open " + file.string(), file.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

namespace {

[[noreturn]] void unsupported(const std::string& what, const std::string& type, const std::string& name)
{
    throw Error(ErrorCode::UnsupportedModel, "unsupported " + what + " type '" + type + "' in " + name);
}

template <class T>
T get(const json& j, const char* key, T fallback)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    return it->get<T>();
}

std::optional<std::string> optString(const json& j, const char* key)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return it->get<std::string>();
}

std::string typeOf(const json& j)
{
    const auto it = j.find("type");
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

SplitBehavior parseBehavior(const json& j, SplitBehavior fallback)
{
    const auto it = j.find("behavior");
    if (it == j.end() || it->is_null()) return fallback;
    const std::string s = it->get<std::string>();
    if (s == "Removed") return SplitBehavior::Removed;
    if (s == "Isolated") return SplitBehavior::Isolated;
    if (s == "MergedWithPrevious") return SplitBehavior::MergedWithPrevious;
    if (s == "MergedWithNext") return SplitBehavior::MergedWithNext;
    if (s == "Contiguous") return SplitBehavior::Contiguous;
    throw Error(ErrorCode::InvalidJson, "unknown split behavior '" + s + "'");
}

// {"String": "..."} or {"Regex": "..."}; returns (pattern, isRegex).
std::pair<std::string, bool> parsePattern(const json& j)
{
    if (j.contains("Regex")) return {j.at("Regex").get<std::string>(), true};
    if (j.contains("String")) return {j.at("String").get<std::string>(), false};
    throw Error(ErrorCode::InvalidJson, "pattern must be {\"String\": ...} or {\"Regex\": ...}");
}

char32_t singleChar(const std::string& s, const char* what)
{
    const std::u32string cps = toCodePoints(sanitizeUtf8(s));
    if (cps.size() != 1) throw Error(ErrorCode::InvalidJson, std::string(what) + " must be a single character");
    return cps[0];
}

std::unique_ptr<Normalizer> parseNormalizer(const json& j, const std::string& name)
{
    if (j.is_null()) return nullptr;
    const std::string type = typeOf(j);
    if (type == "BertNormalizer") {
        std::optional<bool> strip;
        if (j.contains("strip_accents") && !j.at("strip_accents").is_null()) strip = j.at("strip_accents").get<bool>();
        return std::make_unique<BertNormalizer>(get(j, "clean_text", true), get(j, "handle_chinese_chars", true), strip,
                                                get(j, "lowercase", true));
    }
    if (type == "Lowercase") return std::make_unique<LowercaseNormalizer>();
    if (type == "Strip") return std::make_unique<StripNormalizer>(get(j, "strip_left", true), get(j, "strip_right", true));
    if (type == "StripAccents") return std::make_unique<StripAccentsNormalizer>();
    if (type == "NFC") return std::make_unique<UnicodeNormalizer>(UnicodeNormalizer::Form::NFC);
    if (type == "NFD") return std::make_unique<UnicodeNormalizer>(UnicodeNormalizer::Form::NFD);
    if (type == "NFKC") return std::make_unique<UnicodeNormalizer>(UnicodeNormalizer::Form::NFKC);
    if (type == "NFKD") return std::make_unique<UnicodeNormalizer>(UnicodeNormalizer::Form::NFKD);
    if (type == "Nmt") return std::make_unique<NmtNormalizer>();
    if (type == "Prepend") return std::make_unique<PrependNormalizer>(j.at("prepend").get<std::string>());
    if (type == "Replace") {
        const auto [pattern, regex] = parsePattern(j.at("pattern"));
        return std::make_unique<ReplaceNormalizer>(pattern, regex, j.at("content").get<std::string>());
    }
    if (type == "Precompiled") {
        const std::string blob = get<std::string>(j, "precompiled_charsmap", std::string());
        if (blob.empty()) return nullptr; // an empty charsmap normalises nothing
        return std::make_unique<PrecompiledNormalizer>(base64Decode(blob));
    }
    if (type == "ByteLevel") return std::make_unique<ByteLevelNormalizer>();
    if (type == "Sequence") {
        std::vector<std::unique_ptr<Normalizer>> items;
        for (const auto& item : j.at("normalizers"))
            if (auto n = parseNormalizer(item, name)) items.push_back(std::move(n));
        return std::make_unique<SequenceNormalizer>(std::move(items));
    }
    unsupported("normalizer", type, name);
}

std::unique_ptr<PreTokenizer> parsePreTokenizer(const json& j, const std::string& name)
{
    if (j.is_null()) return nullptr;
    const std::string type = typeOf(j);
    if (type == "BertPreTokenizer") return std::make_unique<BertPreTokenizer>();
    if (type == "Whitespace") return std::make_unique<WhitespacePreTokenizer>();
    if (type == "WhitespaceSplit") return std::make_unique<WhitespaceSplitPreTokenizer>();
    if (type == "Punctuation")
        return std::make_unique<PunctuationPreTokenizer>(parseBehavior(j, SplitBehavior::Isolated));
    if (type == "Digits") return std::make_unique<DigitsPreTokenizer>(get(j, "individual_digits", false));
    if (type == "CharDelimiterSplit")
        return std::make_unique<CharDelimiterSplitPreTokenizer>(singleChar(j.at("delimiter").get<std::string>(), "delimiter"));
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelPreTokenizer>(get(j, "add_prefix_space", true), get(j, "use_regex", true));
    if (type == "Split") {
        const auto [pattern, regex] = parsePattern(j.at("pattern"));
        return std::make_unique<SplitPreTokenizer>(pattern, regex, parseBehavior(j, SplitBehavior::Removed),
                                                   get(j, "invert", false));
    }
    if (type == "Metaspace") {
        const char32_t rep = singleChar(get<std::string>(j, "replacement", "\xE2\x96\x81"), "Metaspace replacement");
        using Scheme = MetaspacePreTokenizer::PrependScheme;
        Scheme scheme = Scheme::Always;
        if (const auto s = optString(j, "prepend_scheme")) {
            if (*s == "always") scheme = Scheme::Always;
            else if (*s == "first") scheme = Scheme::First;
            else if (*s == "never") scheme = Scheme::Never;
            else throw Error(ErrorCode::InvalidJson, "unknown Metaspace prepend_scheme '" + *s + "'");
        }
        // Legacy files: add_prefix_space = false means "never".
        if (j.contains("add_prefix_space") && j.at("add_prefix_space").is_boolean() && !j.at("add_prefix_space").get<bool>())
            scheme = Scheme::Never;
        return std::make_unique<MetaspacePreTokenizer>(rep, scheme, get(j, "split", true));
    }
    if (type == "Sequence") {
        std::vector<std::unique_ptr<PreTokenizer>> items;
        for (const auto& item : j.at("pretokenizers"))
            if (auto p = parsePreTokenizer(item, name)) items.push_back(std::move(p));
        return std::make_unique<SequencePreTokenizer>(std::move(items));
    }
    unsupported("pre-tokenizer", type, name);
}

Vocab parseVocabObject(const json& j)
{
    Vocab v;
    v.reserve(j.size());
    for (auto it = j.begin(); it != j.end(); ++it) v[it.key()] = it.value().get<int64_t>();
    return v;
}

std::unique_ptr<TokenModel> parseModel(const json& j, const std::string& name)
{
    if (j.is_null()) throw Error(ErrorCode::InvalidJson, name + " has no model");
    std::string type = typeOf(j);
    if (type.empty()) { // old files without "type": infer from the fields, as serde's untagged enum does
        if (j.contains("merges")) type = "BPE";
        else if (j.contains("vocab") && j.at("vocab").is_array()) type = "Unigram";
        else if (j.contains("continuing_subword_prefix") || j.contains("max_input_chars_per_word")) type = "WordPiece";
        else type = "WordLevel";
    }
    if (type == "WordPiece")
        return std::make_unique<WordPiece>(parseVocabObject(j.at("vocab")), get<std::string>(j, "unk_token", "[UNK]"),
                                           get<std::string>(j, "continuing_subword_prefix", "##"),
                                           get<size_t>(j, "max_input_chars_per_word", 100));
    if (type == "WordLevel")
        return std::make_unique<WordLevel>(parseVocabObject(j.at("vocab")), get<std::string>(j, "unk_token", "<unk>"));
    if (type == "BPE") {
        std::vector<std::pair<std::string, std::string>> merges;
        for (const auto& m : j.at("merges")) {
            if (m.is_array() && m.size() == 2) {
                merges.emplace_back(m[0].get<std::string>(), m[1].get<std::string>());
            } else if (m.is_string()) {
                const std::string s = m.get<std::string>();
                const size_t sp = s.find(' ');
                if (sp == std::string::npos || s.find(' ', sp + 1) != std::string::npos)
                    throw Error(ErrorCode::InvalidJson, "BPE merge '" + s + "' in " + name + " is not two tokens");
                merges.emplace_back(s.substr(0, sp), s.substr(sp + 1));
            } else {
                throw Error(ErrorCode::InvalidJson, "BPE merges in " + name + " must be strings or pairs");
            }
        }
        Bpe::Options opt;
        opt.unkToken = optString(j, "unk_token");
        opt.continuingSubwordPrefix = optString(j, "continuing_subword_prefix");
        opt.endOfWordSuffix = optString(j, "end_of_word_suffix");
        opt.fuseUnk = get(j, "fuse_unk", false);
        opt.byteFallback = get(j, "byte_fallback", false);
        opt.ignoreMerges = get(j, "ignore_merges", false);
        return std::make_unique<Bpe>(parseVocabObject(j.at("vocab")), merges, std::move(opt));
    }
    if (type == "Unigram") {
        std::vector<std::pair<std::string, double>> vocab;
        const auto& v = j.at("vocab");
        vocab.reserve(v.size());
        for (const auto& e : v) vocab.emplace_back(e.at(0).get<std::string>(), e.at(1).get<double>());
        std::optional<int64_t> unk;
        if (j.contains("unk_id") && !j.at("unk_id").is_null()) unk = j.at("unk_id").get<int64_t>();
        return std::make_unique<Unigram>(std::move(vocab), unk, get(j, "byte_fallback", false));
    }
    unsupported("model", type, name);
}

std::pair<std::string, int64_t> parseTokenPair(const json& j)
{
    return {j.at(0).get<std::string>(), j.at(1).get<int64_t>()};
}

std::vector<TemplateProcessing::Piece> parseTemplate(const json& j)
{
    if (j.is_string()) return TemplateProcessing::parse(j.get<std::string>());
    std::vector<TemplateProcessing::Piece> out;
    for (const auto& item : j) {
        TemplateProcessing::Piece p;
        if (item.contains("SpecialToken")) {
            const auto& s = item.at("SpecialToken");
            p.special = true;
            p.id = s.at("id").get<std::string>();
            p.typeId = get<int64_t>(s, "type_id", 0);
        } else if (item.contains("Sequence")) {
            const auto& s = item.at("Sequence");
            p.special = false;
            p.id = s.at("id").get<std::string>();
            p.typeId = get<int64_t>(s, "type_id", 0);
        } else {
            throw Error(ErrorCode::InvalidJson, "template piece must be SpecialToken or Sequence");
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::unique_ptr<PostProcessor> parsePostProcessor(const json& j, const std::string& name)
{
    if (j.is_null()) return nullptr;
    const std::string type = typeOf(j);
    if (type == "BertProcessing") {
        const auto [sep, sepId] = parseTokenPair(j.at("sep"));
        const auto [cls, clsId] = parseTokenPair(j.at("cls"));
        return std::make_unique<BertProcessing>(sep, sepId, cls, clsId);
    }
    if (type == "RobertaProcessing") {
        const auto [sep, sepId] = parseTokenPair(j.at("sep"));
        const auto [cls, clsId] = parseTokenPair(j.at("cls"));
        return std::make_unique<RobertaProcessing>(sep, sepId, cls, clsId, get(j, "trim_offsets", true),
                                                   get(j, "add_prefix_space", true));
    }
    if (type == "ByteLevel")
        return std::make_unique<ByteLevelProcessing>(get(j, "trim_offsets", true), get(j, "add_prefix_space", true));
    if (type == "TemplateProcessing") {
        std::map<std::string, TemplateProcessing::SpecialToken> specials;
        const auto it = j.find("special_tokens");
        if (it != j.end() && !it->is_null()) {
            for (auto s = it->begin(); s != it->end(); ++s) {
                TemplateProcessing::SpecialToken st;
                st.ids = s.value().at("ids").get<std::vector<int64_t>>();
                st.tokens = s.value().at("tokens").get<std::vector<std::string>>();
                if (st.ids.size() != st.tokens.size())
                    throw Error(ErrorCode::InvalidJson, "special token '" + s.key() + "' has ids and tokens of different lengths");
                specials[s.value().contains("id") ? s.value().at("id").get<std::string>() : s.key()] = std::move(st);
            }
        }
        return std::make_unique<TemplateProcessing>(parseTemplate(j.at("single")), parseTemplate(j.at("pair")),
                                                    std::move(specials));
    }
    if (type == "Sequence") {
        std::vector<std::unique_ptr<PostProcessor>> items;
        for (const auto& item : j.at("processors"))
            if (auto p = parsePostProcessor(item, name)) items.push_back(std::move(p));
        return std::make_unique<SequenceProcessing>(std::move(items));
    }
    unsupported("post-processor", type, name);
}

std::vector<AddedToken> parseAddedTokens(const json& j)
{
    std::vector<AddedToken> out;
    if (j.is_null()) return out;
    for (const auto& t : j) {
        AddedToken a;
        a.id = t.at("id").get<int64_t>();
        a.content = t.at("content").get<std::string>();
        a.singleWord = get(t, "single_word", false);
        a.lstrip = get(t, "lstrip", false);
        a.rstrip = get(t, "rstrip", false);
        a.special = get(t, "special", false);
        a.normalized = get(t, "normalized", !a.special);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace

std::unique_ptr<HfTokenizer> parseTokenizerJson(const std::string& text, const std::string& name,
                                                const CompanionConfig* companion)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidJson, "malformed JSON in " + name + ": " + e.what(), name);
    }
    try {
        if (!j.is_object()) throw Error(ErrorCode::InvalidJson, name + " is not a JSON object", name);
        if (companion) applyFastTokenizerOverrides(j, *companion);
        HfTokenizer::Parts parts;
        parts.source = "tokenizer.json";
        parts.normalizer = parseNormalizer(j.value("normalizer", json()), name);
        parts.preTokenizer = parsePreTokenizer(j.value("pre_tokenizer", json()), name);
        parts.model = parseModel(j.value("model", json()), name);
        parts.postProcessor = parsePostProcessor(j.value("post_processor", json()), name);
        parts.addedTokens = parseAddedTokens(j.value("added_tokens", json()));
        if (companion) {
            std::set<std::string> present;
            for (const auto& t : parts.addedTokens) present.insert(t.content);
            for (auto& t : companion->addedTokens(companion->specialTokens({}), *parts.model))
                if (present.insert(t.content).second) parts.addedTokens.push_back(std::move(t));
        }
        return std::make_unique<HfTokenizer>(std::move(parts));
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidJson, "unexpected content in " + name + ": " + e.what(), name);
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(e.code(), e.what(), name);
    }
}

std::unique_ptr<HfTokenizer> loadTokenizerJson(const std::filesystem::path& file)
{
    const std::string text = readTextFile(file);
    const CompanionConfig companion = CompanionConfig::read(file.parent_path());
    return parseTokenizerJson(text, file.string(), &companion);
}

} // namespace el::tok
