#include "ModelImpl.h"

#include "Error.h"
#include "Runtime.h"
#include "config/JsonFile.h"
#include "model/PythonText.h"
#include "nn/DenseStage.h"
#include "nn/EncoderRegistry.h"
#include "nn/LayerNormStage.h"
#include "nn/Linear.h"
#include "nn/NormalizeStage.h"
#include "nn/SecondCore.h"
#include "weights/WeightStore.h"

#include <c10/core/InferenceMode.h>
#include <c10/util/Exception.h>
#include <omp.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <atomic>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <numeric>
#include <optional>
#include <system_error>
#include <thread>

namespace el {

namespace {

// What the user calls the model: the folder's name ("all-MiniLM-L6-v2"); for a Hugging Face cache
// snapshot (.../models--org--name/snapshots/<40 hex>) the repository id "org/name"; _name_or_path
// only when the folder has no usable name (it often names the base checkpoint, not this one).
std::string displayName(const std::filesystem::path& dir, const std::string& nameOrPath)
{
    auto path = std::filesystem::absolute(dir).lexically_normal();
    if (!path.has_filename()) path = path.parent_path();
    const std::string folder = path.filename().string();
    const bool commitHash =
        folder.size() == 40 && std::all_of(folder.begin(), folder.end(), [](char c) { return std::isxdigit(uint8_t(c)); });
    if (commitHash && path.parent_path().filename() == "snapshots") {
        std::string repo = path.parent_path().parent_path().filename().string();
        if (repo.rfind("models--", 0) == 0) {
            repo = repo.substr(8);
            const auto sep = repo.find("--");
            if (sep != std::string::npos) repo.replace(sep, 2, "/");
            return repo;
        }
    }
    if (folder.empty() || folder == "." || folder == "/") return nameOrPath.empty() ? path.string() : nameOrPath;
    return folder;
}

FloatArray toFloatArray(const at::Tensor& t)
{
    at::Tensor c = t.to(at::kFloat).contiguous();
    FloatArray out(std::vector<int64_t>(c.sizes().begin(), c.sizes().end()));
    if (c.numel() > 0) std::memcpy(out.data.data(), c.data_ptr<float>(), size_t(c.numel()) * sizeof(float));
    return out;
}

// LibTorch reports its own failures as c10::Error; nothing of that type leaves the facade.
template <typename F>
auto guarded(const char* what, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Internal, std::string(what) + ": LibTorch error: " + e.what_without_backtrace());
    } catch (const std::bad_alloc&) {
        throw Error(ErrorCode::Internal, std::string(what) + ": out of memory");
    }
}

// tokenizer_config.json model_max_length; transformers writes a huge float (1e30) for "no limit".
std::optional<int64_t> tokenizerModelMaxLength(const std::filesystem::path& dir)
{
    std::error_code ec;
    const auto p = dir / "tokenizer_config.json";
    if (!std::filesystem::exists(p, ec)) return std::nullopt;
    const JsonFile j = JsonFile::read(p);
    if (!j.json().is_object()) return std::nullopt;
    auto it = j.json().find("model_max_length");
    if (it == j.json().end() || !it->is_number()) return std::nullopt;
    const double v = it->get<double>();
    if (!(v > 0) || v > 1e15) return std::nullopt;
    return int64_t(v);
}

std::string stageName(StModuleKind k)
{
    switch (k) {
    case StModuleKind::Transformer: return "Transformer";
    case StModuleKind::Pooling: return "Pooling";
    case StModuleKind::Dense: return "Dense";
    case StModuleKind::Normalize: return "Normalize";
    case StModuleKind::Dropout: return "Dropout";
    case StModuleKind::LayerNorm: return "LayerNorm";
    }
    return "?";
}

} // namespace

