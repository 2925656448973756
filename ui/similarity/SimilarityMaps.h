#pragma once
// The similarity maps: the workbench sentences' cosine similarity heatmap (the model's own
// sentence embeddings: its declared pooling of the last layer), in input order or reordered by
// average-linkage clustering on 1 - cosine; clicking a cell opens that pair's token x token cosine
// similarity (contextual token embeddings of a chosen layer) with the best alignment marked — a
// dot for each token of A's best match in B, a frame for each token of B's best match in A, both
// for mutual best matches — and the pair's similarity across layers (declared pooling at every
// layer) as a line chart.
//
// Hidden states come from the engine's worker through a HiddenStatesStore (cached per model and
// text); everything else is pure maths from core/analysis on the GUI thread.

#include "FloatArray.h"
#include "analysis/TokenAlignment.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QStandardItemModel;

namespace elui {

class EngineService;
class HeatmapView;
class HiddenStatesStore;
class SimilarityMatrixModel;
class ViewExporter;

class SimilarityMaps : public QWidget
{
    Q_OBJECT
public:
    enum class View { Sentences, Tokens, Layers };
    enum class Order { Original, Clustered };

    explicit SimilarityMaps(EngineService* engine, QWidget* parent = nullptr);

    // The workbench sentences; blank ones are ignored.
    void setSentences(const QStringList& sentences);
    // Index into those sentences, -1 for none: highlighted, and the pair shown becomes this
    // sentence and its nearest neighbour.
    void setCurrentSentence(int index);
    // One submenu per view (sentence matrix, token matrix, layer chart): copy, PNG, SVG, CSV, NPY.
    QList<QAction*> exportActions() const;

    void setOrder(Order order);
    Order order() const;
    // Show the token x token map of two sentences (indices into the sentences).
    void setPair(int first, int second);
    // Hidden-state index for the token map (0 = embeddings .. layers; -1 = last).
    void setTokenLayer(int layer);

    QComboBox* orderBox() const { return m_orderBox; }
    QComboBox* layerBox() const { return m_layerBox; }
    HeatmapView* sentenceHeatmap() const { return m_sentenceView; }
    HeatmapView* tokenHeatmap() const { return m_tokenView; }
    ViewExporter* exporter(View view) const;

    // What is shown.
    bool isReady() const { return m_ready; }
    QString placeholderText() const { return m_placeholder; }
    const QList<int>& rowOrder() const { return m_shownRows; } // sentence index per shown row
    const el::FloatArray& shownMatrix() const { return m_shownMatrix; }
    int pairFirst() const { return m_pairA; }
    int pairSecond() const { return m_pairB; }
    const el::TokenAlignment& alignment() const { return m_alignment; }
    const std::vector<float>& layerSimilarities() const { return m_layerSims; }
    SimilarityMatrixModel* sentenceModel() const { return m_sentenceModel; }
    SimilarityMatrixModel* tokenModel() const { return m_tokenModel; }
    QStandardItemModel* layerModel() const { return m_layerModel; }

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onModelLoaded();
    void recompute();
    void updatePair();
    void showPlaceholder(const QString& text);
    void showPairPlaceholder(const QString& text);
    QString sentenceLabel(int sentenceIndex) const;
    int nearestTo(int sentenceIndex) const;

    EngineService* m_engine;
    HiddenStatesStore* m_store;
    QStringList m_sentences; // as set by the workbench
    QStringList m_shown;     // the sentences the views show (kept while new hidden states are computed)
    QList<int> m_rows;       // non-blank sentence indices of m_shown in input order
    QList<int> m_shownRows;  // the same, in the shown order
    el::FloatArray m_matrix; // [n, n] over m_rows (input order)
    el::FloatArray m_shownMatrix;
    int m_current = -1;
    int m_pairA = -1;
    int m_pairB = -1;
    int m_tokenLayer = -1;
    int m_layers = 0;
    bool m_ready = false;
    QString m_placeholder;
    el::TokenAlignment m_alignment;
    std::vector<float> m_layerSims;

    QComboBox* m_orderBox;
    QComboBox* m_layerBox;
    QLabel* m_sentenceCaption;
    HeatmapView* m_sentenceView;
    SimilarityMatrixModel* m_sentenceModel;
    QWidget* m_sentencePage;
    QLabel* m_tokenCaption;
    HeatmapView* m_tokenView;
    SimilarityMatrixModel* m_tokenModel;
    QWidget* m_tokenPage;
    QLabel* m_layerCaption;
    QChartView* m_layerChart;
    QStandardItemModel* m_layerModel;
    QWidget* m_layerPage;
    QList<ViewExporter*> m_exporters;
};

} // namespace elui
