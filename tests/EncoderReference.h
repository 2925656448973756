#pragma once
// Shared checks of tst_encoder_*: one reference case of tests/fixtures/reference/<set>/reference.json
// (transformers + sentence-transformers outputs) against el::Model. Header-only; the functions use
// QtTest macros, so callers check QTest::currentTestFailed() when they continue afterwards.

#include "Error.h"
#include "Model.h"
#include "Npy.h"
#include "Pooling.h"
#include "Runtime.h"
#include "TestSupport.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <string>
#include <vector>

namespace eltest {

// Tolerances of the task: hidden states and attentions within 1e-4 absolute of transformers,
// pooled and sentence embeddings cosine >= 0.99999.
constexpr double kHiddenTol = 1e-4;
constexpr double kCosineMin = 0.99999;

inline nlohmann::json loadReference(const std::string& set)
{
    return nlohmann::json::parse(readFile(fixturesDir() / "reference" / set / "reference.json"));
}

inline double maxAbs(const std::vector<float>& a, const std::vector<float>& b)
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

struct CaseDiffs
{
    double hidden = 0;
    double attention = 0;
    double pooled = 0;
    double pooledCosine = 1;
    double embeddingCosine = 1;
    double embedding = 0;
};

// Checks every hidden state and attention of the reference ids (inspectEncoding), pooling, the
// sentence-transformers tokenization (tokenize / inspect) and the ST embedding of one case.
inline void checkReferenceCase(const el::Model& model, const std::filesystem::path& setDir, const nlohmann::json& c,
                               CaseDiffs& d)
{
    const std::string text = c["text"].get<std::string>();
    std::optional<std::string> pair;
    if (!c["pair"].is_null()) pair = c["pair"].get<std::string>();
    std::optional<std::string_view> pairView;
    if (pair) pairView = *pair;

    // 1. The encoder on exactly the ids transformers was given.
    el::Encoding given;
    given.ids = c["model_ids"].get<std::vector<int64_t>>();
    given.typeIds = c["model_type_ids"].get<std::vector<int64_t>>();
    const el::Inspection ref = model.inspectEncoding(given, true);
    const el::FloatArray refHidden = el::readNpy(setDir / c["hidden_states"].get<std::string>());
    const el::FloatArray refAttn = el::readNpy(setDir / c["attentions"].get<std::string>());
    QCOMPARE(ref.hiddenStates.shape, refHidden.shape);
    QCOMPARE(ref.attentions.shape, refAttn.shape);
    d.hidden = maxAbsDiff(ref.hiddenStates, refHidden);
    d.attention = maxAbsDiff(ref.attentions, refAttn);
    QVERIFY2(d.hidden < kHiddenTol, ("hidden states max abs diff " + std::to_string(d.hidden)).c_str());
    QVERIFY2(d.attention < kHiddenTol, ("attentions max abs diff " + std::to_string(d.attention)).c_str());

    // 2. el::pool on our last hidden state against sentence-transformers' Pooling on theirs.
    const int64_t layers1 = ref.hiddenStates.dim(0), L = ref.hiddenStates.dim(1), H = ref.hiddenStates.dim(2);
    el::FloatArray last({L, H});
    std::copy(ref.hiddenStates.row(layers1 - 1), ref.hiddenStates.row(layers1 - 1) + L * H, last.data.begin());
    const std::vector<int8_t> mask(size_t(L), 1);
    int modes = 0;
    for (const auto& [name, values] : c["pooled"].items()) {
        const auto mode = el::poolingFromName(name);
        QVERIFY2(mode.has_value(), name.c_str());
        const auto expected = values.get<std::vector<float>>();
        const auto got = el::pool(last, mask, *mode);
        const double cos = cosine(got, expected);
        const double diff = maxAbs(got, expected);
        d.pooled = std::max(d.pooled, diff);
        d.pooledCosine = std::min(d.pooledCosine, cos);
        QVERIFY2(cos >= kCosineMin && diff < kHiddenTol,
                 (name + ": cosine " + std::to_string(cos) + ", max abs diff " + std::to_string(diff)).c_str());
        ++modes;
    }
    QCOMPARE(modes, 6);

    // 3. sentence-transformers' call site: strip, lowercase if configured, truncate to max_seq_length.
    const el::Encoding enc = model.tokenize(text, pairView);
    QCOMPARE(enc.ids, given.ids);
    QCOMPARE(enc.typeIds, given.typeIds);
    const el::Inspection ins = model.inspect(text, pairView, true);
    QCOMPARE(ins.encoding.ids, given.ids);
    QCOMPARE(maxAbsDiff(ins.hiddenStates, ref.hiddenStates), 0.0);
    QCOMPARE(maxAbsDiff(ins.attentions, ref.attentions), 0.0);

    // 4. SentenceTransformer.encode([text]).
    if (!c["st_embedding"].is_null()) {
        const auto expected = c["st_embedding"].get<std::vector<float>>();
        const el::FloatArray e = model.embed({text});
        QCOMPARE(e.shape, std::vector<int64_t>({1, int64_t(expected.size())}));
        const std::vector<float> got(e.data.begin(), e.data.end());
        d.embeddingCosine = cosine(got, expected);
        d.embedding = maxAbs(got, expected);
        QVERIFY2(d.embeddingCosine >= kCosineMin,
                 ("embedding cosine " + std::to_string(d.embeddingCosine)).c_str());
    }
}

} // namespace eltest