std::unique_ptr<ModelImpl> ModelImpl::load(const std::filesystem::path& dir, const LoadOptions& options)
{
    return guarded("loading the model", [&] {
        const auto start = std::chrono::steady_clock::now();
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec))
            throw Error(ErrorCode::FileNotFound, "model folder not found: " + dir.string(), dir.string());
        setThreads(options.threads);
        keepFreedTensorMemory();

        std::unique_ptr<ModelImpl> m(new ModelImpl());
        const SentenceTransformerConfig st = SentenceTransformerConfig::load(dir);
        m->m_config = ModelConfig::load(st.transformerDir);
        // Resolve the architecture first: an unknown model_type is the clearest error to give.
        const EncoderArchitecture& arch = EncoderRegistry::find(m->m_config);
        try {
            m->m_tokenizer = Tokenizer::load(st.transformerDir);
        } catch (const Error& e) {
            if (!options.tokenizerOptional) throw;
            // Callers bringing their own ids (inspectEncoding) can still use the encoder.
            m->m_tokenizerError = e.what();
            m->m_info.notes.push_back("tokenizer not loaded: " + m->m_tokenizerError);
        }

        auto weights = WeightStore::openFolder(st.transformerDir, arch.basePrefix);
        {
            // The encoder's Linear layers take the requested precision; the modules after pooling
            // (Dense) stay float32.
            LinearPrecisionScope precision(options.precision == Precision::Int8 ? LinearPrecision::Int8
                                                                                 : LinearPrecision::Float32);
            m->m_encoder = arch.create(m->m_config, *weights);
        }
        m->m_info.precision = options.precision;
        ModelInfo& info = m->m_info;
        info.unusedWeights = weights->unusedNames();
        info.parameters = weights->usedParameters();
        info.storedDtype = weights->usedDtypes();
        info.weightFile = weights->fileDescription();
        weights->closeFiles();

        m->m_doLowerCase = st.doLowerCase;
        m->m_padId = (m->m_config.padTokenId >= 0 && m->m_config.padTokenId < m->m_config.vocabSize)
                         ? m->m_config.padTokenId
                         : 0;
        info.notes.insert(info.notes.end(), st.notes.begin(), st.notes.end());
        m->loadModules(st);
        m->computeMaxLength(st, st.transformerDir);

        info.folder = dir;
        info.name = displayName(dir, m->m_config.nameOrPath);
        info.modelType = m->m_config.modelType;
        info.architecture = m->m_config.architectures.empty() ? std::string() : m->m_config.architectures[0];
        info.layers = m->m_encoder->numLayers();
        info.heads = m->m_encoder->numHeads();
        info.hiddenSize = m->m_encoder->hiddenSize();
        info.intermediateSize = m->m_config.intermediateSize;
        info.vocabSize = m->m_config.vocabSize;
        info.maxPositions = m->m_config.maxPositionEmbeddings;
        info.maxLength = m->m_maxLength;
        info.maxInputLength = m->m_encoder->maxSequenceLength();
        for (const auto& s : m->m_stages) info.parameters += s->parameters();
        info.memoryBytes = info.parameters * int64_t(sizeof(float));
        info.tokenizerKind = m->m_tokenizer ? m->m_tokenizer->kind() : std::string("none (not loaded)");
        info.declaredPooling = m->m_declaredPooling;
        info.doLowerCase = st.doLowerCase;
        info.embeddingDim = m->m_declaredPooling.empty() ? info.hiddenSize : m->outputDim(m->m_declaredPooling, {});
        if (!info.storedDtype.empty() && info.storedDtype != "F32")
            info.notes.push_back("weights are stored as " + info.storedDtype + " and computed in float32");
        if (!info.unusedWeights.empty())
            info.notes.push_back(std::to_string(info.unusedWeights.size()) +
                                 " checkpoint tensor(s) are not used by the encoder, e.g. " +
                                 info.unusedWeights.front());
        info.loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return m;
    });
}

