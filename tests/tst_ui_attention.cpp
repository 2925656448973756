// The attention explorer driven through its real controls, offscreen, on a synthetic inspection
// whose attention values come from a closed formula (attentionAt below), so every expectation is
// computed here from that formula, never by the code under test.
//
// Set EL_ATTENTION_SHOTS=<dir> to also save screenshots of the explorer (a manual check).
#include "Error.h"
#include "Npy.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "attention/AttentionControls.h"
#include "attention/AttentionExplorer.h"
#include "attention/AttentionHeadSwatches.h"
#include "attention/AttentionHeadView.h"
#include "attention/AttentionHeatmap.h"
#include "attention/AttentionModelView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <random>

namespace {

// [CLS] the token ##izer is fun [SEP]
const std::vector<std::string> kTokens = {"[CLS]", "the", "token", "##izer", "is", "fun", "[SEP]"};

double weight(int l, int h, int i, int j)
{
    return 1.0 + ((l * 7 + h * 3 + i * 5 + j * 11) % 13);
}

// Row-stochastic by construction: weight / sum of the row's weights.
double attentionAt(int l, int h, int i, int j, int L)
{
    double sum = 0;
    for (int k = 0; k < L; ++k)
        sum += weight(l, h, i, k);
    return weight(l, h, i, j) / sum;
}

std::shared_ptr<const el::Inspection> makeInspection(int layers, int heads, int L)
{
    auto inspection = std::make_shared<el::Inspection>();
    el::Encoding& e = inspection->encoding;
    for (int i = 0; i < L; ++i) {
        const bool special = i == 0 || i == L - 1;
        e.ids.push_back(100 + i);
        e.tokens.push_back(L == int(kTokens.size())
                               ? kTokens[size_t(i)]
                               : (special ? (i == 0 ? "[CLS]" : "[SEP]") : "t" + std::to_string(i)));
        e.specialTokensMask.push_back(special ? 1 : 0);
        e.sequenceIds.push_back(special ? -1 : 0);
        e.typeIds.push_back(0);
        e.attentionMask.push_back(1);
        e.offsets.push_back({0, 0});
    }
    e.wordIds =
        L == int(kTokens.size()) ? std::vector<int64_t>{-1, 0, 1, 1, 2, 3, -1} : std::vector<int64_t>{};
    if (e.wordIds.empty())
        for (int i = 0; i < L; ++i)
            e.wordIds.push_back(i == 0 || i == L - 1 ? -1 : i - 1);
    inspection->hiddenStates = el::FloatArray({layers + 1, L, 4});
    inspection->attentions = el::FloatArray({layers, heads, L, L});
    float* d = inspection->attentions.data.data();
    for (int l = 0; l < layers; ++l)
        for (int h = 0; h < heads; ++h)
            for (int i = 0; i < L; ++i) {
                double sum = 0; // attentionAt's row sum, once per row (512 tokens would take minutes)
                for (int k = 0; k < L; ++k)
                    sum += weight(l, h, i, k);
                for (int j = 0; j < L; ++j)
                    *d++ = float(weight(l, h, i, j) / sum);
            }
    return inspection;
}

// Screenshots only: attention shaped like a real model's (previous/next/self token bands, [CLS]
// and [SEP] sinks, random noise), for a look at 512 tokens.
std::shared_ptr<const el::Inspection> makeRealisticInspection(int layers, int heads, int L)
{
    auto base = makeInspection(1, 1, L);
    auto inspection = std::make_shared<el::Inspection>(*base);
    inspection->attentions = el::FloatArray({layers, heads, L, L});
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 1.0);
    float* d = inspection->attentions.data.data();
    std::vector<double> row(static_cast<size_t>(L));
    for (int l = 0; l < layers; ++l)
        for (int h = 0; h < heads; ++h) {
            const int offset = (h + l) % 4 - 1; // -1 previous, 0 self, +1 next, 2: sinks only
            for (int i = 0; i < L; ++i) {
                double sum = 0;
                for (int j = 0; j < L; ++j) {
                    double logit = 1.5 * noise(rng);
                    if (offset < 2 && j == i + offset) logit += 7.0;
                    if (j == 0 || j == L - 1) logit += 4.0 + l;
                    row[size_t(j)] = std::exp(logit);
                    sum += row[size_t(j)];
                }
                for (int j = 0; j < L; ++j)
                    *d++ = float(row[size_t(j)] / sum);
            }
        }
    return inspection;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no child %s", name);
    return w;
}

