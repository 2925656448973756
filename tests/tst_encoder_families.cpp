// Every encoder family of the registry against the transformers 4.40.2 / sentence-transformers 2.7
// reference fixtures (tests/fixtures/reference/tiny-*, made by tools/reference/make_family_fixtures.py).
//
// architecture: the forward pass on the fixture's model_ids / model_type_ids (Model::inspectEncoding,
//   model loaded with LoadOptions::tokenizerOptional) — every hidden state and attention within 1e-4.
//   This isolates the encoder maths from the tokenizers.
// pipeline: the full sentence-transformers path (normal Model::load, tokenize, inspect, pooling,
//   embed). A family whose tokenizer cannot be loaded FAILS here.
// Plus: bucket tables of MPNet / DeBERTa against the spec's tables, head checkpoints (base prefix,
// legacy gamma/beta, unused head tensors), the registry's error for an unknown model_type and bad
// ids given to inspectEncoding.

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "Pooling.h"
#include "Runtime.h"
#include "TestSupport.h"
#include "nn/RelativePositionBuckets.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr double kTol = 1e-4;
constexpr double kCosineMin = 0.99999;

const std::vector<std::string>& familySets()
{
    static const std::vector<std::string> sets = {
        "tiny-roberta", "tiny-xlmr",     "tiny-camembert",       "tiny-distilbert",   "tiny-mpnet",
        "tiny-deberta-v3", "tiny-deberta-v2-conv", "tiny-electra", "tiny-albert",     "tiny-bert-sharded",
        "tiny-bert-bin",
    };
    return sets;
}

fs::path setDir(const std::string& set) { return eltest::fixturesDir() / "reference" / set; }

double maxAbs(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size()) return INFINITY;
    double m = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double d = std::fabs(double(a[i]) - double(b[i]));
        if (std::isnan(d)) return INFINITY;
        m = std::max(m, d);
    }
    return m;
}

// Families whose model has no token type embeddings ignore the type ids the tokenizer produces
// (transformers drops them via model_input_names or never looks them up).
bool usesTokenTypes(const fs::path& modelDir)
{
    const json config = json::parse(eltest::readFile(modelDir / "config.json"));
    return config.value("type_vocab_size", 0) > 0;
}

// --- a minimal safetensors rewriter for the head-checkpoint test ---------------------------------

struct RawTensor
{
    std::string dtype;
    std::vector<int64_t> shape;
    std::string bytes;
};

std::map<std::string, RawTensor> readSafetensors(const fs::path& file)
{
    const std::string all = eltest::readFile(file);
    uint64_t headerLen = 0;
    std::memcpy(&headerLen, all.data(), 8);
    const json header = json::parse(all.substr(8, headerLen));
    const size_t base = 8 + headerLen;
    std::map<std::string, RawTensor> out;
    for (const auto& [name, info] : header.items()) {
        if (name == "__metadata__") continue;
        const auto offsets = info["data_offsets"].get<std::vector<size_t>>();
        out[name] = {info["dtype"].get<std::string>(), info["shape"].get<std::vector<int64_t>>(),
                     all.substr(base + offsets[0], offsets[1] - offsets[0])};
    }
    return out;
}

void writeSafetensors(const fs::path& file, const std::map<std::string, RawTensor>& tensors)
{
    json header = json::object();
    std::string data;
    for (const auto& [name, t] : tensors) {
        header[name] = {{"dtype", t.dtype}, {"shape", t.shape}, {"data_offsets", {data.size(), data.size() + t.bytes.size()}}};
        data += t.bytes;
    }
    std::string h = header.dump();
    while (h.size() % 8 != 0) h += ' ';
    const uint64_t len = h.size();
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(&len), 8);
    out << h << data;
}

} // namespace

class TestEncoderFamilies : public QObject
{
    Q_OBJECT

    struct Worst
    {
        double hidden = 0;
        double attention = 0;
        int cases = 0;
    };

