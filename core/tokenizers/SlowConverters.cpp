#include "tokenizers/SlowConverters.h"

#include "Error.h"
#include "tokenizers/BertNormalizer.h"
#include "tokenizers/Bpe.h"
#include "tokenizers/ByteLevel.h"
#include "tokenizers/PreTokenizers.h"
#include "tokenizers/TokenizerJson.h"
#include "tokenizers/WordPiece.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace el::tok {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json readJsonIfExists(const fs::path& file)
{
    std::error_code ec;
    if (!fs::exists(file, ec)) return json::object();
    const std::string text = readTextFile(file);
    try {
        json j = json::parse(text);
        return j.is_object() ? j : json::object();
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidJson, "malformed JSON in " + file.string() + ": " + e.what(), file.string());
    }
}

// A special token value: a string or an AddedToken-like object {"content": ..., "lstrip": ...}.
std::optional<AddedToken> tokenValue(const json& v)
{
    AddedToken t;
    t.special = true;
    t.normalized = false;
    if (v.is_string()) {
        t.content = v.get<std::string>();
    } else if (v.is_object() && v.contains("content") && v.at("content").is_string()) {
        t.content = v.at("content").get<std::string>();
        t.lstrip = v.value("lstrip", false);
        t.rstrip = v.value("rstrip", false);
        t.singleWord = v.value("single_word", false);
        t.normalized = v.value("normalized", false);
    } else {
        return std::nullopt;
    }
    return t;
}

// The slow tokenizer's special tokens: defaults < tokenizer_config.json < special_tokens_map.json.
std::map<std::string, AddedToken> specialTokens(const json& config, const json& map,
                                                const std::map<std::string, AddedToken>& defaults)
{
    std::map<std::string, AddedToken> out = defaults;
    static const char* keys[] = {"bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"};
    for (const json* src : {&config, &map}) {
        for (const char* key : keys) {
            const auto it = src->find(key);
            if (it == src->end()) continue;
            if (it->is_null()) {
                out.erase(key);
                continue;
            }
            if (auto t = tokenValue(*it)) {
                // A plain string keeps the default flags of that token (e.g. <mask> lstrip).
                const auto d = out.find(key);
                if (it->is_string() && d != out.end()) {
                    AddedToken keep = d->second;
                    keep.content = t->content;
                    out[key] = keep;
                } else {
                    out[key] = *t;
                }
            }
        }
    }
    return out;
}

// The added tokens of the converted fast tokenizer: added_tokens_decoder (by id), then the special
// tokens that are not there yet (PreTrainedTokenizerFast.__init__).
std::vector<AddedToken> addedTokens(const json& config, const std::map<std::string, AddedToken>& specials,
                                    const TokenModel& model)
{
    std::vector<AddedToken> out;
    std::set<std::string> seen;
    const auto it = config.find("added_tokens_decoder");
    if (it != config.end() && it->is_object()) {
        std::vector<std::pair<int64_t, AddedToken>> entries;
        for (auto e = it->begin(); e != it->end(); ++e) {
            auto t = tokenValue(e.value());
            if (!t) continue;
            t->special = e.value().value("special", false);
            t->normalized = e.value().value("normalized", !t->special);
            entries.emplace_back(std::stoll(e.key()), *t);
        }
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [id, t] : entries) {
            t.id = id;
            seen.insert(t.content);
            out.push_back(std::move(t));
        }
    }
    static const char* order[] = {"bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"};
    for (const char* key : order) {
        const auto s = specials.find(key);
        if (s == specials.end() || seen.count(s->second.content)) continue;
        AddedToken t = s->second;
        t.special = true;
        t.id = model.tokenToId(t.content).value_or(static_cast<int64_t>(model.vocabSize()));
        seen.insert(t.content);
        out.push_back(std::move(t));
    }
    return out;
}

std::string modelType(const fs::path& dir, const json& tokConfig)
{
    const std::string cls = tokConfig.value("tokenizer_class", std::string());
    if (cls.rfind("MPNet", 0) == 0) return "mpnet";
    if (cls.rfind("Roberta", 0) == 0) return "roberta";
    if (cls.rfind("GPT2", 0) == 0) return "gpt2";
    if (cls.rfind("Bert", 0) == 0 || cls.rfind("DistilBert", 0) == 0 || cls.rfind("Electra", 0) == 0) return "bert";
    const json config = readJsonIfExists(dir / "config.json");
    return config.value("model_type", std::string());
}

