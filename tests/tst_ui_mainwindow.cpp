// The main window driven like a user would: it opens the committed tiny model, shows the tokens of
// a typed sentence exactly as the Hugging Face tokenizer produced them (reference.json), shows a
// similarity matrix whose entries equal the cosine of sentence-transformers' embeddings, and
// reports a bad model folder as an error while the previous model keeps working.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "ColorMap.h"
#include "EngineService.h"
#include "HeatmapView.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "ModelSummaryView.h"
#include "SentenceListModel.h"
#include "SentencePanel.h"
#include "SimilarityMatrixModel.h"
#include "TokenTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace elui;

namespace {

QString tinyModelDir()
{
    return QString::fromStdString((eltest::fixturesDir() / "reference" / "tiny-bert" / "model").string());
}

QJsonObject loadReference()
{
    QFile file(QString::fromStdString((eltest::fixturesDir() / "reference" / "tiny-bert" / "reference.json").string()));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject referenceCase(const QString& name)
{
    for (const QJsonValue& c : loadReference().value(QStringLiteral("cases")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name) return c.toObject();
    return {};
}

std::vector<float> floats(const QJsonValue& v)
{
    std::vector<float> out;
    for (const QJsonValue& x : v.toArray()) out.push_back(float(x.toDouble()));
    return out;
}

// Text that QTest::keyClicks can type one QChar at a time and that sentence-transformers feeds
// unchanged (no surrounding whitespace, no control characters, no surrogate pairs).
bool typeable(const QString& text)
{
    if (text.isEmpty() || text != text.trimmed()) return false;
    for (QChar c : text)
        if (c.isSurrogate() || !c.isPrint() || (c.isSpace() && c != QLatin1Char(' '))) return false;
    return true;
}

// Types text like a keyboard (ASCII) or an input method (anything else: QTest's key tables only
// know ASCII) would.
void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

struct Recorded
{
    QStringList titles;
    QStringList texts;
};

} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> makeWindow(Recorded* errors, const QStringList& sentences)
    {
        MainWindowOptions options;
        options.modelFolder = tinyModelDir();
        options.useSettings = false;
        options.checkBlas = false;
        options.threads = 1;
        options.sentences = sentences;
        auto window = std::make_unique<MainWindow>(options);
        window->setErrorPresenter([errors](const QString& title, const QString& text, const QString&) {
            errors->titles.push_back(title);
            errors->texts.push_back(text);
        });
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // QSettings then live under ~/.qttest, never in the user's own configuration.
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo(tinyModelDir() + QStringLiteral("/config.json")).isFile())
            QFAIL(qPrintable(QStringLiteral("tiny model fixture missing: ") + tinyModelDir()));
        if (loadReference().value(QStringLiteral("cases")).toArray().isEmpty())
            QFAIL("tiny-bert reference.json missing or without cases");
    }

    void opensModelAndShowsSummary()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("One."), QStringLiteral("Two.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        const QJsonObject ref = loadReference();
        const el::ModelInfo* info = window->engine()->modelInfo();
        QVERIFY(info);
        QCOMPARE(info->layers, ref.value(QStringLiteral("num_layers")).toInteger());
        QCOMPARE(info->heads, ref.value(QStringLiteral("num_heads")).toInteger());
        QCOMPARE(info->hiddenSize, ref.value(QStringLiteral("hidden_size")).toInteger());
        QCOMPARE(info->maxLength, ref.value(QStringLiteral("max_length")).toInteger());
        // The card shows them (locale-formatted numbers; the tiny model's are below 1000).
        QCOMPARE(window->modelSummary()->valueOf(QStringLiteral("Layers")),
                 QString::number(ref.value(QStringLiteral("num_layers")).toInteger()));
        QCOMPARE(window->modelSummary()->valueOf(QStringLiteral("Attention heads")),
                 QString::number(ref.value(QStringLiteral("num_heads")).toInteger()));
        QVERIFY(window->modelSummary()->valueOf(QStringLiteral("Declared pooling")).contains(QStringLiteral("mean")));
        QTRY_COMPARE_WITH_TIMEOUT(window->similarityModel()->size(), 2, 30000);
        QVERIFY(errors.titles.isEmpty());
    }

