#pragma once
// The pooling lab: two pooling choices side by side over the workbench sentences — their sentence
// x sentence similarity matrices and the difference, how the ranking of each sentence's nearest
// neighbours changes, and which tokens drive the current sentence's pooled vector (a bar chart).
//
// Every number comes from the model's own hidden states (HiddenStatesStore: el::Model::inspect on
// the engine's worker, cached per model and text); the pooling itself is the cheap part and runs
// on the GUI thread (core/analysis PoolingChoice, pure maths). The declared choice (the model's
// modules: declared pooling of the last layer, special tokens included, declared normalisation)
// reproduces el::Model::embed() for models without a Dense stage; any other choice is flagged.

#include "FloatArray.h"
#include "analysis/PoolingChoice.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace elui {

class EngineService;
class HeatmapView;
class HiddenStatesStore;
class PoolingChoiceEditor;
class SimilarityMatrixModel;
class ViewExporter;

class PoolingLab : public QWidget
{
    Q_OBJECT
public:
    enum class View { Matrices, Neighbours, TokenDrivers };
    enum class Metric { Cosine, Dot };
    static constexpr int kTopK = 3;

    explicit PoolingLab(EngineService* engine, QWidget* parent = nullptr);

    // The workbench sentences; blank ones are ignored.
    void setSentences(const QStringList& sentences);
    // Index into those sentences, -1 for none (the first sentence is then described).
    void setCurrentSentence(int index);
    // One submenu per view (matrices, neighbours, token drivers): copy, PNG, SVG, CSV, NPY.
    QList<QAction*> exportActions() const;

    PoolingChoiceEditor* choiceEditor(int which) const { return which == 0 ? m_editor1 : m_editor2; }
    QComboBox* metricBox() const { return m_metric; }
    // The two choices and the similarity measure, for QSettings (restored choices keep their layer
    // when the next model has it; otherwise the editor falls back as for any model change).
    QVariantMap saveChoices() const;
    void restoreChoices(const QVariantMap& state);
    QTabWidget* tabs() const { return m_tabs; }
    ViewExporter* exporter(View view) const;
    void setCurrentView(View view);

    // What is shown: the sentence index of each matrix row, the two matrices [n, n] and their
    // difference (choice 2 - choice 1), and the pooled vectors [n, dim] of each choice.
    const QList<int>& rows() const { return m_rows; }
    const el::FloatArray& matrix(int which) const { return which == 0 ? m_matrix1 : m_matrix2; }
    const el::FloatArray& difference() const { return m_difference; }
    const el::FloatArray& vectors(int which) const { return which == 0 ? m_vectors1 : m_vectors2; }
    QStandardItemModel* neighbourModel() const { return m_neighbours; }
    QStandardItemModel* driverModel() const { return m_drivers; }
    // True once every sentence's hidden states are in and the views show them.
    bool isReady() const { return m_ready; }
    QString placeholderText() const { return m_placeholder; }
    QString warningText() const;

Q_SIGNALS:
    // The views were recomputed (after new hidden states or a control change).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onModelLoaded();
    void recompute();
    void showPlaceholder(const QString& text);
    void updateWarning();
    void updateNeighbours();
    void updateDrivers();
    QString sentenceLabel(int sentenceIndex) const;
    int currentRow() const;
    el::FloatArray similarity(const el::FloatArray& vectors) const;

    EngineService* m_engine;
    HiddenStatesStore* m_store;
    QStringList m_sentences; // as set by the workbench
    QStringList m_shown;     // the sentences the views show (kept while new hidden states are computed)
    QList<int> m_rows;       // sentence index per matrix row (non-blank sentences of m_shown)
    int m_current = -1;
    int m_layers = 0;
    bool m_ready = false;
    QString m_placeholder;

    std::optional<QVariantMap> m_pendingChoices;
    PoolingChoiceEditor* m_editor1;
    PoolingChoiceEditor* m_editor2;
    QComboBox* m_metric;
    QLabel* m_declaredLabel;
    QLabel* m_warning;
    QTabWidget* m_tabs;
    QWidget* m_matricesPage;
    HeatmapView* m_heat1;
    HeatmapView* m_heat2;
    HeatmapView* m_heatDiff;
    QLabel* m_caption1;
    QLabel* m_caption2;
    QLabel* m_captionDiff;
    SimilarityMatrixModel* m_model1;
    SimilarityMatrixModel* m_model2;
    SimilarityMatrixModel* m_modelDiff;
    QStandardItemModel* m_matricesTable;
    QWidget* m_neighbourPage;
    QLabel* m_neighbourTitle;
    QLabel* m_neighbourSummary;
    QTableView* m_neighbourView;
    QStandardItemModel* m_neighbours;
    QWidget* m_driverPage;
    QLabel* m_driverTitle;
    QChartView* m_driverChart;
    QStandardItemModel* m_drivers;
    QList<ViewExporter*> m_exporters;

    el::FloatArray m_vectors1, m_vectors2, m_matrix1, m_matrix2, m_difference;
};

} // namespace elui
