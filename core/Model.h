#pragma once
// A loaded model folder: config, tokenizer, encoder weights and the sentence-transformers module
// stack (Transformer -> Pooling -> [Dense] -> [Normalize]). The engine's facade for the UI and CLI.
//
// Thread safety: a Model may be used by one thread at a time for inference (forward passes);
// info() and tokenizer() are safe from any thread. All methods throw el::Error on failure.

#include "Encoding.h"
#include "FloatArray.h"
#include "Pooling.h"
#include "Tokenizer.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace el {

// Arithmetic of the encoder's linear layers (the rest stays float32).
enum class Precision
{
    Float32, // exact to the reference
    Int8,    // dynamic int8 quantization of the encoder's Linear layers (like torch quantize_dynamic)
};
std::string precisionName(Precision p);                          // "float32", "int8"
std::optional<Precision> precisionFromName(std::string_view name); // also accepts "fp32"
std::vector<Precision> allPrecisions();

struct ModelInfo
{
    std::filesystem::path folder;
    std::string name;            // folder name, or the config's _name_or_path when present
    std::string modelType;       // config.json model_type, e.g. "bert"
    std::string architecture;    // config.json architectures[0] when present, e.g. "BertModel"
    int64_t layers = 0;
    int64_t heads = 0;
    int64_t hiddenSize = 0;
    int64_t intermediateSize = 0;
    int64_t vocabSize = 0;
    int64_t maxPositions = 0;    // max_position_embeddings
    int64_t maxLength = 0;       // effective max sequence length (sentence-transformers max_seq_length)
    int64_t maxInputLength = 0;  // longest input the encoder's positions allow (an explicit maxLength may reach it)
    int64_t parameters = 0;      // encoder parameters actually loaded
    int64_t embeddingDim = 0;    // sentence embedding size after pooling / Dense
    std::string storedDtype;     // dtype of the weights on disk, e.g. "F32"
    int64_t memoryBytes = 0;     // bytes of the float32 weights held in memory
    std::string weightFile;      // file(s) the weights came from
    std::string tokenizerKind;
    std::vector<PoolingMode> declaredPooling; // from 1_Pooling/config.json (concatenated in order)
    bool declaredNormalize = false;            // modules.json contains Normalize
    bool doLowerCase = false;                  // sentence_bert_config.json do_lower_case
    std::vector<std::string> notes;            // what is missing, ignored or defaulted, for the user
    std::vector<std::string> unusedWeights;    // checkpoint tensors the encoder does not use
    double loadSeconds = 0;
    Precision precision = Precision::Float32; // as loaded (LoadOptions::precision)
};

struct LoadOptions
{
    int threads = 0; // intra-op threads for this process; 0 = all cores
    // When the folder's tokenizer cannot be loaded (missing or unsupported files), load the encoder
    // anyway and record the reason in ModelInfo::notes: inspectEncoding() works, while tokenizer(),
    // tokenize(), inspect() and embed() throw el::Error(UnsupportedModel) with that reason. For
    // callers that bring their own token ids (architecture tests, id-level tools); off by default.
    bool tokenizerOptional = false;
    // Int8 quantizes the encoder's linear layers at load (about 2x faster on CPUs with fast int8
    // kernels, embeddings close to but not equal to float32; see bench/RESULTS.md for the drift).
    Precision precision = Precision::Float32;
};

// Full forward output for one input, for the inspectors.
struct Inspection
{
    Encoding encoding;
    FloatArray hiddenStates; // [layers + 1, tokens, hidden] (embedding output first)
    FloatArray attentions;   // [layers, heads, tokens, tokens] softmax probabilities (empty if not asked)
};

// Progress callback: done, total; return false to cancel (embed then throws ErrorCode::Cancelled).
using ProgressFn = std::function<bool(int64_t done, int64_t total)>;

struct EmbedOptions
{
    std::optional<PoolingMode> pooling; // empty: the model's declared pooling (all declared modes)
    std::optional<bool> normalize;      // empty: as declared by modules.json
    int64_t maxLength = 0;              // 0: the model's max length; explicit values up to info().maxInputLength
    int64_t batchSize = 32;
    ProgressFn progress;
};

class Model
{
public:
    virtual ~Model() = default;

    // Load a Hugging Face / sentence-transformers folder. Throws el::Error with a clear message
    // (missing folder, no weights, corrupt file, unknown model_type listing the supported ones...).
    static std::unique_ptr<Model> load(const std::filesystem::path& dir, const LoadOptions& options = {});

    virtual const ModelInfo& info() const = 0;
    virtual const Tokenizer& tokenizer() const = 0;

    // Tokenize like sentence-transformers does before its forward pass: strip, optional lowercase,
    // special tokens, truncation to maxLength (0 = the model's max length).
    virtual Encoding tokenize(std::string_view text, std::optional<std::string_view> pair = std::nullopt,
                              int64_t maxLength = 0) const = 0;

    // One forward pass returning every hidden state, and every attention when withAttentions.
    virtual Inspection inspect(std::string_view text, std::optional<std::string_view> pair = std::nullopt,
                               bool withAttentions = true, int64_t maxLength = 0) const = 0;

    // The same forward pass on given token ids: encoding.ids (and encoding.typeIds, zeros when empty
    // or when the model has no token types). Tokens, offsets and the other fields are copied to the
    // result unchanged. Throws el::Error(InvalidInput) for an empty encoding, mismatched typeIds
    // length, ids outside the vocabulary or a sequence longer than the model's positions.
    virtual Inspection inspectEncoding(const Encoding& encoding, bool withAttentions = true) const = 0;

    // Sentence embeddings [texts, dim] in input order, batched by length like sentence-transformers.
    virtual FloatArray embed(const std::vector<std::string>& texts, const EmbedOptions& options = {}) const = 0;
};

// Names of the model_type values the registry can build, e.g. {"bert"}.
std::vector<std::string> supportedModelTypes();

} // namespace el
