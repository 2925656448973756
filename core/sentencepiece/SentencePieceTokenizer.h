#pragma once
// The slow sentencepiece tokenizers of transformers, for model folders that have a .model file but
// no tokenizer.json: XLMRobertaTokenizer (sentencepiece.bpe.model, fairseq id offset),
// DebertaV2Tokenizer (spm.model) and AlbertTokenizer (spiece.model). Mirrors
// transformers models/{xlm_roberta,deberta_v2,albert}/tokenization_*.py on top of the sentencepiece
// library (loaded through the dlmopen'd bridge, see SpmLibrary.h).

#include "Tokenizer.h"

#include <filesystem>
#include <memory>

namespace el {

// Loads the sentencepiece tokenizer of a model folder (which .model file and which flavour come
// from tokenizer_config.json's tokenizer_class, config.json's model_type, or the file name).
// Throws el::Error: FileNotFound (no .model file, or no bridge), CorruptFile ("failed to load
// sentencepiece model ..."), UnsupportedModel (e.g. a T5 or CamemBERT tokenizer), InvalidJson.
std::unique_ptr<Tokenizer> loadSentencePieceTokenizer(const std::filesystem::path& dir);

} // namespace el