    std::map<std::string, json> m_refs;
    std::map<std::string, std::unique_ptr<el::Model>> m_archModels;
    std::map<std::string, std::unique_ptr<el::Model>> m_fullModels;
    std::map<std::string, std::string> m_archErrors;
    std::map<std::string, std::string> m_fullErrors;
    std::map<std::string, Worst> m_worst;

    static std::string errorOf(const std::map<std::string, std::string>& errors, const std::string& set)
    {
        const auto it = errors.find(set);
        return it == errors.end() ? std::string() : it->second;
    }

    fs::path modelDir(const std::string& set) { return setDir(set) / m_refs.at(set)["model_dir"].get<std::string>(); }

    // Loaded once per set; a load error is remembered and reported by every row of that set.
    el::Model* load(const std::string& set, bool full)
    {
        auto& models = full ? m_fullModels : m_archModels;
        auto& errors = full ? m_fullErrors : m_archErrors;
        if (models.count(set)) return models[set].get();
        if (errors.count(set)) return nullptr;
        try {
            el::LoadOptions o;
            o.tokenizerOptional = !full;
            models[set] = el::Model::load(modelDir(set), o);
            return models[set].get();
        } catch (const el::Error& e) {
            errors[set] = std::string(el::errorCodeName(e.code())) + ": " + e.what();
            return nullptr;
        }
    }

