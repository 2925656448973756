#pragma once
// Precision panel: the loaded model in float32 next to an int8 copy of it (el::LoadOptions::
// precision = Int8, the encoder's linear layers quantized at load) over the workbench sentences —
// speed of each (best of a few embed() runs), how far each sentence's embedding moved (cosine
// float32 <-> int8), whether its nearest neighbour changed, and how much the sentence x sentence
// cosine matrix drifted.
//
// Everything runs as one EngineService task on the worker: the int8 copy is loaded once per model
// folder and kept (a holder shared with the task), so only the first comparison pays for it.

#include "FloatArray.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace elui {

class EngineService;
struct EngineError;
class ViewExporter;

class PrecisionPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinCosineWarning = 0.99;

    explicit PrecisionPanel(EngineService* engine, QWidget* parent = nullptr);
    ~PrecisionPanel() override;

    // The workbench sentences; blank ones are ignored. Recomputes at once when the panel is shown.
    void setSentences(const QStringList& sentences);
    // Copy, PNG, SVG of the panel and CSV of the table.
    QList<QAction*> exportActions() const;

    // What the last comparison measured (valid when isReady()).
    struct Result
    {
        QStringList texts;            // the non-blank sentences, in order
        QList<int> rows;              // their indices among the workbench sentences (labels S1, S2, ...)
        double float32Seconds = 0;    // best embed() time of all texts
        double int8Seconds = 0;
        double int8LoadMs = 0;        // time to load the int8 copy
        bool int8Cached = false;      // the copy was already loaded by an earlier comparison
        std::vector<double> cosines;  // per text: cosine(float32, int8)
        std::vector<int> nearest32;   // per text: nearest other text under each precision (-1: none)
        std::vector<int> nearest8;
        el::FloatArray matrix32;      // cosine matrices [n, n]
        el::FloatArray matrix8;
        double maxDrift = 0;          // max / mean |cos32 - cos8| over pairs i != j
        double meanDrift = 0;
        double minCosine() const;
        double float32Rate() const { return float32Seconds > 0 ? texts.size() / float32Seconds : 0; }
        double int8Rate() const { return int8Seconds > 0 ? texts.size() / int8Seconds : 0; }
    };

    QPushButton* compareButton() const { return m_compare; }
    QStandardItemModel* tableModel() const { return m_model; }
    ViewExporter* exporter() const { return m_exporter; }
    bool isReady() const { return m_ready; }
    bool isRunning() const { return m_running; }
    const Result& result() const { return m_result; }
    // The text shown instead of the results (no model, no sentences, an error); empty when ready.
    QString placeholderText() const;
    QString summaryText() const;

public Q_SLOTS:
    // Start a comparison on the worker (no-op with a placeholder when there is no model/sentence).
    void compare();

Q_SIGNALS:
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Cache;
    QStringList texts() const;
    void showPlaceholder(const QString& text);
    void showResult(Result result);
    void showError(const EngineError& error);
    void onModelLoaded();

    EngineService* m_engine;
    std::shared_ptr<Cache> m_cache;
    QStringList m_sentences;
    bool m_stale = true;
    bool m_ready = false;
    bool m_running = false;
    Result m_result;

    QLabel* m_note;
    QPushButton* m_compare;
    QLabel* m_status;
    QLabel* m_placeholder;
    QWidget* m_results;
    QLabel* m_minCosine;
    QLabel* m_summary;
    QTableView* m_table;
    QStandardItemModel* m_model;
    ViewExporter* m_exporter;
};

} // namespace elui
