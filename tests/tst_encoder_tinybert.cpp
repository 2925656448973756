// The BERT encoder and the sentence-transformers pipeline against transformers 4.40 /
// sentence-transformers 2.7 reference outputs for the tiny random BERT fixtures (F32 weights with
// tokenizer.json; F16 weights with vocab.txt only).

#include "EncoderReference.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

namespace fs = std::filesystem;

class TestEncoderTinyBert : public QObject
{
    Q_OBJECT

    std::map<std::string, std::unique_ptr<el::Model>> m_models;
    std::map<std::string, nlohmann::json> m_refs;
    std::map<std::string, eltest::CaseDiffs> m_worst;

    static fs::path setDir(const std::string& set) { return eltest::fixturesDir() / "reference" / set; }
    el::Model& model(const std::string& set) { return *m_models.at(set); }

private Q_SLOTS:
    void initTestCase()
    {
        el::setThreads(2);
        for (const std::string set : {"tiny-bert", "tiny-bert-f16"}) {
            QVERIFY2(fs::exists(setDir(set) / "reference.json"), ("missing fixture " + set).c_str());
            m_refs[set] = eltest::loadReference(set);
            m_models[set] = el::Model::load(setDir(set) / m_refs[set]["model_dir"].get<std::string>());
            const el::ModelInfo& info = m_models[set]->info();
            QCOMPARE(info.maxLength, m_refs[set]["max_length"].get<int64_t>());
            QCOMPARE(info.layers, m_refs[set]["num_layers"].get<int64_t>());
            QCOMPARE(info.heads, m_refs[set]["num_heads"].get<int64_t>());
            QCOMPARE(info.hiddenSize, m_refs[set]["hidden_size"].get<int64_t>());
            QCOMPARE(info.declaredNormalize, m_refs[set]["normalize"].get<bool>());
            QStringList pooling;
            for (auto m : info.declaredPooling) pooling << QString::fromStdString(el::poolingName(m));
            QStringList expected;
            for (const auto& m : m_refs[set]["declared_pooling"]) expected << QString::fromStdString(m.get<std::string>());
            QCOMPARE(pooling, expected);
        }
        QCOMPARE(model("tiny-bert-f16").info().storedDtype, std::string("F16"));
    }

