// The precision panel driven through its Compare button, offscreen, with the engine running the
// tiny-bert fixture. Expected cosines come from two el::Model::load() calls made here (float32 and
// int8), never from the panel.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "EngineService.h"
#include "Model.h"
#include "ViewExporter.h"
#include "precision/PrecisionPanel.h"

#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace elui;

namespace {

using eltest::tinyBertDir;

const QStringList kSentences = {QStringLiteral("The quick brown fox jumps over the lazy dog."), QStringLiteral("  "),
                                QStringLiteral("A man is playing a guitar."), QString(),
                                QStringLiteral("Someone plays music.")};

std::vector<float> rowOf(const el::FloatArray& a, int64_t i)
{
    return std::vector<float>(a.row(i), a.row(i) + a.dim(1));
}

} // namespace

class TestUiPrecision : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineService> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = std::make_unique<EngineService>(1);
        QVERIFY(eltest::loadModelAndWait(*m_engine, QString::fromStdString(tinyBertDir().string())));
    }

    void withoutModelShowsPlaceholder()
    {
        EngineService engine(1);
        PrecisionPanel panel(&engine);
        panel.resize(900, 600);
        panel.show();
        panel.setSentences(kSentences);
        panel.compareButton()->click();
        QTest::qWait(50);
        QVERIFY(!panel.isReady());
        QVERIFY(!panel.compareButton()->isEnabled());
        QVERIFY(panel.placeholderText().contains(QStringLiteral("No model")));
        QTemporaryDir dir;
        QString error;
        QVERIFY(!panel.exporter()->exportTo(ViewExporter::Format::Csv, dir.filePath("x.csv"), 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!panel.grab().isNull());
    }

    void blankSentencesShowPlaceholder()
    {
        PrecisionPanel panel(m_engine.get());
        panel.setSentences({QString(), QStringLiteral("   "), QStringLiteral("\t")});
        panel.compareButton()->click();
        QTest::qWait(50);
        QVERIFY(!panel.isReady());
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.placeholderText().contains(QStringLiteral("sentences")));
        QCOMPARE(panel.tableModel()->rowCount(), 0);
    }

    void comparesFloat32AndInt8()
    {
        PrecisionPanel panel(m_engine.get());
        panel.resize(1100, 600);
        panel.setSentences(kSentences);
        QVERIFY(!panel.isReady());
        panel.compareButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 120000);
        QVERIFY(panel.placeholderText().isEmpty());

        const std::vector<std::string> texts = {kSentences[0].toStdString(), kSentences[2].toStdString(),
                                                kSentences[4].toStdString()};
        const auto f32 = el::Model::load(tinyBertDir());
        el::LoadOptions options;
        options.threads = 1;
        options.precision = el::Precision::Int8;
        const auto i8 = el::Model::load(tinyBertDir(), options);
        QCOMPARE(i8->info().precision, el::Precision::Int8);
        const el::FloatArray e32 = f32->embed(texts);
        const el::FloatArray e8 = i8->embed(texts);

        const PrecisionPanel::Result& r = panel.result();
        QCOMPARE(panel.tableModel()->rowCount(), 3);
        QCOMPARE(r.texts, QStringList({kSentences[0], kSentences[2], kSentences[4]}));
        QCOMPARE(int(r.cosines.size()), 3);
        bool anyDifferent = false;
        for (int i = 0; i < 3; ++i) {
            const double expected = eltest::cosine(rowOf(e32, i), rowOf(e8, i));
            const double shown = panel.tableModel()->item(i, 1)->data(Qt::UserRole).toDouble();
            QVERIFY2(std::abs(shown - expected) < 1e-5,
                     qPrintable(QStringLiteral("row %1: %2 vs %3").arg(i).arg(shown).arg(expected)));
            QVERIFY(std::abs(r.cosines[size_t(i)] - expected) < 1e-5);
            anyDifferent |= rowOf(e32, i) != rowOf(e8, i);
            QVERIFY(panel.tableModel()->item(i, 0)->text().contains(r.texts[i]));
            // Nearest neighbour under each precision, from the embeddings computed here.
            for (const auto& [e, nearest] : {std::pair{&e32, &r.nearest32}, std::pair{&e8, &r.nearest8}}) {
                int best = -1;
                double bestCos = -2;
                for (int j = 0; j < 3; ++j) {
                    const double c = eltest::cosine(rowOf(*e, i), rowOf(*e, j));
                    if (j != i && c > bestCos) {
                        bestCos = c;
                        best = j;
                    }
                }
                QCOMPARE((*nearest)[size_t(i)], best);
            }
        }
        QCOMPARE(r.rows, QList<int>({0, 2, 4})); // labelled as the workbench numbers them
        QVERIFY(panel.tableModel()->item(1, 0)->text().startsWith(QStringLiteral("S3")));
        QVERIFY(anyDifferent); // the int8 copy really is a different computation
        QVERIFY(r.float32Rate() > 0);
        QVERIFY(r.int8Rate() > 0);
        QVERIFY(r.int8LoadMs > 0);
        QVERIFY(!r.int8Cached);
        QVERIFY(r.maxDrift >= r.meanDrift);
        QVERIFY(r.meanDrift >= 0);
        QVERIFY(panel.summaryText().contains(QStringLiteral("sentences/s")));
        QVERIFY(panel.summaryText().contains(QStringLiteral("Lowest cosine")));

        // Matrix drift equals the difference of the two cosine matrices computed here.
        double maxDrift = 0;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    maxDrift = std::max(maxDrift, std::abs(eltest::cosine(rowOf(e32, i), rowOf(e32, j)) -
                                                           eltest::cosine(rowOf(e8, i), rowOf(e8, j))));
        QVERIFY2(std::abs(r.maxDrift - maxDrift) < 1e-5, qPrintable(QString::number(r.maxDrift - maxDrift)));

        // CSV: a header and one line per sentence.
        QTemporaryDir dir;
        const QString csv = dir.filePath("precision.csv");
        QString error;
        QVERIFY2(panel.exporter()->exportTo(ViewExporter::Format::Csv, csv, 1, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].contains(QStringLiteral("cos float32")));
        QVERIFY(lines[1].contains(QStringLiteral("quick brown fox")));
        const QString png = dir.filePath("precision.png");
        QVERIFY2(panel.exporter()->exportTo(ViewExporter::Format::Png, png, 1, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());

        // A second comparison reuses the int8 copy.
        panel.setSentences({kSentences[2], kSentences[4]});
        panel.compareButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isReady() && panel.result().texts.size() == 2, 120000);
        QVERIFY(panel.result().int8Cached);
        QCOMPARE(panel.tableModel()->rowCount(), 2);
        // Dynamic int8 quantizes activations with one scale per batch, so the pair is embedded anew.
        const std::vector<std::string> pair = {texts[1], texts[2]};
        const el::FloatArray p32 = f32->embed(pair), p8 = i8->embed(pair);
        for (int i = 0; i < 2; ++i)
            QVERIFY(std::abs(panel.result().cosines[size_t(i)] - eltest::cosine(rowOf(p32, i), rowOf(p8, i))) < 1e-5);
        qInfo("batch effect on int8 cosine of one sentence: %.2e",
              std::abs(panel.result().cosines[1] - eltest::cosine(rowOf(e32, 2), rowOf(e8, 2))));
    }

    void errorIsShown()
    {
        // A model folder that disappears after loading: the int8 copy cannot load, the panel says so.
        QTemporaryDir dir;
        const QString copy = dir.filePath("model");
        std::filesystem::copy(tinyBertDir(), copy.toStdString(), std::filesystem::copy_options::recursive);
        EngineService engine(1);
        if (!eltest::loadModelAndWait(engine, copy)) QFAIL("copied tiny-bert did not load");
        PrecisionPanel panel(&engine);
        panel.setSentences(kSentences);
        QVERIFY(QDir(copy).removeRecursively());
        panel.compareButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 60000);
        QVERIFY(!panel.isReady());
        QVERIFY(panel.placeholderText().contains(QStringLiteral("failed")));
        QVERIFY(!panel.grab().isNull());
    }
};

QTEST_MAIN(TestUiPrecision)
#include "tst_ui_precision.moc"
