// Not a measurement: renders every view of the workbench with the default model to PNG files, for
// looking at them (and for the README). Run it by hand, under Xvfb or offscreen:
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/.../bin/bench_ui_screens /tmp/shots [--dark]
// --dark paints with a dark palette, as a dark desktop theme would.
#include "EngineService.h"
#include "MainWindow.h"
#include "SentenceListModel.h"
#include "SentencePanel.h"
#include "SimilarityMatrixModel.h"
#include "TokenTableModel.h"
#include "attention/AttentionControls.h"
#include "attention/AttentionExplorer.h"
#include "tokens/TokenizationInspector.h"
#include "workbench/AttentionPage.h"

#include "Paths.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>

#include <cstdio>
#include <functional>

using namespace elui;

namespace {

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

void settle(int ms = 300)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x55));
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("shots");
    const bool dark = argc > 2 && QByteArray(argv[2]) == "--dark";
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    QDir().mkpath(out);
    const QString suffix = dark ? QStringLiteral("-dark") : QString();

    MainWindowOptions options;
    options.useSettings = false;
    options.checkBlas = false;
    options.sentences = {QStringLiteral("A man is playing a guitar."), QStringLiteral("Someone plays an instrument."),
                         QStringLiteral("The cat sleeps on the sofa."), QStringLiteral("Stock markets fell sharply today."),
                         QStringLiteral("Unbelievably, the tokenizer splits «naïve» words into ##pieces!")};
    options.pairs = {QStringLiteral("Someone is playing an instrument."), QString(), QString(), QString(), QString()};
    MainWindow w(options);
    w.resize(1560, 960);
    w.show();
    if (!waitUntil([&] { return w.engine()->hasModel() && w.similarityModel()->size() == 5; })) {
        std::fprintf(stderr, "the default model did not load\n");
        return 1;
    }
    auto shoot = [&](const QString& name) {
        settle();
        const QString path = QDir(out).filePath(name + suffix + QStringLiteral(".png"));
        w.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };
    auto tab = [&](const QString& title) {
        for (int i = 0; i < w.workbench()->count(); ++i)
            if (w.workbench()->tabText(i) == title) w.workbench()->setCurrentIndex(i);
    };

    tab(QStringLiteral("Overview"));
    shoot(QStringLiteral("overview"));

    tab(QStringLiteral("Tokens"));
    w.sentencePanel()->setCurrentRow(4);
    waitUntil([&] { return w.tokenModel()->rowCount() > 5; });
    shoot(QStringLiteral("tokens"));
    w.sentencePanel()->setCurrentRow(0);
    waitUntil([&] { return w.tokenModel()->isPair(); });
    TokenizationInspector* inspector = w.tokenInspector();
    const QString second = QString::fromStdString(el::defaultModelDir().parent_path().string()) +
                           QStringLiteral("/all-mpnet-base-v2");
    if (QFileInfo(second).isDir()) {
        inspector->compareWith(second);
        waitUntil([&] { return inspector->compareModel()->rowCount() > 0; });
    }
    inspector->highlightToken(3);
    shoot(QStringLiteral("tokens-pair-compare"));
    inspector->stopComparing();

    tab(QStringLiteral("Attention"));
    w.sentencePanel()->setCurrentRow(4);
    AttentionExplorer* x = w.attentionPage()->explorer();
    waitUntil([&] { return x->inspection() && x->inspection()->encoding.size() > 10; });
    x->controls()->setLayer(2);
    x->controls()->setHead(3);
    shoot(QStringLiteral("attention-heatmap"));
    x->setCurrentView(AttentionExplorer::View::HeadView);
    shoot(QStringLiteral("attention-headview"));
    x->setCurrentView(AttentionExplorer::View::ModelView);
    settle(1500);
    shoot(QStringLiteral("attention-modelview"));
    x->setCurrentView(AttentionExplorer::View::Heatmap);

    // A long input at the model's full input length.
    QString longText;
    for (int i = 0; longText.size() < 3500; ++i) longText += options.sentences[i % 4] + QLatin1Char(' ');
    w.sentenceModel()->setData(w.sentenceModel()->index(3, 0), longText.trimmed());
    w.sentencePanel()->setCurrentRow(3);
    w.attentionPage()->setMaxTokens(512);
    waitUntil([&] { return x->inspection() && x->inspection()->encoding.size() == 512; });
    shoot(QStringLiteral("attention-512"));
    tab(QStringLiteral("Tokens"));
    waitUntil([&] { return w.tokenModel()->truncated(); });
    shoot(QStringLiteral("tokens-truncated"));

    // The remaining tabs (pooling, similarity maps, precision) when present.
    for (int i = 0; i < w.workbench()->count(); ++i) {
        const QString title = w.workbench()->tabText(i);
        if (title == QStringLiteral("Overview") || title == QStringLiteral("Tokens") ||
            title == QStringLiteral("Attention"))
            continue;
        w.workbench()->setCurrentIndex(i);
        settle(3000);
        shoot(QStringLiteral("tab-") + title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
    }
    return 0;
}
