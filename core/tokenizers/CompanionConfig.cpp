#include "tokenizers/CompanionConfig.h"

#include "Error.h"
#include "tokenizers/TokenizerJson.h"

#include <algorithm>
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

const char* const kSpecialKeys[] = {"bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"};

} // namespace

CompanionConfig CompanionConfig::read(const fs::path& dir)
{
    CompanionConfig c;
    c.tokenizerConfig = readJsonIfExists(dir / "tokenizer_config.json");
    c.specialTokensMap = readJsonIfExists(dir / "special_tokens_map.json");
    std::error_code ec;
    if (fs::exists(dir / "config.json", ec)) {
        try {
            const json config = json::parse(readTextFile(dir / "config.json"));
            if (config.is_object() && config.contains("model_type") && config.at("model_type").is_string())
                c.modelType = config.at("model_type").get<std::string>();
        } catch (const json::exception&) {
            // config.json belongs to the model loader, which reports it; the tokenizer can do without.
        }
    }
    return c;
}

std::string CompanionConfig::tokenizerClass() const
{
    const auto it = tokenizerConfig.find("tokenizer_class");
    if (it != tokenizerConfig.end() && it->is_string()) {
        std::string cls = it->get<std::string>();
        if (cls.size() > 4 && cls.compare(cls.size() - 4, 4, "Fast") == 0) cls.resize(cls.size() - 4);
        return cls;
    }
    // TOKENIZER_MAPPING of the model types whose fast tokenizer class adjusts the backend.
    static const std::map<std::string, std::string> byModelType{
        {"bert", "BertTokenizer"}, {"convbert", "ConvBertTokenizer"}, {"distilbert", "DistilBertTokenizer"},
        {"electra", "ElectraTokenizer"}, {"funnel", "FunnelTokenizer"}, {"layoutlm", "LayoutLMTokenizer"},
        {"lxmert", "LxmertTokenizer"}, {"mobilebert", "MobileBertTokenizer"}, {"realm", "RealmTokenizer"},
        {"squeezebert", "SqueezeBertTokenizer"}, {"mpnet", "MPNetTokenizer"}, {"layoutlmv2", "LayoutLMv2Tokenizer"},
        {"roformer", "RoFormerTokenizer"}, {"splinter", "SplinterTokenizer"}, {"roberta", "RobertaTokenizer"},
        {"bart", "BartTokenizer"}, {"blenderbot", "BlenderbotTokenizer"}, {"led", "LEDTokenizer"},
        {"longformer", "LongformerTokenizer"}, {"mvp", "MvpTokenizer"}, {"layoutlmv3", "LayoutLMv3Tokenizer"},
        {"markuplm", "MarkupLMTokenizer"}, {"gpt2", "GPT2Tokenizer"}, {"gpt_neox", "GPTNeoXTokenizer"},
        {"codegen", "CodeGenTokenizer"}, {"deberta", "DebertaTokenizer"}, {"whisper", "WhisperTokenizer"},
        {"xlm-roberta", "XLMRobertaTokenizer"}, {"camembert", "CamembertTokenizer"}, {"albert", "AlbertTokenizer"},
        {"deberta-v2", "DebertaV2Tokenizer"}};
    const auto m = byModelType.find(modelType);
    return m == byModelType.end() ? std::string() : m->second;
}

std::map<std::string, AddedToken> CompanionConfig::specialTokens(const std::map<std::string, AddedToken>& defaults) const
{
    std::map<std::string, AddedToken> out = defaults;
    for (const json* src : {&tokenizerConfig, &specialTokensMap}) {
        for (const char* key : kSpecialKeys) {
            const auto it = src->find(key);
            if (it == src->end()) continue;
            if (it->is_null()) {
                out.erase(key);
                continue;
            }
            if (auto t = tokenValue(*it)) {
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

std::vector<AddedToken> CompanionConfig::addedTokens(const std::map<std::string, AddedToken>& specials,
                                                     const TokenModel& model) const
{
    std::vector<AddedToken> out;
    std::set<std::string> seen;
    const auto it = tokenizerConfig.find("added_tokens_decoder");
    if (it != tokenizerConfig.end() && it->is_object()) {
        std::vector<std::pair<int64_t, AddedToken>> entries;
        for (auto e = it->begin(); e != it->end(); ++e) {
            auto t = tokenValue(e.value());
            if (!t || e.key().empty() || e.key().find_first_not_of("0123456789") != std::string::npos) continue;
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
    std::vector<AddedToken> extra;
    for (const char* key : kSpecialKeys)
        if (const auto s = specials.find(key); s != specials.end()) extra.push_back(s->second);
    for (const json* src : {&tokenizerConfig, &specialTokensMap}) {
        const auto a = src->find("additional_special_tokens");
        if (a == src->end() || !a->is_array()) continue;
        for (const auto& v : *a)
            if (auto t = tokenValue(v)) extra.push_back(*t);
    }
    for (AddedToken t : extra) {
        if (t.content.empty() || seen.count(t.content)) continue;
        t.special = true;
        t.id = model.tokenToId(t.content).value_or(static_cast<int64_t>(model.vocabSize()));
        seen.insert(t.content);
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace el::tok
