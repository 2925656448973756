#include "MainWindow.h"

#include "EngineService.h"
#include "ErrorText.h"
#include "FolderDrop.h"
#include "HeatmapView.h"
#include "LogPanel.h"
#include "MessageBanner.h"
#include "ModelSummaryView.h"
#include "SentenceListModel.h"
#include "SentencePanel.h"
#include "SimilarityMatrixModel.h"
#include "TokenPanel.h"
#include "TokenTableModel.h"

#include "Paths.h"
#include "Pooling.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace elui {

namespace {
QSettings appSettings()
{
    return QSettings(QStringLiteral("EncoderLens"), QStringLiteral("EncoderLens"));
}
} // namespace

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_engine(new EngineService(options.threads, this)),
      m_sentences(new SentenceListModel(this)), m_tokens(new TokenTableModel(this)),
      m_similarity(new SimilarityMatrixModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EncoderLens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/encoderlens.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    QStringList sentences = options.sentences;
    if (options.useSettings) {
        QSettings settings = appSettings();
        m_lastFolder = settings.value(QStringLiteral("model/lastFolder")).toString();
        if (sentences.isEmpty()) sentences = settings.value(QStringLiteral("sentences/list")).toStringList();
    }
    // Examples are data for the model, not interface text: the default model is English, so they
    // stay English in every translation.
    if (sentences.isEmpty())
        sentences = {QStringLiteral("A man is playing a guitar."), QStringLiteral("Someone plays an instrument."),
                     QStringLiteral("The cat sleeps on the sofa."), QStringLiteral("Stock markets fell sharply today.")};
    m_sentences->setSentences(sentences);

    buildCentral();
    buildActions();
    buildDocks();
    buildStatusBar();

    connect(m_engine, &EngineService::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(m_engine, &EngineService::modelLoadFailed, this, &MainWindow::onModelLoadFailed);
    connect(m_engine, &EngineService::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_engine, &EngineService::analysisReady, this, &MainWindow::onAnalysisReady);
    connect(m_engine, &EngineService::analysisFailed, this, &MainWindow::onAnalysisFailed);
    connect(m_engine, &EngineService::blasChecked, this, &MainWindow::onBlasChecked);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_sentences, signal, this, &MainWindow::requestAnalysis);
    connect(m_sentences, &QAbstractItemModel::rowsMoved, this, &MainWindow::requestAnalysis);
    connect(m_sentences, &QAbstractItemModel::dataChanged, this, &MainWindow::requestAnalysis);
    connect(m_sentences, &QAbstractItemModel::modelReset, this, &MainWindow::requestAnalysis);

    resize(1280, 820);
    if (options.useSettings) restoreSettings();
    if (options.useSettings) {
        const int current = appSettings().value(QStringLiteral("sentences/current"), 0).toInt();
        m_sentencePanel->setCurrentRow(qBound(0, current, m_sentences->rowCount() - 1));
    }

    // Drops land on whichever child is under the cursor (a line edit would take a folder's path as
    // text), so the window watches drag events for its whole tree.
    qApp->installEventFilter(this);

    if (options.checkBlas) m_engine->checkBlas();
    openInitialModel();
}

MainWindow::~MainWindow() = default;

void MainWindow::setErrorPresenter(ErrorPresenter presenter)
{
    m_presentError = std::move(presenter);
}

