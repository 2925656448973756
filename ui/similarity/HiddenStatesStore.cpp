#include "HiddenStatesStore.h"

#include "EngineService.h"
#include "ErrorText.h"

#include <utility>
#include <vector>

namespace elui {

HiddenStatesStore::HiddenStatesStore(EngineService* engine, const QString& channel, QObject* parent)
    : QObject(parent), m_engine(engine), m_channel(channel)
{
    connect(engine, &EngineService::modelLoaded, this, [this] {
        m_states.clear();
        m_serial = m_engine->modelSerial();
        m_error.clear();
        request();
        Q_EMIT changed();
    });
    m_serial = engine->modelSerial();
}

void HiddenStatesStore::setTexts(const QStringList& sentences)
{
    QStringList texts; // blank sentences have no states; a repeated one is computed once
    for (const QString& s : sentences)
        if (!s.trimmed().isEmpty() && !texts.contains(s)) texts.push_back(s);
    if (texts == m_texts) return;
    m_texts = texts;
    request();
    Q_EMIT changed();
}

bool HiddenStatesStore::isComplete() const
{
    for (const QString& t : m_texts)
        if (!m_states.contains(t)) return false;
    return true;
}

void HiddenStatesStore::request()
{
    QStringList missing;
    for (const QString& t : m_texts)
        if (!m_states.contains(t)) missing.push_back(t);
    if (missing.isEmpty() || !m_engine->hasModel()) {
        m_engine->cancelTasks(m_channel);
        m_computing = false;
        return;
    }
    m_computing = true;
    const quint64 serial = m_serial;
    auto task = [this, missing,
                 serial](const el::Model& model,
                         const EngineService::StillWanted& stillWanted) -> EngineService::Delivery {
        std::vector<std::pair<QString, std::shared_ptr<const el::Inspection>>> done;
        for (const QString& text : missing) {
            if (!stillWanted()) break;
            done.emplace_back(text, std::make_shared<const el::Inspection>(model.inspect(
                                        text.toStdString(), std::nullopt, /*withAttentions*/ false)));
        }
        return [this, done = std::move(done), serial] {
            if (serial != m_serial) return;
            for (const auto& [text, states] : done)
                if (m_texts.contains(text)) m_states.insert(text, states);
            // Forget what is no longer shown.
            for (auto it = m_states.begin(); it != m_states.end();)
                it = m_texts.contains(it.key()) ? std::next(it) : m_states.erase(it);
            m_computing = false;
            m_error.clear();
            if (!isComplete()) request();
            Q_EMIT changed();
        };
    };
    m_engine->runTask(m_channel, this, std::move(task), [this](const EngineError& error) {
        m_computing = false;
        m_error = ErrorText::describe(error);
        Q_EMIT changed();
    });
}

} // namespace elui
