// The pooling lab driven through its real controls, offscreen, with the engine running the
// tiny-bert fixture (and the default MiniLM model for one end-to-end check). Expected embeddings
// come from el::Model::embed() (itself tested against sentence-transformers), never from the lab.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "EngineService.h"
#include "HeatmapView.h"
#include "Model.h"
#include "Npy.h"
#include "pooling/PoolingChoiceEditor.h"
#include "pooling/PoolingLab.h"
#include "ViewExporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace elui;

namespace {

using eltest::tinyBertDir;

const QStringList kSentences = {QStringLiteral("The quick brown fox jumps over the lazy dog."),
                                QString(),
                                QStringLiteral("A man is playing a guitar."),
                                QStringLiteral("Someone plays music."),
                                QStringLiteral("  "),
                                QStringLiteral("Café NAÏVE Ångström résumé")};

int selectMode(QComboBox* box, el::PoolingMode mode)
{
    const int index = box->findData(QVariantList{int(mode)});
    box->setCurrentIndex(index);
    return index;
}

// Every row of `vectors` equals the model's embedding of the non-blank sentences within tol.
void compareWithEmbed(const el::Model& model, const QStringList& sentences, const el::FloatArray& vectors,
                      float tol)
{
    std::vector<std::string> texts;
    for (const QString& s : sentences)
        if (!s.trimmed().isEmpty()) texts.push_back(s.toStdString());
    const el::FloatArray expected = model.embed(texts);
    QCOMPARE(vectors.shape, expected.shape);
    const double diff = eltest::maxAbsDiff(vectors, expected);
    QVERIFY2(diff < tol, qPrintable(QStringLiteral("max abs diff %1").arg(diff)));
}

} // namespace

