#pragma once
// The one object through which the UI talks to the engine. It owns the loaded el::Model and runs
// every model call on a private single-thread pool (a Model serves one thread at a time, and
// LibTorch's thread settings are per thread), so the GUI thread never waits for the model.
//
// Requests carry a generation number: a result that is older than the latest request is dropped,
// a job that is overtaken stops at its next progress check, and while a job runs only the newest
// waiting request is kept (no queue of stale work). Typing goes through scheduleAnalysis(), which
// debounces; results are cached per (model, text). Errors arrive as signals, never as exceptions.

#include "AnalysisResult.h"
#include "EngineError.h"

#include "Model.h"
#include "Runtime.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace elui {

class EmbeddingCache;

class EngineService : public QObject
{
    Q_OBJECT
public:
    // threads: LibTorch intra-op threads (0 = all cores), applied on the worker thread.
    explicit EngineService(int threads = 0, QObject* parent = nullptr);
    ~EngineService() override;

    bool hasModel() const { return bool(m_model); }
    // The loaded model's card; nullptr when no model is loaded.
    const el::ModelInfo* modelInfo() const { return m_info ? &*m_info : nullptr; }
    quint64 modelSerial() const { return m_modelSerial; }
    bool isLoading() const { return m_loadsInFlight > 0; }
    bool isBusy() const { return m_jobsInFlight > 0; }
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // A model computation for one view (inspection for the attention explorer, hidden states for the
    // pooling lab, ...). The task runs on the worker with the current model; stillWanted() turns
    // false once a newer request on the same channel or a model change supersedes it, so long tasks
    // should poll it. The task returns a closure that is called on the GUI thread to deliver its
    // result, unless the request was superseded meanwhile or context was destroyed. el::Error and
    // other exceptions become onError(...) (not called for superseded requests or Cancelled).
    using StillWanted = std::function<bool()>;
    using Delivery = std::function<void()>;
    using ModelTask = std::function<Delivery(const el::Model& model, const StillWanted& stillWanted)>;
    using TaskError = std::function<void(const EngineError& error)>;
    // Returns the request's number on its channel. Without a model nothing runs and onError gets
    // ErrorCode::InvalidInput ("no model is loaded").
    quint64 runTask(const QString& channel, QObject* context, ModelTask task, TaskError onError = {});
    // Drop whatever is requested on a channel (e.g. the view was hidden).
    void cancelTasks(const QString& channel);

public Q_SLOTS:
    // Load a model folder off the GUI thread. On success the new model replaces the old one; on
    // failure the previous model stays in service.
    void loadModel(const QString& folder);
    // Analyse after the debounce delay; a newer call within the delay replaces this one.
    void scheduleAnalysis(const QStringList& sentences);
    // Analyse as soon as the worker is free.
    void analyzeNow(const QStringList& sentences);
    // Measure the BLAS matrix-product rate (~0.1 s on the worker).
    void checkBlas();

Q_SIGNALS:
    void loadingChanged(bool loading, const QString& folder);
    void modelLoaded(const el::ModelInfo& info);
    void modelLoadFailed(const QString& folder, const elui::EngineError& error);
    void analysisReady(const elui::AnalysisResult& result);
    void analysisFailed(const elui::EngineError& error);
    void blasChecked(const el::BlasReport& report);
    void busyChanged(bool busy);

private:
    void startAnalysis(const QStringList& sentences, quint64 generation);
    void jobStarted();
    void jobFinished();

    QThreadPool m_pool;
    QTimer m_debounce;
    QStringList m_scheduled;

    std::shared_ptr<el::Model> m_model;
    std::shared_ptr<EmbeddingCache> m_cache;
    std::optional<el::ModelInfo> m_info;
    quint64 m_modelSerial = 0;

    // Shared with running jobs so they can notice that they were overtaken.
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    bool m_analysisRunning = false;
    std::optional<std::pair<QStringList, quint64>> m_waiting;

    quint64 m_latestLoad = 0;
    int m_loadsInFlight = 0;
    int m_jobsInFlight = 0;

    // Latest request number per runTask() channel, shared with the worker.
    QHash<QString, std::shared_ptr<std::atomic<quint64>>> m_channels;
    std::shared_ptr<std::atomic<quint64>> channelCounter(const QString& channel);
};

} // namespace elui