int64_t idOf(const TokenModel& model, const std::string& token, const std::string& file)
{
    if (const auto id = model.tokenToId(token)) return *id;
    throw Error(ErrorCode::InvalidJson, "special token '" + token + "' is not in " + file, file);
}

} // namespace

Vocab parseVocabTxt(const std::string& text)
{
    Vocab vocab;
    int64_t index = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string::npos) end = text.size();
        vocab[text.substr(pos, end - pos)] = index++;
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        pos = end + 1;
    }
    return vocab;
}

std::unique_ptr<HfTokenizer> loadWordPieceFolder(const fs::path& dir)
{
    const fs::path vocabFile = dir / "vocab.txt";
    Vocab vocab = parseVocabTxt(readTextFile(vocabFile));
    const json config = readJsonIfExists(dir / "tokenizer_config.json");
    const json map = readJsonIfExists(dir / "special_tokens_map.json");
    const bool mpnet = modelType(dir, config) == "mpnet";

    auto special = [](const std::string& content, bool lstrip = false, bool normalized = false) {
        AddedToken t;
        t.content = content;
        t.special = true;
        t.lstrip = lstrip;
        t.normalized = normalized;
        return t;
    };
    std::map<std::string, AddedToken> defaults;
    if (mpnet) {
        defaults = {{"bos_token", special("<s>")}, {"eos_token", special("</s>")}, {"sep_token", special("</s>")},
                    {"cls_token", special("<s>")}, {"unk_token", special("[UNK]")}, {"pad_token", special("<pad>")},
                    {"mask_token", special("<mask>", true, true)}};
    } else {
        defaults = {{"unk_token", special("[UNK]")}, {"sep_token", special("[SEP]")}, {"pad_token", special("[PAD]")},
                    {"cls_token", special("[CLS]")}, {"mask_token", special("[MASK]")}};
    }
    const auto specials = specialTokens(config, map, defaults);
    auto tokenOf = [&](const char* key) {
        const auto it = specials.find(key);
        if (it == specials.end())
            throw Error(ErrorCode::InvalidJson, std::string("no ") + key + " defined for " + dir.string());
        return it->second.content;
    };

    // BertConverter: the basic tokenizer's settings, or all off when do_basic_tokenize is false.
    const bool basic = config.value("do_basic_tokenize", true);
    const bool lower = basic && config.value("do_lower_case", true);
    const bool chinese = basic && config.value("tokenize_chinese_chars", true);
    std::optional<bool> strip = false;
    if (basic) {
        const auto it = config.find("strip_accents");
        strip = (it == config.end() || it->is_null()) ? std::nullopt : std::optional<bool>(it->get<bool>());
    }

    HfTokenizer::Parts parts;
    parts.source = "vocab.txt";
    const std::string unk = tokenOf("unk_token");
    parts.model = std::make_unique<WordPiece>(std::move(vocab), unk, "##", 100);
    parts.normalizer = std::make_unique<BertNormalizer>(true, chinese, strip, lower);
    parts.preTokenizer = std::make_unique<BertPreTokenizer>();

    const std::string cls = tokenOf("cls_token"), sep = tokenOf("sep_token");
    const std::string file = vocabFile.string();
    std::map<std::string, TemplateProcessing::SpecialToken> st;
    st[cls] = {{idOf(*parts.model, cls, file)}, {cls}};
    st[sep] = {{idOf(*parts.model, sep, file)}, {sep}};
    const std::string single = cls + ":0 $A:0 " + sep + ":0";
    const std::string pair = mpnet ? cls + ":0 $A:0 " + sep + ":0 " + sep + ":0 $B:1 " + sep + ":1"
                                   : cls + ":0 $A:0 " + sep + ":0 $B:1 " + sep + ":1";
    parts.postProcessor = std::make_unique<TemplateProcessing>(TemplateProcessing::parse(single),
                                                               TemplateProcessing::parse(pair), std::move(st));
    parts.addedTokens = addedTokens(config, specials, *parts.model);
    return std::make_unique<HfTokenizer>(std::move(parts));
}