// A mouse move delivered at an exact widget position (QTest::mouseMove goes through the
// platform cursor, which the offscreen platform offsets by the window frame).
void hover(QWidget* widget, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(widget->mapToGlobal(pos)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

void selectComboIndex(QComboBox* combo, int index)
{
    // Keyboard, like a user: Home then Down.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace

class TestUiAttention : public QObject
{
    Q_OBJECT

    std::unique_ptr<elui::AttentionExplorer> m_explorer;
    QTemporaryDir m_dir;

    elui::AttentionExplorer* fresh(int layers = 3, int heads = 4, int L = 7)
    {
        m_explorer = std::make_unique<elui::AttentionExplorer>();
        m_explorer->resize(1100, 750);
        m_explorer->show();
        if (!QTest::qWaitForWindowExposed(m_explorer.get())) qWarning("window not exposed");
        m_explorer->setInspection(makeInspection(layers, heads, L));
        return m_explorer.get();
    }

    static void compareToSlice(const el::FloatArray& shown, int l, int h, int L)
    {
        QCOMPARE(shown.shape, (std::vector<int64_t>{L, L}));
        for (int i = 0; i < L; ++i)
            for (int j = 0; j < L; ++j)
                QVERIFY2(
                    std::abs(shown.data[size_t(i * L + j)] - attentionAt(l, h, i, j, L)) < 1e-6,
                    qPrintable(QStringLiteral("layer %1 head %2 cell (%3,%4)").arg(l).arg(h).arg(i).arg(j)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { m_explorer.reset(); }

    void layerAndHeadControlsChangeTheMatrix()
    {
        auto* x = fresh();
        compareToSlice(x->shownMatrix(), 0, 0, 7);
        QCOMPARE(x->shownLabels(), (QStringList{"[CLS]", "the", "token", "##izer", "is", "fun", "[SEP]"}));

        QSignalSpy changed(x, &elui::AttentionExplorer::shownMatrixChanged);
        auto* spin = child<QSpinBox>(x, "attentionLayerSpin");
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(x->controls()->layer(), 2);
        QVERIFY(changed.count() >= 2);
        compareToSlice(x->shownMatrix(), 2, 0, 7);

        selectComboIndex(child<QComboBox>(x, "attentionHeadCombo"), 3);
        QCOMPARE(x->controls()->head(), 3);
        compareToSlice(x->shownMatrix(), 2, 3, 7);
        compareToSlice(x->heatmap()->values(), 2, 3, 7);
    }

    void meanAndMaxOfCheckedHeads()
    {
        auto* x = fresh();
        x->controls()->setLayer(1);
        auto* combo = child<QComboBox>(x, "attentionHeadCombo");
        selectComboIndex(combo, 4); // after Head 0..3: "Mean of heads"
        QCOMPARE(x->controls()->head(), int(elui::AttentionControls::MeanOfHeads));
        // Uncheck head 2 with its swatch: the mean runs over heads 0, 1, 3.
        QTest::mouseClick(x->controls()->swatches()->swatch(2), Qt::LeftButton);
        QCOMPARE(x->controls()->checkedHeads(), (QList<int>{0, 1, 3}));
        const el::FloatArray& mean = x->shownMatrix();
        for (int i = 0; i < 7; ++i)
            for (int j = 0; j < 7; ++j) {
                const double want =
                    (attentionAt(1, 0, i, j, 7) + attentionAt(1, 1, i, j, 7) + attentionAt(1, 3, i, j, 7)) /
                    3;
                QVERIFY(std::abs(mean.data[size_t(i * 7 + j)] - want) < 1e-6);
            }
        selectComboIndex(combo, 5); // "Max of heads"
        const el::FloatArray& mx = x->shownMatrix();
        for (int i = 0; i < 7; ++i)
            for (int j = 0; j < 7; ++j) {
                const double want = std::max(
                    {attentionAt(1, 0, i, j, 7), attentionAt(1, 1, i, j, 7), attentionAt(1, 3, i, j, 7)});
                QVERIFY(std::abs(mx.data[size_t(i * 7 + j)] - want) < 1e-6);
            }
        // No head checked: a placeholder, not a crash.
        QTest::mouseClick(child<QAbstractButton>(x, "attentionHeadsNone"), Qt::LeftButton);
        QCOMPARE(x->shownResult().size(), int64_t(0));
    }

    void hideSpecialRenormalisesRows()
    {
        auto* x = fresh();
        x->controls()->setLayer(1);
        x->controls()->setHead(2);
        QTest::mouseClick(child<QCheckBox>(x, "attentionHideSpecial"), Qt::LeftButton);
        QVERIFY(x->controls()->hideSpecial());
        QCOMPARE(x->shownLabels(), (QStringList{"the", "token", "##izer", "is", "fun"}));
        const el::FloatArray& m = x->shownMatrix();
        QCOMPARE(m.shape, (std::vector<int64_t>{5, 5}));
        for (int r = 0; r < 5; ++r) {
            double sum = 0, kept = 0;
            for (int c = 0; c < 5; ++c)
                sum += m.data[size_t(r * 5 + c)];
            QVERIFY2(std::abs(sum - 1.0) < 1e-5, qPrintable(QString::number(sum)));
            // Token r+1 over the non-special keys 1..5, renormalised.
            for (int j = 1; j <= 5; ++j)
                kept += attentionAt(1, 2, r + 1, j, 7);
            QVERIFY(std::abs(m.data[size_t(r * 5)] - attentionAt(1, 2, r + 1, 1, 7) / kept) < 1e-6);
        }
        // Hovered cells map back to encoding token indices.
        QSignalSpy hovered(x, &elui::AttentionExplorer::cellHovered);
        hover(x->heatmap()->viewport(), x->heatmap()->cellRect(0, 4).center());
        QVERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).toInt(), 1);
        QCOMPARE(hovered.last().at(1).toInt(), 5);
    }

    void mergeSubwordsIntoWords()
    {
        auto* x = fresh();
        selectComboIndex(child<QComboBox>(x, "attentionMergeCombo"), 1); // words, mean of pieces
        QCOMPARE(x->controls()->merge(), el::WordMerge::Mean);
        QCOMPARE(x->shownLabels(), (QStringList{"[CLS]", "the", "tokenizer", "is", "fun", "[SEP]"}));
        const el::FloatArray& m = x->shownMatrix();
        // Row "tokenizer" (pieces 2, 3), column "tokenizer" = sum of key columns 2 and 3.
        const double want = ((attentionAt(0, 0, 2, 2, 7) + attentionAt(0, 0, 2, 3, 7)) +
                             (attentionAt(0, 0, 3, 2, 7) + attentionAt(0, 0, 3, 3, 7))) /
                            2;
        QVERIFY(std::abs(m.data[size_t(2 * 6 + 2)] - want) < 1e-6);
        QCOMPARE(x->shownResult().groups[2], (std::vector<int64_t>{2, 3}));
    }

    void rolloutOfTheFirstLayer()
    {
        auto* x = fresh();
        x->controls()->setHead(1);
        QTest::mouseClick(child<QCheckBox>(x, "attentionRollout"), Qt::LeftButton);
        QVERIFY(!x->isBusy()); // 7 tokens: computed on the spot
        // Through layer 0 only: (A + I) / 2 for head 1.
        const el::FloatArray& m = x->shownMatrix();
        for (int i = 0; i < 7; ++i)
            for (int j = 0; j < 7; ++j) {
                const double want = (attentionAt(0, 1, i, j, 7) + (i == j ? 1.0 : 0.0)) / 2;
                QVERIFY(std::abs(m.data[size_t(i * 7 + j)] - want) < 1e-6);
            }
        QVERIFY(!child<QCheckBox>(x, "attentionAllLayers")->isEnabled());
    }

    void longRolloutRunsInTheBackground()
    {
        // 300 tokens x 6 layers is above the synchronous limit.
        auto* x = fresh(6, 2, 300);
        QSignalSpy busy(x, &elui::AttentionExplorer::busyChanged);
        x->controls()->setLayer(5);
        x->controls()->setRollout(true);
        QVERIFY(x->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!x->isBusy(), 60000);
        QCOMPARE(busy.count(), 2);
        const el::FloatArray& m = x->shownMatrix();
        QCOMPARE(m.shape, (std::vector<int64_t>{300, 300}));
        for (int r = 0; r < 300; r += 37) {
            double sum = 0;
            for (int c = 0; c < 300; ++c)
                sum += m.data[size_t(r * 300 + c)];
            QVERIFY(std::abs(sum - 1.0) < 1e-4);
        }
        // Another layer comes from the cached prefixes: no new background work.
        x->controls()->setLayer(2);
        QVERIFY(!x->isBusy());
        QCOMPARE(busy.count(), 2);
    }

    void modelViewClickSelectsLayerAndHead()
    {
        auto* x = fresh();
        x->setCurrentView(elui::AttentionExplorer::View::ModelView);
        elui::AttentionModelView* mv = x->modelView();
        QCOMPARE(mv->thumbnails().size(), 12);
        QVERIFY(!mv->thumbnails().front().isNull());
        QTest::mouseClick(mv, Qt::LeftButton, {}, mv->thumbnailRect(2, 3).center());
        QCOMPARE(x->controls()->layer(), 2);
        QCOMPARE(x->controls()->head(), 3);
        compareToSlice(x->shownMatrix(), 2, 3, 7);
        QTest::mouseDClick(mv, Qt::LeftButton, {}, mv->thumbnailRect(1, 1).center());
        QCOMPARE(x->currentView(), elui::AttentionExplorer::View::Heatmap);
    }

    void longInputThumbnailsArriveFromTheBackground()
    {
        auto* x = fresh(6, 12, 256); // 72 x 256^2 cells: built on the thread pool
        x->setCurrentView(elui::AttentionExplorer::View::ModelView);
        QTRY_COMPARE_WITH_TIMEOUT(x->modelView()->thumbnails().size(), 72, 60000);
        QVERIFY(!x->modelView()->thumbnails().back().isNull());
    }

    void headViewLinesFollowSwatchesAndHover()
    {
        auto* x = fresh();
        x->controls()->setLayer(1);
        x->setCurrentView(elui::AttentionExplorer::View::HeadView);
        elui::AttentionHeadView* hv = x->headView();
        auto linesAbove = [](int l, const QList<int>& heads, int onlyFrom) {
            int n = 0;
            for (int h : heads)
                for (int i = 0; i < 7; ++i)
                    for (int j = 0; j < 7; ++j)
                        if ((onlyFrom < 0 || i == onlyFrom) &&
                            attentionAt(l, h, i, j, 7) >= elui::AttentionHeadView::kMinWeight)
                            ++n;
            return n;
        };
        QCOMPARE(hv->visibleLineCount(), linesAbove(1, {0, 1, 2, 3}, -1));
        QTest::mouseClick(x->controls()->swatches()->swatch(0), Qt::LeftButton);
        QCOMPARE(hv->visibleLineCount(), linesAbove(1, {1, 2, 3}, -1));
        hover(hv, hv->labelRect(4, elui::AttentionHeadView::Side::Query).center());
        QCOMPARE(hv->focusToken(), 4);
        QCOMPARE(hv->visibleLineCount(), linesAbove(1, {1, 2, 3}, 4));
    }

    void hoverShowsExactValue()
    {
        auto* x = fresh();
        elui::AttentionHeatmap* hm = x->heatmap();
        hover(hm->viewport(), hm->cellRect(3, 5).center());
        QCOMPARE(hm->hoveredCell(), QPoint(3, 5));
        const QString tip = hm->cellToolTip(3, 5);
        QVERIFY(tip.contains(QStringLiteral("##izer → fun")));
        QVERIFY2(tip.contains(QLocale().toString(attentionAt(0, 0, 3, 5, 7), 'f', 6)), qPrintable(tip));
        QVERIFY(child<QLabel>(x, "attentionStatus")
                    ->text()
                    .contains(QLocale().toString(attentionAt(0, 0, 3, 5, 7), 'f', 6)));
    }

    void paintsTheRightCellColours()
    {
        // 512 tokens: the heatmap is one scaled image. In a row, the cell with the largest value
        // must be painted lighter than the one with the smallest (viridis rises in lightness).
        auto* x = fresh(1, 1, 512);
        elui::AttentionHeatmap* hm = x->heatmap();
        QCOMPARE(hm->count(), 512);
        hm->setCellSize(6);
        hm->horizontalScrollBar()->setValue(0);
        hm->verticalScrollBar()->setValue(0);
        const QImage shot = hm->viewport()->grab().toImage();
        const float* row = x->shownMatrix().data.data() + 5 * 512;
        int hi = 0, lo = 0;
        for (int c = 0; c < 40; ++c) {
            if (row[c] > row[hi]) hi = c;
            if (row[c] < row[lo]) lo = c;
        }
        QVERIFY(row[hi] > row[lo]);
        const QColor bright = shot.pixelColor(hm->cellRect(5, hi).center());
        const QColor dark = shot.pixelColor(hm->cellRect(5, lo).center());
        QVERIFY2(bright.lightness() > dark.lightness(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(bright.name(), dark.name())));
        // Zoom keeps the matrix and moves to the requested cell size.
        hm->zoomIn();
        QVERIFY(hm->cellSize() > 6);
        hm->zoomToFit();
        QVERIFY(hm->fitsToView());
    }

    void exportsAreValidFiles()
    {
        auto* x = fresh();
        x->controls()->setLayer(1);
        const QString png = m_dir.filePath(QStringLiteral("a.png"));
        const QString png1 = m_dir.filePath(QStringLiteral("a1.png"));
        const QString svg = m_dir.filePath(QStringLiteral("a.svg"));
        const QString csv = m_dir.filePath(QStringLiteral("a.csv"));
        const QString npy = m_dir.filePath(QStringLiteral("a.npy"));
        QString error;
        QVERIFY2(x->exportPng(png, 2.0, &error), qPrintable(error));
        QVERIFY2(x->exportPng(png1, 1.0, &error), qPrintable(error));
        QVERIFY2(x->exportSvg(svg, &error), qPrintable(error));
        QVERIFY2(x->exportCsv(csv, &error), qPrintable(error));
        QVERIFY2(x->exportNpy(npy, &error), qPrintable(error));

        const QImage image(png), image1(png1);
        QVERIFY(!image.isNull());
        QVERIFY(!image1.isNull());
        QVERIFY(std::abs(image.width() - 2 * image1.width()) <= 1);
        QVERIFY(std::abs(image.height() - 2 * image1.height()) <= 1);
        QVERIFY(image1.width() >= 7 * 6 && image1.height() >= 7 * 6);

        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.defaultSize().isEmpty());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("##izer"));
        QVERIFY(svgText.contains("<rect")); // 7 tokens: vector cells

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7); // header + L rows
        QCOMPARE(lines[0], QStringLiteral("query \\ key,[CLS],the,token,##izer,is,fun,[SEP]"));
        for (int r = 0; r < 7; ++r) {
            const QStringList fields = lines[r + 1].split(QLatin1Char(','));
            QCOMPARE(fields.size(), 8);
            QCOMPARE(fields[0], QString::fromStdString(kTokens[size_t(r)]));
            for (int c = 0; c < 7; ++c)
                QVERIFY(std::abs(fields[c + 1].toDouble() - attentionAt(1, 0, r, c, 7)) < 1e-7);
        }

        const el::FloatArray back = el::readNpy(npy.toStdString());
        QCOMPARE(back.shape, (std::vector<int64_t>{7, 7}));
        QCOMPARE(back.data, x->shownMatrix().data);

        QVERIFY(x->copyImageToClipboard(1.0));
    }

    void largeSvgEmbedsAnImage()
    {
        auto* x = fresh(1, 1, 200);
        const QString svg = m_dir.filePath(QStringLiteral("big.svg"));
        QString error;
        QVERIFY2(x->exportSvg(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<image"));
    }

    void emptyStates()
    {
        elui::AttentionExplorer x;
        x.resize(600, 400);
        QCOMPARE(x.shownResult().size(), int64_t(0));
        QString error;
        QVERIFY(!x.exportCsv(m_dir.filePath(QStringLiteral("none.csv")), &error));
        QVERIFY(!error.isEmpty());
        auto noAttention = std::make_shared<el::Inspection>();
        noAttention->encoding.tokens = {"a"};
        noAttention->encoding.ids = {1};
        x.setInspection(noAttention);
        QCOMPARE(x.shownResult().size(), int64_t(0));
        // Attention whose token count disagrees with the encoding: an error message, no crash.
        auto bad = std::make_shared<el::Inspection>(*makeInspection(1, 1, 7));
        bad->encoding.tokens.pop_back();
        bad->encoding.ids.pop_back();
        x.setInspection(bad);
        QCOMPARE(x.shownResult().size(), int64_t(0));
        x.setInspection(makeInspection(2, 2, 7));
        QCOMPARE(x.shownResult().size(), int64_t(7));
    }

    void screenshots()
    {
        // Manual check only: EL_ATTENTION_SHOTS=<dir> saves the views for real MiniLM attention
        // (the reference fixture) and for 512 synthetic tokens; look at them, they are not compared.
        const QByteArray dir = qgetenv("EL_ATTENTION_SHOTS");
        if (dir.isEmpty()) {
            QVERIFY(fresh(6, 12, 40)->shownResult().size() == 40);
            return;
        }
        const QString base = QString::fromLocal8Bit(dir);
        const auto fixture = eltest::fixturesDir() / "reference" / "minilm";
        const auto json = nlohmann::json::parse(eltest::readFile(fixture / "reference.json"));
        const nlohmann::json* found = nullptr;
        for (const auto& c : json["cases"])
            if (c["name"] == "sentence_40") found = &c;
        QVERIFY(found);
        auto inspection = std::make_shared<el::Inspection>();
        el::Encoding& e = inspection->encoding;
        int64_t word = -1;
        for (size_t i = 0; i < (*found)["tokens"].size(); ++i) {
            const std::string token = (*found)["tokens"][i];
            const bool special = (*found)["special_tokens_mask"][i] == 1;
            e.tokens.push_back(token);
            e.ids.push_back((*found)["ids"][i]);
            e.specialTokensMask.push_back(special ? 1 : 0);
            e.sequenceIds.push_back(special ? -1 : 0);
            if (!special && token.rfind("##", 0) != 0) ++word; // harness only: words from "##"
            e.wordIds.push_back(special ? -1 : word);
        }
        inspection->attentions = el::readNpy(fixture / std::string((*found)["attentions"]));

        m_explorer = std::make_unique<elui::AttentionExplorer>();
        auto* x = m_explorer.get();
        x->resize(1300, 850);
        x->show();
        QVERIFY(QTest::qWaitForWindowExposed(x));
        x->setInspection(inspection);
        QTest::qWait(100);
        x->controls()->setLayer(2);
        x->controls()->setHead(5);
        hover(x->heatmap()->viewport(), x->heatmap()->cellRect(4, 7).center());
        x->grab().save(base + QStringLiteral("/minilm_heatmap.png"));
        x->controls()->setHideSpecial(true);
        x->controls()->setMerge(el::WordMerge::Mean);
        x->grab().save(base + QStringLiteral("/minilm_heatmap_words.png"));
        x->controls()->setHideSpecial(false);
        x->controls()->setMerge(el::WordMerge::None);
        x->setCurrentView(elui::AttentionExplorer::View::HeadView);
        x->grab().save(base + QStringLiteral("/minilm_headview.png"));
        hover(x->headView(), x->headView()->labelRect(6, elui::AttentionHeadView::Side::Query).center());
        x->grab().save(base + QStringLiteral("/minilm_headview_focus.png"));
        x->setCurrentView(elui::AttentionExplorer::View::ModelView);
        x->grab().save(base + QStringLiteral("/minilm_modelview.png"));
        // Dark palette: text and backgrounds follow palette roles, the colour map stays readable.
        const QPalette dark = eltest::darkPalette();
        const QPalette light = x->palette();
        x->setPalette(dark);
        QTest::qWait(50);
        x->grab().save(base + QStringLiteral("/minilm_dark_modelview.png"));
        x->setCurrentView(elui::AttentionExplorer::View::HeadView);
        hover(x->headView(), x->headView()->labelRect(3, elui::AttentionHeadView::Side::Key).center());
        x->grab().save(base + QStringLiteral("/minilm_dark_headview.png"));
        x->setCurrentView(elui::AttentionExplorer::View::Heatmap);
        hover(x->heatmap()->viewport(), x->heatmap()->cellRect(9, 3).center());
        x->grab().save(base + QStringLiteral("/minilm_dark_heatmap.png"));
        x->setPalette(light);
        x->exportPng(base + QStringLiteral("/minilm_export.png"), 1.0);
        x->exportSvg(base + QStringLiteral("/minilm_export.svg"));

        x->setInspection(makeRealisticInspection(6, 12, 512));
        QTest::qWait(100);
        x->grab().save(base + QStringLiteral("/synthetic512_heatmap.png"));
        x->heatmap()->setCellSize(14);
        x->heatmap()->horizontalScrollBar()->setValue(0);
        x->heatmap()->verticalScrollBar()->setValue(0);
        QTest::qWait(100);
        hover(x->heatmap()->viewport(), x->heatmap()->cellRect(10, 12).center());
        x->grab().save(base + QStringLiteral("/synthetic512_zoomed.png"));
        x->setCurrentView(elui::AttentionExplorer::View::ModelView);
        QTest::qWait(100);
        x->grab().save(base + QStringLiteral("/synthetic512_modelview.png"));
        x->controls()->setRollout(true);
        x->setCurrentView(elui::AttentionExplorer::View::Heatmap);
        QTRY_VERIFY_WITH_TIMEOUT(!x->isBusy(), 60000);
        x->heatmap()->zoomToFit();
        QTest::qWait(100);
        x->grab().save(base + QStringLiteral("/synthetic512_rollout.png"));
        x->controls()->setRollout(false);
        x->setCurrentView(elui::AttentionExplorer::View::HeadView);
        QTest::qWait(100);
        x->grab().save(base + QStringLiteral("/synthetic512_headview.png"));
    }
};

QTEST_MAIN(TestUiAttention)
#include "tst_ui_attention.moc"