void ModelImpl::loadModules(const SentenceTransformerConfig& st)
{
    bool pooled = false;
    for (size_t i = 1; i < st.modules.size(); ++i) {
        const StModule& mod = st.modules[i];
        if (mod.kind == StModuleKind::Dropout) continue; // identity at inference
        if (mod.kind == StModuleKind::Pooling) {
            if (pooled)
                throw Error(ErrorCode::UnsupportedModel, "modules.json has more than one Pooling module");
            pooled = true;
            if (!st.hasModulesJson) {
                m_declaredPooling = {PoolingMode::Mean};
                continue;
            }
            const PoolingConfig pc = PoolingConfig::load(mod.dir / "config.json");
            m_declaredPooling = pc.modes;
            if (pc.wordEmbeddingDimension != 0 && pc.wordEmbeddingDimension != m_encoder->hiddenSize())
                m_info.notes.push_back("the Pooling config declares word_embedding_dimension " +
                                       std::to_string(pc.wordEmbeddingDimension) + " but the encoder has " +
                                       std::to_string(m_encoder->hiddenSize()));
            if (!pc.includePrompt) m_info.notes.push_back("include_prompt=false has no effect (prompts are not applied)");
            continue;
        }
        if (!pooled)
            throw Error(ErrorCode::UnsupportedModel,
                        "modules.json applies " + stageName(mod.kind) +
                            " to token embeddings before any Pooling module; this is not supported");
        switch (mod.kind) {
        case StModuleKind::Dense: m_stages.push_back(DenseStage::load(mod.dir)); break;
        case StModuleKind::LayerNorm: m_stages.push_back(LayerNormStage::load(mod.dir)); break;
        case StModuleKind::Normalize:
            m_stages.push_back(std::make_unique<NormalizeStage>());
            m_info.declaredNormalize = true;
            break;
        default: break;
        }
    }
    if (!pooled) m_info.notes.push_back("modules.json has no Pooling module: choose a pooling mode to embed");
}

void ModelImpl::computeMaxLength(const SentenceTransformerConfig& st, const std::filesystem::path& transformerDir)
{
    const int64_t positions = m_encoder->maxSequenceLength();
    if (st.maxSeqLength) {
        m_maxLength = *st.maxSeqLength;
        if (m_maxLength > positions) {
            m_info.notes.push_back("max_seq_length " + std::to_string(m_maxLength) + " exceeds the " +
                                   std::to_string(positions) + " positions of the model; using " +
                                   std::to_string(positions));
            m_maxLength = positions;
        }
        return;
    }
    // sentence-transformers Transformer: min(max_position_embeddings, tokenizer model_max_length).
    m_maxLength = positions;
    if (auto tokMax = tokenizerModelMaxLength(transformerDir)) m_maxLength = std::min(m_maxLength, *tokMax);
    m_info.notes.push_back("no max_seq_length in sentence_bert_config.json: using " + std::to_string(m_maxLength));
}

int64_t ModelImpl::effectiveMaxLength(int64_t requested) const
{
    // An explicit length may go past sentence-transformers' max_seq_length up to what the encoder's
    // position table allows (the inspectors show 512-token inputs of a model declared with 256).
    return requested <= 0 ? m_maxLength : std::min(requested, m_encoder->maxSequenceLength());
}

const Tokenizer& ModelImpl::requireTokenizer() const
{
    if (!m_tokenizer)
        throw Error(ErrorCode::UnsupportedModel, "this model was loaded without a tokenizer: " + m_tokenizerError,
                    m_info.folder.string());
    return *m_tokenizer;
}

const Tokenizer& ModelImpl::tokenizer() const
{
    return requireTokenizer();
}

Encoding ModelImpl::tokenize(std::string_view text, std::optional<std::string_view> pair, int64_t maxLength) const
{
    // sentence-transformers models/Transformer.py tokenize(): strip, optional lower, then the
    // tokenizer with truncation="longest_first" and max_length=max_seq_length.
    std::string a = pythonStrip(text);
    std::optional<std::string> b;
    if (pair) b = pythonStrip(*pair);
    if (m_doLowerCase) {
        a = pythonLower(a);
        if (b) b = pythonLower(*b);
    }
    TruncationOptions trunc;
    trunc.maxLength = effectiveMaxLength(maxLength);
    std::optional<std::string_view> bView;
    if (b) bView = *b;
    return tokenizer().encode(a, bView, trunc);
}


ModelImpl::PaddedBatch ModelImpl::pad(const std::vector<Encoding>& batch) const
{
    const int64_t rows = int64_t(batch.size());
    int64_t length = 0;
    for (const auto& e : batch) length = std::max(length, int64_t(e.size()));
    if (rows == 0 || length == 0) throw Error(ErrorCode::InvalidInput, "the input produced no tokens");
    const auto longOpts = at::TensorOptions().dtype(at::kLong);
    PaddedBatch p{at::full({rows, length}, m_padId, longOpts), at::zeros({rows, length}, longOpts),
                  at::zeros({rows, length}, longOpts)};
    auto ids = p.ids.accessor<int64_t, 2>();
    auto types = p.typeIds.accessor<int64_t, 2>();
    auto mask = p.mask.accessor<int64_t, 2>();
    for (int64_t r = 0; r < rows; ++r) {
        const Encoding& e = batch[size_t(r)];
        for (size_t t = 0; t < e.size(); ++t) {
            ids[r][int64_t(t)] = e.ids[t];
            types[r][int64_t(t)] = t < e.typeIds.size() ? e.typeIds[t] : 0;
            mask[r][int64_t(t)] = 1;
        }
    }
    return p;
}

