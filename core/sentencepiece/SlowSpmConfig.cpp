#include "sentencepiece/SlowSpmConfig.h"

#include "Error.h"
#include "config/JsonFile.h"

#include <algorithm>
#include <map>

namespace el::spm {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

bool isFile(const fs::path& p)
{
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

std::optional<JsonFile> readIfPresent(const fs::path& p)
{
    if (!isFile(p)) return std::nullopt;
    return JsonFile::read(p);
}

std::optional<Flavor> flavorOfClass(std::string cls)
{
    if (cls.size() > 4 && cls.compare(cls.size() - 4, 4, "Fast") == 0) cls.resize(cls.size() - 4);
    if (cls == "XLMRobertaTokenizer") return Flavor::XlmRoberta;
    if (cls == "DebertaV2Tokenizer") return Flavor::DebertaV2;
    if (cls == "AlbertTokenizer") return Flavor::Albert;
    return std::nullopt;
}

const char* canonicalFile(Flavor f)
{
    switch (f) {
    case Flavor::XlmRoberta: return "sentencepiece.bpe.model";
    case Flavor::DebertaV2: return "spm.model";
    case Flavor::Albert: return "spiece.model";
    }
    return "";
}

const char* className(Flavor f)
{
    switch (f) {
    case Flavor::XlmRoberta: return "XLMRobertaTokenizer";
    case Flavor::DebertaV2: return "DebertaV2Tokenizer";
    case Flavor::Albert: return "AlbertTokenizer";
    }
    return "";
}

// A special token value: a string or an AddedToken object {content, lstrip, rstrip, ...}.
std::optional<SlowTokenSpec> tokenValue(const JsonFile& file, const json& v, const std::string& key)
{
    if (v.is_null()) return std::nullopt;
    SlowTokenSpec t;
    if (v.is_string()) {
        t.content = v.get<std::string>();
        return t;
    }
    if (!v.is_object()) file.fail("'" + key + "' must be a string or an AddedToken object");
    const JsonFile o(v, file.path(), key);
    t.content = o.requireString("content");
    t.lstrip = o.getBool("lstrip", false);
    t.rstrip = o.getBool("rstrip", false);
    t.singleWord = o.getBool("single_word", false);
    t.normalized = o.getBool("normalized", false);
    t.special = o.getBool("special", true);
    return t;
}

} // namespace

SlowSpmConfig readSlowSpmConfig(const fs::path& dir)
{
    SlowSpmConfig cfg;
    const auto tokConfig = readIfPresent(dir / "tokenizer_config.json");
    const auto modelConfig = readIfPresent(dir / "config.json");

    // Flavour: tokenizer_class, then model_type, then the file name.
    std::optional<Flavor> flavor;
    if (tokConfig) {
        if (const auto cls = tokConfig->optString("tokenizer_class")) {
            flavor = flavorOfClass(*cls);
            if (!flavor)
                throw Error(ErrorCode::UnsupportedModel,
                            "sentencepiece tokenizer class " + *cls +
                                " is not supported without tokenizer.json (supported: XLM-R, DeBERTa-v2/v3, ALBERT)",
                            tokConfig->path().string());
        }
    }
    if (!flavor && modelConfig) {
        const std::string type = modelConfig->getString("model_type", "");
        if (type == "xlm-roberta") flavor = Flavor::XlmRoberta;
        else if (type == "deberta-v2") flavor = Flavor::DebertaV2;
        else if (type == "albert") flavor = Flavor::Albert;
    }
    if (!flavor) {
        for (Flavor f : {Flavor::XlmRoberta, Flavor::DebertaV2, Flavor::Albert})
            if (isFile(dir / canonicalFile(f))) flavor = f;
    }
    if (!flavor)
        throw Error(ErrorCode::UnsupportedModel,
                    "cannot tell which sentencepiece tokenizer " + dir.string() +
                        " uses (no tokenizer_class, model_type or known .model file name)",
                    dir.string());
    cfg.flavor = *flavor;
    cfg.className = className(*flavor);

    // The .model file: the class's vocab_file name, else the only/first *.model of the folder.
    cfg.modelFile = dir / canonicalFile(cfg.flavor);
    if (!isFile(cfg.modelFile)) {
        std::vector<fs::path> models;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().extension() == ".model" && isFile(e.path())) models.push_back(e.path());
        std::sort(models.begin(), models.end());
        if (models.empty())
            throw Error(ErrorCode::FileNotFound, "no sentencepiece .model file in " + dir.string(),
                        (dir / canonicalFile(cfg.flavor)).string());
        cfg.modelFile = models.front();
    }