std::unique_ptr<HfTokenizer> loadByteLevelBpeFolder(const fs::path& dir)
{
    const fs::path vocabFile = dir / "vocab.json";
    const fs::path mergesFile = dir / "merges.txt";
    const std::string vocabText = readTextFile(vocabFile);
    const std::string mergesText = readTextFile(mergesFile);
    Vocab vocab;
    try {
        const json j = json::parse(vocabText);
        for (auto it = j.begin(); it != j.end(); ++it) vocab[it.key()] = it.value().get<int64_t>();
    } catch (const json::exception& e) {
        throw Error(ErrorCode::InvalidJson, "malformed JSON in " + vocabFile.string() + ": " + e.what(),
                    vocabFile.string());
    }
    // Slow tokenizer: read().split("\n")[1:-1] (drops the "#version" line and the last line), then
    // merge.split(); ranks by first occurrence.
    std::vector<std::string> lines;
    size_t pos = 0;
    while (true) {
        const size_t end = mergesText.find('\n', pos);
        lines.push_back(mergesText.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
        if (end == std::string::npos) break;
        pos = end + 1;
    }
    std::vector<std::pair<std::string, std::string>> merges;
    std::set<std::pair<std::string, std::string>> seen;
    for (size_t i = 1; i + 1 < lines.size(); ++i) {
        std::vector<std::string> parts;
        size_t p = 0;
        const std::string& l = lines[i];
        while (p < l.size()) {
            while (p < l.size() && std::isspace(static_cast<unsigned char>(l[p]))) ++p;
            size_t e = p;
            while (e < l.size() && !std::isspace(static_cast<unsigned char>(l[e]))) ++e;
            if (e > p) parts.push_back(l.substr(p, e - p));
            p = e;
        }
        if (parts.empty()) continue;
        if (parts.size() != 2)
            throw Error(ErrorCode::CorruptFile, "merges.txt line " + std::to_string(i + 1) + " is not two tokens",
                        mergesFile.string());
        auto m = std::make_pair(parts[0], parts[1]);
        if (seen.insert(m).second) merges.push_back(std::move(m));
    }

    const json config = readJsonIfExists(dir / "tokenizer_config.json");
    const json map = readJsonIfExists(dir / "special_tokens_map.json");
    const bool gpt2 = modelType(dir, config) == "gpt2";
    const bool addPrefixSpace = config.value("add_prefix_space", false);

    auto special = [](const std::string& content, bool lstrip = false) {
        AddedToken t;
        t.content = content;
        t.special = true;
        t.lstrip = lstrip;
        t.normalized = false;
        return t;
    };
    std::map<std::string, AddedToken> defaults;
    if (gpt2) {
        defaults = {{"bos_token", special("<|endoftext|>")}, {"eos_token", special("<|endoftext|>")},
                    {"unk_token", special("<|endoftext|>")}};
    } else {
        defaults = {{"bos_token", special("<s>")}, {"eos_token", special("</s>")}, {"sep_token", special("</s>")},
                    {"cls_token", special("<s>")}, {"unk_token", special("<unk>")}, {"pad_token", special("<pad>")},
                    {"mask_token", special("<mask>", true)}};
    }
    const auto specials = specialTokens(config, map, defaults);

    HfTokenizer::Parts parts;
    parts.source = "vocab.json + merges.txt";
    Bpe::Options opt;
    opt.continuingSubwordPrefix = std::string();
    opt.endOfWordSuffix = std::string();
    parts.model = std::make_unique<Bpe>(std::move(vocab), merges, std::move(opt));
    parts.preTokenizer = std::make_unique<ByteLevelPreTokenizer>(addPrefixSpace, true);
    if (gpt2) {
        parts.postProcessor = std::make_unique<ByteLevelProcessing>(false, addPrefixSpace);
    } else {
        const auto cls = specials.at("cls_token").content;
        const auto sep = specials.at("sep_token").content;
        const std::string file = vocabFile.string();
        parts.postProcessor = std::make_unique<RobertaProcessing>(sep, idOf(*parts.model, sep, file), cls,
                                                                  idOf(*parts.model, cls, file), true, addPrefixSpace);
    }
    parts.addedTokens = addedTokens(config, specials, *parts.model);
    return std::make_unique<HfTokenizer>(std::move(parts));
}

} // namespace el::tok