namespace {
// A forward pass of at most this many (padded) tokens runs LibTorch's operations on one thread:
// each of its ~180 operations would otherwise pay a thread wake-up that products of a few dozen
// rows cannot pay back. Its linear layers still use a second core, through SecondCore.
constexpr int64_t kSingleThreadTokens = 64;
// With exactly two threads, longer inputs run that way too. Measured with bench_latency on the
// 2-core machine (MiniLM, OMP_WAIT_POLICY=passive): 128 tokens p50 57 ms vs 86 ms with LibTorch's
// two threads, 512 tokens 246 vs 311 ms; with the default wait policy the two are even. With more
// cores, long inputs use LibTorch's threads, which SecondCore's one helper cannot replace.
constexpr int kSecondCoreOnlyThreads = 2;

// LibTorch's intra-op parallel_for, the BLAS and oneDNN all size their teams from the calling
// thread's omp_get_max_threads(). Setting only that (not at::set_num_threads, which also rebuilds
// the process-wide pthreadpool, whose fresh threads spin on the other core for milliseconds)
// keeps this thread's operations on it.
class SingleThreadScope
{
public:
    explicit SingleThreadScope(bool active) : m_saved(active ? at::get_num_threads() : 1)
    {
        if (m_saved > 1) omp_set_num_threads(1);
    }
    ~SingleThreadScope()
    {
        if (m_saved > 1) omp_set_num_threads(m_saved);
    }
    SingleThreadScope(const SingleThreadScope&) = delete;
    SingleThreadScope& operator=(const SingleThreadScope&) = delete;

private:
    int m_saved;
};
} // namespace

EncoderOutput ModelImpl::forward(const PaddedBatch& batch, bool wantHidden, bool wantAttentions) const
{
    // Models without token types (type_vocab_size 0) are not given any.
    const at::Tensor types = m_encoder->typeVocabSize() > 0 ? batch.typeIds : at::Tensor();
    const int threads = at::get_num_threads();
    const bool oneThread = batch.ids.numel() <= kSingleThreadTokens || threads == kSecondCoreOnlyThreads;
    SecondCoreScope twoCores(oneThread && threads >= 2);
    SingleThreadScope single(oneThread);
    return m_encoder->forward(batch.ids, types, batch.mask, wantHidden, wantAttentions);
}

Inspection ModelImpl::inspectPadded(Encoding encoding, bool withAttentions) const
{
    c10::InferenceMode guard;
    Inspection out;
    out.encoding = std::move(encoding);
    EncoderOutput o = forward(pad({out.encoding}), true, withAttentions);
    out.hiddenStates = toFloatArray(at::stack(o.hiddenStates, 0).select(1, 0));
    if (withAttentions) out.attentions = toFloatArray(at::stack(o.attentions, 0).select(1, 0));
    return out;
}

Inspection ModelImpl::inspect(std::string_view text, std::optional<std::string_view> pair, bool withAttentions,
                              int64_t maxLength) const
{
    return guarded("inspect", [&] { return inspectPadded(tokenize(text, pair, maxLength), withAttentions); });
}