    // Class defaults (tokenization_*.py __init__ signatures).
    std::map<std::string, SlowTokenSpec> specials;
    const auto setDefault = [&](const char* key, const char* content, bool lstrip = false) {
        SlowTokenSpec t;
        t.content = content;
        t.lstrip = lstrip;
        specials[key] = t;
    };
    switch (cfg.flavor) {
    case Flavor::XlmRoberta:
        setDefault("bos_token", "<s>"), setDefault("eos_token", "</s>"), setDefault("sep_token", "</s>");
        setDefault("cls_token", "<s>"), setDefault("unk_token", "<unk>"), setDefault("pad_token", "<pad>");
        setDefault("mask_token", "<mask>", true);
        break;
    case Flavor::DebertaV2:
        setDefault("bos_token", "[CLS]"), setDefault("eos_token", "[SEP]"), setDefault("sep_token", "[SEP]");
        setDefault("cls_token", "[CLS]"), setDefault("unk_token", "[UNK]"), setDefault("pad_token", "[PAD]");
        setDefault("mask_token", "[MASK]");
        break;
    case Flavor::Albert:
        setDefault("bos_token", "[CLS]"), setDefault("eos_token", "[SEP]"), setDefault("sep_token", "[SEP]");
        setDefault("cls_token", "[CLS]"), setDefault("unk_token", "<unk>"), setDefault("pad_token", "<pad>");
        setDefault("mask_token", "[MASK]", true);
        cfg.doLowerCase = true;
        break;
    }
    static const char* kKeys[] = {"bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token",
                                  "mask_token"};
    // special_tokens_map.json first, tokenizer_config.json over it. A plain string keeps the class's
    // AddedToken properties only for the mask (the classes wrap a string mask themselves).
    const auto applyFile = [&](const JsonFile& f) {
        for (const char* key : kKeys) {
            if (!f.has(key)) continue;
            auto t = tokenValue(f, f.json()[key], key);
            if (!t) continue;
            if (f.json()[key].is_string() && std::string(key) == "mask_token") t->lstrip = specials[key].lstrip;
            specials[key] = *t;
        }
    };
    if (const auto map = readIfPresent(dir / "special_tokens_map.json")) applyFile(*map);
    if (tokConfig) {
        applyFile(*tokConfig);
        if (cfg.flavor == Flavor::Albert) {
            cfg.doLowerCase = tokConfig->getBool("do_lower_case", true);
            cfg.removeSpace = tokConfig->getBool("remove_space", true);
            cfg.keepAccents = tokConfig->getBool("keep_accents", false);
        } else if (cfg.flavor == Flavor::DebertaV2) {
            cfg.doLowerCase = tokConfig->getBool("do_lower_case", false);
            cfg.splitByPunct = tokConfig->getBool("split_by_punct", false);
        }
    }
    cfg.clsToken = specials["cls_token"].content;
    cfg.sepToken = specials["sep_token"].content;
    cfg.unkToken = specials["unk_token"].content;
    cfg.padToken = specials["pad_token"].content;
    cfg.maskToken = specials["mask_token"].content;

    // added_tokens_decoder (id -> AddedToken) is authoritative; without it, the legacy added_tokens.json.
    std::vector<SlowTokenSpec> decoder;
    if (tokConfig && tokConfig->has("added_tokens_decoder")) {
        const json& d = tokConfig->json()["added_tokens_decoder"];
        if (!d.is_object()) tokConfig->fail("'added_tokens_decoder' must be an object");
        for (const auto& [idText, value] : d.items()) {
            auto t = tokenValue(*tokConfig, value, "added_tokens_decoder." + idText);
            if (!t) continue;
            try {
                t->id = std::stoll(idText);
            } catch (const std::exception&) {
                tokConfig->fail("added_tokens_decoder key '" + idText + "' is not an id");
            }
            decoder.push_back(*t);
        }
    } else if (const auto added = readIfPresent(dir / "added_tokens.json")) {
        if (!added->json().is_object()) added->fail("must be an object {token: id}");
        for (const auto& [content, id] : added->json().items()) {
            if (!id.is_number_integer()) added->fail("the id of '" + content + "' must be an integer");
            SlowTokenSpec t;
            t.content = content;
            t.id = id.get<int64_t>();
            t.special = false;
            for (const auto& [k, s] : specials)
                if (s.content == content) t.special = true;
            t.normalized = !t.special;
            decoder.push_back(t);
        }
    }
    for (const char* key : kKeys) {
        SlowTokenSpec t = specials[key];
        for (const auto& d : decoder)
            if (d.content == t.content) t = d;
        cfg.tokens.push_back(t);
    }
    for (const auto& d : decoder) cfg.tokens.push_back(d);
    return cfg;
}

} // namespace el::spm
