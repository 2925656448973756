// Loading model folders: config.json, modules.json, pooling and Dense configs, weights presence.
// Each broken folder is a copy of the tiny-bert fixture model with one file changed.

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "TestSupport.h"
#include "config/SentenceTransformerConfig.h"
#include "model/PythonText.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>

using el::ErrorCode;
using el::PoolingMode;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& p, const std::string& text)
{
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << text;
}

nlohmann::json readJson(const fs::path& p)
{
    return nlohmann::json::parse(eltest::readFile(p));
}

// A safetensors file with F32 tensors, laid out by hand (spec §1.1).
void writeSafetensors(const fs::path& p, const std::vector<std::pair<std::string, el::FloatArray>>& tensors)
{
    nlohmann::json header = nlohmann::json::object();
    std::string data;
    for (const auto& [name, a] : tensors) {
        const size_t begin = data.size();
        data.append(reinterpret_cast<const char*>(a.data.data()), a.data.size() * sizeof(float));
        header[name] = {{"dtype", "F32"}, {"shape", a.shape}, {"data_offsets", {begin, data.size()}}};
    }
    std::string h = header.dump();
    while (h.size() % 8) h += ' ';
    std::string bytes(8, '\0');
    const uint64_t n = h.size();
    std::memcpy(bytes.data(), &n, 8);
    writeText(p, bytes + h + data);
}

struct Failure
{
    ErrorCode code;
    std::string message;
};

std::optional<Failure> loadError(const fs::path& dir)
{
    try {
        el::Model::load(dir);
    } catch (const el::Error& e) {
        return Failure{e.code(), e.what()};
    }
    return std::nullopt;
}

