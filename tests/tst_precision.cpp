// Int8 precision (LoadOptions::precision, encoderlens-cli --precision): dynamic int8 quantization of
// the encoder's Linear layers. Checked against the float32 path of the same code, whose exactness
// tst_encoder_minilm / tst_stsb_minilm establish against the Python reference, and against the
// published STS-B score of all-MiniLM-L6-v2 (82.03, MTEB STSBenchmark).

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "Runtime.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

namespace fs = std::filesystem;

namespace {

std::vector<float> rowOf(const el::FloatArray& a, int64_t r)
{
    const float* p = a.row(r);
    return std::vector<float>(p, p + a.shape.at(1));
}

} // namespace

class TestPrecision : public QObject
{
    Q_OBJECT

    std::unique_ptr<el::Model> m_float;
    std::unique_ptr<el::Model> m_int8;

private Q_SLOTS:
    void initTestCase()
    {
        el::setThreads(2);
        const fs::path dir = eltest::defaultModelDir();
        if (!fs::exists(dir / "config.json"))
            QFAIL(("default model missing at " + dir.string() + " (run scripts/setup)").c_str());
        el::LoadOptions f;
        f.threads = 2;
        m_float = el::Model::load(dir, f);
        el::LoadOptions q = f;
        q.precision = el::Precision::Int8;
        m_int8 = el::Model::load(dir, q);
    }

    void names()
    {
        QCOMPARE(el::precisionName(el::Precision::Float32), std::string("float32"));
        QCOMPARE(el::precisionName(el::Precision::Int8), std::string("int8"));
        for (el::Precision p : el::allPrecisions()) QCOMPARE(el::precisionFromName(el::precisionName(p)), p);
        QCOMPARE(el::precisionFromName("fp32"), el::Precision::Float32);
        QVERIFY(!el::precisionFromName("int4"));
        QVERIFY(!el::precisionFromName(""));
        QVERIFY(!el::precisionFromName("INT8"));
    }

    void infoReportsPrecision()
    {
        QCOMPARE(m_float->info().precision, el::Precision::Float32);
        QCOMPARE(m_int8->info().precision, el::Precision::Int8);
        // Quantization changes the arithmetic, not the model's description.
        QCOMPARE(m_int8->info().embeddingDim, m_float->info().embeddingDim);
        QCOMPARE(m_int8->info().parameters, m_float->info().parameters);
    }

    // Per-sentence agreement of int8 with float32 on real sentences (STS-B test, first 200 pairs).
    void int8CloseToFloat32()
    {
        const eltest::StsPairs sts = eltest::readStsb("test");
        std::vector<std::string> texts = sts.allTexts();
        texts.resize(400);
        const el::FloatArray a = m_float->embed(texts);
        const el::FloatArray b = m_int8->embed(texts);
        QCOMPARE(b.shape, a.shape);
        double minCos = 1, sumCos = 0;
        for (int64_t r = 0; r < a.shape[0]; ++r) {
            const double c = eltest::cosine(rowOf(a, r), rowOf(b, r));
            minCos = std::min(minCos, c);
            sumCos += c;
        }
        qInfo("int8 vs float32 over %lld sentences: min cosine %.5f, mean %.5f, max |diff| %.4g",
              static_cast<long long>(a.shape[0]), minCos, sumCos / double(a.shape[0]), eltest::maxAbsDiff(a, b));
        // Quantization really happened (a silently ignored option would give identical output) ...
        QVERIFY(eltest::maxAbsDiff(a, b) > 1e-4);
        // ... and stays close: every sentence's direction within cos 0.97 (mean much closer).
        QVERIFY2(minCos >= 0.97, std::to_string(minCos).c_str());
        QVERIFY2(sumCos / double(a.shape[0]) >= 0.99, std::to_string(sumCos / double(a.shape[0])).c_str());
    }

    // The whole STS-B test split: the int8 Spearman stays within 0.5 points of the published 82.03.
    void stsbSpearmanDrop()
    {
        const eltest::StsPairs sts = eltest::readStsb("test");
        const double score = eltest::stsSpearmanX100(m_int8->embed(sts.allTexts()), sts.gold);
        qInfo("STS-B test Spearman x100, int8: %.4f (float32 published 82.03; drop %.4f)", score, 82.03 - score);
        QVERIFY2(std::fabs(score - 82.03) <= 0.5, std::to_string(score).c_str());
    }

