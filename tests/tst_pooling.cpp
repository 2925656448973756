// Pooling formulas (sentence-transformers models/Pooling.py) on arrays whose results are worked
// out by hand below, for the plain-array el::pool and the batched torch version used by embed();
// then el::pool against the reference "pooled" values of the tiny-bert fixture.

#include "Error.h"
#include "Npy.h"
#include "Pooling.h"
#include "TestSupport.h"
#include "nn/SentencePooling.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>

using el::PoolingMode;

namespace {

// X = [[1, 2], [3, -4], [5, 6]]
el::FloatArray sample()
{
    el::FloatArray x({3, 2});
    x.data = {1, 2, 3, -4, 5, 6};
    return x;
}

bool near(const std::vector<float>& a, const std::vector<float>& b, double tol = 1e-6)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!(std::fabs(double(a[i]) - double(b[i])) <= tol * std::max(1.0, std::fabs(double(b[i]))))) return false;
    return true;
}

QByteArray show(const std::vector<float>& v)
{
    QByteArray s = "[";
    for (float f : v) s += QByteArray::number(f, 'g', 9) + " ";
    return s + "]";
}

} // namespace

Q_DECLARE_METATYPE(std::vector<float>)
Q_DECLARE_METATYPE(std::vector<int8_t>)

class TestPooling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        for (PoolingMode m : el::allPoolingModes()) QCOMPARE(el::poolingFromName(el::poolingName(m)), m);
        QCOMPARE(el::allPoolingModes().size(), size_t(6));
        QCOMPARE(el::poolingName(PoolingMode::MeanSqrtLen), std::string("mean_sqrt_len"));
        QCOMPARE(el::poolingFromName("weightedmean"), PoolingMode::WeightedMean);
        QVERIFY(!el::poolingFromName("average").has_value());
    }

    void formulas_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<std::vector<int8_t>>("mask");
        QTest::addColumn<std::vector<float>>("expected");
        const std::vector<int8_t> first2{1, 1, 0}, all{1, 1, 1}, hole{1, 0, 1}, none{0, 0, 0};
        const float r2 = std::sqrt(2.0f);
        auto row = [&](const char* name, PoolingMode m, const std::vector<int8_t>& mask, std::vector<float> e) {
            QTest::newRow(name) << int(m) << mask << e;
        };
        // mask [1,1,0]: the third row is padding.
        row("cls", PoolingMode::Cls, first2, {1, 2});
        row("max", PoolingMode::Max, first2, {3, 2});
        row("mean", PoolingMode::Mean, first2, {2, -1});             // (1+3)/2, (2-4)/2
        row("mean_sqrt_len", PoolingMode::MeanSqrtLen, first2, {4 / r2, -2 / r2});
        row("weightedmean", PoolingMode::WeightedMean, first2, {7.0f / 3, -2}); // (1*1+3*2)/3, (2*1-4*2)/3
        row("lasttoken", PoolingMode::LastToken, first2, {3, -4});
        // no padding
        row("max all", PoolingMode::Max, all, {5, 6});
        row("mean all", PoolingMode::Mean, all, {3, 4.0f / 3});
        row("weightedmean all", PoolingMode::WeightedMean, all, {22.0f / 6, 2}); // (1+6+15)/6, (2-8+18)/6
        row("lasttoken all", PoolingMode::LastToken, all, {5, 6});
        // a hole in the mask: positions keep their padded-sequence weights (1 and 3)
        row("weightedmean hole", PoolingMode::WeightedMean, hole, {4, 5}); // (1+15)/4, (2+18)/4
        row("max hole", PoolingMode::Max, hole, {5, 6});
        row("lasttoken hole", PoolingMode::LastToken, hole, {5, 6});
        // everything masked: max sees only -1e9, mean divides 0 by 1e-9, lasttoken gathers X[0]*0
        row("max none", PoolingMode::Max, none, {-1e9f, -1e9f});
        row("mean none", PoolingMode::Mean, none, {0, 0});
        row("weightedmean none", PoolingMode::WeightedMean, none, {0, 0});
        row("lasttoken none", PoolingMode::LastToken, none, {0, 0});
        row("cls none", PoolingMode::Cls, none, {1, 2});
    }

    void formulas()
    {
        QFETCH(int, mode);
        QFETCH(std::vector<int8_t>, mask);
        QFETCH(std::vector<float>, expected);
        const auto got = el::pool(sample(), mask, PoolingMode(mode));
        QVERIFY2(near(got, expected), show(got) + " vs " + show(expected));
    }

    // The batched torch pooling of embed() on the same numbers, two sequences in one padded batch.
    void batchedFormulas()
    {
        at::Tensor tokens = at::tensor(std::vector<float>{1, 2, 3, -4, 5, 6, 1, 2, 3, -4, 5, 6}).view({2, 3, 2});
        at::Tensor mask = at::tensor(std::vector<int64_t>{1, 1, 0, 1, 0, 1}).view({2, 3});
        const std::vector<PoolingMode> all = el::allPoolingModes();
        at::Tensor out = el::SentencePooling(all)(tokens, mask).contiguous();
        QCOMPARE(out.size(0), int64_t(2));
        QCOMPARE(out.size(1), int64_t(12));
        const float r2 = std::sqrt(2.0f);
        // concatenated in ST order: cls, max, mean, mean_sqrt_len, weightedmean, lasttoken
        const std::vector<float> first{1, 2, 3, 2, 2, -1, 4 / r2, -2 / r2, 7.0f / 3, -2, 3, -4};
        const std::vector<float> second{1, 2, 5, 6, 3, 4, 6 / r2, 8 / r2, 4, 5, 5, 6};
        std::vector<float> row0(out.data_ptr<float>(), out.data_ptr<float>() + 12);
        std::vector<float> row1(out.data_ptr<float>() + 12, out.data_ptr<float>() + 24);
        QVERIFY2(near(row0, first), show(row0));
        QVERIFY2(near(row1, second), show(row1));
        // The caller's token embeddings are not modified by max's -1e9 fill.
        QCOMPARE(tokens[0][2][0].item<float>(), 5.0f);
    }

    void badInput()
    {
        el::FloatArray x = sample();
        QVERIFY_THROWS_EXCEPTION(el::Error, el::pool(x, {1, 1}, PoolingMode::Mean));
        el::FloatArray flat({6});
        QVERIFY_THROWS_EXCEPTION(el::Error, el::pool(flat, {1, 1, 1, 1, 1, 1}, PoolingMode::Mean));
        el::FloatArray empty({0, 2});
        QVERIFY_THROWS_EXCEPTION(el::Error, el::pool(empty, {}, PoolingMode::Cls));
    }

    void normalizeAndCosine()
    {
        std::vector<float> v{3, 4};
        el::l2Normalize(v);
        QVERIFY(near(v, {0.6f, 0.8f}));
        std::vector<float> z{0, 0};
        el::l2Normalize(z); // divides by max(norm, 1e-12): stays zero, no NaN
        QCOMPARE(z, std::vector<float>({0, 0}));

        el::FloatArray m({3, 2});
        m.data = {3, 4, 0, 2, -1, 0};
        el::l2NormalizeRows(m);
        QVERIFY(near(m.data, {0.6f, 0.8f, 0, 1, -1, 0}));

        const float a[] = {1, 0}, b[] = {0, 1}, c[] = {2, 0}, zero[] = {0, 0};
        QCOMPARE(el::cosine(a, b, 2), 0.0f);
        QCOMPARE(el::cosine(a, c, 2), 1.0f);
        QCOMPARE(el::cosine(a, zero, 2), 0.0f);
        el::FloatArray sim = el::cosineMatrix(m);
        QCOMPARE(sim.shape, std::vector<int64_t>({3, 3}));
        QVERIFY(std::fabs(sim.at({0, 1}) - 0.8f) < 1e-6); // (0.6,0.8)·(0,1)
        QVERIFY(std::fabs(sim.at({1, 0}) - 0.8f) < 1e-6);
        QVERIFY(std::fabs(sim.at({0, 2}) + 0.6f) < 1e-6);
        QVERIFY(std::fabs(sim.at({2, 2}) - 1.0f) < 1e-6);
    }

    // el::pool on the reference last hidden state must give sentence-transformers' pooled values.
    void fixturePooled_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("caseIndex");
        for (const char* set : {"tiny-bert", "tiny-bert-f16", "minilm"}) {
            const auto path = eltest::fixturesDir() / "reference" / set / "reference.json";
            if (!std::filesystem::exists(path)) {
                QTest::newRow(set) << QString(set) << -1;
                continue;
            }
            const auto ref = nlohmann::json::parse(eltest::readFile(path));
            for (size_t i = 0; i < ref["cases"].size(); ++i)
                QTest::newRow((std::string(set) + "/" + ref["cases"][i]["name"].get<std::string>()).c_str())
                    << QString(set) << int(i);
        }
    }

    void fixturePooled()
    {
        QFETCH(QString, set);
        QFETCH(int, caseIndex);
        QVERIFY2(caseIndex >= 0, "reference fixture missing");
        const auto dir = eltest::fixturesDir() / "reference" / set.toStdString();
        const auto ref = nlohmann::json::parse(eltest::readFile(dir / "reference.json"));
        const auto& c = ref["cases"][size_t(caseIndex)];
        const el::FloatArray hidden = el::readNpy(dir / c["hidden_states"].get<std::string>());
        QCOMPARE(hidden.rank(), size_t(3));
        const int64_t L = hidden.dim(1), H = hidden.dim(2);
        el::FloatArray last({L, H});
        std::copy(hidden.row(hidden.dim(0) - 1), hidden.row(hidden.dim(0) - 1) + L * H, last.data.begin());
        const std::vector<int8_t> mask(size_t(L), 1);
        int checked = 0;
        for (const auto& [name, values] : c["pooled"].items()) {
            const auto mode = el::poolingFromName(name);
            QVERIFY2(mode.has_value(), name.c_str());
            const auto expected = values.get<std::vector<float>>();
            const auto got = el::pool(last, mask, *mode);
            double maxDiff = 0;
            for (size_t i = 0; i < got.size(); ++i) maxDiff = std::max(maxDiff, std::fabs(double(got[i]) - expected[i]));
            QVERIFY2(got.size() == expected.size() && maxDiff < 1e-5,
                     (name + " max abs diff " + std::to_string(maxDiff)).c_str());
            ++checked;
        }
        QCOMPARE(checked, 6);
    }
};

QTEST_GUILESS_MAIN(TestPooling)
#include "tst_pooling.moc"