Inspection ModelImpl::inspectEncoding(const Encoding& encoding, bool withAttentions) const
{
    return guarded("inspect", [&] {
        if (encoding.ids.empty()) throw Error(ErrorCode::InvalidInput, "the encoding has no token ids");
        if (!encoding.typeIds.empty() && encoding.typeIds.size() != encoding.ids.size())
            throw Error(ErrorCode::InvalidInput, "the encoding has " + std::to_string(encoding.ids.size()) +
                                                     " ids but " + std::to_string(encoding.typeIds.size()) +
                                                     " type ids");
        if (int64_t(encoding.ids.size()) > m_encoder->maxSequenceLength())
            throw Error(ErrorCode::InvalidInput, "the encoding has " + std::to_string(encoding.ids.size()) +
                                                     " tokens; the model has " +
                                                     std::to_string(m_encoder->maxSequenceLength()) + " positions");
        for (int64_t id : encoding.ids)
            if (id < 0 || id >= m_config.vocabSize)
                throw Error(ErrorCode::InvalidInput, "token id " + std::to_string(id) +
                                                         " is outside the vocabulary (size " +
                                                         std::to_string(m_config.vocabSize) + ")");
        Encoding e = encoding;
        // pad() reads typeIds only where present; zeros otherwise (and for models without types).
        return inspectPadded(std::move(e), withAttentions);
    });
}

int64_t ModelImpl::outputDim(const std::vector<PoolingMode>& modes, std::optional<bool> normalize) const
{
    int64_t dim = m_encoder->hiddenSize() * int64_t(modes.size());
    for (const auto& s : m_stages)
        if (!(s->isNormalize() && normalize.has_value())) dim = s->outputDim(dim);
    return dim;
}

at::Tensor ModelImpl::sentenceEmbedding(const at::Tensor& tokens, const at::Tensor& mask,
                                        const std::vector<PoolingMode>& modes, std::optional<bool> normalize) const
{
    at::Tensor x = SentencePooling(modes)(tokens, mask);
    // A normalize override replaces the declared Normalize module(s) with one at the end (or none).
    for (const auto& s : m_stages)
        if (!(s->isNormalize() && normalize.has_value())) x = (*s)(x);
    if (normalize.value_or(false)) x = NormalizeStage()(x);
    return x;
}

namespace {

// One batch of an embed() call: its encodings and the rows of the output they fill.
struct PendingBatch
{
    std::vector<Encoding> encodings;
    std::vector<size_t> rows;
};

// The batches of an embed() call, produced a chunk at a time by whichever worker finds none ready.
// SentenceTransformer.encode order: longest texts (in characters) first. Each chunk of tokenized
// texts is re-sorted by token count so that a batch pads to as little as possible (characters only
// approximate tokens). A text's embedding does not depend on its batch neighbours beyond float
// rounding of padded positions, which the mask excludes. The chunk bounds the memory of pending
// encodings; batch composition does not depend on how many workers run.
class BatchQueue
{
public:
    using TokenizeFn = std::function<Encoding(const std::string&)>;

    BatchQueue(const std::vector<std::string>& texts, int64_t batchSize, TokenizeFn tokenize)
        : m_texts(texts), m_batchSize(batchSize), m_tokenize(std::move(tokenize)), m_order(texts.size())
    {
        std::iota(m_order.begin(), m_order.end(), size_t{0});
        std::vector<size_t> lengths(texts.size());
        for (size_t i = 0; i < texts.size(); ++i) lengths[i] = pythonLength(texts[i]);
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](size_t a, size_t b) { return lengths[a] > lengths[b]; });
    }

    // The next batch in order, or nothing when all are taken. Thread-safe; one caller at a time
    // tokenizes (the others keep computing batches already taken).
    std::optional<PendingBatch> next()
    {
        std::lock_guard lock(m_mutex);
        if (m_ready.empty()) fillChunk();
        if (m_ready.empty()) return std::nullopt;
        PendingBatch b = std::move(m_ready.front());
        m_ready.pop_front();
        return b;
    }

private:
    void fillChunk()
    {
        const size_t chunkSize = size_t(m_batchSize) * 16;
        const size_t begin = m_nextText, end = std::min(m_texts.size(), begin + chunkSize);
        if (begin >= end) return;
        m_nextText = end;
        std::vector<Encoding> encodings(end - begin);
        for (size_t i = begin; i < end; ++i) encodings[i - begin] = m_tokenize(m_texts[m_order[i]]);
        std::vector<size_t> byTokens(encodings.size());
        std::iota(byTokens.begin(), byTokens.end(), size_t{0});
        std::stable_sort(byTokens.begin(), byTokens.end(),
                         [&](size_t a, size_t b) { return encodings[a].size() > encodings[b].size(); });
        for (size_t b = 0; b < byTokens.size(); b += size_t(m_batchSize)) {
            PendingBatch batch;
            for (size_t i = b; i < std::min(byTokens.size(), b + size_t(m_batchSize)); ++i) {
                batch.encodings.push_back(std::move(encodings[byTokens[i]]));
                batch.rows.push_back(m_order[begin + byTokens[i]]);
            }
            m_ready.push_back(std::move(batch));
        }
    }

    const std::vector<std::string>& m_texts;
    const int64_t m_batchSize;
    const TokenizeFn m_tokenize;
    std::vector<size_t> m_order;
    std::mutex m_mutex;
    size_t m_nextText = 0;
    std::deque<PendingBatch> m_ready;
};

} // namespace