class TestUiPooling : public QObject
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

    void withoutModelShowsPlaceholder()
    {
        EngineService engine(1);
        PoolingLab lab(&engine);
        lab.resize(900, 700);
        lab.show();
        lab.setSentences(kSentences);
        lab.setCurrentSentence(0);
        QTest::qWait(50);
        QVERIFY(!lab.isReady());
        QVERIFY(lab.placeholderText().contains(QStringLiteral("model")));
        QVERIFY(lab.rows().isEmpty());
        QString error;
        QTemporaryDir dir;
        QVERIFY(!lab.exporter(PoolingLab::View::Matrices)
                     ->exportTo(ViewExporter::Format::Png, dir.filePath("x.png"), 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
        QVERIFY(!lab.grab().isNull()); // paints the placeholder without crashing
    }

    void blankSentencesShowPlaceholder()
    {
        PoolingLab lab(m_engine.get());
        lab.resize(900, 700);
        lab.show();
        lab.setSentences({QString(), QStringLiteral("   "), QStringLiteral("\t")});
        lab.setCurrentSentence(1);
        QTest::qWait(100);
        QVERIFY(!lab.isReady());
        QVERIFY(lab.placeholderText().contains(QStringLiteral("sentences")));
        QCOMPARE(lab.neighbourModel()->rowCount(), 0);
        QCOMPARE(lab.driverModel()->rowCount(), 0);
        QVERIFY(!lab.grab().isNull());
    }

    void declaredChoiceEqualsEmbed()
    {
        PoolingLab lab(m_engine.get());
        lab.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 60000);
        QCOMPARE(lab.rows(), QList<int>({0, 2, 3, 5}));
        QVERIFY(lab.choiceEditor(0)->isDeclared());
        QVERIFY(!lab.choiceEditor(1)->isDeclared()); // starts on another choice: cls
        compareWithEmbed(*m_reference, kSentences, lab.vectors(0), 1e-5f);
        QCOMPARE(lab.choiceEditor(0)->modeBox()->currentText(), QStringLiteral("mean (declared)"));
        QVERIFY(lab.warningText().contains(QStringLiteral("Choice 2")));
    }

    void switchingPoolingChangesTheMatrix()
    {
        PoolingLab lab(m_engine.get());
        lab.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 60000);
        const el::FloatArray meanMatrix = lab.matrix(0);
        QSignalSpy updated(&lab, &PoolingLab::updated);
        // Choice 1: mean -> cls through the combo box.
        QVERIFY(selectMode(lab.choiceEditor(0)->modeBox(), el::PoolingMode::Cls) >= 0);
        QVERIFY(updated.size() >= 1);
        QVERIFY(eltest::maxAbsDiff(lab.matrix(0), meanMatrix) > 1e-3);
        QVERIFY(lab.warningText().contains(QStringLiteral("Neither")));
        // Choice 2 is cls too (its start): identical matrices, zero difference.
        QCOMPARE(lab.matrix(0).data, lab.matrix(1).data);
        for (float d : lab.difference().data)
            QCOMPARE(d, 0.0f);
        // cls vectors are the [CLS] rows of the last layer (normalised, as declared).
        const el::Inspection in = m_reference->inspect(kSentences[0].toStdString(), std::nullopt, false);
        std::vector<float> cls(in.hiddenStates.row(2), in.hiddenStates.row(2) + 32);
        el::l2Normalize(cls);
        for (int k = 0; k < 32; ++k)
            QVERIFY(std::abs(lab.vectors(0).row(0)[k] - cls[size_t(k)]) < 1e-5f);
        // Back to the declared choice: the warning about choice 1 goes.
        lab.choiceEditor(0)->setChoice(lab.choiceEditor(0)->declared());
        QCOMPARE(lab.matrix(0).data, meanMatrix.data);
        QVERIFY(!lab.warningText().contains(QStringLiteral("Choice 1")));
    }

    void layerSpecialTokensAndMetric()
    {
        PoolingLab lab(m_engine.get());
        lab.setSentences(kSentences);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 60000);
        PoolingChoiceEditor* e = lab.choiceEditor(1);
        selectMode(e->modeBox(), el::PoolingMode::Mean);
        e->normalizeBox()->setChecked(false);
        e->specialBox()->setChecked(false);
        e->layerBox()->setCurrentIndex(0); // embeddings
        // Expected: mean over the text tokens of hidden state 0, from our own forward pass.
        const el::Inspection in = m_reference->inspect(kSentences[2].toStdString(), std::nullopt, false);
        const int64_t tokens = in.hiddenStates.dim(1);
        for (int k = 0; k < 32; ++k) {
            double sum = 0;
            for (int64_t t = 1; t + 1 < tokens; ++t)
                sum += in.hiddenStates.at({0, t, k});
            QVERIFY(std::abs(lab.vectors(1).row(1)[k] - sum / double(tokens - 2)) < 1e-5);
        }
        // Dot product of unnormalised vectors is not a cosine: the diagonal is the squared length.
        lab.metricBox()->setCurrentIndex(1);
        double sq = 0;
        for (int k = 0; k < 32; ++k)
            sq += double(lab.vectors(1).row(0)[k]) * lab.vectors(1).row(0)[k];
        QVERIFY(std::abs(lab.matrix(1).at({0, 0}) - sq) < 1e-4 * sq);
        QVERIFY(std::abs(lab.matrix(1).at({0, 0}) - 1.0) > 1e-3);
        // The declared choice 1 is normalised: its dot product is the cosine.
        QVERIFY(std::abs(lab.matrix(0).at({0, 0}) - 1.0) < 1e-5);
    }

    void neighboursAndDrivers()
    {
        PoolingLab lab(m_engine.get());
        lab.setSentences(kSentences);
        lab.setCurrentSentence(2);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 60000);
        QStandardItemModel* nb = lab.neighbourModel();
        QCOMPARE(nb->rowCount(), 3); // the other non-blank sentences
        // Row k has rank k+1 under choice 1; its choice-2 rank agrees with the choice-2 matrix.
        const int row = 1; // sentence 2 is matrix row 1
        for (int k = 0; k < nb->rowCount(); ++k) {
            QCOMPARE(nb->item(k, 1)->data(Qt::DisplayRole).toInt(), k + 1);
            const int j = int(lab.rows().indexOf(nb->item(k, 0)->text().mid(1).toInt() - 1));
            QCOMPARE(nb->item(k, 2)->data(Qt::DisplayRole).toDouble(), double(lab.matrix(0).at({row, j})));
            int better = 0;
            for (int o = 0; o < lab.rows().size(); ++o)
                if (o != row && o != j && lab.matrix(1).at({row, o}) > lab.matrix(1).at({row, j})) ++better;
            QCOMPARE(nb->item(k, 3)->data(Qt::DisplayRole).toInt(), better + 1);
        }
        // Drivers: one row per token of sentence 2; mean shares sum to 100 %, cls gives 100 % to [CLS].
        QStandardItemModel* dr = lab.driverModel();
        const el::Encoding enc = m_reference->tokenize(kSentences[2].toStdString());
        QCOMPARE(dr->rowCount(), int(enc.size()));
        QCOMPARE(dr->item(0, 0)->text(), QStringLiteral("[CLS]"));
        double sum = 0;
        for (int r = 0; r < dr->rowCount(); ++r)
            sum += dr->item(r, 1)->data(Qt::DisplayRole).toDouble();
        QVERIFY(std::abs(sum - 100.0) < 1e-6);
        QCOMPARE(dr->item(0, 2)->data(Qt::DisplayRole).toDouble(), 100.0);
        // Max pooling: dimensions won, 32 in all.
        selectMode(lab.choiceEditor(1)->modeBox(), el::PoolingMode::Max);
        sum = 0;
        for (int r = 0; r < dr->rowCount(); ++r)
            sum += dr->item(r, 2)->data(Qt::DisplayRole).toDouble() * 32 / 100;
        QVERIFY(std::abs(sum - 32) < 1e-9);
        // Another current sentence re-describes the drivers.
        lab.setCurrentSentence(5);
        QCOMPARE(dr->rowCount(), int(m_reference->tokenize(kSentences[5].toStdString()).size()));
    }

    void exportsAreValid()
    {
        PoolingLab lab(m_engine.get());
        lab.resize(1000, 760);
        lab.show();
        lab.setSentences(kSentences);
        lab.setCurrentSentence(0);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 60000);
        QCOMPARE(lab.exportActions().size(), 3);
        QTemporaryDir dir;
        const int n = int(lab.rows().size());
        struct Expect
        {
            PoolingLab::View view;
            int csvRows;
            int csvColumns;
            std::vector<int64_t> npyShape;
        };
        const int tokens = lab.driverModel()->rowCount();
        const std::vector<Expect> expects = {
            {PoolingLab::View::Matrices, 3 * n + 1, n + 2, {3, n, n}},
            {PoolingLab::View::Neighbours, n, 7, {}},
            {PoolingLab::View::TokenDrivers, tokens + 1, 3, {tokens, 2}},
        };
        for (const Expect& ex : expects) {
            lab.setCurrentView(ex.view);
            ViewExporter* e = lab.exporter(ex.view);
            const QString base = dir.filePath(QStringLiteral("v%1").arg(int(ex.view)));
            QString error;
            QVERIFY2(e->exportTo(ViewExporter::Format::Png, base + ".png", 2.0, &error), qPrintable(error));
            const QImage png(base + ".png");
            QVERIFY(!png.isNull());
            // Cropped to the content of the page, at twice its logical size.
            const QRect content = e->contentRect();
            QWidget* page = lab.tabs()->currentWidget();
            QVERIFY(QRect(QPoint(0, 0), page->size()).contains(content));
            QVERIFY(content.width() > 200 && content.height() > 100);
            QCOMPARE(png.size(), content.size() * 2);
            QVERIFY(e->exportTo(ViewExporter::Format::Png, base + "1.png", 1.0, &error));
            QCOMPARE(QImage(base + "1.png").size(), content.size());
            QVERIFY2(e->exportTo(ViewExporter::Format::Svg, base + ".svg", 1.0, &error), qPrintable(error));
            QSvgRenderer svg(base + ".svg");
            QVERIFY(svg.isValid());
            QCOMPARE(svg.viewBox(), content);
            QVERIFY2(e->exportTo(ViewExporter::Format::Csv, base + ".csv", 1.0, &error), qPrintable(error));
            QFile csv(base + ".csv");
            QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
            const QStringList lines =
                QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), ex.csvRows);
            // No commas in these labels or numbers, so a plain split counts the columns.
            if (ex.view != PoolingLab::View::Neighbours)
                for (const QString& line : lines)
                    QCOMPARE(line.split(QLatin1Char(',')).size(), ex.csvColumns);
            if (ex.npyShape.empty()) {
                QVERIFY(!e->hasArray());
            } else {
                QVERIFY2(e->exportTo(ViewExporter::Format::Npy, base + ".npy", 1.0, &error),
                         qPrintable(error));
                const el::FloatArray npy = el::readNpy(QFile::encodeName(base + ".npy").toStdString());
                QCOMPARE(npy.shape, ex.npyShape);
                if (ex.view == PoolingLab::View::Matrices) {
                    QCOMPARE(npy.data[1], lab.matrix(0).data[1]);
                    QCOMPARE(npy.data[size_t(n * n + 1)], lab.matrix(1).data[1]);
                }
            }
            QVERIFY(e->copyToClipboard(1.0));
            const QMimeData* mime = QApplication::clipboard()->mimeData();
            QVERIFY(mime && mime->hasImage());
            QCOMPARE(mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), ex.csvRows);
        }
        // A bad path is an error message, not a crash.
        QString error;
        QVERIFY(!lab.exporter(PoolingLab::View::Matrices)
                     ->exportTo(ViewExporter::Format::Csv, "/nonexistent/dir/x.csv", 1.0, &error));
        QVERIFY(!error.isEmpty());
    }

    void miniLmDeclaredChoiceEqualsEmbed()
    {
        // End to end with the default model and real STS-B sentences.
        const auto dir = eltest::defaultModelDir();
        QVERIFY2(std::filesystem::exists(dir / "config.json"), "default model missing: run scripts/setup");
        QFile tsv(QString::fromStdString((eltest::sharedDir() / "data" / "stsb" / "stsb-dev.tsv").string()));
        QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList sentences;
        tsv.readLine();
        while (sentences.size() < 8 && !tsv.atEnd()) {
            const QStringList f = QString::fromUtf8(tsv.readLine()).trimmed().split(QLatin1Char('\t'));
            if (f.size() >= 2) sentences << f[0] << f[1];
        }
        EngineService engine(2);
        QVERIFY(eltest::loadModelAndWait(engine, QString::fromStdString(dir.string())));
        PoolingLab lab(&engine);
        lab.setSentences(sentences);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 120000);
        const auto model = el::Model::load(dir);
        compareWithEmbed(*model, sentences, lab.vectors(0), 1e-5f);
        QCOMPARE(lab.matrix(0).dim(0), 8);

        // Manual check: EL_SHOTS_DIR=<dir> saves a screenshot of every view (look at them).
        const QString shots = qEnvironmentVariable("EL_SHOTS_DIR");
        if (!shots.isEmpty()) {
            lab.resize(1500, 950);
            lab.show();
            lab.setCurrentSentence(2);
            for (int v = 0; v < 3; ++v) {
                lab.setCurrentView(PoolingLab::View(v));
                QTest::qWait(200);
                QVERIFY(lab.grab().save(shots + QStringLiteral("/pooling-%1.png").arg(v)));
            }
        }
    }
};

QTEST_MAIN(TestUiPooling)
#include "tst_ui_pooling.moc"
