// core/analysis maths of the pooling lab and the similarity maps: pooling choices on hidden
// states, token contributions, average-linkage clustering, token alignment and neighbour ranks.
// Expected values are worked out by hand (arithmetic in the comments) or come from numpy/scipy
// (tools/reference/make_similarity_fixtures.py -> tests/fixtures/reference/similarity), never from
// the code under test.
#include "TestSupport.h"

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "analysis/Clustering.h"
#include "analysis/NeighbourRanking.h"
#include "analysis/PoolingChoice.h"
#include "analysis/PoolingContributions.h"
#include "analysis/TokenAlignment.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>

using nlohmann::json;

namespace {

el::FloatArray fromRows(const std::vector<std::vector<double>>& rows)
{
    el::FloatArray a({int64_t(rows.size()), int64_t(rows.empty() ? 0 : rows[0].size())});
    size_t o = 0;
    for (const auto& r : rows)
        for (double v : r)
            a.data[o++] = float(v);
    return a;
}

el::FloatArray fromJson(const json& rows)
{
    return fromRows(rows.get<std::vector<std::vector<double>>>());
}

const json& reference()
{
    static const json doc =
        json::parse(eltest::readFile(eltest::fixturesDir() / "reference" / "similarity" / "reference.json"));
    return doc;
}

std::filesystem::path tinyDir()
{
    return eltest::fixturesDir() / "reference" / "tiny-bert";
}

const json& tinyCase(const std::string& name)
{
    static const json doc = json::parse(eltest::readFile(tinyDir() / "reference.json"));
    for (const json& c : doc["cases"])
        if (c["name"] == name) return c;
    throw std::runtime_error("no tiny-bert case " + name);
}

std::vector<el::PoolingMode> modesFrom(const json& names)
{
    std::vector<el::PoolingMode> out;
    for (const auto& n : names)
        out.push_back(*el::poolingFromName(n.get<std::string>()));
    return out;
}

} // namespace

class TestSimilarityAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- pooling choices -------------------------------------------------------------------
    void layerStatesPickOneLayerOrTheMeanOfTheLastN()
    {
        // hidden [3 states, 1 token, 2]: (1,2) (3,4) (5,10)
        el::FloatArray h({3, 1, 2});
        h.data = {1, 2, 3, 4, 5, 10};
        el::PoolingChoice c;
        c.layer = 0;
        QCOMPARE(el::choiceLayerStates(h, c).data, std::vector<float>({1, 2}));
        c.layer = -1;
        QCOMPARE(el::choiceLayerStates(h, c).data, std::vector<float>({5, 10}));
        c.lastLayers = 2; // mean of (3,4) and (5,10) = (4,7)
        QCOMPARE(el::choiceLayerStates(h, c).data, std::vector<float>({4, 7}));
        c.lastLayers = 9; // clamped to all three: (3, 16/3)
        QCOMPARE(el::choiceLayerStates(h, c).data[0], 3.0f);
        QVERIFY(std::abs(el::choiceLayerStates(h, c).data[1] - 16.0f / 3.0f) < 1e-6f);
        c.lastLayers = 0;
        c.layer = 3;
        QVERIFY_THROWS_EXCEPTION(el::Error, el::choiceLayerStates(h, c));
    }

    void specialTokensAreLeftOutBeforePooling()
    {
        // [CLS]=(9,9) a=(1,0) b=(3,2) [SEP]=(7,7), one layer
        el::FloatArray h({1, 4, 2});
        h.data = {9, 9, 1, 0, 3, 2, 7, 7};
        const std::vector<int8_t> special = {1, 0, 0, 1};
        el::PoolingChoice c;
        c.includeSpecialTokens = false;
        c.modes = {el::PoolingMode::Cls, el::PoolingMode::LastToken, el::PoolingMode::Mean};
        // cls -> first text token (1,0); lasttoken -> (3,2); mean -> (2,1)
        QCOMPARE(el::poolHiddenStates(h, special, c), std::vector<float>({1, 0, 3, 2, 2, 1}));
        c.includeSpecialTokens = true;
        c.modes = {el::PoolingMode::Mean}; // (20/4, 18/4)
        QCOMPARE(el::poolHiddenStates(h, special, c), std::vector<float>({5.0f, 4.5f}));
        c.normalize = true; // (5, 4.5) / sqrt(45.25)
        const auto v = el::poolHiddenStates(h, special, c);
        QVERIFY(std::abs(v[0] - 5.0f / std::sqrt(45.25f)) < 1e-6f);
        // Only special tokens and excluded: a zero vector, not a crash.
        c.includeSpecialTokens = false;
        QCOMPARE(el::poolHiddenStates(h, {1, 1, 1, 1}, c), std::vector<float>({0, 0}));
    }

    void poolingChoicesMatchNumpy_data()
    {
        QTest::addColumn<int>("index");
        const json& choices = reference()["pooling_choices"]["choices"];
        for (size_t i = 0; i < choices.size(); ++i)
            QTest::newRow(choices[i]["name"].get<std::string>().c_str()) << int(i);
    }
    void poolingChoicesMatchNumpy()
    {
        QFETCH(int, index);
        const json& pc = reference()["pooling_choices"];
        const json& want = pc["choices"][size_t(index)];
        const el::FloatArray h = el::readNpy(tinyDir() / "plain.hidden.npy");
        el::PoolingChoice c;
        c.modes = modesFrom(want["modes"]);
        c.layer = want["layer"].get<int64_t>();
        c.lastLayers = want["last_layers"].get<int64_t>();
        c.includeSpecialTokens = want["include_special"].get<bool>();
        c.normalize = want["normalize"].get<bool>();
        const std::vector<float> got =
            el::poolHiddenStates(h, pc["special_tokens_mask"].get<std::vector<int8_t>>(), c);
        const auto expected = want["vector"].get<std::vector<double>>();
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::abs(got[i] - expected[i]) < 1e-5, qPrintable(QString::number(i)));
    }

    void declaredChoiceEqualsEmbed()
    {
        const auto model = el::Model::load(tinyDir() / "model");
        const el::PoolingChoice declared =
            el::declaredChoice(model->info().declaredPooling, model->info().declaredNormalize);
        const std::vector<std::string> texts = {"The quick brown fox jumps over the lazy dog.",
                                                "A man is playing a guitar.", "Café NAÏVE Ångström", "x"};
        const el::FloatArray embedded = model->embed(texts);
        for (size_t i = 0; i < texts.size(); ++i) {
            const el::Inspection in = model->inspect(texts[i], std::nullopt, false);
            const auto v = el::poolHiddenStates(in.hiddenStates, in.encoding.specialTokensMask, declared);
            QCOMPARE(int64_t(v.size()), embedded.dim(1));
            for (size_t k = 0; k < v.size(); ++k)
                QVERIFY(std::abs(v[k] - embedded.row(int64_t(i))[k]) < 1e-5f);
        }
    }

    // ---- contributions ---------------------------------------------------------------------
    void contributionsByHand()
    {
        // mean of (1,0) and (3,0) is (2,0); shares 0.5*<(1,0),(2,0)>/4 = 0.25 and 0.5*6/4 = 0.75.
        const auto mean = el::poolingContributions(fromRows({{1, 0}, {3, 0}}), el::PoolingMode::Mean);
        QCOMPARE(mean.share, std::vector<double>({0.25, 0.75}));
        // max over (1,5), (3,0): dim 0 won by token 1, dim 1 by token 0.
        const auto max = el::poolingContributions(fromRows({{1, 5}, {3, 0}}), el::PoolingMode::Max);
        QCOMPARE(max.dimensionsWon, std::vector<int64_t>({1, 1}));
        QCOMPARE(max.share, std::vector<double>({0.5, 0.5}));
        const auto cls = el::poolingContributions(fromRows({{1, 5}, {3, 0}, {2, 2}}), el::PoolingMode::Cls);
        QCOMPARE(cls.share, std::vector<double>({1, 0, 0}));
        const auto last =
            el::poolingContributions(fromRows({{1, 5}, {3, 0}, {2, 2}}), el::PoolingMode::LastToken);
        QCOMPARE(last.share, std::vector<double>({0, 0, 1}));
    }

    void contributionsMatchNumpy()
    {
        const json& shares = reference()["contributions"]["shares"];
        const el::FloatArray h = el::readNpy(tinyDir() / "plain.hidden.npy");
        el::PoolingChoice c; // last layer, all tokens
        const el::FloatArray x = el::choiceLayerStates(h, c);
        for (const char* name : {"mean", "mean_sqrt_len", "weightedmean"}) {
            const auto got = el::poolingContributions(x, *el::poolingFromName(name));
            const auto want = shares[name].get<std::vector<double>>();
            QCOMPARE(got.share.size(), want.size());
            double sum = 0;
            for (size_t i = 0; i < want.size(); ++i) {
                QVERIFY2(std::abs(got.share[i] - want[i]) < 1e-5, name);
                sum += got.share[i];
            }
            if (std::string(name) != "mean_sqrt_len") QVERIFY(std::abs(sum - 1.0) < 1e-9);
        }
        const auto max = el::poolingContributions(x, el::PoolingMode::Max);
        QCOMPARE(max.dimensionsWon, shares["max_dimensions_won"].get<std::vector<int64_t>>());
    }

    // ---- clustering ------------------------------------------------------------------------
    void averageLinkageByHand()
    {
        // 0-2 and 1-3 are close (0.1, 0.2), the cross pairs far: d(0,1)=0.9 d(0,3)=0.8 d(2,1)=0.7 d(2,3)=0.6.
        const el::FloatArray d =
            fromRows({{0, 0.9, 0.1, 0.8}, {0.9, 0, 0.7, 0.2}, {0.1, 0.7, 0, 0.6}, {0.8, 0.2, 0.6, 0}});
        const el::Dendrogram g = el::averageLinkage(d);
        QCOMPARE(g.steps.size(), size_t(3));
        // step 0 merges 0 and 2 (0.1) -> cluster 4; step 1 merges 1 and 3 (0.2) -> cluster 5;
        // step 2 merges 4 and 5 at (0.9 + 0.8 + 0.7 + 0.6) / 4 = 0.75.
        QCOMPARE(g.steps[0].first, 0);
        QCOMPARE(g.steps[0].second, 2);
        QCOMPARE(g.steps[1].first, 1);
        QCOMPARE(g.steps[1].second, 3);
        QCOMPARE(g.steps[2].first, 4);
        QCOMPARE(g.steps[2].second, 5);
        QCOMPARE(g.steps[2].size, 4);
        QVERIFY(std::abs(g.steps[2].distance - 0.75) < 1e-6);
        QCOMPARE(g.order, std::vector<int64_t>({0, 2, 1, 3}));
        // Degenerate sizes.
        QCOMPARE(el::averageLinkage(el::FloatArray({1, 1})).order, std::vector<int64_t>({0}));
        QVERIFY(el::averageLinkage(el::FloatArray({0, 0})).order.empty());
        QVERIFY_THROWS_EXCEPTION(el::Error, el::averageLinkage(el::FloatArray({2, 3})));
    }

    void clusteringMatchesScipy_data()
    {
        QTest::addColumn<int>("index");
        const json& cases = reference()["clustering"];
        for (size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << int(i);
    }
    void clusteringMatchesScipy()
    {
        QFETCH(int, index);
        const json& want = reference()["clustering"][size_t(index)];
        const el::FloatArray sim = fromJson(want["similarity"]);
        const el::Dendrogram g = el::averageLinkage(el::similarityToDistance(sim));
        QCOMPARE(g.order, want["order"].get<std::vector<int64_t>>());
        const auto z = want["linkage"].get<std::vector<std::vector<double>>>();
        QCOMPARE(g.steps.size(), z.size());
        for (size_t i = 0; i < z.size(); ++i) {
            QCOMPARE(g.steps[i].first, int64_t(z[i][0]));
            QCOMPARE(g.steps[i].second, int64_t(z[i][1]));
            QVERIFY(std::abs(g.steps[i].distance - z[i][2]) < 1e-6);
            QCOMPARE(g.steps[i].size, int64_t(z[i][3]));
        }
    }

    void twoGroupsAreContiguousAfterReordering()
    {
        // Interleaved groups {0,2,4,6} (near 0 deg) and {1,3,5} (near 90 deg): after reordering each
        // group is a contiguous block.
        const el::FloatArray sim = fromJson(reference()["clustering"][0]["similarity"]);
        const auto order = el::averageLinkage(el::similarityToDistance(sim)).order;
        auto group = [](int64_t i) { return i % 2; };
        int switches = 0;
        for (size_t i = 1; i < order.size(); ++i)
            switches += group(order[i]) != group(order[i - 1]);
        QCOMPARE(switches, 1);
        const el::FloatArray re = el::permuteSquare(sim, order);
        QCOMPARE(re.at({0, 1}), sim.at({order[0], order[1]}));
        QCOMPARE(re.at({2, 5}), sim.at({order[2], order[5]}));
    }

    // ---- token alignment -------------------------------------------------------------------
    void alignmentByHand()
    {
        // A = (1,0) (0,1) (1,1); B = (0,2) (3,0.1).
        // cos: row 0 = (0, 0.99944), row 1 = (1, 0.03331), row 2 = (0.70711, 0.73066)
        const el::TokenAlignment al =
            el::alignTokens(fromRows({{1, 0}, {0, 1}, {1, 1}}), fromRows({{0, 2}, {3, 0.1}}));
        QCOMPARE(al.similarity.shape, std::vector<int64_t>({3, 2}));
        QVERIFY(std::abs(al.similarity.at({2, 0}) - 0.70710678f) < 1e-6f);
        QCOMPARE(al.bestForRow, std::vector<int64_t>({1, 0, 1}));
        QCOMPARE(al.bestForColumn, std::vector<int64_t>({1, 0}));
        using P = std::pair<int64_t, int64_t>;
        QCOMPARE(al.mutual, std::vector<P>({P{0, 1}, P{1, 0}}));
        QVERIFY_THROWS_EXCEPTION(el::Error, el::crossCosine(fromRows({{1, 0}}), fromRows({{1, 0, 0}})));
    }

    void alignmentOfTheModelMatchesNumpy_data()
    {
        QTest::addColumn<int>("index");
        const json& cases = reference()["alignment"];
        for (size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(("layer " + std::to_string(cases[i]["layer"].get<int>())).c_str()) << int(i);
    }
    void alignmentOfTheModelMatchesNumpy()
    {
        QFETCH(int, index);
        const json& want = reference()["alignment"][size_t(index)];
        // Our own forward pass of tiny-bert, compared with numpy on transformers' hidden states.
        static const auto model = el::Model::load(tinyDir() / "model");
        const el::Inspection a = model->inspect(want["text_a"].get<std::string>(), std::nullopt, false);
        const el::Inspection b = model->inspect(want["text_b"].get<std::string>(), std::nullopt, false);
        el::PoolingChoice c;
        c.layer = want["layer"].get<int64_t>();
        const el::TokenAlignment al = el::alignTokens(el::choiceLayerStates(a.hiddenStates, c),
                                                      el::choiceLayerStates(b.hiddenStates, c));
        const el::FloatArray expected = fromJson(want["similarity"]);
        QCOMPARE(al.similarity.shape, expected.shape);
        QCOMPARE(al.similarity.shape,
                 std::vector<int64_t>({int64_t(a.encoding.size()), int64_t(b.encoding.size())}));
        QVERIFY(eltest::maxAbsDiff(al.similarity, expected) < 1e-4);
        QCOMPARE(al.bestForRow, want["best_for_row"].get<std::vector<int64_t>>());
        QCOMPARE(al.bestForColumn, want["best_for_column"].get<std::vector<int64_t>>());
        std::vector<std::pair<int64_t, int64_t>> mutual;
        for (const auto& m : want["mutual"])
            mutual.emplace_back(m[0].get<int64_t>(), m[1].get<int64_t>());
        QCOMPARE(al.mutual, mutual);
    }

    // ---- neighbour ranks -------------------------------------------------------------------
    void neighbourRanksByHand()
    {
        const el::FloatArray s =
            fromRows({{1, 0.2, 0.9, 0.5}, {0.2, 1, 0.1, 0.3}, {0.9, 0.1, 1, 0.4}, {0.5, 0.3, 0.4, 1}});
        QCOMPARE(el::neighbourOrder(s, 0), std::vector<int64_t>({2, 3, 1}));
        QCOMPARE(el::neighbourRanks(s, 0), std::vector<int64_t>({0, 3, 1, 2}));
        QCOMPARE(el::neighbourOrder(s, 1), std::vector<int64_t>({3, 0, 2}));
        QVERIFY_THROWS_EXCEPTION(el::Error, el::neighbourOrder(s, 4));
        // dotMatrix by hand: rows (1,2) and (3,4): 5, 11, 25.
        const el::FloatArray d = el::dotMatrix(fromRows({{1, 2}, {3, 4}}));
        QCOMPARE(d.data, std::vector<float>({5, 11, 11, 25}));
    }
};

QTEST_GUILESS_MAIN(TestSimilarityAnalysis)
#include "tst_similarity_analysis.moc"
