#include "EngineService.h"

#include "AnalysisJob.h"
#include "EmbeddingCache.h"
#include "WorkerGuard.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace elui {

namespace {

struct LoadOutcome
{
    std::shared_ptr<el::Model> model;
    EngineError error;
};

struct TaskOutcome
{
    EngineService::Delivery deliver;
    EngineError error;
    bool skipped = false;
};

struct BlasOutcome
{
    el::BlasReport report;
    EngineError error;
};

// Run fn on the pool and hand its result to done() on the receiver's (GUI) thread.
template <class T, class Fn, class Done>
void runOnPool(QThreadPool* pool, QObject* receiver, Fn fn, Done done)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(fn)));
}

} // namespace

EngineService::EngineService(int threads, QObject* parent)
    : QObject(parent), m_cache(std::make_shared<EmbeddingCache>()),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    // One persistent thread: the model is used from one thread at a time and LibTorch/OpenMP
    // thread settings are per thread, so the worker must not be recycled.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.start([threads] { runGuarded([threads] { el::setThreads(threads); }); });

    m_debounce.setSingleShot(true);
    // Short: stale work is dropped by generation and unchanged sentences come from the cache, so
    // the pause only has to merge bursts (auto-repeat, paste); keystroke-to-repaint stays < 50 ms.
    m_debounce.setInterval(10);
    connect(&m_debounce, &QTimer::timeout, this, [this] { analyzeNow(m_scheduled); });
}

EngineService::~EngineService()
{
    // Jobs hold their own shared_ptrs to the model and cache; wait so none outlives the service.
    m_latestGeneration->store(~quint64(0));
    m_pool.clear();
    m_pool.waitForDone();
}

void EngineService::jobStarted()
{
    if (m_jobsInFlight++ == 0) Q_EMIT busyChanged(true);
}

void EngineService::jobFinished()
{
    if (--m_jobsInFlight == 0) Q_EMIT busyChanged(false);
}

void EngineService::loadModel(const QString& folder)
{
    const quint64 ticket = ++m_latestLoad;
    ++m_loadsInFlight;
    jobStarted();
    Q_EMIT loadingChanged(true, folder);
    runOnPool<LoadOutcome>(
        &m_pool, this,
        [folder] {
            LoadOutcome out;
            out.error = runGuarded([&] {
                out.model = std::shared_ptr<el::Model>(el::Model::load(folder.toStdString()));
            });
            return out;
        },
        [this, folder, ticket](LoadOutcome out) {
            --m_loadsInFlight;
            const bool superseded = ticket != m_latestLoad;
            if (out.error.set) {
                if (!superseded) Q_EMIT modelLoadFailed(folder, out.error);
            } else if (!superseded) {
                m_model = std::move(out.model);
                m_info = m_model->info();
                m_cache = std::make_shared<EmbeddingCache>();
                ++m_modelSerial;
                // Anything computed with the previous model is stale now.
                m_latestGeneration->fetch_add(1);
                m_waiting.reset();
                for (auto& counter : m_channels) counter->fetch_add(1);
                Q_EMIT modelLoaded(*m_info);
            }
            Q_EMIT loadingChanged(m_loadsInFlight > 0, folder);
            jobFinished();
        });
}

void EngineService::scheduleAnalysis(const QStringList& sentences)
{
    m_scheduled = sentences;
    // Whatever is in flight now describes text the user has already changed.
    m_latestGeneration->fetch_add(1);
    m_debounce.start();
}

void EngineService::analyzeNow(const QStringList& sentences)
{
    m_debounce.stop();
    const quint64 generation = m_latestGeneration->fetch_add(1) + 1;
    if (!m_model) return;
    if (m_analysisRunning) {
        m_waiting = std::make_pair(sentences, generation); // replaces any older waiting request
        return;
    }
    startAnalysis(sentences, generation);
}

void EngineService::startAnalysis(const QStringList& sentences, quint64 generation)
{
    m_analysisRunning = true;
    jobStarted();
    auto latest = m_latestGeneration;
    auto stillWanted = [latest, generation] { return latest->load() == generation; };
    runOnPool<AnalysisResult>(
        &m_pool, this,
        [model = m_model, cache = m_cache, sentences, generation, serial = m_modelSerial, stillWanted] {
            return AnalysisJob::run(model, cache, sentences, generation, serial, stillWanted);
        },
        [this](AnalysisResult result) {
            m_analysisRunning = false;
            const bool current = result.generation == m_latestGeneration->load() &&
                                 result.modelSerial == m_modelSerial;
            if (current) {
                if (!result.error.set)
                    Q_EMIT analysisReady(result);
                else if (result.error.code != el::ErrorCode::Cancelled)
                    Q_EMIT analysisFailed(result.error);
            }
            if (m_waiting) {
                auto next = std::move(*m_waiting);
                m_waiting.reset();
                if (m_model && next.second == m_latestGeneration->load())
                    startAnalysis(next.first, next.second);
            }
            jobFinished();
        });
}

void EngineService::checkBlas()
{
    jobStarted();
    runOnPool<BlasOutcome>(
        &m_pool, this,
        [] {
            BlasOutcome out;
            out.error = runGuarded([&] { out.report = el::checkBlas(); });
            return out;
        },
        [this](BlasOutcome out) {
            if (out.error.set) {
                out.report.message = out.error.detail.toStdString();
                out.report.slow = false;
            }
            Q_EMIT blasChecked(out.report);
            jobFinished();
        });
}

std::shared_ptr<std::atomic<quint64>> EngineService::channelCounter(const QString& channel)
{
    auto& counter = m_channels[channel];
    if (!counter) counter = std::make_shared<std::atomic<quint64>>(0);
    return counter;
}

void EngineService::cancelTasks(const QString& channel)
{
    channelCounter(channel)->fetch_add(1);
}

quint64 EngineService::runTask(const QString& channel, QObject* context, ModelTask task, TaskError onError)
{
    auto counter = channelCounter(channel);
    const quint64 ticket = counter->fetch_add(1) + 1;
    QPointer<QObject> guard(context);
    if (!m_model) {
        if (onError)
            QMetaObject::invokeMethod(
                this,
                [guard, onError] {
                    if (guard)
                        onError(EngineError::fromCode(el::ErrorCode::InvalidInput, QStringLiteral("no model is loaded")));
                },
                Qt::QueuedConnection);
        return ticket;
    }
    jobStarted();
    const quint64 serial = m_modelSerial;
    StillWanted stillWanted = [counter, ticket] { return counter->load() == ticket; };
    runOnPool<TaskOutcome>(
        &m_pool, this,
        [model = m_model, task = std::move(task), stillWanted] {
            TaskOutcome out;
            if (!stillWanted()) {
                out.skipped = true;
                return out;
            }
            out.error = runGuarded([&] { out.deliver = task(*model, stillWanted); });
            return out;
        },
        [this, guard, onError, stillWanted, serial](TaskOutcome out) {
            const bool current = !out.skipped && stillWanted() && serial == m_modelSerial && guard;
            if (current) {
                if (out.error.set) {
                    if (onError && out.error.code != el::ErrorCode::Cancelled) onError(out.error);
                } else if (out.deliver) {
                    out.deliver();
                }
            }
            jobFinished();
        });
    return ticket;
}

} // namespace elui
