// The similarity maps driven through their real views, offscreen, with the engine running the
// tiny-bert fixture (and the default MiniLM model for the clustering check). Expectations come
// from our own forward pass through el::Model (tested against transformers elsewhere) and plain
// arithmetic here, never from the widget's own results.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "ColorMap.h"
#include "EngineService.h"
#include "HeatmapView.h"
#include "Model.h"
#include "Npy.h"
#include "SimilarityMatrixModel.h"
#include "similarity/SimilarityMaps.h"
#include "ViewExporter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace elui;

namespace {

using eltest::tinyBertDir;

const QStringList kSentences = {QStringLiteral("The quick brown fox jumps over the lazy dog."),
                                QStringLiteral("A man is playing a guitar."), QString(),
                                QStringLiteral("Someone plays music."),
                                QStringLiteral("Café NAÏVE Ångström résumé")};

double cosine(const float* a, const float* b, int64_t n)
{
    double dot = 0, na = 0, nb = 0;
    for (int64_t i = 0; i < n; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return dot / std::sqrt(na * nb);
}

} // namespace

class TestUiSimilarity : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineService> m_engine;
    std::unique_ptr<el::Model> m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = std::make_unique<EngineService>(1);
        QVERIFY(eltest::loadModelAndWait(*m_engine, QString::fromStdString(tinyBertDir().string())));
        m_reference = el::Model::load(tinyBertDir());
    }

    void withoutModelOrSentencesShowsPlaceholder()
    {
        EngineService engine(1);
        SimilarityMaps maps(&engine);
        maps.resize(1000, 700);
        maps.show();
        maps.setSentences(kSentences);
        maps.setCurrentSentence(1);
        QTest::qWait(50);
        QVERIFY(!maps.isReady());
        QVERIFY(maps.placeholderText().contains(QStringLiteral("model")));
        QVERIFY(!maps.grab().isNull());
        QString error;
        QTemporaryDir dir;
        QVERIFY(!maps.exporter(SimilarityMaps::View::Tokens)
                     ->exportTo(ViewExporter::Format::Npy, dir.filePath("t.npy"), 1, &error));
        QVERIFY(!error.isEmpty());

        SimilarityMaps empty(m_engine.get());
        empty.show();
        empty.setSentences({QString(), QStringLiteral(" ")});
        QTest::qWait(50);
        QVERIFY(!empty.isReady());
        QVERIFY(empty.placeholderText().contains(QStringLiteral("sentences")));
        QCOMPARE(empty.tokenModel()->rowCount(), 0);
        QVERIFY(!empty.grab().isNull());
    }

    void sentenceMatrixIsTheModelsEmbeddingCosine()
    {
        SimilarityMaps maps(m_engine.get());
        maps.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 60000);
        QCOMPARE(maps.rowOrder(), QList<int>({0, 1, 3, 4}));
        std::vector<std::string> texts;
        for (int i : maps.rowOrder())
            texts.push_back(kSentences[i].toStdString());
        const el::FloatArray emb = m_reference->embed(texts);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                QVERIFY(std::abs(maps.shownMatrix().at({i, j}) - cosine(emb.row(i), emb.row(j), emb.dim(1))) <
                        1e-5);
        QCOMPARE(maps.sentenceModel()->headerData(2, Qt::Vertical).toString(), QStringLiteral("S4"));
    }

    void tokenMatrixAndAlignment()
    {
        SimilarityMaps maps(m_engine.get());
        maps.resize(1200, 800);
        maps.show();
        QAbstractItemModelTester tokenTester(maps.tokenModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sentenceTester(maps.sentenceModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        maps.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 60000);
        // Click the cell (S2, S5): row 1, column 3 in input order.
        HeatmapView* heat = maps.sentenceHeatmap();
        const QRect cell = heat->cellRect(1, 3);
        QVERIFY(cell.isValid());
        QTest::mouseClick(heat, Qt::LeftButton, {}, cell.center());
        QCOMPARE(maps.pairFirst(), 1);
        QCOMPARE(maps.pairSecond(), 4);
        QCOMPARE(heat->selectedCell(), QPoint(3, 1));

        const el::Inspection a = m_reference->inspect(kSentences[1].toStdString(), std::nullopt, false);
        const el::Inspection b = m_reference->inspect(kSentences[4].toStdString(), std::nullopt, false);
        SimilarityMatrixModel* tm = maps.tokenModel();
        QCOMPARE(tm->rowCount(), int(a.encoding.size()));
        QCOMPARE(tm->columnCount(), int(b.encoding.size()));
        QCOMPARE(tm->headerData(0, Qt::Horizontal).toString(), QStringLiteral("[CLS]"));
        // Last layer token cosines, from our own forward pass; argmax per row and column; marks.
        const int64_t last = a.hiddenStates.dim(0) - 1, hidden = a.hiddenStates.dim(2);
        const int rows = tm->rowCount(), cols = tm->columnCount();
        std::vector<int> bestRow(rows, 0), bestCol(cols, 0);
        auto sim = [&](int i, int j) {
            return cosine(a.hiddenStates.row(last) + i * hidden, b.hiddenStates.row(last) + j * hidden,
                          hidden);
        };
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j) {
                QVERIFY(std::abs(tm->index(i, j).data().toDouble() - sim(i, j)) < 1e-5);
                if (sim(i, j) > sim(i, bestRow[i])) bestRow[i] = j;
                if (sim(i, j) > sim(bestCol[j], j)) bestCol[j] = i;
            }
        int mutual = 0;
        for (int i = 0; i < rows; ++i) {
            QCOMPARE(int(maps.alignment().bestForRow[size_t(i)]), bestRow[i]);
            for (int j = 0; j < cols; ++j) {
                const int mark = tm->index(i, j).data(HeatmapView::CellMarkRole).toInt();
                QCOMPARE(bool(mark & HeatmapView::RowBest), bestRow[i] == j);
                QCOMPARE(bool(mark & HeatmapView::ColumnBest), bestCol[j] == i);
                mutual += mark == (HeatmapView::RowBest | HeatmapView::ColumnBest);
            }
        }
        QCOMPARE(int(maps.alignment().mutual.size()), mutual);
        QVERIFY(mutual >= 1);

        // Another layer: the embedding output.
        const el::FloatArray lastLayer = maps.alignment().similarity;
        maps.setTokenLayer(0);
        QVERIFY(std::abs(tm->index(1, 1).data().toDouble() -
                         cosine(a.hiddenStates.row(0) + hidden, b.hiddenStates.row(0) + hidden, hidden)) <
                1e-5);
        QVERIFY(eltest::maxAbsDiff(lastLayer, maps.alignment().similarity) > 1e-3);

        // Across layers: one value per hidden state; the last is the sentence map's cell.
        QCOMPARE(maps.layerSimilarities().size(), size_t(a.hiddenStates.dim(0)));
        QCOMPARE(maps.layerModel()->rowCount(), int(a.hiddenStates.dim(0)));
        QVERIFY(std::abs(maps.layerSimilarities().back() - maps.shownMatrix().at({1, 3})) < 1e-6);
        // Layer 0 by hand: mean over all tokens of the embedding output.
        std::vector<double> ma(hidden, 0), mb(hidden, 0);
        for (int64_t t = 0; t < a.hiddenStates.dim(1); ++t)
            for (int64_t k = 0; k < hidden; ++k)
                ma[k] += a.hiddenStates.at({0, t, k});
        for (int64_t t = 0; t < b.hiddenStates.dim(1); ++t)
            for (int64_t k = 0; k < hidden; ++k)
                mb[k] += b.hiddenStates.at({0, t, k});
        std::vector<float> fa(ma.begin(), ma.end()), fb(mb.begin(), mb.end());
        QVERIFY(std::abs(maps.layerSimilarities().front() - cosine(fa.data(), fb.data(), hidden)) < 1e-5);
    }

    void currentSentencePicksItsNearestNeighbour()
    {
        SimilarityMaps maps(m_engine.get());
        maps.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 60000);
        maps.setCurrentSentence(3);
        QCOMPARE(maps.pairFirst(), 3);
        // The most similar other sentence by the shown matrix (row 2 = S4).
        int best = -1;
        for (int j = 0; j < 4; ++j)
            if (j != 2 && (best < 0 || maps.shownMatrix().at({2, j}) > maps.shownMatrix().at({2, best})))
                best = j;
        QCOMPARE(maps.pairSecond(), maps.rowOrder()[best]);
    }

    void editingKeepsTheOldMapsUntilTheNewOnesAreIn()
    {
        SimilarityMaps maps(m_engine.get());
        maps.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 60000);
        QStringList edited = kSentences;
        edited[3] = QStringLiteral("Someone plays loud music.");
        edited << QStringLiteral("One more sentence.");
        maps.setSentences(edited);
        // No flicker to a placeholder: the previous maps stay until the new hidden states arrive.
        QVERIFY(maps.isReady());
        QCOMPARE(maps.rowOrder().size(), 4);
        maps.setCurrentSentence(3); // still answers on the old data
        QTRY_COMPARE_WITH_TIMEOUT(maps.rowOrder().size(), 5, 60000);
        QCOMPARE(maps.sentenceModel()->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(), edited[4]);
    }

    void largeMatricesPaintFromAnImage()
    {
        // 200 x 300 cells (past the rectangle limit): painted from one image, one pixel per cell.
        SimilarityMatrixModel model;
        el::FloatArray m({200, 300});
        for (int64_t i = 0; i < 200; ++i)
            for (int64_t j = 0; j < 300; ++j)
                m.data[size_t(i * 300 + j)] = j < 150 ? -1.0f : 1.0f;
        QStringList rows, cols;
        for (int i = 0; i < 200; ++i)
            rows << QString::number(i);
        for (int j = 0; j < 300; ++j)
            cols << QString::number(j);
        model.setRectangular(m, rows, cols, rows, cols);
        HeatmapView view;
        view.setModel(&model);
        view.setRange(-1, 1, ColorMap::Kind::Diverging);
        view.resize(1400, 1000);
        const QImage shot = view.grab().toImage();
        const ColorMap map = ColorMap::diverging(view.palette(), -1, 1);
        const QRect left = view.cellRect(100, 10), right = view.cellRect(100, 290);
        QVERIFY(left.isValid() && right.isValid());
        const qreal dpr = shot.devicePixelRatio();
        QCOMPARE(shot.pixelColor((left.center() * dpr)).rgb(), map.color(-1).rgb());
        QCOMPARE(shot.pixelColor((right.center() * dpr)).rgb(), map.color(1).rgb());
    }

    void exportsAreValid()
    {
        SimilarityMaps maps(m_engine.get());
        maps.resize(1200, 800);
        maps.show();
        maps.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 60000);
        maps.setPair(0, 1);
        QCOMPARE(maps.exportActions().size(), 3);
        const int n = 4;
        const int ta = maps.tokenModel()->rowCount(), tb = maps.tokenModel()->columnCount();
        const int states = int(maps.layerSimilarities().size());
        struct Expect
        {
            SimilarityMaps::View view;
            int csvRows;
            int csvColumns;
            std::vector<int64_t> npyShape;
        };
        const std::vector<Expect> expects = {
            {SimilarityMaps::View::Sentences, n + 1, n + 1, {n, n}},
            {SimilarityMaps::View::Tokens, ta + 1, tb + 1, {ta, tb}},
            {SimilarityMaps::View::Layers, states + 1, 2, {states}},
        };
        QTemporaryDir dir;
        for (const Expect& ex : expects) {
            ViewExporter* e = maps.exporter(ex.view);
            const QString base = dir.filePath(QStringLiteral("s%1").arg(int(ex.view)));
            QString error;
            QVERIFY2(e->exportTo(ViewExporter::Format::Png, base + ".png", 4.0, &error), qPrintable(error));
            const QImage png(base + ".png");
            QVERIFY(!png.isNull());
            QVERIFY(png.width() > 400);
            QVERIFY2(e->exportTo(ViewExporter::Format::Svg, base + ".svg", 1.0, &error), qPrintable(error));
            QVERIFY(QSvgRenderer(base + ".svg").isValid());
            QVERIFY2(e->exportTo(ViewExporter::Format::Csv, base + ".csv", 1.0, &error), qPrintable(error));
            QFile csv(base + ".csv");
            QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
            const QStringList lines =
                QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), ex.csvRows);
            for (const QString& line : lines)
                QCOMPARE(line.split(QLatin1Char(',')).size(), ex.csvColumns);
            QVERIFY2(e->exportTo(ViewExporter::Format::Npy, base + ".npy", 1.0, &error), qPrintable(error));
            const el::FloatArray npy = el::readNpy(QFile::encodeName(base + ".npy").toStdString());
            QCOMPARE(npy.shape, ex.npyShape);
            QVERIFY(e->copyToClipboard(1.0));
            const QMimeData* mime = QApplication::clipboard()->mimeData();
            QVERIFY(mime && mime->hasImage());
            QCOMPARE(mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), ex.csvRows);
        }
        // The sentence CSV holds the shown numbers.
        QFile csv(dir.filePath("s0.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines[0], QStringLiteral(",S1,S2,S4,S5"));
        QCOMPARE(lines[2].split(QLatin1Char(','))[1].toFloat(), maps.shownMatrix().at({1, 0}));
    }

    void clusteringGroupsTopicsWithMiniLm()
    {
        const auto dir = eltest::defaultModelDir();
        QVERIFY2(std::filesystem::exists(dir / "config.json"), "default model missing: run scripts/setup");
        EngineService engine(2);
        QVERIFY(eltest::loadModelAndWait(engine, QString::fromStdString(dir.string())));
        SimilarityMaps maps(&engine);
        // Two topics, interleaved.
        const QStringList sentences = {QStringLiteral("A cat is sleeping on the sofa."),
                                       QStringLiteral("Stock markets fell sharply today."),
                                       QStringLiteral("The kitten naps on the couch."),
                                       QStringLiteral("Shares dropped on Wall Street."),
                                       QStringLiteral("A dog sleeps in its basket."),
                                       QStringLiteral("Investors sold their stocks in panic.")};
        maps.setSentences(sentences);
        QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 120000);
        QCOMPARE(maps.rowOrder(), QList<int>({0, 1, 2, 3, 4, 5}));
        maps.setOrder(SimilarityMaps::Order::Clustered);
        const QList<int> order = maps.rowOrder();
        QCOMPARE(order.size(), 6);
        int switches = 0;
        for (int i = 1; i < order.size(); ++i)
            switches += (order[i] % 2) != (order[i - 1] % 2);
        QCOMPARE(switches, 1);
        // The shown matrix follows the order.
        QCOMPARE(maps.sentenceModel()->headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("S%1").arg(order[0] + 1));
        maps.setOrder(SimilarityMaps::Order::Original);
        QCOMPARE(maps.rowOrder(), QList<int>({0, 1, 2, 3, 4, 5}));

        // Manual check: EL_SHOTS_DIR=<dir> saves screenshots (look at them).
        const QString shots = qEnvironmentVariable("EL_SHOTS_DIR");
        if (!shots.isEmpty()) {
            QFile tsv(
                QString::fromStdString((eltest::sharedDir() / "data" / "stsb" / "stsb-dev.tsv").string()));
            QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
            QStringList stsb = sentences.mid(0, 4);
            tsv.readLine();
            while (stsb.size() < 8 && !tsv.atEnd()) {
                const QStringList f = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
                if (f.size() >= 2) stsb << f[0] << f[1];
            }
            maps.setSentences(stsb);
            maps.resize(1500, 950);
            maps.show();
            QTRY_VERIFY_WITH_TIMEOUT(maps.isReady(), 120000);
            maps.setOrder(SimilarityMaps::Order::Clustered);
            maps.setPair(4, 5);
            QTest::qWait(300);
            QVERIFY(maps.grab().save(shots + QStringLiteral("/similarity-clustered.png")));
            maps.setTokenLayer(3);
            maps.setPair(0, 2);
            QTest::qWait(300);
            QVERIFY(maps.grab().save(shots + QStringLiteral("/similarity-layer3.png")));
            QVERIFY(maps.exporter(SimilarityMaps::View::Tokens)
                        ->exportTo(ViewExporter::Format::Png, shots + QStringLiteral("/export-tokens-2x.png"),
                                   2.0));
            QVERIFY(maps.exporter(SimilarityMaps::View::Sentences)
                        ->exportTo(ViewExporter::Format::Svg, shots + QStringLiteral("/export-sentences.svg"),
                                   1.0));
            // A dark palette (charts are rebuilt with the pair).
            QApplication::setPalette(eltest::darkPalette());
            QTest::qWait(300);
            QVERIFY(maps.grab().save(shots + QStringLiteral("/similarity-dark.png")));
            QApplication::setPalette(QPalette());
            // A long text against a short one: rectangular token cells.
            stsb << QStringLiteral(
                "The committee, after a long and often heated discussion that lasted well into the "
                "night, finally agreed to postpone the decision on the new budget until more "
                "information about the expected costs of the proposed infrastructure projects "
                "had been gathered.");
            maps.setSentences(stsb);
            QTRY_COMPARE_WITH_TIMEOUT(maps.rowOrder().size(), 9, 120000);
            maps.setTokenLayer(-1);
            maps.setPair(8, 1);
            QTest::qWait(300);
            QVERIFY(maps.grab().save(shots + QStringLiteral("/similarity-long-pair.png")));
        }
    }
};

QTEST_MAIN(TestUiSimilarity)
#include "tst_ui_similarity.moc"
