// The workbench tabs driven like a user would, on the committed tiny BERT: the attention tab shows
// transformers' own attention probabilities (reference.json) for the chosen layer and head, the
// tokens tab shows a pair's tokens and type ids as the Hugging Face tokenizer made them and links
// hovered pieces with their characters, a second tokenizer (tiny RoBERTa) is shown beside it with
// its reference tokens, every view exports files that open again, a .tsv gives A/B pairs, recent
// models are remembered, and bad input (model folder, sentence file, comparison folder) is reported
// while everything keeps working.
#include "TestSupport.h"

#include "EngineService.h"
#include "Npy.h"
#include "HeatmapView.h"
#include "MainWindow.h"
#include "ModelSummaryView.h"
#include "SentenceListModel.h"
#include "SentencePanel.h"
#include "SimilarityMatrixModel.h"
#include "TokenChipsView.h"
#include "TokenPanel.h"
#include "TokenTableModel.h"
#include "attention/AttentionControls.h"
#include "attention/AttentionExplorer.h"
#include "tokens/PieceText.h"
#include "tokens/TokenTextView.h"
#include "tokens/TokenizationInspector.h"
#include "workbench/AttentionPage.h"
#include "ViewExporter.h"
#if __has_include("pooling/PoolingLab.h")
#include "pooling/PoolingChoiceEditor.h"
#include "pooling/PoolingLab.h"
#endif
#if __has_include("similarity/SimilarityMaps.h")
#include "similarity/SimilarityMaps.h"
#endif
#if __has_include("precision/PrecisionPanel.h")
#include "precision/PrecisionPanel.h"
#endif

#include <QAction>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <memory>

using namespace elui;

namespace {

QString fixtureModel(const char* name)
{
    return QString::fromStdString((eltest::fixturesDir() / "reference" / name / "model").string());
}

QJsonObject reference(const char* name)
{
    QFile file(QString::fromStdString((eltest::fixturesDir() / "reference" / name / "reference.json").string()));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject referenceCase(const char* model, const QString& name)
{
    for (const QJsonValue& c : reference(model).value(QStringLiteral("cases")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name) return c.toObject();
    return {};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) out << x.toString();
    return out;
}

struct Recorded
{
    QStringList titles;
    QStringList texts;
};

int csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return -1;
    int lines = 0;
    while (!file.atEnd()) {
        if (!file.readLine().trimmed().isEmpty()) ++lines;
    }
    return lines;
}

} // namespace

class TestUiWorkbench : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> makeWindow(Recorded* errors, const QStringList& sentences,
                                           const QStringList& pairs = {})
    {
        MainWindowOptions options;
        options.modelFolder = fixtureModel("tiny-bert");
        options.useSettings = false;
        options.checkBlas = false;
        options.threads = 1;
        options.sentences = sentences;
        options.pairs = pairs;
        auto window = std::make_unique<MainWindow>(options);
        window->setErrorPresenter([errors](const QString& title, const QString& text, const QString&) {
            errors->titles.push_back(title);
            errors->texts.push_back(text);
        });
        window->resize(1400, 900);
        window->show();
        return window;
    }

    static void showTab(MainWindow* window, const QString& title)
    {
        QTabWidget* tabs = window->workbench();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == title) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no tab ") + title));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!reference("tiny-bert").isEmpty(), "tiny-bert reference.json missing");
        QVERIFY2(!reference("tiny-roberta").isEmpty(), "tiny-roberta reference.json missing");
    }

    void tabsShortcutsAndMenus()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("One."), QStringLiteral("Two.")});
        QTabWidget* tabs = window->workbench();
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i) titles << tabs->tabText(i);
        for (const char* t : {"Overview", "Tokens", "Attention"})
            QVERIFY2(titles.contains(QLatin1String(t)), qPrintable(titles.join(QLatin1Char(','))));
        // Ctrl+1..n switch tabs, and every tab with exports has its submenu under File ▸ Export.
        QStringList exportMenus;
        for (QAction* a : window->exportMenu()->actions())
            if (a->menu()) exportMenus << a->text();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!window->exportActionsOf(tabs->widget(i)).isEmpty()) QVERIFY(exportMenus.contains(tabs->tabText(i)));
            QAction* switchTo = nullptr;
            for (QAction* a : window->actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))) switchTo = a;
            QVERIFY2(switchTo, qPrintable(tabs->tabText(i)));
            switchTo->trigger();
            QCOMPARE(tabs->currentIndex(), i);
        }
        // The other engineers' views, when built into elui, are tabs with their exports.
        QStringList expected;