    void addCaseRows()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("index");
        for (const std::string& set : familySets())
            for (size_t i = 0; i < m_refs[set]["cases"].size(); ++i)
                QTest::newRow((set + "/" + m_refs[set]["cases"][i]["name"].get<std::string>()).c_str())
                    << QString::fromStdString(set) << int(i);
    }

    static el::Encoding encodingOf(const json& c)
    {
        el::Encoding e;
        e.ids = c["model_ids"].get<std::vector<int64_t>>();
        e.typeIds = c["model_type_ids"].get<std::vector<int64_t>>();
        e.attentionMask.assign(e.ids.size(), 1);
        return e;
    }

    // Compares an inspection with the case's .npy files; returns {hidden diff, attention diff}.
    static std::pair<double, double> compareWithReference(const el::Inspection& ins, const fs::path& dir, const json& c)
    {
        const el::FloatArray refHidden = el::readNpy(dir / c["hidden_states"].get<std::string>());
        const el::FloatArray refAttn = el::readNpy(dir / c["attentions"].get<std::string>());
        if (ins.hiddenStates.shape != refHidden.shape || ins.attentions.shape != refAttn.shape) return {INFINITY, INFINITY};
        return {eltest::maxAbsDiff(ins.hiddenStates, refHidden), eltest::maxAbsDiff(ins.attentions, refAttn)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        el::setThreads(2);
        for (const std::string& set : familySets()) {
            QVERIFY2(fs::exists(setDir(set) / "reference.json"), ("missing fixture " + set).c_str());
            m_refs[set] = json::parse(eltest::readFile(setDir(set) / "reference.json"));
            QVERIFY(!m_refs[set]["cases"].empty());
        }
    }

    void registryListsEveryFamily()
    {
        const auto types = el::supportedModelTypes();
        const std::set<std::string> have(types.begin(), types.end());
        for (const char* t : {"bert", "roberta", "xlm-roberta", "camembert", "distilbert", "mpnet", "electra", "albert",
                              "deberta-v2"})
            QVERIFY2(have.count(t), t);
        for (const std::string& set : familySets())
            QVERIFY2(have.count(m_refs[set]["model_type"].get<std::string>()), set.c_str());
    }

    void unknownModelTypeListsSupported()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path dir = tmp.path().toStdString();
        std::ofstream(dir / "config.json") << R"({"model_type": "gpt2", "hidden_size": 32})";
        try {
            el::Model::load(dir);
            QFAIL("no error for model_type gpt2");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::UnsupportedModel);
            const std::string msg = e.what();
            QVERIFY2(msg.find("'gpt2'") != std::string::npos, msg.c_str());
            for (const std::string& t : el::supportedModelTypes()) QVERIFY2(msg.find(t) != std::string::npos, msg.c_str());
        }
    }

    // MPNetEncoder.relative_position_bucket against the table of encoder-specs.md §2.4.
    void mpnetBucketTable()
    {
        auto expected = [](int64_t a) -> int64_t {
            if (a < 8) return a;
            if (a <= 11) return 8;
            if (a <= 15) return 9;
            if (a <= 22) return 10;
            if (a <= 31) return 11;
            if (a <= 45) return 12;
            if (a <= 63) return 13;
            if (a <= 90) return 14;
            return 15;
        };
        std::vector<int64_t> rel;
        for (int64_t a = -600; a <= 600; ++a) rel.push_back(a);
        const std::vector<int64_t> got = el::RelativePositionBuckets::mpnet(rel, 32, 128);
        QCOMPARE(got.size(), rel.size());
        for (size_t i = 0; i < rel.size(); ++i) {
            // relative = key - query; a key to the right (relative > 0) lands in the upper half.
            const int64_t want = expected(std::llabs(rel[i])) + (rel[i] > 0 ? 16 : 0);
            QVERIFY2(got[i] == want, ("relative " + std::to_string(rel[i]) + ": got " + std::to_string(got[i]) +
                                      ", spec " + std::to_string(want)).c_str());
        }
    }

    // make_log_bucket_position against the check values of encoder-specs.md §2.6.4 (256, 512).
    void debertaLogBuckets()
    {
        const std::vector<std::pair<int64_t, int64_t>> check = {
            {128, 128}, {129, 129}, {130, 130}, {131, 131}, {132, 131}, {133, 132}, {140, 137}, {150, 143},
            {160, 149}, {192, 166}, {200, 169}, {256, 192}, {300, 207}, {384, 229}, {400, 233}, {450, 244},
            {500, 254}, {510, 255}, {511, 255}, {512, 256}, {600, 270}, {1000, 317}};
        std::vector<int64_t> rel;
        for (const auto& [r, b] : check) {
            rel.push_back(r);
            rel.push_back(-r);
        }
        for (int64_t r = -127; r <= 127; ++r) rel.push_back(r); // |r| < 128 stays as is
        const std::vector<int64_t> got = el::RelativePositionBuckets::debertaLog(rel, 256, 512);
        QCOMPARE(got.size(), rel.size());
        for (size_t i = 0; i < check.size(); ++i) {
            QVERIFY2(got[2 * i] == check[i].second,
                     ("r " + std::to_string(check[i].first) + " -> " + std::to_string(got[2 * i])).c_str());
            QCOMPARE(got[2 * i + 1], -check[i].second);
        }
        for (size_t i = 2 * check.size(); i < rel.size(); ++i) QCOMPARE(got[i], rel[i]);
        // Odd symmetry over a long range, and the v3 fixture's settings (32 buckets, 128 positions).
        std::vector<int64_t> wide;
        for (int64_t r = -3000; r <= 3000; ++r) wide.push_back(r);
        for (const auto& [bucket, maxPos] : {std::pair<int64_t, int64_t>{256, 512}, {256, 1024}, {32, 128}}) {
            const auto b = el::RelativePositionBuckets::debertaLog(wide, bucket, maxPos);
            for (size_t i = 0; i < wide.size(); ++i) QCOMPARE(b[i], -b[wide.size() - 1 - i]);
        }
        QVERIFY_THROWS_EXCEPTION(el::Error, el::RelativePositionBuckets::debertaLog({1}, 256, 100));
    }

    void architecture_data() { addCaseRows(); }
    void architecture()
    {
        QFETCH(QString, set);
        QFETCH(int, index);
        const std::string s = set.toStdString();
        const json& ref = m_refs[s];
        el::Model* model = load(s, false);
        QVERIFY2(model, ("load failed: " + errorOf(m_archErrors, s)).c_str());
        const el::ModelInfo& info = model->info();
        QCOMPARE(info.modelType, ref["model_type"].get<std::string>());
        QCOMPARE(info.layers, ref["num_layers"].get<int64_t>());
        QCOMPARE(info.heads, ref["num_heads"].get<int64_t>());
        QCOMPARE(info.hiddenSize, ref["hidden_size"].get<int64_t>());

        const json& c = ref["cases"][size_t(index)];
        const el::Inspection ins = model->inspectEncoding(encodingOf(c), true);
        QCOMPARE(ins.encoding.ids, c["model_ids"].get<std::vector<int64_t>>());
        const auto [hidden, attention] = compareWithReference(ins, setDir(s), c);
        qInfo("%s/%s: hidden %.3g  attention %.3g", s.c_str(), c["name"].get<std::string>().c_str(), hidden, attention);
        QVERIFY2(hidden < kTol, ("hidden states max abs diff " + std::to_string(hidden)).c_str());
        QVERIFY2(attention < kTol, ("attentions max abs diff " + std::to_string(attention)).c_str());
        Worst& w = m_worst[s];
        w.hidden = std::max(w.hidden, hidden);
        w.attention = std::max(w.attention, attention);
        ++w.cases;
    }

    void pipeline_data() { addCaseRows(); }
    void pipeline()
    {
        QFETCH(QString, set);
        QFETCH(int, index);
        const std::string s = set.toStdString();
        el::Model* model = load(s, true);
        QVERIFY2(model, ("Model::load failed: " + errorOf(m_fullErrors, s)).c_str());
        const json& c = m_refs[s]["cases"][size_t(index)];
        const std::string text = c["text"].get<std::string>();
        std::optional<std::string> pair;
        if (!c["pair"].is_null()) pair = c["pair"].get<std::string>();
        std::optional<std::string_view> pairView;
        if (pair) pairView = *pair;

        const el::Encoding enc = model->tokenize(text, pairView);
        QCOMPARE(enc.ids, c["model_ids"].get<std::vector<int64_t>>());
        if (usesTokenTypes(modelDir(s))) QCOMPARE(enc.typeIds, c["model_type_ids"].get<std::vector<int64_t>>());

        const el::Inspection ins = model->inspect(text, pairView, true);
        const auto [hidden, attention] = compareWithReference(ins, setDir(s), c);
        QVERIFY2(hidden < kTol && attention < kTol,
                 ("hidden " + std::to_string(hidden) + ", attention " + std::to_string(attention)).c_str());

        // el::pool on our last hidden state against sentence-transformers' Pooling outputs.
        const int64_t layers1 = ins.hiddenStates.dim(0), L = ins.hiddenStates.dim(1), H = ins.hiddenStates.dim(2);
        el::FloatArray last({L, H});
        std::copy(ins.hiddenStates.row(layers1 - 1), ins.hiddenStates.row(layers1 - 1) + L * H, last.data.begin());
        const std::vector<int8_t> mask(size_t(L), 1);
        for (const auto& [name, values] : c["pooled"].items()) {
            const auto mode = el::poolingFromName(name);
            QVERIFY2(mode.has_value(), name.c_str());
            const auto expected = values.get<std::vector<float>>();
            const auto got = el::pool(last, mask, *mode);
            const double diff = maxAbs(got, expected);
            QVERIFY2(diff < kTol && eltest::cosine(got, expected) >= kCosineMin,
                     (name + " max abs diff " + std::to_string(diff)).c_str());
        }
        if (!c["st_embedding"].is_null()) {
            const auto expected = c["st_embedding"].get<std::vector<float>>();
            const el::FloatArray e = model->embed({text});
            const std::vector<float> got(e.data.begin(), e.data.end());
            const double cos = eltest::cosine(got, expected);
            QVERIFY2(cos >= kCosineMin && maxAbs(got, expected) < kTol,
                     ("embedding cosine " + std::to_string(cos)).c_str());
        }
    }

    // All texts of a set in one padded batch: padding-aware positions (RoBERTa, MPNet), the
    // DeBERTa pairwise mask and mask-multiplied embeddings, DistilBERT's masked_fill must leave the
    // real tokens' results unchanged.
    void paddedBatch_data()
    {
        QTest::addColumn<QString>("set");
        for (const std::string& set : familySets()) QTest::newRow(set.c_str()) << QString::fromStdString(set);
    }
    void paddedBatch()
    {
        QFETCH(QString, set);
        const std::string s = set.toStdString();
        el::Model* model = load(s, true);
        QVERIFY2(model, ("Model::load failed: " + errorOf(m_fullErrors, s)).c_str());
        std::vector<std::string> texts;
        std::vector<std::vector<float>> expected;
        for (const auto& c : m_refs[s]["cases"])
            if (!c["st_embedding"].is_null()) {
                texts.push_back(c["text"].get<std::string>());
                expected.push_back(c["st_embedding"].get<std::vector<float>>());
            }
        QVERIFY(texts.size() >= 3);
        const el::FloatArray batch = model->embed(texts);
        QCOMPARE(batch.dim(0), int64_t(texts.size()));
        double worst = 0;
        for (size_t i = 0; i < texts.size(); ++i) {
            const std::vector<float> row(batch.row(int64_t(i)), batch.row(int64_t(i)) + batch.dim(1));
            worst = std::max(worst, maxAbs(row, expected[i]));
            QVERIFY2(eltest::cosine(row, expected[i]) >= kCosineMin, texts[i].c_str());
        }
        qInfo("%s: batch of %zu, max abs diff to the reference embeddings %.3g", s.c_str(), texts.size(), worst);
        QVERIFY2(worst < kTol, std::to_string(worst).c_str());
    }

    // A checkpoint saved from a task head: every key under the family's base_model_prefix, a legacy
    // LayerNorm.gamma / .beta pair and head tensors. The encoder must strip the prefix, map the
    // legacy names, and report (not use, not fail on) the head tensors.
    void headCheckpoint_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("head");
        const std::vector<std::array<const char*, 3>> rows = {
            {"tiny-roberta", "roberta", "lm_head.dense.weight"},
            {"tiny-xlmr", "roberta", "lm_head.bias"},
            {"tiny-camembert", "roberta", "lm_head.bias"},
            {"tiny-distilbert", "distilbert", "vocab_projector.bias"},
            {"tiny-mpnet", "mpnet", "lm_head.bias"},
            {"tiny-deberta-v3", "deberta", "lm_predictions.lm_head.bias"},
            {"tiny-deberta-v2-conv", "deberta", "mask_predictions.classifier.bias"},
            {"tiny-electra", "electra", "discriminator_predictions.dense.bias"},
            {"tiny-albert", "albert", "predictions.bias"},
        };
        for (const auto& [set, prefix, head] : rows) QTest::newRow(set) << set << prefix << head;
    }
    void headCheckpoint()
    {
        QFETCH(QString, set);
        QFETCH(QString, prefix);
        QFETCH(QString, head);
        const std::string s = set.toStdString();
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path dir = tmp.path().toStdString();
        fs::copy_file(modelDir(s) / "config.json", dir / "config.json");

        std::map<std::string, RawTensor> renamed;
        std::vector<std::string> expectedUnused; // sorted: the pooler (never used) and the head
        for (auto& [name, t] : readSafetensors(modelDir(s) / "model.safetensors")) {
            std::string key = name;
            if (key.rfind("pooler.", 0) == 0) expectedUnused.push_back(prefix.toStdString() + "." + key);
            if (key == "embeddings.LayerNorm.weight") key = "embeddings.LayerNorm.gamma";
            if (key == "embeddings.LayerNorm.bias") key = "embeddings.LayerNorm.beta";
            renamed[prefix.toStdString() + "." + key] = t;
        }
        const std::string headName = head.toStdString();
        renamed[headName] = {"F32", {2}, std::string(8, '\0')};
        expectedUnused.push_back(headName);
        std::sort(expectedUnused.begin(), expectedUnused.end());
        writeSafetensors(dir / "model.safetensors", renamed);

        // No tokenizer files in this folder: only the tokenizer-optional load succeeds.
        QVERIFY_THROWS_EXCEPTION(el::Error, el::Model::load(dir));
        el::LoadOptions o;
        o.tokenizerOptional = true;
        std::unique_ptr<el::Model> model;
        try {
            model = el::Model::load(dir, o);
        } catch (const el::Error& e) {
            QFAIL(e.what());
        }
        QCOMPARE(model->info().unusedWeights, expectedUnused);
        try {
            model->tokenize("hello");
            QFAIL("tokenize without a tokenizer did not throw");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::UnsupportedModel);
        }
        QVERIFY_THROWS_EXCEPTION(el::Error, model->tokenizer());
        QVERIFY_THROWS_EXCEPTION(el::Error, model->embed({"hello"}));

        const json& c = m_refs[s]["cases"][0];
        const auto [hidden, attention] = compareWithReference(model->inspectEncoding(encodingOf(c), true), setDir(s), c);
        QVERIFY2(hidden < kTol && attention < kTol,
                 ("hidden " + std::to_string(hidden) + ", attention " + std::to_string(attention)).c_str());
    }

    // Bad ids reach inspectEncoding as el::Error(InvalidInput), never as a LibTorch error or crash.
    void badEncodings_data()
    {
        QTest::addColumn<QString>("set");
        for (const char* set : {"tiny-roberta", "tiny-distilbert", "tiny-mpnet", "tiny-deberta-v3",
                                "tiny-deberta-v2-conv", "tiny-electra", "tiny-albert"})
            QTest::newRow(set) << set;
    }
    void badEncodings()
    {
        QFETCH(QString, set);
        const std::string s = set.toStdString();
        el::Model* model = load(s, false);
        QVERIFY2(model, errorOf(m_archErrors, s).c_str());
        const json config = json::parse(eltest::readFile(modelDir(s) / "config.json"));
        const int64_t vocab = config["vocab_size"].get<int64_t>();
        auto expectInvalid = [&](const el::Encoding& e, const char* what) {
            try {
                model->inspectEncoding(e, true);
                QFAIL((std::string("no error for ") + what).c_str());
            } catch (const el::Error& err) {
                QVERIFY2(err.code() == el::ErrorCode::InvalidInput, (std::string(what) + ": " + err.what()).c_str());
            }
        };
        el::Encoding e;
        expectInvalid(e, "an empty encoding");
        e.ids = {2, vocab, 3};
        expectInvalid(e, "an id past the vocabulary");
        e.ids = {2, -1, 3};
        expectInvalid(e, "a negative id");
        e.ids = {2, 5, 3};
        e.typeIds = {0, 0};
        expectInvalid(e, "type ids of the wrong length");
        if (usesTokenTypes(modelDir(s))) {
            e.typeIds = {0, config["type_vocab_size"].get<int64_t>(), 0};
            expectInvalid(e, "a type id past type_vocab_size");
        }
        e.typeIds.clear();
        e.ids.assign(size_t(config["max_position_embeddings"].get<int64_t>() + 1), 5);
        expectInvalid(e, "a sequence longer than the positions");
        // A valid encoding without type ids (zeros) and without attentions.
        e.ids = {5, 6, 7};
        const el::Inspection ok = model->inspectEncoding(e, false);
        QCOMPARE(ok.hiddenStates.dim(1), int64_t(3));
        QVERIFY(ok.attentions.empty());
    }

    void cleanupTestCase()
    {
        for (const auto& [set, w] : m_worst)
            qInfo("%-22s worst over %2d cases: hidden %.3g, attention %.3g", set.c_str(), w.cases, w.hidden, w.attention);
        for (const auto& [set, err] : m_fullErrors) qInfo("%-22s Model::load failed: %s", set.c_str(), err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestEncoderFamilies)
#include "tst_encoder_families.moc"
