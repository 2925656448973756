#include "CliApp.h"

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "Paths.h"
#include "Runtime.h"
#include "io/TextTable.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

namespace fs = std::filesystem;
using nlohmann::json;

namespace elcli {

namespace {

struct CommonOptions
{
    std::string model;
    int threads = 0;
    int64_t maxLength = 0;
    bool verbose = false;
    std::string precision = "float32";
};

void addPrecision(CLI::App* cmd, CommonOptions& o)
{
    std::vector<std::string> names;
    for (auto p : el::allPrecisions()) names.push_back(el::precisionName(p));
    names.push_back("fp32");
    cmd->add_option("--precision", o.precision,
                    "Arithmetic of the encoder's linear layers: float32 (exact, default) or int8 (dynamic "
                    "quantization, faster, embeddings slightly different)")
        ->check(CLI::IsMember(names));
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void addCommon(CLI::App* cmd, CommonOptions& o)
{
    cmd->add_option("--model", o.model, "Model folder (default: the installed all-MiniLM-L6-v2)");
    cmd->add_option("--threads", o.threads, "Intra-op threads (default: all cores)")->check(CLI::NonNegativeNumber);
    cmd->add_option("--max-length", o.maxLength, "Truncate to this many tokens (default: the model's maximum)")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("--verbose,-v", o.verbose, "Log BLAS, timing and truncation details to stderr");
}

std::unique_ptr<el::Model> loadModel(const CommonOptions& o, std::ostream& err)
{
    el::setThreads(o.threads);
    // The matrix-product timing (~0.1 s) is only needed to describe the BLAS or when the library
    // mapped into the process is not a known optimised one.
    el::BlasReport blas = el::checkBlas(o.verbose);
    if (blas.slow)
        err << "encoderlens-cli: warning: " << blas.message << '\n';
    else if (o.verbose)
        err << "encoderlens-cli: " << blas.message << '\n';
    fs::path dir = o.model.empty() ? el::defaultModelDir() : fs::path(o.model);
    if (o.model.empty() && !fs::exists(dir))
        throw el::Error(el::ErrorCode::FileNotFound,
                        "the default model is not installed at " + dir.string() +
                            " (run scripts/setup, or pass --model DIR)",
                        dir.string());
    el::LoadOptions load;
    load.threads = o.threads;
    load.precision = el::precisionFromName(o.precision).value_or(el::Precision::Float32);
    auto model = el::Model::load(dir, load);
    if (o.verbose) {
        const auto& info = model->info();
        err << "encoderlens-cli: loaded " << info.name << " (" << info.modelType << ", " << info.layers
            << " layers, " << el::precisionName(info.precision) << ") in "
            << static_cast<int>(info.loadSeconds * 1000) << " ms\n";
        for (const auto& n : info.notes) err << "encoderlens-cli: note: " << n << '\n';
    }
    return model;
}

std::vector<std::string> readInputTexts(const std::string& input, const std::vector<std::string>& columns)
{
    el::TextTable table = el::readTextTable(input);
    return el::selectTexts(table, columns);
}

// Write through a temporary file so a failed run never leaves a half-written output behind.
template <class Writer> void writeAtomically(const fs::path& out, Writer&& write)
{
    fs::path tmp = out;
    tmp += ".partial";
    try {
        write(tmp);
        fs::rename(tmp, out);
    } catch (...) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw;
    }
}

json encodingJson(const el::Encoding& e)
{
    json j;
    j["ids"] = e.ids;
    j["tokens"] = e.tokens;
    json offs = json::array();
    for (const auto& [s, t] : e.offsets) offs.push_back({s, t});
    j["offsets"] = std::move(offs);
    j["type_ids"] = e.typeIds;
    std::vector<int> special(e.specialTokensMask.begin(), e.specialTokensMask.end());
    j["special_tokens_mask"] = special;
    if (e.truncated) {
        j["truncated"] = true;
        j["dropped_tokens"] = e.droppedTokens;
    }
    return j;
}

std::string dumpJson(const json& j, int indent = -1)
{
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

void checkOutputDir(const fs::path& out)
{
    fs::path parent = out.parent_path();
    if (!parent.empty() && !fs::is_directory(parent))
        throw el::Error(el::ErrorCode::FileNotFound, "output folder does not exist: " + parent.string(),
                        parent.string());
}

int cmdEmbed(const CommonOptions& o, const std::string& input, const std::vector<std::string>& columns,
             const std::string& pooling, std::optional<bool> normalize, int64_t batchSize, const std::string& output,
             std::ostream& err)
{
    el::EmbedOptions opts;
    if (!pooling.empty()) {
        opts.pooling = el::poolingFromName(pooling);
        if (!opts.pooling) {
            std::string names;
            for (auto m : el::allPoolingModes()) names += (names.empty() ? "" : ", ") + el::poolingName(m);
            throw el::Error(el::ErrorCode::InvalidInput, "unknown pooling '" + pooling + "' (choose one of: " + names + ")");
        }
    }
    opts.normalize = normalize;
    opts.maxLength = o.maxLength;
    opts.batchSize = batchSize;
    checkOutputDir(output);
    auto texts = readInputTexts(input, columns);
    auto model = loadModel(o, err);
    auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds();
    el::FloatArray emb = model->embed(texts, opts);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = cpuSeconds() - cpu0;
    writeAtomically(output, [&](const fs::path& p) { el::writeNpy(p, emb); });
    if (o.verbose)
        err << "encoderlens-cli: embedded " << texts.size() << " texts in " << secs << " s ("
            << (secs > 0 ? texts.size() / secs : 0) << " texts/s, " << cpu << " s of CPU), shape ["
            << emb.shape.at(0) << ", " << emb.shape.at(1) << "]\n";
    return 0;
}

int cmdTokenize(const CommonOptions& o, const std::string& input, const std::vector<std::string>& columns,
                const std::string& output, std::ostream& err)
{
    checkOutputDir(output);
    auto texts = readInputTexts(input, columns);
    auto model = loadModel(o, err);
    int64_t truncated = 0;
    writeAtomically(output, [&](const fs::path& p) {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        if (!out) throw el::Error(el::ErrorCode::FileUnreadable, "cannot write " + p.string(), p.string());
        for (const auto& t : texts) {
            el::Encoding e = model->tokenize(t, std::nullopt, o.maxLength);
            truncated += e.truncated ? 1 : 0;
            out << dumpJson(encodingJson(e)) << '\n';
        }
        if (!out) throw el::Error(el::ErrorCode::FileUnreadable, "failed writing " + p.string(), p.string());
    });
    if (truncated > 0)
        err << "encoderlens-cli: warning: " << truncated << " of " << texts.size()
            << " texts were truncated to the model's maximum length\n";
    return 0;
}

int cmdInspect(const CommonOptions& o, const std::string& text, const std::optional<std::string>& pair,
               bool noAttentions, const std::string& output, std::ostream& err)
{
    fs::path dir(output);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir))
        throw el::Error(el::ErrorCode::FileUnreadable, "cannot create output folder " + dir.string(), dir.string());
    auto model = loadModel(o, err);
    std::optional<std::string_view> pairView;
    if (pair) pairView = *pair;
    el::Inspection r = model->inspect(text, pairView, !noAttentions, o.maxLength);
    if (r.encoding.truncated)
        err << "encoderlens-cli: warning: the input was truncated to " << r.encoding.size() << " tokens ("
            << r.encoding.droppedTokens << " dropped)\n";
    writeAtomically(dir / "hidden_states.npy", [&](const fs::path& p) { el::writeNpy(p, r.hiddenStates); });
    if (!noAttentions)
        writeAtomically(dir / "attentions.npy", [&](const fs::path& p) { el::writeNpy(p, r.attentions); });
    json j = encodingJson(r.encoding);
    j["text"] = text;
    j["text_pair"] = pair ? json(*pair) : json(nullptr);
    const auto& info = model->info();
    j["model"] = {{"name", info.name}, {"model_type", info.modelType}, {"layers", info.layers},
                  {"heads", info.heads}, {"hidden_size", info.hiddenSize}};
    writeAtomically(dir / "tokens.json", [&](const fs::path& p) {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out << dumpJson(j, 1) << '\n';
        if (!out) throw el::Error(el::ErrorCode::FileUnreadable, "failed writing " + p.string(), p.string());
    });
    return 0;
}

int cmdInfo(const CommonOptions& o, std::ostream& out, std::ostream& err)
{
    auto model = loadModel(o, err);
    const auto& i = model->info();
    std::vector<std::string> pooling;
    for (auto m : i.declaredPooling) pooling.push_back(el::poolingName(m));
    json j = {{"name", i.name}, {"folder", i.folder.string()}, {"model_type", i.modelType},
              {"architecture", i.architecture}, {"layers", i.layers}, {"heads", i.heads},
              {"hidden_size", i.hiddenSize}, {"intermediate_size", i.intermediateSize},
              {"vocab_size", i.vocabSize}, {"max_position_embeddings", i.maxPositions},
              {"max_length", i.maxLength}, {"parameters", i.parameters}, {"embedding_dim", i.embeddingDim},
              {"stored_dtype", i.storedDtype}, {"memory_bytes", i.memoryBytes}, {"weight_file", i.weightFile},
              {"tokenizer", i.tokenizerKind}, {"declared_pooling", pooling},
              {"normalize", i.declaredNormalize}, {"notes", i.notes}, {"unused_weights", i.unusedWeights},
              {"load_seconds", i.loadSeconds}, {"precision", el::precisionName(i.precision)}};
    out << dumpJson(j, 2) << '\n';
    return 0;
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    CLI::App app{"EncoderLens command-line tool: embed, tokenize and inspect text with a local encoder model",
                 "encoderlens-cli"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "encoderlens-cli 0.1.0");

    CommonOptions common;
    std::string input, output, pooling, text;
    std::vector<std::string> columns;
    std::optional<std::string> pair;
    bool normalizeFlag = false, noNormalizeFlag = false, noAttentions = false;
    int64_t batchSize = 32;

    auto* embed = app.add_subcommand("embed", "Sentence embeddings of every text of a file, to a float32 .npy [texts, dim]");
    addCommon(embed, common);
    embed->add_option("--input", input, "Input .txt (one text per line) or .tsv/.csv with a header row")->required();
    embed->add_option("--column", columns,
                      "Column to read from a .tsv/.csv; repeat to read several columns, row by row, as separate texts");
    embed->add_option("--pooling", pooling, "cls, max, mean, mean_sqrt_len, weightedmean or lasttoken (default: the model's)");
    auto* nf = embed->add_flag("--normalize", normalizeFlag, "L2-normalise the embeddings");
    auto* nnf = embed->add_flag("--no-normalize", noNormalizeFlag, "Do not L2-normalise (default: as the model declares)");
    nf->excludes(nnf);
    embed->add_option("--batch-size", batchSize, "Texts per forward pass (default 32)")->check(CLI::Range(1, 4096));
    embed->add_option("--output", output, "Output .npy file")->required();
    addPrecision(embed, common);

    auto* tokenize = app.add_subcommand("tokenize", "Token ids, pieces, offsets and masks of every text, to JSON lines");
    addCommon(tokenize, common);
    tokenize->add_option("--input", input, "Input .txt/.tsv/.csv")->required();
    tokenize->add_option("--column", columns, "Column(s) of a .tsv/.csv");
    tokenize->add_option("--output", output, "Output .jsonl file")->required();

    auto* inspect = app.add_subcommand("inspect", "Hidden states and attentions of one text (or pair) to a folder");
    addCommon(inspect, common);
    inspect->add_option("--text", text, "The text")->required();
    inspect->add_option("--text-pair", pair, "Second segment (B) of a sentence pair");
    inspect->add_flag("--no-attentions", noAttentions, "Skip attentions.npy");
    inspect->add_option("--output", output, "Output folder (created if missing)")->required();
    addPrecision(inspect, common);

    auto* info = app.add_subcommand("info", "Print the model card as JSON");
    addCommon(info, common);
    addPrecision(info, common);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        if (auto* sub = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front()) (void)sub;
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::Success& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        err << "encoderlens-cli: error: " << e.what() << " (see --help)\n";
        return 2;
    }

    try {
        if (embed->parsed()) {
            std::optional<bool> normalize;
            if (normalizeFlag) normalize = true;
            if (noNormalizeFlag) normalize = false;
            return cmdEmbed(common, input, columns, pooling, normalize, batchSize, output, err);
        }
        if (tokenize->parsed()) return cmdTokenize(common, input, columns, output, err);
        if (inspect->parsed()) return cmdInspect(common, text, pair, noAttentions, output, err);
        if (info->parsed()) return cmdInfo(common, out, err);
    } catch (const el::Error& e) {
        err << "encoderlens-cli: error: " << e.describe() << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "encoderlens-cli: error: " << e.what() << '\n';
        return 1;
    }
    return 2;
}

} // namespace elcli
