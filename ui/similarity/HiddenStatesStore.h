#pragma once
// Every hidden state of a list of sentences, computed on the engine's worker
// (el::Model::inspect without attentions: [layers + 1, tokens, hidden] per sentence) and kept per
// (model, text), so changing a pooling choice or a layer never runs the model again and editing one
// sentence computes only that one. One store per view, each on its own runTask channel; a newer
// request or a new model drops the running one. Entries for texts that are no longer asked for
// are dropped when new results arrive (memory stays proportional to the sentence list).

#include "Model.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace elui {

class EngineService;

class HiddenStatesStore : public QObject
{
    Q_OBJECT
public:
    HiddenStatesStore(EngineService* engine, const QString& channel, QObject* parent = nullptr);

    // The sentences whose states are wanted, in order; blank ones are skipped and a repeated one is
    // kept once (texts() is what remains).
    void setTexts(const QStringList& sentences);
    const QStringList& texts() const { return m_texts; }
    // Null until computed for the current model.
    std::shared_ptr<const el::Inspection> find(const QString& text) const { return m_states.value(text); }
    bool isComplete() const;
    bool isComputing() const { return m_computing; }
    // The last failure (translated), empty when the last request succeeded.
    QString errorText() const { return m_error; }
    EngineService* engine() const { return m_engine; }

Q_SIGNALS:
    // New states arrived, the text list changed, a model was loaded, or a request failed.
    void changed();

private:
    void request();

    EngineService* m_engine;
    QString m_channel;
    QStringList m_texts;
    QHash<QString, std::shared_ptr<const el::Inspection>> m_states;
    quint64 m_serial = 0;
    bool m_computing = false;
    QString m_error;
};

} // namespace elui
