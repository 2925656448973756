// The installed default model (sentence-transformers/all-MiniLM-L6-v2) against transformers 4.40 /
// sentence-transformers 2.7 reference outputs (tests/fixtures/reference/minilm).

#include "EncoderReference.h"

#include <QtTest>

namespace fs = std::filesystem;

class TestEncoderMiniLm : public QObject
{
    Q_OBJECT

    std::unique_ptr<el::Model> m_model;
    nlohmann::json m_ref;
    fs::path m_setDir = eltest::fixturesDir() / "reference" / "minilm";

private Q_SLOTS:
    void initTestCase()
    {
        el::setThreads(2);
        const fs::path dir = eltest::defaultModelDir();
        if (!fs::exists(dir / "config.json"))
            QFAIL(("default model missing at " + dir.string() + " (run scripts/setup)").c_str());
        QVERIFY2(fs::exists(m_setDir / "reference.json"), "minilm reference fixture missing");
        m_ref = eltest::loadReference("minilm");
        QVERIFY(m_ref["model_dir"].is_null()); // the fixture refers to the installed default model
        m_model = el::Model::load(dir);
        const el::ModelInfo& info = m_model->info();
        QCOMPARE(info.maxLength, m_ref["max_length"].get<int64_t>());
        QCOMPARE(info.layers, int64_t(6));
        QCOMPARE(info.heads, int64_t(12));
        QCOMPARE(info.hiddenSize, int64_t(384));
        QCOMPARE(info.embeddingDim, int64_t(384));
        QVERIFY(info.declaredNormalize);
        QCOMPARE(info.declaredPooling, std::vector<el::PoolingMode>({el::PoolingMode::Mean}));
        QCOMPARE(info.parameters, int64_t(22565376)); // BertModel without the 147,840 pooler weights
        // The pooler is in the checkpoint but sentence-transformers never uses it.
        QCOMPARE(info.unusedWeights, std::vector<std::string>({"pooler.dense.bias", "pooler.dense.weight"}));
    }

    void referenceCase_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < m_ref["cases"].size(); ++i)
            QTest::newRow(m_ref["cases"][i]["name"].get<std::string>().c_str()) << int(i);
    }

    void referenceCase()
    {
        QFETCH(int, index);
        eltest::CaseDiffs d;
        eltest::checkReferenceCase(*m_model, m_setDir, m_ref["cases"][size_t(index)], d);
        if (QTest::currentTestFailed()) return;
        qInfo("hidden %.3g  attn %.3g  pooled %.3g (cos %.9f)  embedding %.3g (cos %.9f)", d.hidden, d.attention,
              d.pooled, d.pooledCosine, d.embedding, d.embeddingCosine);
    }

    void batchEqualsSingle()
    {
        std::vector<std::string> texts;
        std::vector<std::vector<float>> expected;
        for (const auto& c : m_ref["cases"])
            if (!c["st_embedding"].is_null()) {
                texts.push_back(c["text"].get<std::string>());
                expected.push_back(c["st_embedding"].get<std::vector<float>>());
            }
        QVERIFY(texts.size() >= 2);
        const el::FloatArray batch = m_model->embed(texts);
        for (size_t i = 0; i < texts.size(); ++i) {
            const el::FloatArray one = m_model->embed({texts[i]});
            const std::vector<float> row(batch.row(int64_t(i)), batch.row(int64_t(i)) + batch.dim(1));
            const double diff = eltest::maxAbs(row, one.data);
            QVERIFY2(diff < 1e-5, (texts[i] + ": " + std::to_string(diff)).c_str());
            QVERIFY2(eltest::cosine(row, expected[i]) >= eltest::kCosineMin, texts[i].c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestEncoderMiniLm)
#include "tst_encoder_minilm.moc"