FloatArray ModelImpl::embed(const std::vector<std::string>& texts, const EmbedOptions& options) const
{
    return guarded("embed", [&] {
        c10::InferenceMode guard;
        const std::vector<PoolingMode> modes =
            options.pooling ? std::vector<PoolingMode>{*options.pooling} : m_declaredPooling;
        if (modes.empty())
            throw Error(ErrorCode::InvalidInput, "the model declares no pooling; choose a pooling mode");
        if (options.batchSize <= 0) throw Error(ErrorCode::InvalidInput, "batch size must be positive");
        const int64_t dim = outputDim(modes, options.normalize);
        const int64_t total = int64_t(texts.size());
        FloatArray out({total, dim});
        if (total == 0) return out;

        BatchQueue queue(texts, options.batchSize,
                         [&](const std::string& t) { return tokenize(t, std::nullopt, options.maxLength); });
        std::atomic<int64_t> done{0};
        std::atomic<bool> stop{false};
        auto runBatch = [&](const PendingBatch& b) {
            const PaddedBatch padded = pad(b.encodings);
            EncoderOutput o = forward(padded, false, false);
            at::Tensor emb = sentenceEmbedding(o.lastHidden, padded.mask, modes, options.normalize).contiguous();
            const float* src = emb.data_ptr<float>();
            for (size_t r = 0; r < b.rows.size(); ++r)
                std::memcpy(out.row(int64_t(b.rows[r])), src + int64_t(r) * dim, size_t(dim) * sizeof(float));
            return done.fetch_add(int64_t(b.rows.size())) + int64_t(b.rows.size());
        };
        // The caller's thread reports progress (the callback may not be thread-safe) and cancels.
        auto report = [&](int64_t doneNow) {
            if (options.progress && !options.progress(doneNow, total)) {
                stop = true;
                throw Error(ErrorCode::Cancelled, "embedding cancelled after " + std::to_string(doneNow) + " of " +
                                                      std::to_string(total) + " texts");
            }
        };

        // With several threads and several batches, each thread runs whole batches on its own:
        // one-thread products of a few hundred rows run near the machine's peak, where splitting
        // every product across threads pays a wake-up per operation (measured on 2 cores, STS-B
        // test, MiniLM: 232 sentences/s splitting products, 343 with whole batches per thread).
        const int workers = int(std::min<int64_t>(at::get_num_threads(), (total + options.batchSize - 1) /
                                                                              options.batchSize));
        if (workers <= 1) {
            while (auto b = queue.next()) report(runBatch(*b));
            return out;
        }
        std::mutex errorMutex;
        std::exception_ptr error;
        auto work = [&](bool caller) {
            try {
                c10::InferenceMode threadGuard;
                while (!stop) {
                    auto b = queue.next();
                    if (!b) break;
                    const int64_t doneNow = runBatch(*b);
                    if (caller) report(doneNow);
                }
            } catch (...) {
                stop = true;
                std::lock_guard lock(errorMutex);
                if (!error) error = std::current_exception();
            }
        };
        {
            SingleThreadScope single(true);
            std::vector<std::thread> helpers;
            for (int i = 1; i < workers; ++i) {
                try {
                    helpers.emplace_back([&] {
                        SingleThreadScope single(true); // this thread's products stay on it
                        work(false);
                    });
                } catch (const std::system_error&) {
                    break; // no more threads to be had: the ones running share the batches
                }
            }
            work(true);
            for (auto& t : helpers) t.join();
        }
        if (error) std::rethrow_exception(error);
        if (options.progress) report(done.load());
        return out;
    });
}

} // namespace el
