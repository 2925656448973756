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
#include "TokenTableModel.h"
#include "tokens/TokenizationInspector.h"
#include "workbench/AttentionPage.h"
#include "workbench/SentenceFile.h"
#include "ViewExporter.h"
#include "attention/AttentionExplorer.h"

#include "Error.h"

// The other engineers' workbench views join as tabs when they are part of the tree.
#if __has_include("pooling/PoolingLab.h")
#include "pooling/PoolingLab.h"
#define EL_HAVE_POOLING_LAB 1
#endif
#if __has_include("similarity/SimilarityMaps.h")
#include "similarity/SimilarityMaps.h"
#define EL_HAVE_SIMILARITY_MAPS 1
#endif
#if __has_include("precision/PrecisionPanel.h")
#include "precision/PrecisionPanel.h"
#define EL_HAVE_PRECISION_PANEL 1
#endif

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
#include <QScrollArea>
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
constexpr int kRecentModels = 8;
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
    QStringList pairs = options.pairs;
    if (options.useSettings) {
        QSettings settings = appSettings();
        m_lastFolder = settings.value(QStringLiteral("model/lastFolder")).toString();
        m_recent = settings.value(QStringLiteral("model/recent")).toStringList();
        if (sentences.isEmpty()) {
            sentences = settings.value(QStringLiteral("sentences/list")).toStringList();
            pairs = settings.value(QStringLiteral("sentences/pairs")).toStringList();
        }
    }
    // Examples are data for the model, not interface text: the default model is English, so they
    // stay English in every translation.
    if (sentences.isEmpty())
        sentences = {QStringLiteral("A man is playing a guitar."), QStringLiteral("Someone plays an instrument."),
                     QStringLiteral("The cat sleeps on the sofa."), QStringLiteral("Stock markets fell sharply today.")};
    m_sentences->setSentences(sentences, pairs);

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
    connect(m_sentences, &QAbstractItemModel::dataChanged, this, &MainWindow::onSentencesEdited);
    connect(m_sentences, &QAbstractItemModel::modelReset, this, &MainWindow::requestAnalysis);

    resize(1280, 820);
    if (options.useSettings) restoreSettings();
    if (options.useSettings) {
        QSettings settings = appSettings();
        const int current = settings.value(QStringLiteral("sentences/current"), 0).toInt();
        m_sentencePanel->setCurrentRow(qBound(0, current, m_sentences->rowCount() - 1));
        if (settings.value(QStringLiteral("sentences/pairsShown")).toBool()) m_sentencePanel->setPairsShown(true);
        m_workbench->setCurrentIndex(
            qBound(0, settings.value(QStringLiteral("window/tab"), 0).toInt(), m_workbench->count() - 1));
    }
    showSentence(m_sentencePanel->currentRow());
    feedExtraTabs();

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
    connect(m_sentencePanel, &SentencePanel::currentRowChanged, this, &MainWindow::showSentence);

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
    m_similarityPage = new QWidget;
    m_similarityPage->setObjectName(QStringLiteral("similarityPage"));
    auto* similarityLayout = new QVBoxLayout(m_similarityPage);
    similarityLayout->setContentsMargins(0, 4, 0, 0);
    similarityLayout->addWidget(m_heatmapCaption);
    similarityLayout->addWidget(m_heatmap, 1);

    m_inspector = new TokenizationInspector(m_engine, m_tokens);
    m_attention = new AttentionPage(m_engine);

    m_workbench = new QTabWidget;
    m_workbench->setObjectName(QStringLiteral("workbench"));
    m_workbench->setDocumentMode(true);
    m_overviewExporter = new ViewExporter(
        tr("Similarity matrix"), QStringLiteral("similarity"),
        {[this] { return static_cast<QWidget*>(m_heatmap); },
         [this] { return static_cast<const QAbstractItemModel*>(m_similarity); },
         [this] { return m_lastResult ? m_lastResult->similarity : el::FloatArray(); },
         [this] { return m_lastResult && !m_lastResult->matrixRows.isEmpty(); }},
        this);
    addWorkbenchTab(m_similarityPage, tr("Overview"), {m_overviewExporter->menuAction()},
                    [this] { return m_overviewExporter; });
    addWorkbenchTab(m_inspector, tr("Tokens"), m_inspector->exportActions(),
                    [this] { return m_inspector->exporter(); });
    // The attention explorer renders its own figures (heatmap, head view, model view).
    addWorkbenchTab(m_attention, tr("Attention"), m_attention->explorer()->exportActions());
    addExtraTabs();

    auto* main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_sentencePanel);
    main->addWidget(m_workbench);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 5);
    main->setSizes({330, 820});
    m_mainSplitter = main;

    m_banner = new MessageBanner;

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);
    setCentralWidget(central);
}