bool contains(const std::string& s, const std::string& needle)
{
    return s.find(needle) != std::string::npos;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;

    fs::path tinyBert() const { return eltest::fixturesDir() / "reference" / "tiny-bert" / "model"; }
    // A fresh copy of the tiny-bert model folder.
    fs::path copyModel()
    {
        const fs::path dst = fs::path(m_tmp.path().toStdString()) / ("model" + std::to_string(m_counter++));
        fs::copy(tinyBert(), dst, fs::copy_options::recursive);
        return dst;
    }
    void editJson(const fs::path& file, const std::function<void(nlohmann::json&)>& edit)
    {
        nlohmann::json j = readJson(file);
        edit(j);
        writeText(file, j.dump(2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(fs::exists(tinyBert() / "config.json"), "tiny-bert fixture model missing");
    }

    void supportedTypes()
    {
        const auto types = el::supportedModelTypes();
        QVERIFY(std::find(types.begin(), types.end(), "bert") != types.end());
    }

    void validFixtureLoads()
    {
        auto model = el::Model::load(tinyBert());
        const el::ModelInfo& info = model->info();
        QCOMPARE(info.modelType, std::string("bert"));
        QCOMPARE(info.architecture, std::string("BertModel"));
        QCOMPARE(info.layers, int64_t(2));
        QCOMPARE(info.heads, int64_t(4));
        QCOMPARE(info.hiddenSize, int64_t(32));
        QCOMPARE(info.maxLength, int64_t(64));
        QCOMPARE(info.declaredPooling, std::vector<PoolingMode>({PoolingMode::Mean}));
        QVERIFY(info.declaredNormalize);
        QCOMPARE(info.embeddingDim, int64_t(32));
        QCOMPARE(info.storedDtype, std::string("F32"));
        // BertModel parameters without the pooler: embeddings + 2 layers.
        const int64_t H = 32, I = 64, V = 30522, P = 512, T = 2;
        const int64_t layer = 4 * (H * H + H) + 2 * H + (I * H + I) + (H * I + H) + 2 * H;
        QCOMPARE(info.parameters, V * H + P * H + T * H + 2 * H + 2 * layer);
        QCOMPARE(info.memoryBytes, info.parameters * 4);
        QVERIFY(info.loadSeconds > 0);
        QVERIFY(!info.tokenizerKind.empty());
    }

    void missingFolder()
    {
        auto f = loadError("/nonexistent/encoderlens-model");
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::FileNotFound);
        QVERIFY2(contains(f->message, "/nonexistent/encoderlens-model"), f->message.c_str());
    }

    void folderWithoutConfig()
    {
        const fs::path d = copyModel();
        fs::remove(d / "config.json");
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::FileNotFound);
        QVERIFY2(contains(f->message, "config.json"), f->message.c_str());
    }

    void malformedConfig()
    {
        const fs::path d = copyModel();
        writeText(d / "config.json", "{\"model_type\": \"bert\", \"hidden_size\": ");
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::InvalidJson);
        QVERIFY2(contains(f->message, "config.json"), f->message.c_str());
    }

    void configFieldOfWrongType()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["hidden_size"] = "thirty-two"; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::InvalidJson);
        QVERIFY2(contains(f->message, "hidden_size") && contains(f->message, "config.json"), f->message.c_str());
    }

    void configWithoutModelType()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j.erase("model_type"); });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::InvalidJson);
        QVERIFY2(contains(f->message, "model_type"), f->message.c_str());
    }

    void unknownModelType()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["model_type"] = "gpt2"; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::UnsupportedModel);
        QVERIFY2(contains(f->message, "unsupported model_type 'gpt2'"), f->message.c_str());
        QVERIFY2(contains(f->message, "supported: bert"), f->message.c_str());
    }

    void impossibleSizes()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["num_attention_heads"] = 5; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::InvalidJson);
        QVERIFY2(contains(f->message, "num_attention_heads"), f->message.c_str());
    }

    void unknownActivation()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["hidden_act"] = "gelu_foo"; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::UnsupportedModel);
        QVERIFY2(contains(f->message, "gelu_foo") && contains(f->message, "gelu_new"), f->message.c_str());
    }

    void unknownPositionType()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["position_embedding_type"] = "rotary"; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::UnsupportedModel);
        QVERIFY2(contains(f->message, "rotary"), f->message.c_str());
    }

    void configShapeDisagreesWithWeights()
    {
        const fs::path d = copyModel();
        editJson(d / "config.json", [](auto& j) { j["intermediate_size"] = 128; });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::ShapeMismatch);
        // The first tensor of the layer checked is named with its shape and the expected one
        // (the weight or the bias, depending on the order the layer reads them).
        const bool weight = contains(f->message, "intermediate.dense.weight") && contains(f->message, "[64, 32]") &&
                            contains(f->message, "expected [128, 32]");
        const bool bias = contains(f->message, "intermediate.dense.bias") && contains(f->message, "shape [64]") &&
                          contains(f->message, "expected [128]");
        QVERIFY2(weight || bias, f->message.c_str());
    }

    void folderWithoutWeights()
    {
        const fs::path d = copyModel();
        fs::remove(d / "model.safetensors");
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::MissingWeights);
        QVERIFY2(contains(f->message, "no model.safetensors, model.safetensors.index.json or pytorch_model.bin in"),
                 f->message.c_str());
        // pytorch_model.bin is read by core/torchbin: two bytes are a truncated archive.
        writeText(d / "pytorch_model.bin", "PK");
        f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::CorruptFile);
        QVERIFY2(contains(f->message, "pytorch_model.bin"), f->message.c_str());
    }

    void foreignModuleType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("needle");
        QTest::newRow("custom code") << "my_package.pooling.CustomPooling" << "custom module type";
        QTest::newRow("unsupported built-in") << "sentence_transformers.models.CNN" << "not supported";
    }

    void foreignModuleType()
    {
        QFETCH(QString, type);
        QFETCH(QString, needle);
        const fs::path d = copyModel();
        editJson(d / "modules.json", [&](auto& j) { j[1]["type"] = type.toStdString(); });
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::UnsupportedModel);
        QVERIFY2(contains(f->message, type.toStdString()) && contains(f->message, needle.toStdString()) &&
                     contains(f->message, "Pooling, Dense, Normalize"),
                 f->message.c_str());
    }

    void malformedModulesJson()
    {
        const fs::path d = copyModel();
        writeText(d / "modules.json", "[{\"idx\": 0,");
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::InvalidJson);
        QVERIFY2(contains(f->message, "modules.json"), f->message.c_str());
    }

    void poolingConfig_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // comma-separated names, or "error"
        QTest::newRow("empty object: constructor defaults") << "{}" << "mean";
        QTest::newRow("old file without newer keys")
            << R"({"word_embedding_dimension": 32, "pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false,
                  "pooling_mode_max_tokens": false, "pooling_mode_mean_sqrt_len_tokens": false})"
            << "cls";
        QTest::newRow("all modes in ST order")
            << R"({"pooling_mode_lasttoken": true, "pooling_mode_weightedmean_tokens": true,
                  "pooling_mode_mean_sqrt_len_tokens": true, "pooling_mode_mean_tokens": true,
                  "pooling_mode_max_tokens": true, "pooling_mode_cls_token": true})"
            << "cls,max,mean,mean_sqrt_len,weightedmean,lasttoken";
        QTest::newRow("max and mean") << R"({"pooling_mode_max_tokens": true})" << "max,mean";
        QTest::newRow("lasttoken only") << R"({"pooling_mode_mean_tokens": false, "pooling_mode_lasttoken": true})"
                                        << "lasttoken";
        QTest::newRow("nothing enabled") << R"({"pooling_mode_mean_tokens": false})" << "error";
        QTest::newRow("flag of wrong type") << R"({"pooling_mode_max_tokens": "yes"})" << "error";
        QTest::newRow("malformed") << R"({"pooling_mode_max_tokens": )" << "error";
    }

    void poolingConfig()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const fs::path file = fs::path(m_tmp.path().toStdString()) / "pool" / "config.json";
        writeText(file, json.toStdString());
        if (expected == "error") {
            try {
                el::PoolingConfig::load(file);
                QFAIL("no error");
            } catch (const el::Error& e) {
                QCOMPARE(e.code(), ErrorCode::InvalidJson);
                QVERIFY2(contains(e.what(), "config.json"), e.what());
            }
            return;
        }
        const el::PoolingConfig pc = el::PoolingConfig::load(file);
        QStringList names;
        for (PoolingMode m : pc.modes) names << QString::fromStdString(el::poolingName(m));
        QCOMPARE(names.join(','), expected);
        QVERIFY(pc.includePrompt);
    }

    void declaredPoolingCombination()
    {
        const fs::path d = copyModel();
        editJson(d / "1_Pooling" / "config.json", [](auto& j) {
            j["pooling_mode_cls_token"] = true;
            j["pooling_mode_max_tokens"] = true;
        });
        auto model = el::Model::load(d);
        QCOMPARE(model->info().declaredPooling,
                 std::vector<PoolingMode>({PoolingMode::Cls, PoolingMode::Max, PoolingMode::Mean}));
        QCOMPARE(model->info().embeddingDim, int64_t(96));
        const el::FloatArray e = model->embed({"A man is eating food."});
        QCOMPARE(e.shape, std::vector<int64_t>({1, 96}));
        // One chosen mode overrides the declared concatenation.
        el::EmbedOptions o;
        o.pooling = PoolingMode::Max;
        QCOMPARE(model->embed({"A man is eating food."}, o).shape, std::vector<int64_t>({1, 32}));
    }

    void noModulesJson()
    {
        const fs::path d = copyModel();
        fs::remove(d / "modules.json");
        auto model = el::Model::load(d);
        const el::ModelInfo& info = model->info();
        QCOMPARE(info.declaredPooling, std::vector<PoolingMode>({PoolingMode::Mean}));
        QVERIFY(!info.declaredNormalize);
        bool noted = false;
        for (const auto& n : info.notes) noted = noted || contains(n, "modules.json");
        QVERIFY2(noted, "ModelInfo::notes should say that modules.json is missing");
        QCOMPARE(info.maxLength, int64_t(64)); // sentence_bert_config.json still applies
    }

    void maxLengthWithoutSentenceConfig()
    {
        const fs::path d = copyModel();
        fs::remove(d / "sentence_bert_config.json");
        auto model = el::Model::load(d);
        // min(max_position_embeddings 512, tokenizer_config model_max_length 512)
        QCOMPARE(model->info().maxLength, int64_t(512));
        editJson(d / "tokenizer_config.json", [](auto& j) { j["model_max_length"] = 100; });
        QCOMPARE(el::Model::load(d)->info().maxLength, int64_t(100));
        editJson(d / "tokenizer_config.json", [](auto& j) { j["model_max_length"] = 1e30; });
        QCOMPARE(el::Model::load(d)->info().maxLength, int64_t(512));
    }

    void maxSeqLengthBeyondPositions()
    {
        const fs::path d = copyModel();
        editJson(d / "sentence_bert_config.json", [](auto& j) { j["max_seq_length"] = 4096; });
        auto model = el::Model::load(d);
        QCOMPARE(model->info().maxLength, int64_t(512));
    }

    // sentence-transformers strips and (with do_lower_case) lowercases with Python's str methods;
    // expected values are what CPython 3.11 returns.
    void pythonStripAndLower_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stripped");
        QTest::addColumn<QString>("lowered");
        QTest::newRow("ascii") << " \t Hello World \n" << "Hello World" << " \t hello world \n";
        QTest::newRow("unicode spaces") << QString::fromUtf8("\u00a0\u3000x y\u2028\xc2\x85\x1f")
                                        << "x y" << QString::fromUtf8("\u00a0\u3000x y\u2028\xc2\x85\x1f");
        QTest::newRow("not whitespace: ZWSP, BOM") << QString::fromUtf8("\u200bx\ufeff")
                                                   << QString::fromUtf8("\u200bx\ufeff")
                                                   << QString::fromUtf8("\u200bx\ufeff");
        QTest::newRow("dotted capital I") << QString::fromUtf8("\u0130stanbul") << QString::fromUtf8("\u0130stanbul")
                                          << QString::fromUtf8("i\u0307stanbul");
        QTest::newRow("final sigma") << QString::fromUtf8("\u039f\u03a3\u039f\u03a3 \u03a3")
                                     << QString::fromUtf8("\u039f\u03a3\u039f\u03a3 \u03a3")
                                     << QString::fromUtf8("\u03bf\u03c3\u03bf\u03c2 \u03c3");
        QTest::newRow("sigma before apostrophe and letter") << QString::fromUtf8("A\u03a3'B") << QString::fromUtf8("A\u03a3'B")
                                                            << QString::fromUtf8("a\u03c3'b");
        QTest::newRow("accents keep") << QString::fromUtf8("\u00c7A VA \u00c5NGSTR\u00d6M")
                                      << QString::fromUtf8("\u00c7A VA \u00c5NGSTR\u00d6M")
                                      << QString::fromUtf8("\u00e7a va \u00e5ngstr\u00f6m");
        QTest::newRow("only spaces") << "   " << "" << "   ";
    }

    void pythonStripAndLower()
    {
        QFETCH(QString, input);
        QFETCH(QString, stripped);
        QFETCH(QString, lowered);
        const std::string in = input.toStdString();
        QCOMPARE(QString::fromStdString(el::pythonStrip(in)), stripped);
        QCOMPARE(QString::fromStdString(el::pythonLower(in)), lowered);
        QCOMPARE(el::pythonLength(in), size_t(input.toStdU32String().size()));
    }

    // Without tokenizer files the load fails, unless the tokenizer is optional: then the encoder runs
    // on given ids (inspectEncoding) and everything text-based says why it cannot.
    void optionalTokenizer()
    {
        const fs::path d = copyModel();
        fs::remove(d / "tokenizer.json");
        fs::remove(d / "vocab.txt");
        auto f = loadError(d);
        QVERIFY2(f.has_value(), "a folder without tokenizer files must not load by default");
        el::LoadOptions options;
        options.tokenizerOptional = true;
        auto model = el::Model::load(d, options);
        bool noted = false;
        for (const auto& n : model->info().notes) noted = noted || contains(n, "tokenizer");
        QVERIFY(noted);
        try {
            model->tokenize("hello");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::UnsupportedModel);
        }
        QVERIFY_THROWS_EXCEPTION(el::Error, model->embed({"hello"}));
        QVERIFY_THROWS_EXCEPTION(el::Error, model->tokenizer());

        const auto ref = readJson(tinyBert().parent_path() / "reference.json");
        const auto& c = ref["cases"][0];
        el::Encoding given;
        given.ids = c["model_ids"].get<std::vector<int64_t>>();
        const el::Inspection ins = model->inspectEncoding(given, true);
        const el::FloatArray expected =
            el::readNpy(tinyBert().parent_path() / c["hidden_states"].get<std::string>());
        QVERIFY(eltest::maxAbsDiff(ins.hiddenStates, expected) < 1e-4);
        QCOMPARE(ins.attentions.dim(0), int64_t(2));
    }

    void inspectEncodingRejectsBadIds_data()
    {
        QTest::addColumn<QVector<qint64>>("ids");
        QTest::addColumn<QVector<qint64>>("types");
        QTest::newRow("empty") << QVector<qint64>{} << QVector<qint64>{};
        QTest::newRow("type ids of another length") << QVector<qint64>{101, 102} << QVector<qint64>{0};
        QTest::newRow("id beyond the vocabulary") << QVector<qint64>{101, 30522, 102} << QVector<qint64>{};
        QTest::newRow("negative id") << QVector<qint64>{101, -1, 102} << QVector<qint64>{};
        QTest::newRow("type id beyond type_vocab_size") << QVector<qint64>{101, 102} << QVector<qint64>{0, 2};
        QVector<qint64> tooLong(513, 1000);
        QTest::newRow("longer than the positions") << tooLong << QVector<qint64>{};
    }

    void inspectEncodingRejectsBadIds()
    {
        QFETCH(QVector<qint64>, ids);
        QFETCH(QVector<qint64>, types);
        static auto model = el::Model::load(tinyBert());
        el::Encoding e;
        e.ids.assign(ids.begin(), ids.end());
        e.typeIds.assign(types.begin(), types.end());
        try {
            model->inspectEncoding(e, true);
            QFAIL("no error");
        } catch (const el::Error& err) {
            QCOMPARE(err.code(), ErrorCode::InvalidInput);
        }
    }

    // A Dense module (2*I weights, bias 0.1, tanh) between Pooling and Normalize: the embedding must
    // be normalize(tanh(2 * mean + 0.1)) of the reference mean pooling.
    void denseModule()
    {
        const fs::path d = copyModel();
        const int64_t H = 32;
        el::FloatArray w({H, H});
        for (int64_t i = 0; i < H; ++i) w.data[size_t(i * H + i)] = 2.0f;
        el::FloatArray b({H});
        std::fill(b.data.begin(), b.data.end(), 0.1f);
        writeSafetensors(d / "2_Dense" / "model.safetensors", {{"linear.weight", w}, {"linear.bias", b}});
        writeText(d / "2_Dense" / "config.json",
                  R"({"in_features": 32, "out_features": 32, "bias": true,
                      "activation_function": "torch.nn.modules.activation.Tanh"})");
        writeText(d / "modules.json", R"([
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"},
            {"idx": 3, "name": "3", "path": "3_Dropout", "type": "sentence_transformers.models.Dropout"},
            {"idx": 4, "name": "4", "path": "4_Normalize", "type": "sentence_transformers.models.Normalize"}])");
        auto model = el::Model::load(d);
        QCOMPARE(model->info().embeddingDim, H);
        QCOMPARE(model->info().parameters, el::Model::load(tinyBert())->info().parameters + H * H + H);
        const auto ref = readJson(tinyBert().parent_path() / "reference.json");
        const auto& c = ref["cases"][0];
        std::vector<float> expected = c["pooled"]["mean"].get<std::vector<float>>();
        for (float& x : expected) x = std::tanh(2.0f * x + 0.1f);
        el::l2Normalize(expected);
        const el::FloatArray e = model->embed({c["text"].get<std::string>()});
        const std::vector<float> got(e.data.begin(), e.data.end());
        QVERIFY2(eltest::cosine(got, expected) > 0.99999, std::to_string(eltest::cosine(got, expected)).c_str());
        double maxDiff = 0;
        for (size_t i = 0; i < got.size(); ++i) maxDiff = std::max(maxDiff, std::fabs(double(got[i]) - expected[i]));
        QVERIFY2(maxDiff < 1e-5, std::to_string(maxDiff).c_str());

        // Wrong in_features: a shape error naming the module folder.
        writeText(d / "2_Dense" / "config.json", R"({"in_features": 16, "out_features": 32})");
        auto f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::ShapeMismatch);
        QVERIFY2(contains(f->message, "linear.weight"), f->message.c_str());
        // Missing weights file of the Dense module.
        writeText(d / "2_Dense" / "config.json", R"({"in_features": 32, "out_features": 32})");
        fs::remove(d / "2_Dense" / "model.safetensors");
        f = loadError(d);
        QVERIFY(f);
        QCOMPARE(f->code, ErrorCode::MissingWeights);
        QVERIFY2(contains(f->message, "2_Dense"), f->message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
