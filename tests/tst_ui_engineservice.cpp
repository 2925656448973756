// EngineService: work runs off the GUI thread, stale requests are dropped, results are cached per
// model, and failures arrive as error signals (never as exceptions) leaving the old model in place.
#include "TestSupport.h"

#include "EngineService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace elui;

namespace {
QString tinyModelDir()
{
    return QString::fromStdString((eltest::fixturesDir() / "reference" / "tiny-bert" / "model").string());
}
} // namespace

class TestUiEngineService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AnalysisResult>();
        qRegisterMetaType<EngineError>();
        if (!QFileInfo(tinyModelDir() + QStringLiteral("/config.json")).isFile())
            QFAIL(qPrintable(QStringLiteral("tiny model fixture missing: ") + tinyModelDir()));
    }

    void missingFolderIsAnErrorSignal()
    {
        EngineService engine(1);
        QSignalSpy failed(&engine, &EngineService::modelLoadFailed);
        QSignalSpy loading(&engine, &EngineService::loadingChanged);
        QTemporaryDir dir;
        const QString missing = dir.path() + QStringLiteral("/does-not-exist");
        engine.loadModel(missing);
        QVERIFY(engine.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed.first().at(0).toString(), missing);
        const auto error = failed.first().at(1).value<EngineError>();
        QVERIFY(error.set);
        QCOMPARE(error.code, el::ErrorCode::FileNotFound);
        QVERIFY(!engine.hasModel());
        QVERIFY(!engine.isLoading());
        QCOMPARE(loading.last().at(0).toBool(), false);
    }

    void staleRequestsAreDropped()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);

        QSignalSpy ready(&engine, &EngineService::analysisReady);
        const QStringList latest = {QStringLiteral("the final text"), QStringLiteral("and another")};
        for (int i = 0; i < 20; ++i) engine.analyzeNow({QStringLiteral("draft %1").arg(i)});
        engine.analyzeNow(latest);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 1, 30000);
        QTest::qWait(300);
        // Only the newest request may reach the views.
        for (const QList<QVariant>& args : ready) {
            const auto result = args.at(0).value<AnalysisResult>();
            QCOMPARE(result.sentences.size(), 2);
            QCOMPARE(result.sentences[0].text, latest[0]);
        }
        const auto result = ready.last().at(0).value<AnalysisResult>();
        QCOMPARE(result.matrixRows, QList<int>({0, 1}));
        QCOMPARE(result.similarity.shape, std::vector<int64_t>({2, 2}));
    }

    void debouncedTypingAnalysesOnce()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);

        QSignalSpy ready(&engine, &EngineService::analysisReady);
        const QString text = QStringLiteral("typing one key at a time");
        for (int n = 1; n <= text.size(); ++n) engine.scheduleAnalysis({text.left(n)});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QTest::qWait(engine.debounceMs() + 200);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).value<AnalysisResult>().sentences.at(0).text, text);
    }

    void resultsAreCachedPerModel()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        QSignalSpy ready(&engine, &EngineService::analysisReady);

        engine.analyzeNow({QStringLiteral("alpha"), QStringLiteral("beta"), QString()});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        auto first = ready.last().at(0).value<AnalysisResult>();
        QCOMPARE(first.computed, 2);
        QCOMPARE(first.matrixRows, QList<int>({0, 1})); // the blank sentence has no row
        QCOMPARE(first.sentences.size(), 3);
        QVERIFY(first.sentences[2].embedding.empty());
        QVERIFY(first.sentences[2].encoding.size() >= 2); // still tokenized: [CLS] [SEP]

        engine.analyzeNow({QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 30000);
        auto second = ready.last().at(0).value<AnalysisResult>();
        QCOMPARE(second.computed, 1);
        // A cached embedding is the one computed before, bit for bit.
        QCOMPARE(second.sentences[2].embedding, first.sentences[0].embedding);

        // A reloaded model starts with an empty cache.
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 60000);
        engine.analyzeNow({QStringLiteral("alpha")});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 30000);
        QCOMPARE(ready.last().at(0).value<AnalysisResult>().computed, 1);
    }

    void offsetsPointIntoTheTypedSentence()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        QSignalSpy ready(&engine, &EngineService::analysisReady);
        // sentence-transformers strips the text before tokenizing; the offsets shown must still
        // point at the characters as typed: "hello" is code points 3..8 of "\t  hello world ".
        engine.analyzeNow({QStringLiteral("\t  hello world ")});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        const el::Encoding enc = ready.first().at(0).value<AnalysisResult>().sentences.at(0).encoding;
        QCOMPARE(enc.tokens, std::vector<std::string>({"[CLS]", "hello", "world", "[SEP]"}));
        QCOMPARE(enc.offsets[1], std::make_pair(int64_t(3), int64_t(8)));
        QCOMPARE(enc.offsets[2], std::make_pair(int64_t(9), int64_t(14)));
        QCOMPARE(enc.offsets[0], std::make_pair(int64_t(0), int64_t(0)));
    }

    void failedLoadKeepsPreviousModel()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        QSignalSpy failed(&engine, &EngineService::modelLoadFailed);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        const quint64 serial = engine.modelSerial();

        QTemporaryDir empty;
        engine.loadModel(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(engine.hasModel());
        QCOMPARE(engine.modelSerial(), serial);

        QSignalSpy ready(&engine, &EngineService::analysisReady);
        engine.analyzeNow({QStringLiteral("still works")});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    }

    // runTask(): the newest request of a channel is delivered on the GUI thread, superseded ones are
    // not, channels are independent, and a core error arrives through onError.
    void tasksOnAChannelKeepOnlyTheNewest()
    {
        EngineService engine(1);
        QSignalSpy loaded(&engine, &EngineService::modelLoaded);
        engine.loadModel(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);

        QObject context;
        QList<int> delivered;
        QList<int> other;
        for (int i = 0; i < 10; ++i) {
            engine.runTask(QStringLiteral("inspect"), &context,
                           [i, &delivered](const el::Model& model, const EngineService::StillWanted&) {
                               const int64_t n = int64_t(model.tokenize("task " + std::to_string(i)).size());
                               return EngineService::Delivery([i, n, &delivered] {
                                   QVERIFY(n > 2);
                                   delivered.append(i);
                               });
                           });
        }
        engine.runTask(QStringLiteral("pooling"), &context, [&other](const el::Model&, const EngineService::StillWanted&) {
            return EngineService::Delivery([&other] { other.append(1); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 30000);
        QCOMPARE(delivered, QList<int>({9}));
        QCOMPARE(other, QList<int>({1}));

        EngineError seen;
        engine.runTask(
            QStringLiteral("inspect"), &context,
            [](const el::Model&, const EngineService::StillWanted&) {
                throw el::Error(el::ErrorCode::InvalidInput, "deliberate failure");
                return EngineService::Delivery();
            },
            [&seen](const EngineError& e) { seen = e; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.set, 30000);
        QCOMPARE(seen.code, el::ErrorCode::InvalidInput);
        QVERIFY(seen.detail.contains(QStringLiteral("deliberate failure")));
    }

    void taskWithoutModelIsAnError()
    {
        EngineService engine(1);
        QObject context;
        EngineError seen;
        bool ran = false;
        engine.runTask(
            QStringLiteral("x"), &context,
            [&ran](const el::Model&, const EngineService::StillWanted&) {
                ran = true;
                return EngineService::Delivery();
            },
            [&seen](const EngineError& e) { seen = e; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.set, 5000);
        QVERIFY(!ran);
        QCOMPARE(seen.code, el::ErrorCode::InvalidInput);
    }
};

QTEST_MAIN(TestUiEngineService)
#include "tst_ui_engineservice.moc"