namespace {
// A page whose minimum size would otherwise widen the whole window scrolls instead.
QWidget* scrolled(QWidget* page)
{
    auto* area = new QScrollArea;
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

void MainWindow::addExtraTabs()
{
    // Views with the common interface: constructed with the engine, fed the sentence list (after a
    // short pause in typing, like the analysis) and the selected sentence.
#ifdef EL_HAVE_POOLING_LAB
    {
        auto* view = new PoolingLab(m_engine);
        view->setObjectName(QStringLiteral("poolingLab"));
        m_poolingLab = view;
        addWorkbenchTab(scrolled(view), tr("Pooling"), view->exportActions(), [view] {
            return view->exporter(PoolingLab::View(std::max(0, view->tabs()->currentIndex())));
        });
        m_extraTabs.push_back({m_workbench->widget(m_workbench->count() - 1),
                               [view](const QStringList& s) { view->setSentences(s); },
                               [view](int row) { view->setCurrentSentence(row); }});
    }
#endif
#ifdef EL_HAVE_SIMILARITY_MAPS
    {
        auto* view = new SimilarityMaps(m_engine);
        view->setObjectName(QStringLiteral("similarityMaps"));
        addWorkbenchTab(scrolled(view), tr("Similarity"), view->exportActions(),
                        [view] { return view->exporter(SimilarityMaps::View::Sentences); });
        m_extraTabs.push_back({m_workbench->widget(m_workbench->count() - 1),
                               [view](const QStringList& s) { view->setSentences(s); },
                               [view](int row) { view->setCurrentSentence(row); }});
    }
#endif
#ifdef EL_HAVE_PRECISION_PANEL
    {
        auto* view = new PrecisionPanel(m_engine);
        view->setObjectName(QStringLiteral("precisionPanel"));
        addWorkbenchTab(scrolled(view), tr("Precision"), view->exportActions());
        m_extraTabs.push_back({m_workbench->widget(m_workbench->count() - 1),
                               [view](const QStringList& s) { view->setSentences(s); }, {}});
    }
#endif
    m_feedTimer.setSingleShot(true);
    m_feedTimer.setInterval(m_engine->debounceMs());
    connect(&m_feedTimer, &QTimer::timeout, this, [this] {
        for (ExtraTab& tab : m_extraTabs) tab.sentencesDirty = tab.currentDirty = true;
        feedExtraTabs();
    });
    connect(m_workbench, &QTabWidget::currentChanged, this, &MainWindow::feedExtraTabs);
}

void MainWindow::feedExtraTabs()
{
    QWidget* front = m_workbench->currentWidget();
    for (ExtraTab& tab : m_extraTabs) {
        if (tab.page != front) continue;
        if (tab.sentencesDirty) tab.setSentences(m_sentences->sentences());
        if (tab.setCurrent && (tab.currentDirty || tab.sentencesDirty)) tab.setCurrent(m_sentencePanel->currentRow());
        tab.sentencesDirty = tab.currentDirty = false;
    }
}

void MainWindow::addWorkbenchTab(QWidget* page, const QString& title, const QList<QAction*>& exports,
                                 std::function<ViewExporter*()> currentExporter)
{
    if (currentExporter) m_currentExporters.insert(page, std::move(currentExporter));
    m_workbench->addTab(page, title);
    m_tabExports.insert(page, exports);
}

QList<QAction*> MainWindow::exportActionsOf(QWidget* tab) const
{
    return m_tabExports.value(tab);
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Model Folder…"), this,
                                   &MainWindow::chooseModelFolder);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("openModelAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent Model"));
    m_recentMenu->setObjectName(QStringLiteral("recentModelsMenu"));
    rebuildRecentMenu();
    QAction* load = file->addAction(tr("&Load Sentences…"), this, &MainWindow::chooseSentencesFile);
    load->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    load->setToolTip(tr("Read sentences from a .txt (one per line), .tsv or .csv file (two text columns: A/B pairs)"));
    file->addSeparator();
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    buildExportMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    const QList<QAction*> sentenceActions = {m_sentencePanel->addAction(), m_sentencePanel->removeAction(),
                                             m_sentencePanel->pasteAction(), m_sentencePanel->nextAction(),
                                             m_sentencePanel->previousAction(), m_sentencePanel->pairsAction()};
    for (QAction* action : sentenceActions) {
        if (action == m_sentencePanel->nextAction() || action == m_sentencePanel->pairsAction()) edit->addSeparator();
        edit->addAction(action);
        // Menu shortcuts must work wherever the focus is in the window.
        addAction(action);
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_workbench->count(); ++i) {
        QAction* action = m_viewMenu->addAction(m_workbench->tabText(i), this, [this, i] { m_workbench->setCurrentIndex(i); });
        if (i < 9) action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(action);
        m_tabActions.push_back(action);
    }
    m_viewMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EncoderLens"), this, [this] {
        QMessageBox::about(this, tr("About EncoderLens"),
                           tr("<b>EncoderLens %1</b><p>Explore pre-trained text encoders: tokens, attention, "
                              "pooling and similarity, computed by the model itself.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildExportMenu()
{
    // One submenu per workbench tab, then shortcuts that act on the tab in front.
    for (int i = 0; i < m_workbench->count(); ++i) {
        const QList<QAction*> actions = m_tabExports.value(m_workbench->widget(i));
        if (actions.isEmpty()) continue;
        QMenu* sub = m_exportMenu->addMenu(m_workbench->tabText(i));
        sub->addActions(actions);
    }
    m_cardExporter = new ViewExporter(tr("Model Card"), QStringLiteral("model-card"),
                                      {[this] { return static_cast<QWidget*>(m_summary); },
                                       [this] { return static_cast<const QAbstractItemModel*>(m_summary->model()); },
                                       {},
                                       [this] { return m_engine->hasModel(); }},
                                      this);
    m_exportMenu->addAction(m_cardExporter->menuAction());
    m_exportMenu->addSeparator();
    // On the tab in front: its view's exporter, or for the attention explorer its own actions
    // (copy, PNG, SVG, ... in that order).
    auto current = [this](ViewExporter::Format format, bool copy) {
        QWidget* page = m_workbench->currentWidget();
        if (const auto find = m_currentExporters.value(page)) {
            if (ViewExporter* exporter = find()) {
                if (copy)
                    exporter->copyToClipboard();
                else
                    exporter->exportWithDialog(format);
            }
            return;
        }
        const QList<QAction*> actions = m_tabExports.value(page);
        const int which = copy ? 0 : format == ViewExporter::Format::Png ? 1 : 2;
        if (which < actions.size() && !actions[which]->menu()) actions[which]->trigger();
    };
    QAction* png = m_exportMenu->addAction(tr("Save Current View as &PNG…"), this,
                                           [current] { current(ViewExporter::Format::Png, false); });
    png->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    png->setObjectName(QStringLiteral("exportCurrentPng"));
    QAction* svg = m_exportMenu->addAction(tr("Save Current View as &SVG…"), this,
                                           [current] { current(ViewExporter::Format::Svg, false); });
    svg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* copy = m_exportMenu->addAction(tr("&Copy Current View Image"), this,
                                            [current] { current(ViewExporter::Format::Png, true); });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setObjectName(QStringLiteral("copyCurrentView"));
    for (QAction* action : {png, svg, copy}) addAction(action);
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
    m_blasLabel = new QLabel(m_options.checkBlas ? tr("BLAS: checking…") : tr("BLAS: not checked"));
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
    rememberRecent(m_lastFolder);
    if (m_options.useSettings) appSettings().setValue(QStringLiteral("model/lastFolder"), m_lastFolder);
    m_engine->analyzeNow(m_sentences->sentences());
}

void MainWindow::rememberRecent(const QString& folder)
{
    const QString path = QDir(folder).absolutePath();
    m_recent.removeAll(path);
    m_recent.prepend(path);
    while (m_recent.size() > kRecentModels) m_recent.removeLast();
    if (m_options.useSettings) appSettings().setValue(QStringLiteral("model/recent"), m_recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString& folder = m_recent[i];
        // &1…&8 make the entries reachable from the keyboard.
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(folder).fileName()), this,
                                                  [this, folder] { openModelFolder(folder); });
        action->setToolTip(QDir::toNativeSeparators(folder));
        action->setStatusTip(QDir::toNativeSeparators(folder));
    }
    if (m_recent.isEmpty()) m_recentMenu->addAction(tr("No recent models"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        m_recent.clear();
        if (m_options.useSettings) appSettings().remove(QStringLiteral("model/recent"));
        rebuildRecentMenu();
    });
    clear->setEnabled(!m_recent.isEmpty());
}

void MainWindow::chooseSentencesFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Sentences"), QString(),
        tr("Text tables (*.txt *.tsv *.csv);;Text, one sentence per line (*.txt);;Tab-separated values (*.tsv);;"
           "Comma-separated values (*.csv);;All files (*)"));
    if (!path.isEmpty()) loadSentencesFile(path);
}

