#pragma once
// The Attention tab: the AttentionExplorer fed with Model::inspect() of the selected sentence (or
// A/B pair), computed on the engine's worker through runTask("attention"). A "max tokens" box lets
// the user look at inputs longer than the model's declared max length, up to what its position
// embeddings allow. Requests are made only while the tab is visible; a newer request supersedes an
// older one.

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace el {
struct ModelInfo;
}

namespace elui {

class AttentionExplorer;
class EngineService;
struct EngineError;

class AttentionPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionPage(EngineService* engine, QWidget* parent = nullptr);

    // The sentence to inspect; label is its short name ("S2").
    void setSentence(const QString& text, const std::optional<QString>& pair, const QString& label);
    AttentionExplorer* explorer() const { return m_explorer; }
    QSpinBox* maxTokensBox() const { return m_maxTokens; }
    int maxTokens() const;
    void setMaxTokens(int tokens);
    // Requests made and results shown (for tests and the latency benchmark).
    quint64 shownRequests() const { return m_shown; }

Q_SIGNALS:
    // A new inspection is in the explorer.
    void inspectionShown();
    void inspectionFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onModelLoaded(const el::ModelInfo& info);
    void request();
    void onFailed(const EngineError& error);

    EngineService* m_engine;
    AttentionExplorer* m_explorer;
    QSpinBox* m_maxTokens;
    QLabel* m_caption;
    QString m_text;
    std::optional<QString> m_pair;
    QString m_label;
    bool m_dirty = true;
    quint64 m_shown = 0;
};

} // namespace elui