void MainWindow::buildCentral()
{
    m_sentencePanel = new SentencePanel(m_sentences);
    connect(m_sentencePanel, &SentencePanel::currentRowChanged, this, &MainWindow::showTokensOf);

    m_heatmap = new HeatmapView;
    m_heatmap->setObjectName(QStringLiteral("similarityHeatmap"));
    m_heatmap->setModel(m_similarity);
    m_heatmap->setRange(-1.0, 1.0, ColorMap::Kind::Diverging);
    m_heatmap->setPlaceholderText(tr("No model loaded.\nOpen a model folder (File ▸ Open Model Folder…) or drop "
                                     "one onto this window."));
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int) {
        if (m_lastResult && row < m_lastResult->matrixRows.size())
            m_sentencePanel->setCurrentRow(m_lastResult->matrixRows[row]);
    });
    m_heatmapCaption = new QLabel;
    m_heatmapCaption->setWordWrap(true);
    auto* similarityPage = new QWidget;
    auto* similarityLayout = new QVBoxLayout(similarityPage);
    similarityLayout->addWidget(m_heatmapCaption);
    similarityLayout->addWidget(m_heatmap, 1);

    // Tabs of the workbench; attention, pooling and corpus views join here later.
    m_workbench = new QTabWidget;
    m_workbench->setObjectName(QStringLiteral("workbench"));
    m_workbench->setDocumentMode(true);
    m_workbench->addTab(similarityPage, tr("Similarity"));

    m_tokenPanel = new TokenPanel(m_tokens);

    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_workbench);
    right->addWidget(m_tokenPanel);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({380, 320});
    m_rightSplitter = right;

    auto* main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_sentencePanel);
    main->addWidget(right);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({330, 620});
    m_mainSplitter = main;

    m_banner = new MessageBanner;

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);
    setCentralWidget(central);
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Model Folder…"), this,
                                   &MainWindow::chooseModelFolder);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("openModelAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_sentencePanel->addAction());
    edit->addAction(m_sentencePanel->removeAction());
    edit->addAction(m_sentencePanel->pasteAction());
    // Menu shortcuts must work wherever the focus is in the window.
    addAction(m_sentencePanel->addAction());
    addAction(m_sentencePanel->removeAction());
    addAction(m_sentencePanel->pasteAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EncoderLens"), this, [this] {
        QMessageBox::about(this, tr("About EncoderLens"),
                           tr("<b>EncoderLens %1</b><p>Explore pre-trained text encoders: tokens, attention, "
                              "pooling and similarity, computed by the model itself.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildDocks()
{
    m_summary = new ModelSummaryView;
    auto* modelDock = new QDockWidget(tr("Model"), this);
    modelDock->setObjectName(QStringLiteral("modelDock"));
    modelDock->setWidget(m_summary);
    addDockWidget(Qt::RightDockWidgetArea, modelDock);

    m_log = new LogPanel;
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    resizeDocks({modelDock}, {420}, Qt::Horizontal);
    resizeDocks({logDock}, {110}, Qt::Vertical);

    m_viewMenu->addAction(modelDock->toggleViewAction());
    m_viewMenu->addAction(logDock->toggleViewAction());
}

void MainWindow::buildStatusBar()
{
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_modelLabel = new QLabel(tr("No model"));
    m_blasLabel = new QLabel(tr("BLAS: checking…"));
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(m_blasLabel);
}

void MainWindow::openInitialModel()
{
    if (!m_options.modelFolder.isEmpty()) {
        openModelFolder(m_options.modelFolder);
        return;
    }
    QString folder;
    try {
        folder = QString::fromStdString(el::defaultModelDir().string());
    } catch (const std::exception&) {
    }
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        openModelFolder(folder);
        return;
    }
    const QString message = tr("The default model is not installed (expected at %1). Run scripts/setup, or open a "
                               "model folder with File ▸ Open Model Folder…")
                                .arg(folder.isEmpty() ? tr("an unknown location") : folder);
    m_log->append(LogPanel::Level::Warning, message);
    statusBar()->showMessage(message);
}

void MainWindow::chooseModelFolder()
{
    const QString start = m_lastFolder.isEmpty() ? QString() : QFileInfo(m_lastFolder).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"), start);
    if (!folder.isEmpty()) openModelFolder(folder);
}

void MainWindow::openModelFolder(const QString& folder)
{
    m_log->append(LogPanel::Level::Info, tr("Loading model from %1…").arg(QDir::toNativeSeparators(folder)));
    m_engine->loadModel(folder);
}

void MainWindow::onLoadingChanged(bool loading, const QString& folder)
{
    m_busy->setVisible(loading);
    if (loading)
        statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(folder).fileName()));
    else
        statusBar()->clearMessage();
}

void MainWindow::onModelLoaded(const el::ModelInfo& info)
{
    const QString name = QString::fromStdString(info.name);
    m_lastFolder = QString::fromStdString(info.folder.string());
    m_summary->setModelInfo(info);
    setWindowTitle(tr("%1 — EncoderLens").arg(name));
    m_modelLabel->setText(name);
    m_modelLabel->setToolTip(QDir::toNativeSeparators(m_lastFolder));
    m_log->append(LogPanel::Level::Info, tr("Loaded %1: %2 layers, hidden size %3, %4 parameters, in %5 s")
                                             .arg(name)
                                             .arg(info.layers)
                                             .arg(info.hiddenSize)
                                             .arg(QLocale().toString(qlonglong(info.parameters)))
                                             .arg(QLocale().toString(info.loadSeconds, 'f', 2)));
    for (const std::string& note : info.notes) m_log->append(LogPanel::Level::Info, QString::fromStdString(note));

    QStringList pooling;
    for (el::PoolingMode mode : info.declaredPooling) pooling.push_back(QString::fromStdString(el::poolingName(mode)));
    m_heatmapCaption->setText(tr("Cosine similarity of the sentence embeddings (the model's declared pooling: %1%2).")
                                  .arg(pooling.isEmpty() ? tr("none") : pooling.join(QStringLiteral(" + ")),
                                       info.declaredNormalize ? tr(", normalized") : QString()));
    if (m_options.useSettings) appSettings().setValue(QStringLiteral("model/lastFolder"), m_lastFolder);
    m_engine->analyzeNow(m_sentences->sentences());
}

void MainWindow::onModelLoadFailed(const QString& folder, const EngineError& error)
{
    m_log->append(LogPanel::Level::Error,
                  tr("Could not load %1: %2").arg(QDir::toNativeSeparators(folder), error.detail));
    QString text = tr("The folder “%1” could not be opened as a model.").arg(QDir::toNativeSeparators(folder)) +
                   QLatin1Char(' ') + ErrorText::headline(error.code);
    if (m_engine->hasModel())
        text += QStringLiteral("\n\n") + tr("The previous model (%1) stays loaded.")
                                             .arg(QString::fromStdString(m_engine->modelInfo()->name));
    presentError(tr("Could not open model"), text, error.detail);
}

void MainWindow::requestAnalysis()
{
    m_engine->scheduleAnalysis(m_sentences->sentences());
}

void MainWindow::onAnalysisReady(const AnalysisResult& result)
{
    m_lastResult = result;
    QStringList labels, texts;
    for (int row : result.matrixRows) {
        labels.push_back(m_sentences->headerData(row, Qt::Vertical).toString());
        texts.push_back(result.sentences[row].text);
    }
    m_similarity->setMatrix(result.similarity, labels, texts);
    showTokensOf(m_sentencePanel->currentRow());
    statusBar()->showMessage(tr("%n sentence(s) analysed in %1 ms", nullptr, int(result.sentences.size()))
                                 .arg(QLocale().toString(result.seconds * 1000.0, 'f', 0)),
                             5000);
    Q_EMIT analysisShown();
}

void MainWindow::onAnalysisFailed(const EngineError& error)
{
    m_log->append(LogPanel::Level::Error, ErrorText::headline(error.code) + QLatin1Char(' ') + error.detail);
    statusBar()->showMessage(ErrorText::headline(error.code), 8000);
}

void MainWindow::showTokensOf(int row)
{
    int matrixRow = -1;
    if (m_lastResult && row >= 0 && row < m_lastResult->sentences.size()) {
        const SentenceAnalysis& sa = m_lastResult->sentences[row];
        m_tokens->setEncoding(sa.encoding, sa.text);
        matrixRow = int(m_lastResult->matrixRows.indexOf(row));
        QString caption = tr("Tokens of %1 · %n token(s)", nullptr, int(sa.encoding.size()))
                              .arg(m_sentences->headerData(row, Qt::Vertical).toString());
        if (sa.encoding.truncated)
            caption += QStringLiteral(" · ") +
                       tr("✂ truncated at the model's max length, %n token(s) dropped", nullptr,
                          int(sa.encoding.droppedTokens));
        m_tokenPanel->setCaption(caption);
    } else {
        m_tokens->clear();
        m_tokenPanel->setCaption(tr("Tokens"));
    }
    m_heatmap->setHighlightedRow(matrixRow);
}

void MainWindow::onBlasChecked(const el::BlasReport& report)
{
    const QString message = QString::fromStdString(report.message);
    QString tip = message;
    if (!report.library.empty()) tip += QStringLiteral("\n") + tr("Library: %1").arg(QString::fromStdString(report.library));
    if (!report.blasInfo.empty()) tip += QStringLiteral("\n") + tr("Build: %1").arg(QString::fromStdString(report.blasInfo));
    m_blasLabel->setToolTip(tip);
    if (report.slow) {
        m_blasLabel->setText(tr("⚠ Slow BLAS: %1 GFLOP/s").arg(QLocale().toString(report.gflops, 'f', 1)));
        m_blasLabel->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; font-weight: bold; }"));
        m_banner->showMessage(tr("Matrix products are slow here (%1 GFLOP/s), so every model will run slowly.")
                                  .arg(QLocale().toString(report.gflops, 'f', 1)) +
                              QLatin1Char('\n') + message);
        m_log->append(LogPanel::Level::Warning, message);
    } else {
        m_blasLabel->setText(report.gflops > 0 ? tr("BLAS: %1 GFLOP/s").arg(QLocale().toString(report.gflops, 'f', 0))
                                               : tr("BLAS: unknown"));
        m_blasLabel->setStyleSheet({});
        m_log->append(LogPanel::Level::Info, message);
    }
}

void MainWindow::presentError(const QString& title, const QString& text, const QString& detail)
{
    Q_EMIT errorShown(title, text);
    if (m_presentError) {
        m_presentError(title, text, detail);
        return;
    }
    // Window-modal and non-blocking: the engine keeps delivering results behind the dialog.
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Core's detail names the file and what is wrong with it: the most useful line, so it is shown
    // rather than hidden behind "Show Details".
    if (!detail.isEmpty()) box->setInformativeText(detail);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QMainWindow::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != this) return QMainWindow::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    const QString folder = FolderDrop::folderFrom(drop->mimeData());
    if (folder.isEmpty()) return QMainWindow::eventFilter(watched, event);
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop) openModelFolder(folder);
    return true;
}

void MainWindow::restoreSettings()
{
    QSettings settings = appSettings();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings = appSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("sentences/list"), m_sentences->sentences());
    settings.setValue(QStringLiteral("sentences/current"), m_sentencePanel->currentRow());
    if (!m_lastFolder.isEmpty()) settings.setValue(QStringLiteral("model/lastFolder"), m_lastFolder);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.useSettings) saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace elui