#if __has_include("pooling/PoolingLab.h")
        expected << QStringLiteral("Pooling");
        QVERIFY(window->findChild<PoolingLab*>());
#endif
#if __has_include("similarity/SimilarityMaps.h")
        expected << QStringLiteral("Similarity");
        QVERIFY(window->findChild<SimilarityMaps*>());
#endif
#if __has_include("precision/PrecisionPanel.h")
        expected << QStringLiteral("Precision");
        QVERIFY(window->findChild<PrecisionPanel*>());
#endif
        for (const QString& t : expected) {
            QVERIFY2(titles.contains(t), qPrintable(t));
            QVERIFY(exportMenus.contains(t));
        }
        // Next/previous sentence.
        window->sentencePanel()->setCurrentRow(0);
        QCOMPARE(window->sentencePanel()->nextAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
        window->sentencePanel()->nextAction()->trigger();
        QCOMPARE(window->sentencePanel()->currentRow(), 1);
        window->sentencePanel()->previousAction()->trigger();
        QCOMPARE(window->sentencePanel()->currentRow(), 0);
        QVERIFY(errors.titles.isEmpty());
    }

    void attentionTabShowsReferenceAttentions()
    {
        const QJsonObject ref = referenceCase("tiny-bert", QStringLiteral("plain"));
        QVERIFY(!ref.isEmpty());
        const el::FloatArray attn = el::readNpy(eltest::fixturesDir() / "reference" / "tiny-bert" /
                                                ref.value(QStringLiteral("attentions")).toString().toStdString());
        QCOMPARE(attn.rank(), 4);
        const int64_t layers = attn.dim(0), heads = attn.dim(1), T = attn.dim(2);
        QVERIFY(layers >= 2 && heads >= 2);
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("Something else."), ref.value(QStringLiteral("text")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        AttentionPage* page = window->attentionPage();
        QSignalSpy shown(page, &AttentionPage::inspectionShown);
        window->sentencePanel()->setCurrentRow(1);
        showTab(window.get(), QStringLiteral("Attention"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && page->explorer()->inspection() &&
                                     page->explorer()->shownLabels().size() == strings(ref.value("tokens")).size(),
                                 60000);
        QCOMPARE(page->maxTokens(), int(reference("tiny-bert").value(QStringLiteral("max_length")).toInteger()));

        AttentionExplorer* x = page->explorer();
        x->controls()->setHideSpecial(false);
        x->controls()->setMerge(el::WordMerge::None);
        QCOMPARE(x->shownLabels(), strings(ref.value(QStringLiteral("tokens"))));
        std::vector<float> previous;
        for (int layer = 0; layer < layers; ++layer) {
            for (int head = 0; head < heads; ++head) {
                x->controls()->setLayer(layer);
                x->controls()->setHead(head);
                const el::FloatArray& m = x->shownMatrix();
                QCOMPARE(m.dim(0), T);
                double worst = 0;
                const float* expected = attn.data.data() + ((layer * heads + head) * T * T);
                for (int64_t k = 0; k < T * T; ++k)
                    worst = std::max(worst, std::abs(double(m.data[size_t(k)]) - double(expected[k])));
                QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("layer %1 head %2: %3").arg(layer).arg(head).arg(worst)));
                // Another layer or head shows other numbers.
                QVERIFY(m.data != previous);
                previous = m.data;
            }
        }

        // A shorter max length truncates what is inspected (special tokens included).
        page->maxTokensBox()->setValue(5);
        QTRY_COMPARE_WITH_TIMEOUT(x->shownLabels().size(), 5, 30000);
        QVERIFY(x->inspection()->encoding.truncated);
        QVERIFY(errors.titles.isEmpty());
    }

    void typedSentenceUpdatesTokensAndAttention()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("first")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        showTab(window.get(), QStringLiteral("Attention"));
        QLineEdit* editor = window->sentencePanel()->editor();
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("playing guitar"));
        QTRY_COMPARE_WITH_TIMEOUT(window->attentionPage()->explorer()->shownLabels().size(),
                                  window->tokenModel()->rowCount(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->tokenModel()->tokens().contains(QStringLiteral("guitar")) ||
                                     window->tokenModel()->tokens().join(QString()).contains(QStringLiteral("gu")),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window->attentionPage()->explorer()->shownLabels().size(),
                                  window->tokenModel()->rowCount(), 30000);
        QVERIFY(errors.titles.isEmpty());
    }

    void pairFromTsvShowsReferenceSegments()
    {
        const QJsonObject ref = referenceCase("tiny-bert", QStringLiteral("pair"));
        QVERIFY(!ref.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pairs.tsv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("sentence1\tsentence2\tscore\n");
            f.write(ref.value("text").toString().toUtf8() + '\t' + ref.value("pair").toString().toUtf8() + "\t4.5\n");
            f.write("A dog runs.\tA cat sleeps.\t1.0\n");
        }
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("to be replaced")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        QVERIFY(window->loadSentencesFile(path));
        QCOMPARE(window->sentenceModel()->sentences(),
                 QStringList({ref.value("text").toString(), QStringLiteral("A dog runs.")}));
        QCOMPARE(window->sentenceModel()->pairs(),
                 QStringList({ref.value("pair").toString(), QStringLiteral("A cat sleeps.")}));
        QVERIFY(window->sentencePanel()->pairsShown());

        showTab(window.get(), QStringLiteral("Tokens"));
        window->sentencePanel()->setCurrentRow(0);
        TokenTableModel* tokens = window->tokenModel();
        QTRY_COMPARE_WITH_TIMEOUT(tokens->tokens(), strings(ref.value(QStringLiteral("tokens"))), 30000);
        const QJsonArray typeIds = ref.value(QStringLiteral("type_ids")).toArray();
        const QJsonArray offsets = ref.value(QStringLiteral("offsets")).toArray();
        int bTokens = 0;
        for (int r = 0; r < tokens->rowCount(); ++r) {
            QCOMPARE(tokens->index(r, TokenTableModel::TypeIdColumn).data().toLongLong(), typeIds[r].toInteger());
            QCOMPARE(tokens->index(r, TokenTableModel::StartColumn).data().toLongLong(),
                     offsets[r].toArray()[0].toInteger());
            if (tokens->sequence(r) == 1) {
                ++bTokens;
                QCOMPARE(tokens->index(r, TokenTableModel::SegmentColumn).data().toString(), QStringLiteral("B"));
            }
        }
        QVERIFY(bTokens > 0);
        QVERIFY(tokens->isPair());
        // The similarity matrix is over texts A.
        QTRY_COMPARE_WITH_TIMEOUT(window->similarityModel()->size(), 2, 30000);

        // The attention tab inspects the pair: same tokens.
        showTab(window.get(), QStringLiteral("Attention"));
        QTRY_COMPARE_WITH_TIMEOUT(window->attentionPage()->explorer()->shownLabels().size(),
                                  int(strings(ref.value(QStringLiteral("tokens"))).size()), 30000);

        // A file that is not a table is reported and leaves the sentences alone.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a,b\n\"unterminated,1\n");
        }
        QVERIFY(!window->loadSentencesFile(bad));
        QCOMPARE(errors.titles.size(), 1);
        QVERIFY(!window->loadSentencesFile(dir.filePath(QStringLiteral("missing.txt"))));
        QCOMPARE(errors.titles.size(), 2);
        QCOMPARE(window->sentenceModel()->rowCount(), 2);
    }

    void hoverLinksPiecesAndText()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("  unaffable playing")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        showTab(window.get(), QStringLiteral("Tokens"));
        TokenizationInspector* inspector = window->tokenInspector();
        TokenTableModel* tokens = window->tokenModel();
        QTRY_VERIFY_WITH_TIMEOUT(tokens->rowCount() > 3, 30000);
        QVERIFY(!inspector->normalizedText().isEmpty());
        QVERIFY(inspector->preTokens().size() >= 2);
        QCOMPARE(inspector->wordCount(), 2);
        QVERIFY(inspector->fertility() >= 1.0);

        for (int row = 0; row < tokens->rowCount(); ++row) {
            inspector->highlightToken(row);
            const QString covered = tokens->index(row, TokenTableModel::TextColumn).data().toString();
            if (tokens->kind(row) == TokenTableModel::Kind::Special) {
                QVERIFY(inspector->textView()->highlightedRanges().isEmpty());
                continue;
            }
            QVERIFY(!covered.isEmpty());
            // The highlighted characters are the token's own, in the text as typed (leading spaces).
            QCOMPARE(inspector->textView()->highlightedText(), covered);
            const int start = int(tokens->index(row, TokenTableModel::StartColumn).data().toLongLong());
            inspector->highlightCharacter(0, start);
            QVERIFY(inspector->panel()->chips()->highlightedTokens().contains(row));
        }
        // A character between words belongs to no token.
        inspector->highlightCharacter(0, 0);
        QVERIFY(inspector->panel()->chips()->highlightedTokens().isEmpty());

        // Real mouse movement over the chips does the same.
        TokenChipsView* chips = inspector->panel()->chips();
        QPoint found(-1, -1);
        for (int y = 0; y < chips->height() && found.x() < 0; y += 3)
            for (int x = 0; x < chips->width() && found.x() < 0; x += 3)
                if (chips->tokenAt(QPoint(x, y)) == 1) found = QPoint(x, y);
        QVERIFY(found.x() >= 0);
        QTest::mouseMove(chips, found);
        QTRY_COMPARE(inspector->textView()->highlightedText(),
                     tokens->index(1, TokenTableModel::TextColumn).data().toString());
    }

    void readablePieces_data()
    {
        QTest::addColumn<QString>("piece");
        QTest::addColumn<bool>("continuation");
        QTest::addColumn<bool>("spaces");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("text");
        QTest::newRow("wordpiece") << "##ing" << true << false << "##" << "ing";
        QTest::newRow("wordpiece-start") << "##" << false << false << "" << "##";
        QTest::newRow("bytelevel") << QStringLiteral("\u0120world") << false << false << "" << "world";
        QTest::newRow("bytelevel-shown") << QStringLiteral("\u0120world") << false << true << "␣" << "world";
        QTest::newRow("bytelevel-newline") << QStringLiteral("\u010A") << false << false << "" << "↵";
        QTest::newRow("sentencepiece") << QStringLiteral("\u2581the") << false << false << "" << "the";
        QTest::newRow("sentencepiece-alone") << QStringLiteral("\u2581") << false << false << "␣" << "";
    }

    void readablePieces()
    {
        QFETCH(QString, piece);
        QFETCH(bool, continuation);
        QFETCH(bool, spaces);
        QFETCH(QString, marker);
        QFETCH(QString, text);
        const ReadablePiece r = PieceText::readable(piece, continuation, spaces);
        QCOMPARE(r.marker, marker);
        QCOMPARE(r.text, text);
    }

    void compareWithSecondTokenizer()
    {
        const QJsonObject ref = referenceCase("tiny-roberta", QStringLiteral("plain"));
        QVERIFY(!ref.isEmpty());
        Recorded errors;
        auto window = makeWindow(&errors, {ref.value(QStringLiteral("text")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        showTab(window.get(), QStringLiteral("Tokens"));
        TokenizationInspector* inspector = window->tokenInspector();
        QSignalSpy failed(inspector, &TokenizationInspector::compareFailed);
        QTemporaryDir empty;
        inspector->compareWith(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(!inspector->isComparing());

        QSignalSpy shown(inspector, &TokenizationInspector::comparisonShown);
        inspector->compareWith(fixtureModel("tiny-roberta"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(inspector->compareModel()->tokens(), strings(ref.value(QStringLiteral("tokens"))));
        QVERIFY(inspector->comparePanel()->isVisible());
        // The primary view still shows tiny-bert's tokens.
        QCOMPARE(window->tokenModel()->tokens(), strings(referenceCase("tiny-bert", QStringLiteral("plain")).value("tokens")));
        // Editing the sentence re-tokenizes both.
        window->sentencePanel()->editor()->setText(QString());
        QTest::keyClicks(window->sentencePanel()->editor(), QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(inspector->compareModel()->rowCount() >= 3 &&
                                     inspector->compareModel()->tokens().join(QString()).contains(QStringLiteral("Hello")),
                                 30000);
        inspector->stopComparing();
        QVERIFY(!inspector->comparePanel()->isVisible());
    }

    // A compared sentence-transformers folder that declares do_lower_case gets lowercased text,
    // as sentence-transformers would feed it: "Hello World" then tokenizes as typing
    // "hello world" into the same (cased) tokenizer does, and not as "Hello World" does.
    void compareAppliesTheFoldersLowerCasing()
    {
        QTemporaryDir dir;
        const std::filesystem::path lowered = std::filesystem::path(dir.path().toStdString()) / "lowered";
        std::filesystem::copy(fixtureModel("tiny-roberta").toStdString(), lowered,
                              std::filesystem::copy_options::recursive);
        {
            QFile config(QString::fromStdString((lowered / "sentence_bert_config.json").string()));
            QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
            config.write(R"({"max_seq_length": 64, "do_lower_case": true})");
        }
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("Hello World")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        showTab(window.get(), QStringLiteral("Tokens"));
        TokenizationInspector* inspector = window->tokenInspector();
        // The comparison follows the sentence with a delay (the engine, then the tokenizer): wait
        // until it shows the text's last word as expected; empty when it never does.
        auto tokensFor = [&](const QString& folder, const QString& text, const QString& lastWord) -> QStringList {
            if (window->sentencePanel()->editor()->text() != text) { // typed, as setText emits no edit
                window->sentencePanel()->editor()->setText(QString());
                QTest::keyClicks(window->sentencePanel()->editor(), text);
            }
            inspector->compareWith(folder);
            auto joined = [&] { return inspector->compareModel()->tokens().join(QString()).remove(QChar(0x120)); };
            if (!QTest::qWaitFor([&] { return joined().contains(lastWord); }, 30000)) {
                qWarning() << "comparison shows" << joined() << "for" << text;
                return {};
            }
            return inspector->compareModel()->tokens();
        };
        const QString lowered_ = QString::fromStdString(lowered.string());
        const QStringList loweredTokens = tokensFor(lowered_, QStringLiteral("Hello World"), QStringLiteral("world"));
        const QStringList typedLower = tokensFor(fixtureModel("tiny-roberta"), QStringLiteral("hello world"), QStringLiteral("world"));
        const QStringList cased = tokensFor(fixtureModel("tiny-roberta"), QStringLiteral("Hello World"), QStringLiteral("World"));
        QVERIFY(!loweredTokens.isEmpty());
        QCOMPARE(loweredTokens, typedLower);
        QVERIFY(loweredTokens != cased);
    }

    void exportsWriteValidFiles()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("A man plays guitar."), QStringLiteral("A cat sleeps.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window->similarityModel()->size(), 2, 30000);
        QTemporaryDir dir;
        QString error;

        // Attention.
        showTab(window.get(), QStringLiteral("Attention"));
        AttentionExplorer* x = window->attentionPage()->explorer();
        QTRY_VERIFY_WITH_TIMEOUT(x->shownLabels().size() > 2, 30000);
        const int n = int(x->shownLabels().size());
        QVERIFY2(x->exportPng(dir.filePath("attention.png"), 2.0, &error), qPrintable(error));
        QVERIFY2(x->exportSvg(dir.filePath("attention.svg"), &error), qPrintable(error));
        QVERIFY2(x->exportCsv(dir.filePath("attention.csv"), &error), qPrintable(error));
        QVERIFY(!QImage(dir.filePath("attention.png")).isNull());
        QVERIFY(QSvgRenderer(dir.filePath("attention.svg")).isValid());
        QCOMPARE(csvLines(dir.filePath("attention.csv")), n + 1);

        // Tokens (chips image, table values).
        showTab(window.get(), QStringLiteral("Tokens"));
        window->sentencePanel()->setCurrentRow(0);
        TokenTableModel* tokens = window->tokenModel();
        QTRY_VERIFY_WITH_TIMEOUT(tokens->rowCount() > 2, 30000);
        QWidget* chips = window->tokenInspector()->panel()->chips();
        ViewExporter* tokenExport = window->tokenInspector()->exporter();
        using Format = ViewExporter::Format;
        QVERIFY2(tokenExport->exportTo(Format::Png, dir.filePath("tokens.png"), 2.0, &error), qPrintable(error));
        QVERIFY2(tokenExport->exportTo(Format::Svg, dir.filePath("tokens.svg"), 1.0, &error), qPrintable(error));
        QVERIFY2(tokenExport->exportTo(Format::Csv, dir.filePath("tokens.csv"), 1.0, &error), qPrintable(error));
        const QImage png(dir.filePath("tokens.png"));
        QVERIFY(!png.isNull());
        // The picture is the chips' content (cropped to what is painted) at twice the size.
        QVERIFY(tokenExport->contentRect().width() > 0 && tokenExport->contentRect().width() <= chips->width());
        QCOMPARE(png.width(), tokenExport->contentRect().width() * 2);
        QVERIFY(QSvgRenderer(dir.filePath("tokens.svg")).isValid());
        QCOMPARE(csvLines(dir.filePath("tokens.csv")), tokens->rowCount() + 1);

        // Similarity matrix.
        showTab(window.get(), QStringLiteral("Overview"));
        ViewExporter* simExport = window->overviewExporter();
        QVERIFY2(simExport->exportTo(Format::Png, dir.filePath("sim.png"), 1.0, &error), qPrintable(error));
        QVERIFY2(simExport->exportTo(Format::Svg, dir.filePath("sim.svg"), 1.0, &error), qPrintable(error));
        QVERIFY2(simExport->exportTo(Format::Csv, dir.filePath("sim.csv"), 1.0, &error), qPrintable(error));
        QVERIFY2(simExport->exportTo(Format::Npy, dir.filePath("sim.npy"), 1.0, &error), qPrintable(error));
        QCOMPARE(el::readNpy(dir.filePath("sim.npy").toStdString()).shape, std::vector<int64_t>({2, 2}));
        // The model card's numbers.
        QVERIFY2(window->modelCardExporter()->exportTo(Format::Csv, dir.filePath("card.csv"), 1.0, &error),
                 qPrintable(error));
        QVERIFY(csvLines(dir.filePath("card.csv")) > 10);
        QVERIFY(!QImage(dir.filePath("sim.png")).isNull());
        QVERIFY(QSvgRenderer(dir.filePath("sim.svg")).isValid());
        QCOMPARE(csvLines(dir.filePath("sim.csv")), 3);
        // The exported diagonal is the exact cosine of a sentence with itself.
        QFile sim(dir.filePath("sim.csv"));
        QVERIFY(sim.open(QIODevice::ReadOnly));
        sim.readLine();
        const QList<QByteArray> cells = sim.readLine().trimmed().split(',');
        QCOMPARE(cells.size(), 3);
        QVERIFY(std::abs(cells[1].toDouble() - 1.0) < 1e-5);

        // Writing into a missing folder fails with a message instead of pretending.
        QVERIFY(!tokenExport->exportTo(Format::Csv, dir.filePath("no/such/dir/x.csv"), 1.0, &error));
        QVERIFY(!error.isEmpty());
    }

    void pairsTabAndRecentModelsAreRemembered()
    {
        MainWindowOptions options;
        options.modelFolder = fixtureModel("tiny-bert");
        options.checkBlas = false;
        options.threads = 1;
        options.useSettings = true;
        QSettings(QStringLiteral("EncoderLens"), QStringLiteral("EncoderLens")).clear();
        el::PoolingChoice chosen; // a pooling choice unlike both defaults
        chosen.modes = {el::PoolingMode::Max};
        chosen.layer = 1;
        chosen.includeSpecialTokens = false;
        chosen.normalize = true;
        {
            MainWindow window(options);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.engine()->hasModel(), 60000);
            window.sentenceModel()->setSentences({QStringLiteral("first"), QStringLiteral("second")},
                                                 {QString(), QStringLiteral("its pair")});
            window.workbench()->setCurrentIndex(2);
            auto* lab = window.findChild<PoolingLab*>(QStringLiteral("poolingLab"));
            QVERIFY(lab);
            lab->choiceEditor(1)->setChoice(chosen);
            QCOMPARE(lab->choiceEditor(1)->choice(), chosen);
            QVERIFY(window.close());
        }
        MainWindow again(options);
        QCOMPARE(again.sentenceModel()->pairs(), QStringList({QString(), QStringLiteral("its pair")}));
        QVERIFY(again.sentencePanel()->pairsShown());
        QCOMPARE(again.workbench()->currentIndex(), 2);
        QCOMPARE(again.recentModels(), QStringList({QDir(fixtureModel("tiny-bert")).absolutePath()}));
        QTRY_VERIFY_WITH_TIMEOUT(again.engine()->hasModel(), 60000);
        // The pooling lab's choices come back once the model is there.
        auto* lab = again.findChild<PoolingLab*>(QStringLiteral("poolingLab"));
        QVERIFY(lab);
        QTRY_VERIFY_WITH_TIMEOUT(lab->choiceEditor(1)->choice() == chosen, 30000);
        QVERIFY(lab->choiceEditor(0)->isDeclared());
    }

    void modelCardRecentModelsAndBadFolder()
    {
        Recorded errors;
        auto window = makeWindow(&errors, {QStringLiteral("Still here.")});
        QTRY_VERIFY_WITH_TIMEOUT(window->engine()->hasModel(), 60000);
        const el::ModelInfo* info = window->engine()->modelInfo();
        QCOMPARE(window->modelSummary()->valueOf(QStringLiteral("Max input length")),
                 QStringLiteral("%1 tokens").arg(std::max(info->maxInputLength, info->maxLength)));
        QVERIFY(!window->modelSummary()->valueOf(QStringLiteral("Memory")).isEmpty());
        QCOMPARE(window->recentModels().value(0), QDir(fixtureModel("tiny-bert")).absolutePath());
        bool inMenu = false;
        for (QAction* a : window->recentMenu()->actions())
            inMenu = inMenu || a->toolTip() == QDir::toNativeSeparators(QDir(fixtureModel("tiny-bert")).absolutePath());
        QVERIFY(inMenu);

        // A bad folder: error through the presenter, the previous model keeps serving every tab.
        showTab(window.get(), QStringLiteral("Attention"));
        QTRY_VERIFY_WITH_TIMEOUT(window->attentionPage()->explorer()->shownLabels().size() > 2, 30000);
        QTemporaryDir empty;
        window->openModelFolder(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(errors.titles.size(), 1, 30000);
        QVERIFY(window->engine()->hasModel());
        QCOMPARE(window->recentModels().size(), 1);
        window->sentencePanel()->editor()->setText(QString());
        QTest::keyClicks(window->sentencePanel()->editor(), QStringLiteral("new words here"));
        QTRY_VERIFY_WITH_TIMEOUT(window->tokenModel()->tokens().contains(QStringLiteral("new")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window->attentionPage()->explorer()->shownLabels().size(),
                                  window->tokenModel()->rowCount(), 30000);
    }
};

QTEST_MAIN(TestUiWorkbench)
#include "tst_ui_workbench.moc"
