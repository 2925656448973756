// el::PackedWeights (the float32 linear kernel packed at load) against LibTorch's addmm, the
// reference product, over shapes that exercise every edge: rows not a multiple of the 6-row block,
// outputs not a multiple of the 16-column panel, depths split into several k blocks, no bias, and
// the three ways of running (one thread, SecondCore's two cores, LibTorch's threads).
#include "TestSupport.h"
#include "nn/Linear.h"
#include "nn/PackedWeights.h"
#include "nn/SecondCore.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

class TestPackedWeights : public QObject
{
    Q_OBJECT

    static double maxDiff(const at::Tensor& a, const at::Tensor& b) { return (a - b).abs().max().item<double>(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The suite runs on CI machines of this project (x86-64 with AVX2); a CPU without it
        // would use the BLAS path, which the encoder tests cover - say so rather than pass quietly.
        QVERIFY2(el::PackedWeights::supported(), "this CPU lacks AVX2/FMA: the packed kernel is not in use");
        at::manual_seed(7);
    }

    void matchesAddmm_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<bool>("bias");
        QTest::addColumn<int>("mode"); // 0 one thread, 1 SecondCore, 2 LibTorch threads
        for (int mode : {0, 1, 2})
            for (auto [rows, in, out] : std::vector<std::tuple<int, int, int>>{
                     {1, 384, 1152}, {5, 37, 21}, {7, 384, 384}, {13, 1536, 384}, {16, 385, 17},
                     {96, 64, 48}, {97, 769, 100}, {250, 768, 3072}, {3, 3072, 768}})
                for (bool bias : {true, false})
                    QTest::newRow(qPrintable(QStringLiteral("%1x%2->%3 bias=%4 mode=%5")
                                                 .arg(rows).arg(in).arg(out).arg(bias).arg(mode)))
                        << rows << in << out << bias << mode;
    }

    void matchesAddmm()
    {
        QFETCH(int, rows);
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(bool, bias);
        QFETCH(int, mode);
        // A strided weight (a transposed view) checks that packing reads logical, not raw, order.
        const at::Tensor w = (at::randn({in, out}) * 0.1).t();
        const at::Tensor b = bias ? at::randn({out}) : at::Tensor();
        const at::Tensor x = at::randn({2, rows, in}).select(0, 1); // non-contiguous rows view
        const el::PackedWeights packed(w, b);
        QCOMPARE(packed.in(), int64_t(in));
        QCOMPARE(packed.out(), int64_t(out));
        at::set_num_threads(mode == 2 ? 2 : 1);
        at::Tensor got;
        {
            el::SecondCoreScope two(mode == 1);
            got = packed(x);
        }
        at::set_num_threads(2);
        const at::Tensor expected = bias ? at::addmm(b, x, w.t()) : at::mm(x, w.t());
        QCOMPARE(got.sizes().vec(), expected.sizes().vec());
        // float32 sums of `in` terms in another order: a few ulps of the largest partial sums.
        const double tol = 1e-6 * std::sqrt(double(in)) * (1 + expected.abs().max().item<double>());
        const double diff = maxDiff(got, expected);
        QVERIFY2(diff <= tol, qPrintable(QStringLiteral("max abs diff %1 > %2").arg(diff).arg(tol)));
    }

    // Leading dimensions are kept: [batch, tokens, in] -> [batch, tokens, out], as nn.Linear does.
    void keepsLeadingShape()
    {
        const at::Tensor w = at::randn({10, 8}), b = at::randn({10});
        const at::Tensor x = at::randn({3, 4, 8});
        const at::Tensor y = el::PackedWeights(w, b)(x);
        QCOMPARE(y.sizes().vec(), std::vector<int64_t>({3, 4, 10}));
        QVERIFY(maxDiff(y, at::linear(x, w, b)) < 1e-5);
    }

    // shareWithSecondCore runs every part exactly once, also when two threads ask at the same time
    // (the second then runs all its parts itself) and when jobs follow each other closely.
    void secondCoreRunsEachPartOnce()
    {
        for (int round = 0; round < 300; ++round) {
            const int64_t parts = 1 + round % 13;
            std::unique_ptr<std::atomic<int>[]> mine(new std::atomic<int>[size_t(parts)]()),
                theirs(new std::atomic<int>[size_t(parts)]());
            std::thread other([&] {
                el::shareWithSecondCore(parts, [&](int64_t i) { theirs[size_t(i)].fetch_add(1); });
            });
            el::shareWithSecondCore(parts, [&](int64_t i) { mine[size_t(i)].fetch_add(1); });
            other.join();
            for (int64_t i = 0; i < parts; ++i) {
                QCOMPARE(mine[size_t(i)].load(), 1);
                QCOMPARE(theirs[size_t(i)].load(), 1);
            }
        }
    }

    // Linear (what every encoder layer uses) goes through the packed kernel in float32 and gives
    // torch.nn.functional.linear's result.
    void linearUsesPackedKernel()
    {
        const at::Tensor w = at::randn({40, 24}), b = at::randn({40});
        const at::Tensor x = at::randn({2, 9, 24});
        const el::Linear linear(w, b);
        QVERIFY(!linear.quantized());
        QVERIFY(maxDiff(linear(x), at::linear(x, w, b)) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestPackedWeights)
#include "tst_packed_weights.moc"
