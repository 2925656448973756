#include "Tokenizer.h"

#include "Error.h"
#include "sentencepiece/SentencePieceTokenizer.h" // [spm]
#include "tokenizers/SlowConverters.h"
#include "tokenizers/TokenizerJson.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace el {

namespace fs = std::filesystem;

namespace {

bool fileExists(const fs::path& p)
{
    std::error_code ec;
    return fs::exists(p, ec);
}

// A sentencepiece model file of the folder, if any (XLM-R, DeBERTa-v3, ALBERT, T5, ...).
fs::path sentencePieceModel(const fs::path& dir)
{
    for (const char* name : {"sentencepiece.bpe.model", "spiece.model", "spm.model", "tokenizer.model",
                             "sentencepiece.model"})
        if (fileExists(dir / name)) return dir / name;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".model") return e.path();
    return {};
}

// Which slow files the folder's tokenizer class needs (vocab.json for byte-level BPE classes).
bool wantsByteLevelBpe(const fs::path& dir)
{
    const fs::path config = dir / "tokenizer_config.json";
    if (!fileExists(config)) return false;
    try {
        const auto j = nlohmann::json::parse(tok::readTextFile(config));
        const std::string cls = j.is_object() ? j.value("tokenizer_class", std::string()) : std::string();
        return cls.rfind("Roberta", 0) == 0 || cls.rfind("GPT2", 0) == 0 || cls.rfind("Bart", 0) == 0;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

} // namespace

std::unique_ptr<Tokenizer> Tokenizer::load(const fs::path& dir)
{
    if (!fileExists(dir)) throw Error(ErrorCode::FileNotFound, "model folder not found: " + dir.string(), dir.string());
    // tokenizer.json is the source of truth when present, as for transformers' fast tokenizers.
    if (fileExists(dir / "tokenizer.json")) return tok::loadTokenizerJson(dir / "tokenizer.json");
    if (fileExists(dir / "vocab.txt")) return tok::loadWordPieceFolder(dir);
    if (fileExists(dir / "vocab.json") || fileExists(dir / "merges.txt")) return tok::loadByteLevelBpeFolder(dir);
    // [spm] The slow sentencepiece tokenizers (XLM-R, DeBERTa-v2/v3, ALBERT) through the dlmopen'd
    // bridge: core/sentencepiece/SentencePieceTokenizer.h.
    if (const fs::path spm = sentencePieceModel(dir); !spm.empty()) return loadSentencePieceTokenizer(dir);
    const fs::path missing = dir / (wantsByteLevelBpe(dir) ? "vocab.json" : "vocab.txt");
    throw Error(ErrorCode::FileNotFound,
                "no tokenizer files in " + dir.string() + " (tokenizer.json or " + missing.filename().string() + ")",
                missing.string());
}

} // namespace el
