#pragma once
// The workbench window: sentences (optionally A/B pairs) on the left, the workbench tabs in the
// middle — similarity heatmap, tokenization inspector, attention explorer — and the model card and
// the log in docks. All model work goes through EngineService; the views only read item models.

#include "AnalysisResult.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;

namespace el {
struct ModelInfo;
struct BlasReport;
}

namespace elui {

class AttentionPage;
class EngineService;
class HeatmapView;
class LogPanel;
class MessageBanner;
class ModelSummaryView;
class SentenceListModel;
class SentencePanel;
class SimilarityMatrixModel;
class TokenizationInspector;
class TokenTableModel;
class ViewExporter;
class PoolingLab;

struct MainWindowOptions
{
    QString modelFolder;     // empty: the default model installed by scripts/setup
    int threads = 0;         // LibTorch intra-op threads, 0 = all cores
    bool useSettings = true; // restore and save geometry, sentences and the last folder (QSettings)
    bool checkBlas = true;   // measure the BLAS speed at start-up
    QStringList sentences;   // initial sentences when none are restored; empty: a few examples
    QStringList pairs;       // second texts of the initial sentences (optional)
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // How an error reaches the user; the default shows a QMessageBox. Tests inject a recorder.
    using ErrorPresenter = std::function<void(const QString& title, const QString& text, const QString& detail)>;

    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setErrorPresenter(ErrorPresenter presenter);

    EngineService* engine() const { return m_engine; }
    SentenceListModel* sentenceModel() const { return m_sentences; }
    TokenTableModel* tokenModel() const { return m_tokens; }
    SimilarityMatrixModel* similarityModel() const { return m_similarity; }
    SentencePanel* sentencePanel() const { return m_sentencePanel; }
    ModelSummaryView* modelSummary() const { return m_summary; }
    LogPanel* log() const { return m_log; }
    QTabWidget* workbench() const { return m_workbench; }
    HeatmapView* similarityHeatmap() const { return m_heatmap; }
    TokenizationInspector* tokenInspector() const { return m_inspector; }
    ViewExporter* overviewExporter() const { return m_overviewExporter; }
    ViewExporter* modelCardExporter() const { return m_cardExporter; }
    AttentionPage* attentionPage() const { return m_attention; }
    QMenu* exportMenu() const { return m_exportMenu; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QStringList recentModels() const { return m_recent; }
    // Export actions of each workbench tab, by tab title order ([0] copy image, [1] save PNG, ...).
    QList<QAction*> exportActionsOf(QWidget* tab) const;

public Q_SLOTS:
    // Load a model folder; the menu action, drag-and-drop, the recent list and the command line all
    // end here.
    void openModelFolder(const QString& folder);
    // File ▸ Open Model Folder: asks for a folder, then openModelFolder().
    void chooseModelFolder();
    // Replace the sentences with a .txt/.tsv/.csv file's (two text columns give A/B pairs). Errors
    // go to the error presenter; returns whether the file was read.
    bool loadSentencesFile(const QString& path);
    void chooseSentencesFile();

Q_SIGNALS:
    // The views show a new analysis result.
    void analysisShown();
    // An error was presented to the user.
    void errorShown(const QString& title, const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void buildExportMenu();
    void buildCentral();
    void buildDocks();
    void buildStatusBar();
    void restoreSettings();
    void saveSettings();
    void openInitialModel();
    void addExtraTabs();
    // The tab's export submenus, and what the "current view" shortcuts export while it is in front
    // (the exporter of the view shown; empty: those shortcuts do nothing there).
    void addWorkbenchTab(QWidget* page, const QString& title, const QList<QAction*>& exports,
                         std::function<ViewExporter*()> currentExporter = {});
    void rememberRecent(const QString& folder);
    void rebuildRecentMenu();

    void onModelLoaded(const el::ModelInfo& info);
    void onModelLoadFailed(const QString& folder, const EngineError& error);
    void onLoadingChanged(bool loading, const QString& folder);
    void onAnalysisReady(const AnalysisResult& result);
    void onAnalysisFailed(const EngineError& error);
    void onBlasChecked(const el::BlasReport& report);
    void onSentencesEdited(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void requestAnalysis();
    void showSentence(int row);
    void presentError(const QString& title, const QString& text, const QString& detail);

    MainWindowOptions m_options;
    ErrorPresenter m_presentError;
    EngineService* m_engine;
    SentenceListModel* m_sentences;
    TokenTableModel* m_tokens;
    SimilarityMatrixModel* m_similarity;

    SentencePanel* m_sentencePanel = nullptr;
    QTabWidget* m_workbench = nullptr;
    QWidget* m_similarityPage = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QLabel* m_heatmapCaption = nullptr;
    TokenizationInspector* m_inspector = nullptr;
    AttentionPage* m_attention = nullptr;
    ModelSummaryView* m_summary = nullptr;
    LogPanel* m_log = nullptr;
    MessageBanner* m_banner = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_blasLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_openAction = nullptr;
    QList<QAction*> m_tabActions;
    QHash<QWidget*, QList<QAction*>> m_tabExports;
    QHash<QWidget*, std::function<ViewExporter*()>> m_currentExporters;
    ViewExporter* m_overviewExporter = nullptr;
    PoolingLab* m_poolingLab = nullptr; // remembered pooling choices (null without the lab)
    ViewExporter* m_cardExporter = nullptr;
    // The other views (setSentences()/setCurrentSentence()), fed after a pause in typing and only
    // while their tab is in front: hidden tabs catch up when shown, so typing does not make the
    // engine compute for views nobody looks at.
    struct ExtraTab
    {
        QWidget* page = nullptr;
        std::function<void(const QStringList&)> setSentences;
        std::function<void(int)> setCurrent; // may be empty
        bool sentencesDirty = true;
        bool currentDirty = true;
    };
    QList<ExtraTab> m_extraTabs;
    QTimer m_feedTimer;
    void feedExtraTabs();

    std::optional<AnalysisResult> m_lastResult;
    QString m_lastFolder;
    QStringList m_recent;
};

} // namespace elui