    void typedSentenceShowsReferenceTokens_data()
    {
        QTest::addColumn<QJsonObject>("ref");
        int rows = 0;
        for (const QJsonValue& v : loadReference().value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("pair")).isNull() || !typeable(c.value(QStringLiteral("text")).toString()))
                continue;
            if (c.value(QStringLiteral("ids")) != c.value(QStringLiteral("model_ids"))) continue;
            QTest::newRow(qPrintable(c.value(QStringLiteral("name")).toString())) << c;
            ++rows;
        }
        QVERIFY2(rows >= 3, "expected several typeable single-text cases in reference.json");
    }

    void typedSentenceShowsReferenceTokens()
    {
        QFETCH(QJsonObject, ref);
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("A first sentence."), QStringLiteral("Another one.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window->similarityModel()->size(), 2, 30000);

        // Add a sentence the way a user does, then type into the editor.
        window->sentencePanel()->addAction()->trigger();
        QCOMPARE(window->sentenceModel()->rowCount(), 3);
        const int row = window->sentencePanel()->currentRow();
        QCOMPARE(row, 1); // a new sentence goes below the selected (first) one
        QCOMPARE(window->sentenceModel()->sentence(row), QString());
        QLineEdit* editor = window->findChild<QLineEdit*>(QStringLiteral("sentenceEditor"));
        QVERIFY(editor);
        const QString text = ref.value(QStringLiteral("text")).toString();
        typeText(editor, text);
        QCOMPARE(window->sentenceModel()->sentence(row), text);

        QStringList expectedTokens;
        for (const QJsonValue& t : ref.value(QStringLiteral("tokens")).toArray()) expectedTokens << t.toString();
        TokenTableModel* tokens = window->tokenModel();
        QTRY_COMPARE_WITH_TIMEOUT(tokens->tokens(), expectedTokens, 30000);

        const QJsonArray ids = ref.value(QStringLiteral("ids")).toArray();
        const QJsonArray offsets = ref.value(QStringLiteral("offsets")).toArray();
        const QJsonArray special = ref.value(QStringLiteral("special_tokens_mask")).toArray();
        QCOMPARE(tokens->rowCount(), int(ids.size()));
        for (int i = 0; i < tokens->rowCount(); ++i) {
            auto cell = [&](int column) { return tokens->index(i, column).data().toLongLong(); };
            QCOMPARE(cell(TokenTableModel::IdColumn), ids[i].toInteger());
            QCOMPARE(cell(TokenTableModel::StartColumn), offsets[i].toArray()[0].toInteger());
            QCOMPARE(cell(TokenTableModel::EndColumn), offsets[i].toArray()[1].toInteger());
            const auto kind = TokenTableModel::Kind(tokens->index(i, 0).data(TokenTableModel::KindRole).toInt());
            QCOMPARE(kind == TokenTableModel::Kind::Special, special[i].toInt() == 1);
            if (expectedTokens[i] == QStringLiteral("[UNK]") && special[i].toInt() == 0)
                QCOMPARE(kind, TokenTableModel::Kind::Unknown);
        }

        SimilarityMatrixModel* sim = window->similarityModel();
        QTRY_COMPARE_WITH_TIMEOUT(sim->size(), 3, 30000);
        QCOMPARE(sim->rowCount(), 3);
        QCOMPARE(sim->columnCount(), 3);
        QCOMPARE(sim->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(), text);
        QCOMPARE(sim->headerData(row, Qt::Vertical).toString(), QStringLiteral("S2"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(qAbs(sim->value(i, i) - 1.0) < 1e-5, qPrintable(QString::number(sim->value(i, i), 'g', 9)));
            for (int j = 0; j < 3; ++j) QVERIFY(qAbs(sim->value(i, j) - sim->value(j, i)) < 1e-6);
        }
        QVERIFY(errors.titles.isEmpty());
    }

    void similarityMatchesReferenceEmbeddings()
    {
        const QStringList names = {QStringLiteral("plain"), QStringLiteral("casing_accents"),
                                   QStringLiteral("special_literals"), QStringLiteral("long")};
        QStringList texts;
        std::vector<std::vector<float>> embeddings;
        for (const QString& name : names) {
            const QJsonObject c = referenceCase(name);
            QVERIFY2(!c.isEmpty(), qPrintable(name));
            texts << c.value(QStringLiteral("text")).toString();
            embeddings.push_back(floats(c.value(QStringLiteral("st_embedding"))));
            QVERIFY(!embeddings.back().empty());
        }
        Recorded errors;
        auto window = makeWindow(&errors, texts);
        SimilarityMatrixModel* sim = window->similarityModel();
        QTRY_COMPARE_WITH_TIMEOUT(sim->size(), int(texts.size()), 60000);
        for (int i = 0; i < sim->size(); ++i) {
            for (int j = 0; j < sim->size(); ++j) {
                const double expected = eltest::cosine(embeddings[size_t(i)], embeddings[size_t(j)]);
                QVERIFY2(qAbs(sim->value(i, j) - expected) < 1e-4,
                         qPrintable(QStringLiteral("(%1, %2): %3 vs reference %4")
                                        .arg(i)
                                        .arg(j)
                                        .arg(sim->value(i, j), 0, 'g', 9)
                                        .arg(expected, 0, 'g', 9)));
            }
        }
    }

    void badFolderReportsErrorAndKeepsModel()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("A first sentence.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        QSignalSpy failed(window->engine(), &EngineService::modelLoadFailed);
        QSignalSpy shown(window.get(), &MainWindow::errorShown);

        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        window->openModelFolder(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(errors.titles.size(), 1);
        QVERIFY2(errors.texts.first().contains(QDir::toNativeSeparators(empty.path())), qPrintable(errors.texts.first()));
        QVERIFY(errors.texts.first().contains(QStringLiteral("previous model")));

        // The previous model is still loaded and still answers.
        QVERIFY(window->engine()->hasModel());
        QCOMPARE(QString::fromStdString(window->engine()->modelInfo()->folder.string()), tinyModelDir());
        const QJsonObject plain = referenceCase(QStringLiteral("plain"));
        QStringList expected;
        for (const QJsonValue& t : plain.value(QStringLiteral("tokens")).toArray()) expected << t.toString();
        QLineEdit* editor = window->findChild<QLineEdit*>(QStringLiteral("sentenceEditor"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, plain.value(QStringLiteral("text")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(window->tokenModel()->tokens(), expected, 30000);
        QCOMPARE(errors.titles.size(), 1);
    }

    void heatmapPaintsTheModelsValues_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // The heatmap paints each cell in the colour map's colour for the model's value, in a light and
    // a dark palette. With EL_UI_SCREENSHOT_DIR set, the window is also saved there to be looked at.
    void heatmapPaintsTheModelsValues()
    {
        QFETCH(bool, dark);
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("A man is playing a guitar."),
                                           QStringLiteral("Someone plays an instrument."),
                                           QStringLiteral("Stock markets fell sharply today.")});
        if (dark) window->setPalette(eltest::darkPalette());
        window->resize(1280, 820);
        SimilarityMatrixModel* sim = window->similarityModel();
        QTRY_COMPARE_WITH_TIMEOUT(sim->size(), 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window->tokenModel()->rowCount() > 0, 30000);
        auto* heatmap = window->findChild<HeatmapView*>(QStringLiteral("similarityHeatmap"));
        QVERIFY(heatmap);
        const QImage image = heatmap->grab().toImage();
        const ColorMap map = ColorMap::diverging(heatmap->palette(), -1.0, 1.0);
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                const QRect cell = heatmap->cellRect(r, c);
                QVERIFY(cell.width() >= 20);
                const QColor painted = image.pixelColor(cell.topLeft() + QPoint(3, 3));
                const QColor expected = map.color(sim->value(r, c));
                QVERIFY2(qAbs(painted.red() - expected.red()) <= 2 && qAbs(painted.green() - expected.green()) <= 2 &&
                             qAbs(painted.blue() - expected.blue()) <= 2,
                         qPrintable(QStringLiteral("cell (%1,%2): painted %3, expected %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(painted.name(), expected.name())));
            }
        }
        // Hovering a cell shows its exact value.
        const QRect cell = heatmap->cellRect(0, 1);
        QHelpEvent help(QEvent::ToolTip, cell.center(), heatmap->mapToGlobal(cell.center()));
        QApplication::sendEvent(heatmap, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLocale().toString(sim->value(0, 1), 'f', 6)), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Someone plays an instrument.")));
        QToolTip::hideText();

        const QString dir = qEnvironmentVariable("EL_UI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + QStringLiteral("/mainwindow_%1.png").arg(dark ? "dark" : "light")));
    }

    void settingsAreRemembered()
    {
        MainWindowOptions options;
        options.modelFolder = tinyModelDir();
        options.checkBlas = false;
        options.threads = 1;
        options.useSettings = true;
        QSettings(QStringLiteral("EncoderLens"), QStringLiteral("EncoderLens")).clear();
        {
            MainWindow window(options);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.engine()->hasModel(), 60000);
            window.sentenceModel()->setSentences({QStringLiteral("remember me"), QStringLiteral("and me, too")});
            window.sentencePanel()->setCurrentRow(1);
            window.resize(900, 700);
            QVERIFY(window.close());
        }
        QSettings settings(QStringLiteral("EncoderLens"), QStringLiteral("EncoderLens"));
        QVERIFY2(settings.fileName().contains(QStringLiteral("/.qttest/")), qPrintable(settings.fileName()));
        QCOMPARE(settings.value(QStringLiteral("model/lastFolder")).toString(), tinyModelDir());

        MainWindow again(options);
        QCOMPARE(again.sentenceModel()->sentences(), QStringList({"remember me", "and me, too"}));
        QCOMPARE(again.sentencePanel()->currentRow(), 1);
        QCOMPARE(again.size(), QSize(900, 700));
        QTRY_VERIFY_WITH_TIMEOUT(again.engine()->hasModel(), 60000);
    }

    void droppedFolderIsOpened()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("A first sentence.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        QSignalSpy loaded(window->engine(), &EngineService::modelLoaded);

        // Dropping a bad folder onto the sentence editor reports it instead of inserting the path.
        QTemporaryDir empty;
        QLineEdit* editor = window->findChild<QLineEdit*>(QStringLiteral("sentenceEditor"));
        const QString before = editor->text();
        auto drop = [&](const QString& folder) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(folder)});
            mime.setText(folder);
            const QPoint pos = editor->rect().center();
            QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(editor, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(editor, &dropEvent);
            QVERIFY(dropEvent.isAccepted());
        };
        drop(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(errors.titles.size(), 1, 30000);
        QCOMPARE(editor->text(), before);

        drop(tinyModelDir());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        QCOMPARE(errors.titles.size(), 1);
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
