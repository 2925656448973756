// Keystroke-to-repaint latency of the workbench with the default model (MiniLM), the GUI as a user
// drives it: a key typed into the sentence editor, until the views show the model's new result and
// have repainted. Not a test; run it by hand:
//   QT_QPA_PLATFORM=offscreen build/.../bin/bench_ui_latency [edits=40] [threads=0 (all cores)]
// Scenario A: 8 sentences of up to 32 tokens, one edited per keystroke; measured until the token
//   inspector and the similarity heatmap show the edited text (reported with the engine's typing
//   debounce as configured, and with it at 0 ms — the pure work).
// Scenario B: one sentence of 512 tokens with the attention tab open (max tokens 512); measured
//   until the attention explorer shows the new inspection.
// Every edit makes a text never seen before (no cache hits). Prints p50/p95/max in ms.
#include "EngineService.h"
#include "MainWindow.h"
#include "SentenceListModel.h"
#include "SentencePanel.h"
#include "SimilarityMatrixModel.h"
#include "TokenTableModel.h"
#include "attention/AttentionExplorer.h"
#include "tokens/TokenizationInspector.h"
#include "workbench/AttentionPage.h"

#include "Model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QKeyEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <functional>
#include <vector>

using namespace elui;

namespace {

void waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    if (!done()) {
        std::fprintf(stderr, "timed out\n");
        std::exit(2);
    }
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The machine is often shared: the numbers mean little without the load beside them.
std::string loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly)) return "unknown";
    return f.readLine().trimmed().toStdString();
}

void report(const char* name, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * double(ms.size() - 1) + 0.5))]; };
    std::printf("%-64s n=%zu p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", name, ms.size(), pct(0.5), pct(0.95),
                ms.back());
    std::fflush(stdout);
}

void showTab(MainWindow& w, const QString& title)
{
    for (int i = 0; i < w.workbench()->count(); ++i)
        if (w.workbench()->tabText(i) == title) w.workbench()->setCurrentIndex(i);
}