    // inspect() in int8: same shapes, hidden states near float32, attentions still distributions.
    void inspectInt8()
    {
        const el::Inspection f = m_float->inspect("A man is playing a guitar.", std::nullopt, true);
        const el::Inspection q = m_int8->inspect("A man is playing a guitar.", std::nullopt, true);
        QCOMPARE(q.hiddenStates.shape, f.hiddenStates.shape);
        QCOMPARE(q.attentions.shape, f.attentions.shape);
        QCOMPARE(q.encoding.ids, f.encoding.ids);
        const int64_t tokens = q.attentions.shape[2];
        for (int64_t row = 0; row < q.attentions.numel() / tokens; ++row) {
            double sum = 0;
            for (int64_t t = 0; t < tokens; ++t) sum += q.attentions.data[size_t(row * tokens + t)];
            QVERIFY(std::fabs(sum - 1.0) < 1e-4);
        }
        QVERIFY(eltest::maxAbsDiff(q.attentions, f.attentions) > 0);
        QVERIFY(eltest::maxAbsDiff(q.attentions, f.attentions) < 0.2);
    }

    // Every architecture of the registry loads and runs in int8 (tiny fixtures).
    void everyFamilyLoadsInInt8_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"tiny-bert", "tiny-roberta", "tiny-distilbert", "tiny-mpnet", "tiny-electra",
                              "tiny-albert", "tiny-deberta-v3"})
            QTest::newRow(n) << QString(n);
    }
    void everyFamilyLoadsInInt8()
    {
        QFETCH(QString, name);
        const fs::path dir = eltest::fixturesDir() / "reference" / name.toStdString() / "model";
        el::LoadOptions q;
        q.threads = 2;
        q.precision = el::Precision::Int8;
        auto m = el::Model::load(dir, q);
        QCOMPARE(m->info().precision, el::Precision::Int8);
        auto f = el::Model::load(dir);
        const std::vector<std::string> texts{"Hello world.", "A rather longer sentence about the weather today."};
        el::EmbedOptions opts;
        opts.pooling = el::PoolingMode::Mean;
        const el::FloatArray a = f->embed(texts, opts), b = m->embed(texts, opts);
        QCOMPARE(b.shape, a.shape);
        for (int64_t r = 0; r < a.shape[0]; ++r) QVERIFY(std::isfinite(eltest::cosine(rowOf(a, r), rowOf(b, r))));
    }

    void cliPrecision()
    {
        QTemporaryDir tmp;
        const std::string input = tmp.filePath("in.txt").toStdString();
        {
            std::ofstream(input) << "A man is playing a guitar.\nA woman is slicing an onion.\n";
        }
        const std::string model = eltest::defaultModelDir().string();
        const std::string out = tmp.filePath("out.npy").toStdString();
        // A bad value is a usage error naming the choices.
        auto bad = eltest::runProcess(eltest::cliPath().string(), {"embed", "--model", model, "--input", input,
                                                                   "--output", out, "--precision", "int4"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.find("int8") != std::string::npos, bad.err.c_str());
        QVERIFY(!fs::exists(out));

        auto ok = eltest::runProcess(eltest::cliPath().string(), {"embed", "--model", model, "--input", input,
                                                                  "--output", out, "--precision", "int8", "-v"});
        QVERIFY2(ok.exitCode == 0, ok.err.c_str());
        QVERIFY2(ok.err.find("int8") != std::string::npos, ok.err.c_str());
        const el::FloatArray emb = el::readNpy(out);
        QCOMPARE(emb.shape, std::vector<int64_t>({2, 384}));
        const el::FloatArray ref = m_int8->embed({"A man is playing a guitar.", "A woman is slicing an onion."});
        QVERIFY(eltest::maxAbsDiff(emb, ref) < 1e-5);

        auto info = eltest::runProcess(eltest::cliPath().string(), {"info", "--model", model, "--precision", "int8"});
        QVERIFY2(info.exitCode == 0, info.err.c_str());
        QVERIFY2(info.out.find("\"precision\": \"int8\"") != std::string::npos, info.out.c_str());
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT")) qputenv("QTEST_FUNCTION_TIMEOUT", "1700000");
    QCoreApplication app(argc, argv);
    TestPrecision test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_precision.moc"