bool MainWindow::loadSentencesFile(const QString& path)
{
    SentenceRows rows;
    try {
        rows = SentenceFile::read(path);
    } catch (const el::Error& e) {
        const QString detail = QString::fromStdString(e.describe());
        m_log->append(LogPanel::Level::Error, tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), detail));
        presentError(tr("Could not load sentences"),
                     tr("The file “%1” could not be read as sentences.").arg(QDir::toNativeSeparators(path)) +
                         QLatin1Char(' ') + ErrorText::headline(e.code()),
                     detail);
        return false;
    }
    if (rows.sentences.isEmpty()) {
        presentError(tr("Could not load sentences"),
                     tr("The file “%1” contains no sentences.").arg(QDir::toNativeSeparators(path)), {});
        return false;
    }
    m_sentences->setSentences(rows.sentences, rows.pairs);
    m_sentencePanel->setPairsShown(m_sentences->hasPairs());
    QString message = tr("Loaded %n sentence(s) from %1", nullptr, int(rows.sentences.size()))
                          .arg(QFileInfo(path).fileName());
    if (!rows.pairColumn.isEmpty())
        message += QStringLiteral(" ") + tr("(pairs: columns “%1” and “%2”)").arg(rows.textColumn, rows.pairColumn);
    else if (!rows.textColumn.isEmpty())
        message += QStringLiteral(" ") + tr("(column “%1”)").arg(rows.textColumn);
    m_log->append(LogPanel::Level::Info, message);
    if (rows.droppedOverLimit > 0)
        m_log->append(LogPanel::Level::Warning,
                      tr("%n row(s) beyond the first %1 were left out.", nullptr, rows.droppedOverLimit)
                          .arg(rows.sentences.size()));
    statusBar()->showMessage(message, 5000);
    return true;
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
    // Only texts missing from the engine's cache are encoded again; the rest is reused.
    m_engine->scheduleAnalysis(m_sentences->sentences());
    if (!m_extraTabs.isEmpty()) m_feedTimer.start();
}