// Type one key at the end (or the start) of the selected sentence and wait until done(text).
double keystroke(MainWindow& w, QChar key, bool atStart, const std::function<bool(const QString&)>& done,
                 const std::function<void()>& repaint)
{
    QLineEdit* editor = w.sentencePanel()->editor();
    editor->setFocus();
    editor->setCursorPosition(atStart ? 0 : int(editor->text().size()));
    QString expected = editor->text();
    expected.insert(atStart ? 0 : expected.size(), key);
    QElapsedTimer t;
    t.start();
    // What a keyboard delivers: press and release, the press carrying the text.
    const int code = Qt::Key_A + (key.toLower().unicode() - u'a');
    QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, QString(key));
    QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, QString(key));
    QApplication::sendEvent(editor, &press);
    QApplication::sendEvent(editor, &release);
    waitUntil([&] { return done(expected); });
    repaint();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    // Let everything the edit started finish before the next one (untimed).
    waitUntil([&] { return !w.engine()->isBusy(); });
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int edits = argc > 1 ? std::max(30, std::atoi(argv[1])) : 40;

    // ~20-32 tokens each for MiniLM's WordPiece.
    const QStringList eight = {
        QStringLiteral("A man is playing a guitar on the stage while the crowd sings along with him tonight"),
        QStringLiteral("Someone plays an acoustic instrument in front of a large and very enthusiastic audience"),
        QStringLiteral("The cat sleeps on the warm sofa next to the window, ignoring the birds outside"),
        QStringLiteral("Stock markets fell sharply today after the central bank raised interest rates again"),
        QStringLiteral("Researchers trained a small encoder to compare sentences across many languages"),
        QStringLiteral("The recipe calls for two cups of flour, a pinch of salt and three fresh eggs"),
        QStringLiteral("Heavy rain is expected over the weekend, so the football match may be postponed"),
        QStringLiteral("She finished reading the novel in one night because the ending was so gripping")};

    MainWindowOptions options;
    options.useSettings = false;
    options.checkBlas = false;
    options.threads = argc > 2 ? std::max(0, std::atoi(argv[2])) : 0;
    options.sentences = eight;
    MainWindow w(options);
    w.resize(1500, 950);
    w.show();
    waitUntil([&] { return w.engine()->hasModel(); });
    waitUntil([&] { return w.similarityModel()->size() == eight.size(); });
    std::printf("model: %s, %d sentences, debounce %d ms, threads %d (0 = all cores), load average %s\n",
                w.engine()->modelInfo()->name.c_str(), int(eight.size()), w.engine()->debounceMs(), options.threads,
                loadAverage().c_str());

    // Scenario A on the Tokens tab, similarity heatmap updated too.
    showTab(w, QStringLiteral("Tokens"));
    w.sentencePanel()->setCurrentRow(3);
    const int row = 3;
    auto doneA = [&](const QString& text) {
        const bool tokens = w.tokenModel()->text() == text;
        const bool matrix = w.similarityModel()->size() > row &&
                            w.similarityModel()->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString() == text;
        return tokens && matrix;
    };
    auto repaintA = [&] {
        w.workbench()->currentWidget()->repaint();
        w.similarityModel(); // the heatmap lives on another tab; its model was updated above
    };
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    // Separately: until the token inspector alone shows the edit.
    auto doneTokens = [&](const QString& text) { return w.tokenModel()->text() == text; };
    auto runA = [&](const char* name) {
        std::vector<double> ms, tokenMs;
        keystroke(w, QLatin1Char('q'), false, doneA, repaintA); // warm-up
        for (int i = 0; i < edits; ++i) {
            // Alternate: add a letter, remove it with another edit later; all texts stay new.
            ms.push_back(keystroke(w, letters[i % 26], false, doneA, repaintA));
            tokenMs.push_back(keystroke(w, letters[(i + 7) % 26], false, doneTokens, repaintA));
            if (i % 6 == 5) {
                // Keep the sentence under ~32 tokens: cut the typed tail (untimed).
                w.sentenceModel()->setData(w.sentenceModel()->index(row, 0), eight[row] + QStringLiteral(" v%1").arg(i));
                waitUntil([&] { return doneA(eight[row] + QStringLiteral(" v%1").arg(i)); });
                waitUntil([&] { return !w.engine()->isBusy(); });
            }
        }
        report(name, ms);
        report("   of which: keystroke -> token inspector repainted", tokenMs);
    };
    runA("A: 8 sentences, keystroke -> tokens + similarity (debounce)");
    const int debounce = w.engine()->debounceMs();
    w.engine()->setDebounceMs(0);
    runA("A: 8 sentences, keystroke -> tokens + similarity (no debounce)");
    w.engine()->setDebounceMs(debounce);

    // Scenario B: a 512-token sentence with the attention tab open.
    QString longText;
    const QStringList words = eight.join(QLatin1Char(' ')).split(QLatin1Char(' '));
    for (int i = 0; longText.size() < 4000; ++i) longText += words[i % words.size()] + QLatin1Char(' ');
    w.sentenceModel()->setSentences({longText.trimmed()});
    w.sentencePanel()->setCurrentRow(0);
    showTab(w, QStringLiteral("Attention"));
    AttentionPage* page = w.attentionPage();
    page->setMaxTokens(512);
    waitUntil([&] { return page->explorer()->inspection() && page->explorer()->inspection()->encoding.size() == 512; });
    waitUntil([&] { return !w.engine()->isBusy(); });
    std::printf("attention input: %zu tokens (truncated from %lld)\n", page->explorer()->inspection()->encoding.size(),
                (long long)page->explorer()->inspection()->encoding.untruncatedLength);
    std::vector<double> ms;
    quint64 shown = page->shownRequests();
    auto doneB = [&](const QString&) { return page->shownRequests() > shown; };
    auto repaintB = [&] { page->repaint(); };
    for (int i = 0; i < edits; ++i) {
        shown = page->shownRequests();
        ms.push_back(keystroke(w, letters[i % 26], true, doneB, repaintB));
    }
    report("B: 512 tokens, attention tab, keystroke -> attention repainted", ms);

    // The floor under B: Model::inspect(512 tokens, attentions) alone on the engine's worker.
    std::vector<double> inspectMs, inspectCpuMs;
    const std::string text = longText.toStdString();
    for (int i = 0; i < 10; ++i) {
        bool done = false;
        w.engine()->runTask(QStringLiteral("bench"), &w, [&](const el::Model& model, const EngineService::StillWanted&) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            model.inspect(text, std::nullopt, true, 512);
            const double cpu = threadCpuMs() - cpu0;
            const double ms = double(t.nsecsElapsed()) / 1e6;
            return EngineService::Delivery([&, ms, cpu] {
                inspectMs.push_back(ms);
                inspectCpuMs.push_back(cpu);
                done = true;
            });
        });
        waitUntil([&] { return done; });
    }
    report("   floor: Model::inspect(512 tokens, attentions) on the worker", inspectMs);
    report("   the same, CPU time of the worker thread (exact with threads=1)", inspectCpuMs);
    std::printf("load average at the end: %s\n", loadAverage().c_str());
    return 0;
}
