#include "tokenizers/SlowConverters.h"

#include "Error.h"
#include "tokenizers/BertNormalizer.h"
#include "tokenizers/Bpe.h"
#include "tokenizers/ByteLevel.h"
#include "tokenizers/CompanionConfig.h"
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

std::string modelType(const fs::path& dir, const json& tokConfig)
{
    const std::string cls = tokConfig.value("tokenizer_class", std::string());
    if (cls.rfind("MPNet", 0) == 0) return "mpnet";
    if (cls.rfind("Roberta", 0) == 0) return "roberta";
    if (cls.rfind("GPT2", 0) == 0) return "gpt2";
    if (cls.rfind("Bert", 0) == 0 || cls.rfind("DistilBert", 0) == 0 || cls.rfind("Electra", 0) == 0) return "bert";
    std::error_code ec;
    if (!fs::exists(dir / "config.json", ec)) return {};
    try {
        const json config = json::parse(readTextFile(dir / "config.json"));
        return config.is_object() ? config.value("model_type", std::string()) : std::string();
    } catch (const json::exception&) {
        return {}; // config.json is the model loader's business; a broken one does not stop the tokenizer
    }
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
    const CompanionConfig companion = CompanionConfig::read(dir);
    const json& config = companion.tokenizerConfig;
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
    const auto specials = companion.specialTokens(defaults);
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
    parts.addedTokens = companion.addedTokens(specials, *parts.model);
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

    const CompanionConfig companion = CompanionConfig::read(dir);
    const json& config = companion.tokenizerConfig;
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
    const auto specials = companion.specialTokens(defaults);

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
    parts.addedTokens = companion.addedTokens(specials, *parts.model);
    return std::make_unique<HfTokenizer>(std::move(parts));
}

} // namespace el::tok