    void referenceCase_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("index");
        for (const auto& [set, ref] : m_refs)
            for (size_t i = 0; i < ref["cases"].size(); ++i)
                QTest::newRow((set + "/" + ref["cases"][i]["name"].get<std::string>()).c_str())
                    << QString::fromStdString(set) << int(i);
    }

    void referenceCase()
    {
        QFETCH(QString, set);
        QFETCH(int, index);
        const std::string s = set.toStdString();
        eltest::CaseDiffs d;
        eltest::checkReferenceCase(model(s), setDir(s), m_refs[s]["cases"][size_t(index)], d);
        if (QTest::currentTestFailed()) return;
        qInfo("hidden %.3g  attn %.3g  pooled %.3g (cos %.9f)  embedding %.3g (cos %.9f)", d.hidden, d.attention,
              d.pooled, d.pooledCosine, d.embedding, d.embeddingCosine);
        auto& w = m_worst[s];
        w.hidden = std::max(w.hidden, d.hidden);
        w.attention = std::max(w.attention, d.attention);
        w.pooled = std::max(w.pooled, d.pooled);
        w.embedding = std::max(w.embedding, d.embedding);
        w.embeddingCosine = std::min(w.embeddingCosine, d.embeddingCosine);
    }

    // embed() with a chosen pooling mode and no normalisation = the reference Pooling output; this
    // goes through the batched torch pooling rather than el::pool.
    void pooledOverride_data() { referenceCase_data(); }
    void pooledOverride()
    {
        QFETCH(QString, set);
        QFETCH(int, index);
        const auto& c = m_refs[set.toStdString()]["cases"][size_t(index)];
        if (!c["pair"].is_null()) {
            QVERIFY(c["st_embedding"].is_null()); // pairs are not embedded by ST.encode
            return;
        }
        for (const auto& [name, values] : c["pooled"].items()) {
            el::EmbedOptions o;
            o.pooling = el::poolingFromName(name);
            o.normalize = false;
            const el::FloatArray e = model(set.toStdString()).embed({c["text"].get<std::string>()}, o);
            const std::vector<float> got(e.data.begin(), e.data.end());
            const auto expected = values.get<std::vector<float>>();
            const double diff = eltest::maxAbs(got, expected);
            QVERIFY2(eltest::cosine(got, expected) >= eltest::kCosineMin && diff < eltest::kHiddenTol,
                     (name + " max abs diff " + std::to_string(diff)).c_str());
        }
    }

    // Padding must not change results: all texts in one batch (and in batches of 3) equal the
    // texts embedded one by one, and the reference embeddings.
    void batchEqualsSingle_data()
    {
        QTest::addColumn<QString>("set");
        for (const auto& [set, ref] : m_refs) QTest::newRow(set.c_str()) << QString::fromStdString(set);
    }
    void batchEqualsSingle()
    {
        QFETCH(QString, set);
        const std::string s = set.toStdString();
        std::vector<std::string> texts;
        std::vector<std::vector<float>> expected;
        for (const auto& c : m_refs[s]["cases"])
            if (!c["st_embedding"].is_null()) {
                texts.push_back(c["text"].get<std::string>());
                expected.push_back(c["st_embedding"].get<std::vector<float>>());
            }
        QVERIFY(texts.size() >= 4);
        el::FloatArray single({int64_t(texts.size()), model(s).info().embeddingDim});
        for (size_t i = 0; i < texts.size(); ++i) {
            const el::FloatArray e = model(s).embed({texts[i]});
            std::copy(e.data.begin(), e.data.end(), single.row(int64_t(i)));
        }
        for (int64_t batchSize : {int64_t(32), int64_t(3)}) {
            el::EmbedOptions o;
            o.batchSize = batchSize;
            // With two threads, batches run side by side and the caller's thread reports: done
            // never goes back, never passes total, and ends at total.
            int64_t calls = 0, last = 0;
            bool ordered = true;
            o.progress = [&](int64_t done, int64_t total) {
                ++calls;
                ordered = ordered && done >= last && done <= total && total == int64_t(texts.size());
                last = done;
                return true;
            };
            const el::FloatArray batch = model(s).embed(texts, o);
            QCOMPARE(batch.shape, single.shape);
            QVERIFY(ordered);
            QCOMPARE(last, int64_t(texts.size()));
            QVERIFY(calls >= 1 && calls <= (int64_t(texts.size()) + batchSize - 1) / batchSize + 1);
            const double diff = eltest::maxAbsDiff(batch, single);
            qInfo("batch size %lld: max abs diff to one-by-one %.3g", (long long)batchSize, diff);
            QVERIFY2(diff < 1e-5, std::to_string(diff).c_str());
            for (size_t i = 0; i < texts.size(); ++i) {
                const std::vector<float> row(batch.row(int64_t(i)), batch.row(int64_t(i)) + batch.dim(1));
                QVERIFY2(eltest::cosine(row, expected[i]) >= eltest::kCosineMin, texts[i].c_str());
            }
        }
    }

    void embedEdgeCases()
    {
        el::Model& m = model("tiny-bert");
        const el::FloatArray none = m.embed({});
        QCOMPARE(none.shape, std::vector<int64_t>({0, 32}));
        el::EmbedOptions cancel;
        cancel.batchSize = 1;
        cancel.progress = [](int64_t done, int64_t) { return done < 2; };
        try {
            m.embed({"one", "two", "three"}, cancel);
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::Cancelled);
        }
        el::EmbedOptions bad;
        bad.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(el::Error, m.embed({"x"}, bad));
        // normalize override on a model that declares Normalize: off gives the raw mean.
        el::EmbedOptions raw;
        raw.normalize = false;
        const auto& c = m_refs["tiny-bert"]["cases"][0];
        const el::FloatArray e = m.embed({c["text"].get<std::string>()}, raw);
        QVERIFY(eltest::maxAbs(e.data, c["pooled"]["mean"].get<std::vector<float>>()) < eltest::kHiddenTol);
        // and on the F16 model (cls, no Normalize) on gives a unit vector.
        el::EmbedOptions unit;
        unit.normalize = true;
        const el::FloatArray u = model("tiny-bert-f16").embed({"hello world"}, unit);
        double norm = 0;
        for (float f : u.data) norm += double(f) * f;
        QVERIFY(std::fabs(norm - 1.0) < 1e-5);
    }

    // The card names the model after its folder, or after the repository of a Hugging Face cache
    // snapshot; never after _name_or_path, which often names the base checkpoint.
    void displayName()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const fs::path root = tmp.path().toStdString();
        const fs::path plain = root / "my-encoder";
        const fs::path snapshot = root / "models--someorg--tiny-enc" / "snapshots" / "0123456789abcdef0123456789abcdef01234567";
        for (const fs::path& dir : {plain, snapshot}) {
            fs::create_directories(dir);
            for (const auto& f : fs::directory_iterator(setDir("tiny-bert") / "model"))
                fs::create_symlink(fs::absolute(f.path()), dir / f.path().filename());
        }
        QCOMPARE(el::Model::load(plain)->info().name, std::string("my-encoder"));
        QCOMPARE(el::Model::load(plain / "")->info().name, std::string("my-encoder"));
        QCOMPARE(el::Model::load(snapshot)->info().name, std::string("someorg/tiny-enc"));
    }

    void maxLengthArgument()
    {
        el::Model& m = model("tiny-bert");
        std::string longText;
        for (int i = 0; i < 600; ++i) longText += "word ";
        QCOMPARE(m.tokenize(longText).size(), size_t(64));
        QCOMPARE(m.tokenize(longText, std::nullopt, 10).size(), size_t(10));
        // An explicit length may exceed max_seq_length up to the encoder's positions, never beyond.
        QCOMPARE(m.tokenize(longText, std::nullopt, 300).size(), size_t(300));
        QCOMPARE(m.info().maxInputLength, int64_t(512)); // the fixture's max_position_embeddings
        QCOMPARE(m.tokenize(longText, std::nullopt, 100000).size(), size_t(512));
        const el::Inspection ins = m.inspect(longText, std::nullopt, false, 12);
        QCOMPARE(ins.hiddenStates.shape, std::vector<int64_t>({3, 12, 32}));
        QVERIFY(ins.attentions.empty());
        el::EmbedOptions o;
        o.maxLength = 12;
        QCOMPARE(m.embed({longText}, o).shape, std::vector<int64_t>({1, 32}));
    }

    void cleanupTestCase()
    {
        for (const auto& [set, w] : m_worst)
            qInfo("%s worst: hidden %.3g, attention %.3g, pooled %.3g, embedding %.3g (min cosine %.9f)", set.c_str(),
                  w.hidden, w.attention, w.pooled, w.embedding, w.embeddingCosine);
    }
};

QTEST_GUILESS_MAIN(TestEncoderTinyBert)
#include "tst_encoder_tinybert.moc"