void MainWindow::onSentencesEdited(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>&)
{
    // Text A feeds the similarity matrix; text B only the views of the selected sentence.
    if (topLeft.column() <= SentenceListModel::TextColumn) requestAnalysis();
    const int row = m_sentencePanel->currentRow();
    if (row >= topLeft.row() && row <= bottomRight.row()) showSentence(row);
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
    const int current = m_sentencePanel->currentRow();
    m_heatmap->setHighlightedRow(current >= 0 ? int(result.matrixRows.indexOf(current)) : -1);
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

void MainWindow::showSentence(int row)
{
    const bool valid = row >= 0 && row < m_sentences->rowCount();
    const QString text = valid ? m_sentences->sentence(row) : QString();
    const std::optional<QString> pair = valid ? m_sentences->pair(row) : std::nullopt;
    const QString label = valid ? m_sentences->headerData(row, Qt::Vertical).toString() : QString();
    m_inspector->setSentence(text, pair, label);
    m_attention->setSentence(text, pair, label);
    int matrixRow = -1;
    if (m_lastResult && valid) matrixRow = int(m_lastResult->matrixRows.indexOf(row));
    m_heatmap->setHighlightedRow(matrixRow);
    if (!m_feedTimer.isActive()) {
        for (ExtraTab& tab : m_extraTabs) tab.currentDirty = true;
        feedExtraTabs();
    }
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
    if (m_poolingLab) m_poolingLab->restoreChoices(settings.value(QStringLiteral("pooling/choices")).toMap());
}

void MainWindow::saveSettings()
{
    QSettings settings = appSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_workbench->currentIndex());
    if (m_poolingLab) settings.setValue(QStringLiteral("pooling/choices"), m_poolingLab->saveChoices());
    settings.setValue(QStringLiteral("sentences/list"), m_sentences->sentences());
    settings.setValue(QStringLiteral("sentences/pairs"), m_sentences->pairs());
    settings.setValue(QStringLiteral("sentences/pairsShown"), m_sentencePanel->pairsShown());
    settings.setValue(QStringLiteral("model/recent"), m_recent);
    settings.setValue(QStringLiteral("sentences/current"), m_sentencePanel->currentRow());
    if (!m_lastFolder.isEmpty()) settings.setValue(QStringLiteral("model/lastFolder"), m_lastFolder);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.useSettings) saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace elui
