#pragma once
// The attention explorer: controls above three views of one el::Inspection's attentions —
// a heatmap of the chosen layer/head/aggregate/rollout, a head view (token-to-token lines per
// head) and a model view (every layer x head as a thumbnail). It only reads the Inspection it is
// given; it knows nothing of models or the engine's threads. The maths lives in core/analysis.
//
// Integration:
//   auto* explorer = new elui::AttentionExplorer(parent);
//   explorer->setInspection(std::make_shared<const el::Inspection>(model.inspect(text)));
//   connect(explorer, &AttentionExplorer::tokenClicked, ...);      // encoding token index
//   menu->addActions(explorer->exportActions());                    // or call exportPng() & co.
//
// Cost at 512 tokens (MiniLM shapes, see bench/bench_attention.cpp): one head or an aggregate is
// recomputed on the GUI thread (1-10 ms); rollout (~80 ms CPU) runs once per head selection on
// the global thread pool, keeping every layer's prefix so moving the layer slider is free; the
// model view's 72 thumbnails (35-150 ms) are built on the pool too, only while that tab is shown.

#include "analysis/AttentionQuery.h"

#include "Model.h"

#include <QFutureWatcher>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QTabWidget;

namespace elui {

class AttentionControls;
class AttentionHeadView;
class AttentionHeatmap;
class AttentionModelView;

class AttentionExplorer : public QWidget
{
    Q_OBJECT
public:
    enum class View { Heatmap, HeadView, ModelView };
    enum class ExportFormat { Png, Svg, Csv, Npy };

    explicit AttentionExplorer(QWidget* parent = nullptr);
    ~AttentionExplorer() override;

    // The inspection to show (shared and immutable: background work keeps it alive). Null or an
    // inspection without attentions shows a placeholder. Keeps the layer/head choices that fit.
    void setInspection(std::shared_ptr<const el::Inspection> inspection);
    void clear() { setInspection(nullptr); }
    std::shared_ptr<const el::Inspection> inspection() const { return m_inspection; }

    AttentionControls* controls() const { return m_controls; }
    AttentionHeatmap* heatmap() const { return m_heatmap; }
    AttentionHeadView* headView() const { return m_headView; }
    AttentionModelView* modelView() const { return m_modelView; }

    // What the heatmap shows now: values [n, n], labels, and the token indices behind each row.
    const el::AttentionResult& shownResult() const { return m_result; }
    const el::FloatArray& shownMatrix() const { return m_result.values; }
    QStringList shownLabels() const;
    QString shownTitle() const { return m_title; }
    // True while a rollout is computed in the background (the heatmap keeps the previous matrix).
    bool isBusy() const { return m_busy; }

    View currentView() const;
    void setCurrentView(View view);
    // Emphasise the row and column of an encoding token (e.g. selected in the token table); -1 clears.
    void setSelectedToken(int tokenIndex);

    // Exports of the heatmap as shown (white "paper" background). Return false with a translated
    // message in *error on failure. PNG scale multiplies the figure's logical size.
    bool exportPng(const QString& path, double scale = 2.0, QString* error = nullptr) const;
    bool exportSvg(const QString& path, QString* error = nullptr) const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportNpy(const QString& path, QString* error = nullptr) const;
    QImage renderImage(double scale = 2.0) const;
    bool copyImageToClipboard(double scale = 2.0) const;
    // Copy image, Save PNG/SVG/CSV/NPY… (with file dialogs): for the main window's menus; they are
    // also the heatmap's context menu.
    QList<QAction*> exportActions() const { return m_exportActions; }

Q_SIGNALS:
    // The layer and head the controls select (head >= 0, or AttentionControls::MeanOfHeads/MaxOfHeads).
    void selectionChanged(int layer, int head);
    // The heatmap shows a new matrix (after any control change or a finished rollout).
    void shownMatrixChanged();
    // Hovered heatmap cell as encoding token indices (a word's first piece); (-1, -1) on leave.
    void cellHovered(int queryToken, int keyToken);
    // A heatmap cell or a head-view token was clicked: the query token.
    void tokenClicked(int tokenIndex);
    void busyChanged(bool busy);

public Q_SLOTS:
    // Ask for a file name (and a scale for PNG) and export.
    void exportWithDialog(elui::AttentionExplorer::ExportFormat format);

private:
    struct RolloutOutcome
    {
        quint64 generation = 0;
        std::vector<int64_t> heads;
        el::AttentionReduce reduce = el::AttentionReduce::Mean;
        std::vector<el::FloatArray> prefixes;
        QString error;
    };

    void onControlsChanged();
    void recompute();
    void showPlaceholder(const QString& text);
    void refreshHeadView();
    void refreshModelView();
    void startRollout(const std::vector<int64_t>& heads, el::AttentionReduce reduce);
    void rolloutFinished();
    struct ThumbnailOutcome
    {
        quint64 generation = 0;
        el::TokenTransform tokens;
        QList<QImage> images;
        QList<float> maxima;
        QString error;
    };
    static ThumbnailOutcome buildThumbnails(const el::Inspection& inspection,
                                            const el::TokenTransform& tokens);
    void applyThumbnails(const ThumbnailOutcome& outcome);
    void setBusy(bool busy);
    void updateStatus();
    void createActions();
    int shownIndexOfToken(int tokenIndex) const;

    std::shared_ptr<const el::Inspection> m_inspection;
    AttentionControls* m_controls;
    QTabWidget* m_tabs;
    AttentionHeatmap* m_heatmap;
    AttentionHeadView* m_headView;
    QScrollArea* m_headScroll;
    AttentionModelView* m_modelView;
    QLabel* m_status;
    QList<QAction*> m_exportActions;

    el::AttentionResult m_result;
    QString m_title;
    QString m_hoverText;
    bool m_busy = false;
    int m_selectedToken = -1;
    bool m_headViewDirty = true;
    bool m_modelViewDirty = true;
    int m_headViewLayer = -1;
    el::TokenTransform m_viewTokens;      // what the head view was built with
    el::TokenTransform m_thumbnailTokens; // what the thumbnails were built with

    // Rollout cache: every layer's prefix for one head selection, per inspection.
    std::vector<el::FloatArray> m_rolloutPrefixes;
    std::vector<int64_t> m_rolloutHeads;
    el::AttentionReduce m_rolloutReduce = el::AttentionReduce::Mean;
    std::vector<int64_t> m_pendingHeads; // the rollout being computed while busy
    el::AttentionReduce m_pendingReduce = el::AttentionReduce::Mean;
    QFutureWatcher<RolloutOutcome> m_rolloutWatcher;
    quint64 m_generation = 0;
    QFutureWatcher<ThumbnailOutcome> m_thumbnailWatcher;
    quint64 m_thumbnailGeneration = 0;
};

} // namespace elui
