// Attention aggregation, rollout, hiding and subword merging on tiny matrices. Every expected
// value below was worked out by hand (the arithmetic is in the comments), never by the code under
// test.
#include "Error.h"
#include "analysis/AttentionAggregation.h"
#include "analysis/AttentionQuery.h"
#include "analysis/AttentionTokens.h"

#include <QtTest>

#include <cmath>
#include <functional>

using Matrix = std::vector<std::vector<double>>;
Q_DECLARE_METATYPE(Matrix)
Q_DECLARE_METATYPE(std::vector<int64_t>)
Q_DECLARE_METATYPE(el::AttentionReduce)
Q_DECLARE_METATYPE(el::WordMerge)
Q_DECLARE_METATYPE(el::FloatArray)
Q_DECLARE_METATYPE(std::function<void()>)

namespace {

el::FloatArray matrix(const Matrix& m)
{
    el::FloatArray a({int64_t(m.size()), int64_t(m.size())});
    for (size_t r = 0; r < m.size(); ++r)
        for (size_t c = 0; c < m[r].size(); ++c)
            a.data[r * m.size() + c] = float(m[r][c]);
    return a;
}

// [layers, heads, L, L] from per-(layer, head) matrices listed layer-major.
el::FloatArray stack(int64_t layers, int64_t heads, const std::vector<Matrix>& slices)
{
    const int64_t L = int64_t(slices.front().size());
    el::FloatArray a({layers, heads, L, L});
    size_t o = 0;
    for (const auto& m : slices)
        for (const auto& row : m)
            for (double v : row)
                a.data[o++] = float(v);
    return a;
}

// Two layers, two heads, two tokens.
const Matrix L0H0 = {{1.0, 0.0}, {0.5, 0.5}};
const Matrix L0H1 = {{0.2, 0.8}, {0.6, 0.4}};
const Matrix L1H0 = {{0.5, 0.5}, {1.0, 0.0}};
const Matrix L1H1 = {{0.0, 1.0}, {0.3, 0.7}};
el::FloatArray twoByTwo()
{
    return stack(2, 2, {L0H0, L0H1, L1H0, L1H1});
}

bool sameMatrix(const el::FloatArray& got, const Matrix& want, QString* why)
{
    const int64_t n = int64_t(want.size());
    if (got.shape != std::vector<int64_t>{n, n}) {
        *why = QStringLiteral("shape differs: got rank %1").arg(got.rank());
        return false;
    }
    for (int64_t r = 0; r < n; ++r)
        for (int64_t c = 0; c < n; ++c) {
            const double g = got.data[size_t(r * n + c)];
            if (std::abs(g - want[size_t(r)][size_t(c)]) > 1e-6) {
                *why = QStringLiteral("(%1,%2): got %3, want %4")
                           .arg(r)
                           .arg(c)
                           .arg(g, 0, 'g', 9)
                           .arg(want[size_t(r)][size_t(c)], 0, 'g', 9);
                return false;
            }
        }
    return true;
}

#define COMPARE_MATRIX(got, want)                                                                            \
    do {                                                                                                     \
        QString why;                                                                                         \
        QVERIFY2(sameMatrix((got), (want), &why), qPrintable(why));                                          \
    } while (false)

// [CLS] a b ##c [SEP] — one sentence, "bc" split in two pieces.
el::Encoding fiveTokens()
{
    el::Encoding e;
    e.ids = {101, 1, 2, 3, 102};
    e.tokens = {"[CLS]", "a", "b", "##c", "[SEP]"};
    e.specialTokensMask = {1, 0, 0, 0, 1};
    e.sequenceIds = {-1, 0, 0, 0, -1};
    e.wordIds = {-1, 0, 1, 1, -1};
    e.typeIds = {0, 0, 0, 0, 0};
    e.attentionMask = {1, 1, 1, 1, 1};
    e.offsets = {{0, 0}, {0, 1}, {2, 3}, {3, 4}, {0, 0}};
    return e;
}

const Matrix M5 = {
    {0.2, 0.2, 0.2, 0.2, 0.2}, {0.5, 0.1, 0.1, 0.1, 0.2}, {0.1, 0.3, 0.2, 0.2, 0.2},
    {0.4, 0.1, 0.2, 0.1, 0.2}, {0.2, 0.2, 0.2, 0.2, 0.2},
};

} // namespace

class TestAttentionAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slice()
    {
        COMPARE_MATRIX(el::attentionSlice(twoByTwo(), 1, 0), L1H0);
        COMPARE_MATRIX(el::attentionSlice(twoByTwo(), 0, 1), L0H1);
    }

    void aggregate_data()
    {
        QTest::addColumn<std::vector<int64_t>>("layers");
        QTest::addColumn<std::vector<int64_t>>("heads");
        QTest::addColumn<el::AttentionReduce>("reduce");
        QTest::addColumn<Matrix>("expected");
        // (L0H0 + L0H1) / 2 = ([1,0]+[.2,.8])/2, ([.5,.5]+[.6,.4])/2
        QTest::newRow("mean of heads, layer 0")
            << std::vector<int64_t>{0} << std::vector<int64_t>{0, 1} << el::AttentionReduce::Mean
            << Matrix{{0.6, 0.4}, {0.55, 0.45}};
        QTest::newRow("max of heads, layer 0") << std::vector<int64_t>{0} << std::vector<int64_t>{0, 1}
                                               << el::AttentionReduce::Max << Matrix{{1.0, 0.8}, {0.6, 0.5}};
        // layer 1 mean = [.25,.75],[.65,.35]; mean with layer 0's [.6,.4],[.55,.45]
        QTest::newRow("mean of all") << std::vector<int64_t>{0, 1} << std::vector<int64_t>{0, 1}
                                     << el::AttentionReduce::Mean << Matrix{{0.425, 0.575}, {0.6, 0.4}};
        QTest::newRow("max of all") << std::vector<int64_t>{1, 0} << std::vector<int64_t>{1, 0}
                                    << el::AttentionReduce::Max << Matrix{{1.0, 1.0}, {1.0, 0.7}};
        // (L0H1 + L1H1) / 2 = ([.2,.8]+[0,1])/2, ([.6,.4]+[.3,.7])/2
        QTest::newRow("head 1 over layers") << std::vector<int64_t>{0, 1} << std::vector<int64_t>{1}
                                            << el::AttentionReduce::Mean << Matrix{{0.1, 0.9}, {0.45, 0.55}};
        QTest::newRow("duplicates count once")
            << std::vector<int64_t>{0, 0} << std::vector<int64_t>{1, 1} << el::AttentionReduce::Mean << L0H1;
    }
    void aggregate()
    {
        QFETCH(std::vector<int64_t>, layers);
        QFETCH(std::vector<int64_t>, heads);
        QFETCH(el::AttentionReduce, reduce);
        QFETCH(Matrix, expected);
        COMPARE_MATRIX(el::aggregateAttention(twoByTwo(), layers, heads, reduce), expected);
    }

    void rollout_data()
    {
        QTest::addColumn<el::FloatArray>("attentions");
        QTest::addColumn<std::vector<int64_t>>("layers");
        QTest::addColumn<el::AttentionReduce>("fuse");
        QTest::addColumn<Matrix>("expected");
        // Layer 0 mean Â0 = [.6,.4],[.55,.45]; Ã0 = (Â0 + I)/2 = [.8,.2],[.275,.725].
        QTest::newRow("one layer") << twoByTwo() << std::vector<int64_t>{0} << el::AttentionReduce::Mean
                                   << Matrix{{0.8, 0.2}, {0.275, 0.725}};
        // Ã1 = ([.25,.75],[.65,.35] + I)/2 = [.625,.375],[.325,.675]; R = Ã1·Ã0:
        //  row 0: .625*.8 + .375*.275 = .603125, .625*.2 + .375*.725 = .396875
        //  row 1: .325*.8 + .675*.275 = .445625, .325*.2 + .675*.725 = .554375
        QTest::newRow("two layers") << twoByTwo() << std::vector<int64_t>{1, 0} << el::AttentionReduce::Mean
                                    << Matrix{{0.603125, 0.396875}, {0.445625, 0.554375}};
        // Max fusion: [1,.8],[.6,.5] + I = [2,.8],[.6,1.5]; rows / 2.8 and / 2.1.
        QTest::newRow("max fusion") << twoByTwo() << std::vector<int64_t>{0} << el::AttentionReduce::Max
                                    << Matrix{{2.0 / 2.8, 0.8 / 2.8}, {0.6 / 2.1, 1.5 / 2.1}};
        // 3 tokens, 1 head. Ã0 = ([1,0,0],[.5,.5,0],[0,.5,.5] + I)/2 = [1,0,0],[.25,.75,0],[0,.25,.75]
        // A1 is the cyclic shift, Ã1 = [.5,.5,0],[0,.5,.5],[.5,0,.5]. R = Ã1·Ã0:
        //  row 0 = .5·Ã0[0] + .5·Ã0[1] = [.625,.375,0]
        //  row 1 = .5·Ã0[1] + .5·Ã0[2] = [.125,.5,.375]
        //  row 2 = .5·Ã0[0] + .5·Ã0[2] = [.5,.125,.375]
        const Matrix A0 = {{1, 0, 0}, {0.5, 0.5, 0}, {0, 0.5, 0.5}};
        const Matrix A1 = {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        QTest::newRow("3x3 two layers")
            << stack(2, 1, {A0, A1}) << std::vector<int64_t>{0, 1} << el::AttentionReduce::Mean
            << Matrix{{0.625, 0.375, 0}, {0.125, 0.5, 0.375}, {0.5, 0.125, 0.375}};
    }
    void rollout()
    {
        QFETCH(el::FloatArray, attentions);
        QFETCH(std::vector<int64_t>, layers);
        QFETCH(el::AttentionReduce, fuse);
        QFETCH(Matrix, expected);
        const auto heads = el::allIndices(attentions.shape[1]);
        COMPARE_MATRIX(el::attentionRollout(attentions, layers, heads, fuse), expected);
    }

    void rolloutByLayer()
    {
        // Prefixes of the "two layers" case above: Ã0, then Ã1·Ã0.
        const auto prefixes = el::attentionRolloutByLayer(twoByTwo(), {0, 1}, {0, 1});
        QCOMPARE(prefixes.size(), size_t(2));
        COMPARE_MATRIX(prefixes[0], (Matrix{{0.8, 0.2}, {0.275, 0.725}}));
        COMPARE_MATRIX(prefixes[1], (Matrix{{0.603125, 0.396875}, {0.445625, 0.554375}}));
    }

    void selectTokens_data()
    {
        QTest::addColumn<Matrix>("input");
        QTest::addColumn<std::vector<int64_t>>("keep");
        QTest::addColumn<bool>("renormalise");
        QTest::addColumn<Matrix>("expected");
        const Matrix m = {{0.5, 0.3, 0.2}, {0.1, 0.6, 0.3}, {0.25, 0.25, 0.5}};
        // row 1: [.6,.3]/.9; row 2: [.25,.5]/.75
        QTest::newRow("drop first, renormalise")
            << m << std::vector<int64_t>{1, 2} << true << Matrix{{2.0 / 3, 1.0 / 3}, {1.0 / 3, 2.0 / 3}};
        QTest::newRow("drop first, raw")
            << m << std::vector<int64_t>{1, 2} << false << Matrix{{0.6, 0.3}, {0.25, 0.5}};
        QTest::newRow("drop middle") << m << std::vector<int64_t>{0, 2} << true
                                     << Matrix{{0.5 / 0.7, 0.2 / 0.7}, {0.25 / 0.75, 0.5 / 0.75}};
        // A row whose whole mass was on the dropped token stays zero instead of becoming NaN.
        QTest::newRow("zero row") << Matrix{{1, 0, 0}, {1, 0, 0}, {0.5, 0.25, 0.25}}
                                  << std::vector<int64_t>{1, 2} << true << Matrix{{0, 0}, {0.5, 0.5}};
    }
    void selectTokens()
    {
        QFETCH(Matrix, input);
        QFETCH(std::vector<int64_t>, keep);
        QFETCH(bool, renormalise);
        QFETCH(Matrix, expected);
        COMPARE_MATRIX(el::selectTokens(matrix(input), keep, renormalise), expected);
    }

    void merge_data()
    {
        QTest::addColumn<el::WordMerge>("rows");
        QTest::addColumn<Matrix>("expected");
        // Groups {0}, {1,2}, {3} of
        //   r0 [.1,.2,.3,.4]  r1 [.4,.1,.1,.4]  r2 [.2,.2,.2,.4]  r3 [.7,.1,.1,.1]
        // Columns summed per group: r0 [.1,.5,.4] r1 [.4,.2,.4] r2 [.2,.4,.4] r3 [.7,.2,.1]
        // and the word's row from r1 and r2 by the reducer.
        QTest::newRow("mean") << el::WordMerge::Mean
                              << Matrix{{0.1, 0.5, 0.4}, {0.3, 0.3, 0.4}, {0.7, 0.2, 0.1}};
        QTest::newRow("sum") << el::WordMerge::Sum
                             << Matrix{{0.1, 0.5, 0.4}, {0.6, 0.6, 0.8}, {0.7, 0.2, 0.1}};
        QTest::newRow("max") << el::WordMerge::Max
                             << Matrix{{0.1, 0.5, 0.4}, {0.4, 0.4, 0.4}, {0.7, 0.2, 0.1}};
        QTest::newRow("first") << el::WordMerge::First
                               << Matrix{{0.1, 0.5, 0.4}, {0.4, 0.2, 0.4}, {0.7, 0.2, 0.1}};
    }
    void merge()
    {
        QFETCH(el::WordMerge, rows);
        QFETCH(Matrix, expected);
        const Matrix m = {
            {0.1, 0.2, 0.3, 0.4}, {0.4, 0.1, 0.1, 0.4}, {0.2, 0.2, 0.2, 0.4}, {0.7, 0.1, 0.1, 0.1}};
        COMPARE_MATRIX(el::mergeTokenGroups(matrix(m), {{0}, {1, 2}, {3}}, rows), expected);
    }

    void wordGroups()
    {
        // [CLS] the token ##izer [SEP] hi [SEP]: a pair; word ids restart in the second sequence.
        el::Encoding e;
        e.tokens = {"[CLS]", "the", "token", "##izer", "[SEP]", "hi", "[SEP]"};
        e.ids = {101, 1, 2, 3, 102, 4, 102};
        e.wordIds = {-1, 0, 1, 1, -1, 0, -1};
        e.sequenceIds = {-1, 0, 0, 0, -1, 1, -1};
        const el::TokenGroups want = {{0}, {1}, {2, 3}, {4}, {5}, {6}};
        QCOMPARE(el::wordGroups(e), want);

        // Same word id in two sequences back to back (no separator) are two words.
        el::Encoding adjacent;
        adjacent.tokens = {"a", "b"};
        adjacent.ids = {1, 2};
        adjacent.wordIds = {0, 0};
        adjacent.sequenceIds = {0, 1};
        QCOMPARE(el::wordGroups(adjacent), (el::TokenGroups{{0}, {1}}));

        // Without word ids every token stands alone.
        el::Encoding bare;
        bare.tokens = {"x", "##y"};
        bare.ids = {1, 2};
        QCOMPARE(el::wordGroups(bare), (el::TokenGroups{{0}, {1}}));
    }

    void transform_data()
    {
        QTest::addColumn<bool>("hideSpecial");
        QTest::addColumn<el::WordMerge>("merge");
        QTest::addColumn<Matrix>("expected");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("identity") << false << el::WordMerge::None << M5
                                  << QStringList{"[CLS]", "a", "b", "##c", "[SEP]"};
        // keep a, b, ##c: r1 [.1,.1,.1]/.3; r2 [.3,.2,.2]/.7; r3 [.1,.2,.1]/.4
        QTest::newRow("hide special")
            << true << el::WordMerge::None
            << Matrix{{1.0 / 3, 1.0 / 3, 1.0 / 3}, {3.0 / 7, 2.0 / 7, 2.0 / 7}, {0.25, 0.5, 0.25}}
            << QStringList{"a", "b", "##c"};
        // then columns {a}, {b,##c}: r1 [1/3,2/3]; r2 [3/7,4/7]; r3 [.25,.75]
        // word "bc" row = mean(r2, r3) = [(3/7+1/4)/2, (4/7+3/4)/2] = [19/56, 37/56]
        QTest::newRow("hide special, merge mean")
            << true << el::WordMerge::Mean << Matrix{{1.0 / 3, 2.0 / 3}, {19.0 / 56, 37.0 / 56}}
            << QStringList{"a", "bc"};
        QTest::newRow("hide special, merge first")
            << true << el::WordMerge::First << Matrix{{1.0 / 3, 2.0 / 3}, {3.0 / 7, 4.0 / 7}}
            << QStringList{"a", "bc"};
        // Without hiding: columns [CLS],a,{b,##c},[SEP]:
        //  r0 [.2,.2,.4,.2] r1 [.5,.1,.2,.2] r2 [.1,.3,.4,.2] r3 [.4,.1,.3,.2] r4 [.2,.2,.4,.2]
        //  "bc" = mean(r2, r3) = [.25,.2,.35,.2]
        QTest::newRow("merge mean") << false << el::WordMerge::Mean
                                    << Matrix{{0.2, 0.2, 0.4, 0.2},
                                              {0.5, 0.1, 0.2, 0.2},
                                              {0.25, 0.2, 0.35, 0.2},
                                              {0.2, 0.2, 0.4, 0.2}}
                                    << QStringList{"[CLS]", "a", "bc", "[SEP]"};
    }
    void transform()
    {
        QFETCH(bool, hideSpecial);
        QFETCH(el::WordMerge, merge);
        QFETCH(Matrix, expected);
        QFETCH(QStringList, labels);
        const auto result = el::transformTokens(matrix(M5), fiveTokens(), {hideSpecial, merge});
        COMPARE_MATRIX(result.values, expected);
        QStringList got;
        for (const auto& l : result.labels)
            got << QString::fromStdString(l);
        QCOMPARE(got, labels);
        QCOMPARE(result.size(), int64_t(expected.size()));
    }

    void groupsPointAtOriginalTokens()
    {
        const auto result = el::transformTokens(matrix(M5), fiveTokens(), {true, el::WordMerge::Sum});
        QCOMPARE(result.groups, (el::TokenGroups{{1}, {2, 3}}));
    }

    void pipeline_data()
    {
        QTest::addColumn<bool>("rollout");
        QTest::addColumn<Matrix>("expected");
        // mean of H0, H1 = [.4,.3,.3],[.3,.4,.3],[.2,.4,.4]; hide token 0:
        //  r1 [.4,.3]/.7, r2 [.4,.4]/.8
        QTest::newRow("mean, hide") << false << Matrix{{4.0 / 7, 3.0 / 7}, {0.5, 0.5}};
        // rollout of one layer = (mean + I)/2 = [.7,.15,.15],[.15,.7,.15],[.1,.2,.7]; hide token 0:
        //  r1 [.7,.15]/.85, r2 [.2,.7]/.9 — hiding happens after the rollout.
        QTest::newRow("rollout, hide") << true << Matrix{{0.7 / 0.85, 0.15 / 0.85}, {0.2 / 0.9, 0.7 / 0.9}};
    }
    void pipeline()
    {
        QFETCH(bool, rollout);
        QFETCH(Matrix, expected);
        const Matrix H0 = {{0.5, 0.25, 0.25}, {0.2, 0.4, 0.4}, {0.1, 0.6, 0.3}};
        const Matrix H1 = {{0.3, 0.35, 0.35}, {0.4, 0.4, 0.2}, {0.3, 0.2, 0.5}};
        el::Encoding e;
        e.tokens = {"[CLS]", "x", "y"};
        e.ids = {101, 1, 2};
        e.specialTokensMask = {1, 0, 0};
        e.wordIds = {-1, 0, 1};
        e.sequenceIds = {-1, 0, 0};
        el::AttentionQuery q;
        q.rollout = rollout;
        q.tokens.hideSpecial = true;
        const auto result = el::computeAttention(stack(1, 2, {H0, H1}), e, q);
        COMPARE_MATRIX(result.values, expected);
    }

    void joinPieces_data()
    {
        QTest::addColumn<QStringList>("pieces");
        QTest::addColumn<QString>("word");
        QTest::newRow("wordpiece") << QStringList{"token", "##izer"} << "tokenizer";
        QTest::newRow("sentencepiece") << QStringList{"\u2581Hel", "lo"} << "Hello";
        QTest::newRow("byte-level") << QStringList{"\u0120wor", "ld"} << "world";
        QTest::newRow("bare marker kept") << QStringList{"\u2581"} << "\u2581";
        QTest::newRow("hash inside first piece") << QStringList{"##a", "##b"} << "##ab";
    }
    void joinPieces()
    {
        QFETCH(QStringList, pieces);
        QFETCH(QString, word);
        std::vector<std::string> p;
        for (const auto& s : pieces)
            p.push_back(s.toStdString());
        QCOMPARE(QString::fromStdString(el::joinPieces(p)), word);
    }

    void badInput_data()
    {
        QTest::addColumn<std::function<void()>>("call");
        QTest::newRow("rank 3") << std::function<void()>(
            [] { el::aggregateAttention(el::FloatArray({2, 2, 2}), {0}, {0}, el::AttentionReduce::Mean); });
        QTest::newRow("not square") << std::function<void()>(
            [] { el::attentionSlice(el::FloatArray({1, 1, 2, 3}), 0, 0); });
        QTest::newRow("layer out of range")
            << std::function<void()>([] { el::attentionSlice(twoByTwo(), 2, 0); });
        QTest::newRow("negative head")
            << std::function<void()>([] { el::attentionSlice(twoByTwo(), 0, -1); });
        QTest::newRow("no heads") << std::function<void()>(
            [] { el::attentionRollout(twoByTwo(), {0}, {}, el::AttentionReduce::Mean); });
        QTest::newRow("keep unsorted")
            << std::function<void()>([] { el::selectTokens(matrix(M5), {2, 1}, true); });
        QTest::newRow("merge without reducer")
            << std::function<void()>([] { el::mergeTokenGroups(matrix(M5), {{0}}, el::WordMerge::None); });
        QTest::newRow("overlapping groups") << std::function<void()>(
            [] { el::mergeTokenGroups(matrix(M5), {{0, 1}, {1}}, el::WordMerge::Mean); });
        QTest::newRow("encoding length")
            << std::function<void()>([] { el::computeAttention(twoByTwo(), fiveTokens(), {}); });
    }
    void badInput()
    {
        QFETCH(std::function<void()>, call);
        bool threw = false;
        try {
            call();
        } catch (const el::Error& e) {
            threw = e.code() == el::ErrorCode::InvalidInput;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestAttentionAnalysis)
#include "tst_attention_analysis.moc"
