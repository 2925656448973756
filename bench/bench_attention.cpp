// Attention explorer timings at 512 tokens with MiniLM shapes (6 layers x 12 heads) on synthetic
// row-stochastic attention: aggregation, rollout, token transforms, heatmap/thumbnail images and
// widget painting. Not a test; run it by hand:
//   QT_QPA_PLATFORM=offscreen build/.../bin/bench_attention [tokens] [repeats]
// Prints the median wall time and the median thread CPU time per step (CPU time is the fairer
// number on a machine shared with other jobs).
#include "analysis/AttentionQuery.h"
#include "attention/AttentionHeadView.h"
#include "attention/AttentionHeatmap.h"
#include "attention/AttentionImage.h"

#include <QApplication>
#include <QPixmap>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void measure(const char* name, int repeats, const std::function<void()>& step)
{
    std::vector<double> wall, cpu;
    step(); // warm-up (allocations, caches)
    for (int i = 0; i < repeats; ++i) {
        const auto w0 = std::chrono::steady_clock::now();
        const double c0 = threadCpuMs();
        step();
        cpu.push_back(threadCpuMs() - c0);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-52s %9.2f ms wall %9.2f ms cpu\n", name, wall[wall.size() / 2], cpu[cpu.size() / 2]);
}

// Softmax rows of noisy logits with a local band and [CLS]/[SEP] sinks, like a real encoder.
el::FloatArray syntheticAttention(int64_t layers, int64_t heads, int64_t L)
{
    el::FloatArray a({layers, heads, L, L});
    std::mt19937 rng(42);
    std::normal_distribution<float> noise(0.0f, 1.5f);
    float* d = a.data.data();
    for (int64_t l = 0; l < layers; ++l)
        for (int64_t h = 0; h < heads; ++h)
            for (int64_t i = 0; i < L; ++i, d += L) {
                double sum = 0;
                for (int64_t j = 0; j < L; ++j) {
                    float logit = noise(rng);
                    if (j == i + (h % 3) - 1) logit += 6.0f;
                    if (j == 0 || j == L - 1) logit += 3.0f;
                    d[j] = std::exp(logit);
                    sum += d[j];
                }
                for (int64_t j = 0; j < L; ++j)
                    d[j] = float(d[j] / sum);
            }
    return a;
}

el::Encoding syntheticEncoding(int64_t L)
{
    el::Encoding e;
    for (int64_t i = 0; i < L; ++i) {
        const bool special = i == 0 || i == L - 1;
        e.ids.push_back(1000 + i);
        e.tokens.push_back(special ? (i == 0 ? "[CLS]" : "[SEP]")
                                   : (i % 3 == 1 ? "w" : "##p") + std::to_string(i));
        e.specialTokensMask.push_back(special ? 1 : 0);
        e.sequenceIds.push_back(special ? -1 : 0);
        e.wordIds.push_back(special ? -1 : (i - 1) / 3); // three pieces per word
    }
    return e;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int64_t L = argc > 1 ? std::atoll(argv[1]) : 512;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 7;
    const int64_t layers = 6, heads = 12;
    std::printf("attention explorer bench: %lld tokens, %lld layers x %lld heads, median of %d\n",
                (long long)L, (long long)layers, (long long)heads, repeats);

    const el::FloatArray attn = syntheticAttention(layers, heads, L);
    const el::Encoding enc = syntheticEncoding(L);
    const auto allHeads = el::allIndices(heads);
    const auto allLayers = el::allIndices(layers);

    measure("slice (one layer, one head)", repeats, [&] { (void)el::attentionSlice(attn, 3, 5); });
    measure("mean of 12 heads, one layer", repeats,
            [&] { (void)el::aggregateAttention(attn, {3}, allHeads, el::AttentionReduce::Mean); });
    measure("max of 12 heads, one layer", repeats,
            [&] { (void)el::aggregateAttention(attn, {3}, allHeads, el::AttentionReduce::Max); });
    measure("mean over all 6 x 12", repeats,
            [&] { (void)el::aggregateAttention(attn, allLayers, allHeads, el::AttentionReduce::Mean); });
    measure("rollout, all layers (prefix per layer)", repeats,
            [&] { (void)el::attentionRolloutByLayer(attn, allLayers, allHeads); });
    const el::FloatArray one = el::attentionSlice(attn, 3, 5);
    measure("hide special + renormalise", repeats,
            [&] { (void)el::transformTokens(one, enc, {true, el::WordMerge::None}); });
    measure("merge words (mean rows, summed columns)", repeats,
            [&] { (void)el::transformTokens(one, enc, {false, el::WordMerge::Mean}); });
    measure("full query: one head, hide + merge", repeats, [&] {
        el::AttentionQuery q;
        q.layers = {3};
        q.heads = {5};
        q.tokens = {true, el::WordMerge::Mean};
        (void)el::computeAttention(attn, enc, q);
    });

    measure("heatmap cell image (QImage, 1 px per cell)", repeats,
            [&] { (void)elui::AttentionImage::cells(one, elui::AttentionImage::maximum(one)); });
    measure("model view: 72 slices -> 96 px thumbnails", repeats, [&] {
        for (int64_t l = 0; l < layers; ++l)
            for (int64_t h = 0; h < heads; ++h) {
                const auto m = el::attentionSlice(attn, l, h);
                (void)elui::AttentionImage::thumbnail(m, 96, 0.0f);
            }
    });

    QStringList labels;
    for (const auto& t : enc.tokens)
        labels << QString::fromStdString(t);
    elui::AttentionHeatmap heatmap;
    heatmap.resize(1000, 800);
    heatmap.setMatrix(one, labels);
    QPixmap target(heatmap.viewport()->size());
    measure("heatmap setMatrix (image + layout)", repeats, [&] { heatmap.setMatrix(one, labels); });
    measure("heatmap paint, fit (whole matrix)", repeats, [&] { heatmap.viewport()->render(&target); });
    heatmap.setCellSize(12);
    measure("heatmap paint, 12 px cells (visible part + labels)", repeats,
            [&] { heatmap.viewport()->render(&target); });

    std::vector<el::FloatArray> perHead;
    for (int64_t h = 0; h < heads; ++h)
        perHead.push_back(el::attentionSlice(attn, 3, h));
    elui::AttentionHeadView headView;
    headView.setVisibleHeads(QList<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    headView.resize(900, 800);
    measure("head view setData (12 heads, lines >= 2%)", repeats, [&] { headView.setData(perHead, labels); });
    std::printf("  head view lines drawn: %d\n", headView.visibleLineCount());
    QPixmap headTarget(900, 800);
    measure("head view paint, 800 px tall window", repeats,
            [&] { headView.render(&headTarget, QPoint(), QRegion(0, 0, 900, 800)); });
    return 0;
}
