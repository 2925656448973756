#include "sentencepiece/SentencePieceTokenizer.h"

#include "Error.h"
#include "sentencepiece/SlowSpmConfig.h"
#include "sentencepiece/SlowSpmTokenizer.h"
#include "sentencepiece/SpmModel.h"

namespace el {

std::unique_ptr<Tokenizer> loadSentencePieceTokenizer(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw Error(ErrorCode::FileNotFound, "model folder not found: " + dir.string(), dir.string());
    spm::SlowSpmConfig config = spm::readSlowSpmConfig(dir);
    spm::SpmModel model = spm::SpmModel::fromFile(config.modelFile);
    return std::make_unique<spm::SlowSpmTokenizer>(std::move(config), std::move(model));
}

} // namespace el
