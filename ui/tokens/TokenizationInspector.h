#pragma once
// The Tokens tab: how the model's tokenizer turns the selected sentence (or A/B pair) into tokens,
// stage by stage — the text as typed, the normalized text, the pre-token splits, the pieces with
// their ids (chips) and every field of the encoding (table), with counts, fertility (pieces per
// word) and the truncation cut. Hovering a piece highlights its characters in the text and hovering
// the text highlights the pieces. "Compare with…" loads a second model folder's tokenizer (off the
// GUI thread) and shows its tokens beside.
//
// Tokenization runs on the engine's worker (runTask channel "tokens"); the second tokenizer runs on
// the global thread pool. Neither blocks the GUI thread.

#include "Encoding.h"
#include "ViewExporter.h"

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace el {
class Tokenizer;
struct ModelInfo;
}

namespace elui {

class EngineService;
class TokenPanel;
class TokenTableModel;
class TokenTextView;
struct EngineError;

class TokenizationInspector : public QWidget
{
    Q_OBJECT
public:
    // tokens: the model the primary chips and table read (owned by the caller).
    TokenizationInspector(EngineService* engine, TokenTableModel* tokens, QWidget* parent = nullptr);
    ~TokenizationInspector() override;

    void setSentence(const QString& text, const std::optional<QString>& pair, const QString& label);

    TokenTableModel* model() const { return m_tokens; }
    TokenTableModel* compareModel() const { return m_compareTokens; }
    TokenPanel* panel() const { return m_panel; }
    TokenPanel* comparePanel() const { return m_comparePanel; }
    TokenTextView* textView() const { return m_textView; }
    TokenTextView* pairView() const { return m_pairView; }
    QCheckBox* whitespaceBox() const { return m_showWhitespace; }

    QString normalizedText() const { return QString::fromStdString(m_trace.normalized); }
    QStringList preTokens() const;
    int wordCount() const { return m_words; }
    // Pieces (non-special tokens) per whitespace-separated word of the text(s); 0 without words.
    double fertility() const;
    QString statsText() const;

    // What hovering does, callable directly: a token's characters light up in the text (-1 clears);
    // a character (code point index in text A or B) lights up the tokens covering it.
    void highlightToken(int row);
    void highlightCharacter(int sequence, int codePoint);

    // Load a second model folder's tokenizer in the background and show its tokens beside.
    void compareWith(const QString& folder);
    void stopComparing();
    bool isComparing() const { return bool(m_compareTokenizer); }
    QString compareFolder() const { return m_compareFolder; }

    // Copy Image / Save PNG / SVG of the chips, CSV of the token table.
    QList<QAction*> exportActions() const { return {m_exporter->menuAction()}; }
    ViewExporter* exporter() const { return m_exporter; }

Q_SIGNALS:
    void tokensShown();
    void comparisonShown();
    void compareFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded;
    struct Compared;
    void request();
    void show(const el::Encoding& encoding, const el::TokenizationTrace& trace, const QString& text,
              const std::optional<QString>& pair, const QString& label);
    void onFailed(const EngineError& error);
    void refreshTrace();
    void chooseCompareFolder();
    void onCompareLoaded();
    void encodeComparison();
    void onCompared();

    EngineService* m_engine;
    TokenTableModel* m_tokens;
    TokenTableModel* m_compareTokens;
    TokenPanel* m_panel;
    TokenPanel* m_comparePanel;
    QWidget* m_comparePane;
    QLabel* m_compareCaption;
    QLabel* m_stats;
    TokenTextView* m_textView;
    TokenTextView* m_pairView;
    QLabel* m_pairLabel;
    QLabel* m_normalized;
    QLabel* m_preTokens;
    QCheckBox* m_showWhitespace;
    QCheckBox* m_showIds;
    QPushButton* m_compareButton;
    ViewExporter* m_exporter = nullptr;

    QString m_text;
    std::optional<QString> m_pair;
    QString m_label;
    el::TokenizationTrace m_trace;
    int m_words = 0;

    std::shared_ptr<const el::Tokenizer> m_compareTokenizer;
    bool m_compareLowerCase = false; // the compared folder's do_lower_case
    QString m_compareFolder;
    QString m_compareName;
    QFutureWatcher<std::shared_ptr<Loaded>> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<Compared>> m_encodeWatcher;
    quint64 m_compareGeneration = 0;
};

} // namespace elui
