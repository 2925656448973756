#include "TokenizationInspector.h"

#include "AnalysisJob.h"
#include "EngineService.h"
#include "ErrorText.h"
#include "TokenChipsView.h"
#include "TokenPanel.h"
#include "TokenTableModel.h"
#include "tokens/PieceText.h"
#include "tokens/TokenTextView.h"
#include "ViewExporter.h"

#include "Error.h"
#include "Model.h"
#include "Tokenizer.h"
#include "config/SentenceTransformerConfig.h"
#include "model/PythonText.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <filesystem>
#include <set>

namespace elui {

struct TokenizationInspector::Loaded
{
    std::shared_ptr<const el::Tokenizer> tokenizer;
    bool lowerCase = false; // the folder's sentence_*_config.json do_lower_case
    QString error;
};

struct TokenizationInspector::Compared
{
    quint64 generation = 0;
    el::Encoding encoding;
    QString text;
    QString pair;
    QString error;
};

namespace {

QLabel* valueLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::RichText);
    return label;
}

int countWords(const QString& text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

int countPieces(const el::Encoding& enc)
{
    int pieces = 0;
    for (size_t i = 0; i < enc.size(); ++i)
        if (i >= enc.specialTokensMask.size() || !enc.specialTokensMask[i]) ++pieces;
    return pieces;
}

// Pieces of the whole text(s), the dropped ones included: fertility is about the tokenizer, not the
// model's max length.
int countAllPieces(const el::Encoding& enc)
{
    const int kept = countPieces(enc);
    if (!enc.truncated) return kept;
    const int specials = int(enc.size()) - kept;
    return std::max(kept, int(enc.untruncatedLength) - specials);
}

} // namespace

TokenizationInspector::TokenizationInspector(EngineService* engine, TokenTableModel* tokens, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_tokens(tokens), m_compareTokens(new TokenTableModel(this)),
      m_panel(new TokenPanel(tokens)), m_comparePanel(new TokenPanel(m_compareTokens)), m_comparePane(new QWidget),
      m_compareCaption(new QLabel), m_stats(new QLabel), m_textView(new TokenTextView), m_pairView(new TokenTextView),
      m_pairLabel(new QLabel(tr("Text B:"))), m_normalized(valueLabel()), m_preTokens(valueLabel()),
      m_showWhitespace(new QCheckBox(tr("Show &whitespace"))), m_showIds(new QCheckBox(tr("Show &IDs"))),
      m_compareButton(new QPushButton(tr("&Compare with…")))
{
    setObjectName(QStringLiteral("tokenizationInspector"));
    m_textView->setObjectName(QStringLiteral("tokenTextA"));
    m_pairView->setObjectName(QStringLiteral("tokenTextB"));
    m_comparePanel->setObjectName(QStringLiteral("compareTokenPanel"));
    m_compareButton->setObjectName(QStringLiteral("compareTokenizerButton"));
    m_compareButton->setToolTip(tr("Tokenize the same sentence with another model folder's tokenizer, side by side"));
    m_showWhitespace->setToolTip(tr("Draw spaces as · and word-start markers (Ġ, ▁) as ␣"));
    m_showIds->setChecked(true);
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* options = new QHBoxLayout;
    options->addWidget(m_stats, 1);
    options->addWidget(m_showWhitespace);
    options->addWidget(m_showIds);
    options->addWidget(m_compareButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Text A:"), m_textView);
    form->addRow(m_pairLabel, m_pairView);
    form->addRow(tr("Normalized:"), m_normalized);
    form->addRow(tr("Pre-tokens:"), m_preTokens);
    auto* info = new QWidget;
    info->setLayout(form);
    auto* infoScroll = new QScrollArea;
    infoScroll->setWidget(info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);
    infoScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* closeCompare = new QToolButton;
    closeCompare->setText(QStringLiteral("✕"));
    closeCompare->setAutoRaise(true);
    closeCompare->setToolTip(tr("Stop comparing"));
    connect(closeCompare, &QToolButton::clicked, this, &TokenizationInspector::stopComparing);
    m_compareCaption->setWordWrap(true);
    auto* compareHeader = new QHBoxLayout;
    compareHeader->addWidget(m_compareCaption, 1);
    compareHeader->addWidget(closeCompare);
    auto* compareLayout = new QVBoxLayout(m_comparePane);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addLayout(compareHeader);
    compareLayout->addWidget(m_comparePanel, 1);
    m_comparePane->hide();

    auto* sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(m_panel);
    sideBySide->addWidget(m_comparePane);
    sideBySide->setChildrenCollapsible(false);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(infoScroll);
    vertical->addWidget(sideBySide);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({150, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(options);
    layout->addWidget(vertical, 1);

    m_pairLabel->hide();
    m_pairView->hide();

    // Hover linking both ways.
    connect(m_panel->chips(), &TokenChipsView::tokenHovered, this, &TokenizationInspector::highlightToken);
    connect(m_textView, &TokenTextView::characterHovered, this, [this](int cp) { highlightCharacter(0, cp); });
    connect(m_pairView, &TokenTextView::characterHovered, this, [this](int cp) { highlightCharacter(1, cp); });
    connect(m_showWhitespace, &QCheckBox::toggled, this, [this](bool on) {
        m_panel->chips()->setShowWhitespace(on);
        m_comparePanel->chips()->setShowWhitespace(on);
        refreshTrace();
    });
    connect(m_showIds, &QCheckBox::toggled, this, [this](bool on) {
        m_panel->chips()->setShowIds(on);
        m_comparePanel->chips()->setShowIds(on);
    });
    connect(m_compareButton, &QPushButton::clicked, this, &TokenizationInspector::chooseCompareFolder);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this,
            &TokenizationInspector::onCompareLoaded);
    connect(&m_encodeWatcher, &QFutureWatcher<std::shared_ptr<Compared>>::finished, this,
            &TokenizationInspector::onCompared);
    connect(m_engine, &EngineService::modelLoaded, this, [this] { request(); });

    m_exporter = new ViewExporter(tr("Tokens"), QStringLiteral("tokens"),
                                  {[this] { return static_cast<QWidget*>(m_panel->chips()); },
                                   [this] { return static_cast<const QAbstractItemModel*>(m_tokens); },
                                   {},
                                   [this] { return m_tokens->rowCount() > 0; }},
                                  this);
    m_stats->setText(tr("Tokens of the selected sentence."));
}

TokenizationInspector::~TokenizationInspector()
{
    // Background loads and encodings only hold shared data; never deliver them to a dead widget.
    m_loadWatcher.disconnect(this);
    m_encodeWatcher.disconnect(this);
}

void TokenizationInspector::setSentence(const QString& text, const std::optional<QString>& pair, const QString& label)
{
    if (text == m_text && pair == m_pair && label == m_label && m_tokens->rowCount() > 0) return;
    m_text = text;
    m_pair = pair;
    m_label = label;
    request();
    encodeComparison();
}

void TokenizationInspector::request()
{
    if (!m_engine->hasModel()) return;
    const QString text = m_text;
    const std::optional<QString> pair = m_pair;
    const QString label = m_label;
    m_engine->runTask(
        QStringLiteral("tokens"), this,
        [this, text, pair, label](const el::Model& model, const EngineService::StillWanted&) {
            const std::string a = text.toStdString();
            const std::optional<std::string> b = pair ? std::optional<std::string>(pair->toStdString()) : std::nullopt;
            el::Encoding encoding = model.tokenize(a, b ? std::optional<std::string_view>(*b) : std::nullopt);
            AnalysisJob::alignOffsetsToTypedText(encoding, text, b ? 0 : -1);
            if (pair) AnalysisJob::alignOffsetsToTypedText(encoding, *pair, 1);
            el::TokenizationTrace trace = model.tokenizer().trace(a);
            return EngineService::Delivery([this, encoding = std::move(encoding), trace = std::move(trace), text, pair,
                                            label] { show(encoding, trace, text, pair, label); });
        },
        [this](const EngineError& error) { onFailed(error); });
}

void TokenizationInspector::show(const el::Encoding& encoding, const el::TokenizationTrace& trace,
                                 const QString& text, const std::optional<QString>& pair, const QString& label)
{
    m_trace = trace;
    m_tokens->setEncoding(encoding, text, pair.value_or(QString()));

    // Where the model stops reading each text: the end of its last kept token.
    int cutA = -1, cutB = -1;
    if (encoding.truncated) {
        int64_t endA = 0, endB = 0;
        for (size_t i = 0; i < encoding.size(); ++i) {
            if (i < encoding.specialTokensMask.size() && encoding.specialTokensMask[i]) continue;
            const int seq = i < encoding.sequenceIds.size() ? encoding.sequenceIds[i] : 0;
            (seq == 1 ? endB : endA) = std::max(seq == 1 ? endB : endA, encoding.offsets[i].second);
        }
        if (endA < text.toUcs4().size()) cutA = int(endA);
        if (pair && endB < pair->toUcs4().size()) cutB = int(endB);
    }
    m_textView->setPlainTextWithCut(text, cutA);
    m_pairView->setPlainTextWithCut(pair.value_or(QString()), cutB);
    m_pairView->setVisible(bool(pair));
    m_pairLabel->setVisible(bool(pair));
    refreshTrace();

    m_words = countWords(text) + (pair ? countWords(*pair) : 0);
    m_stats->setText(statsText());
    QString caption = tr("%1 · %n token(s)", nullptr, int(encoding.size())).arg(label);
    if (pair) caption += QStringLiteral(" · ") + tr("A/B pair");
    m_panel->setCaption(caption);
    Q_EMIT tokensShown();
}

QString TokenizationInspector::statsText() const
{
    const el::Encoding& enc = m_tokens->encoding();
    if (enc.size() == 0) return tr("No tokens.");
    const QLocale locale;
    const int pieces = countAllPieces(enc);
    int unknown = 0;
    for (int r = 0; r < m_tokens->rowCount(); ++r)
        if (m_tokens->kind(r) == TokenTableModel::Kind::Unknown) ++unknown;
    QStringList parts;
    parts << tr("%n token(s)", nullptr, int(enc.size()));
    parts << tr("%n piece(s) for %1 word(s)", nullptr, pieces).arg(m_words);
    if (m_words > 0) parts << tr("fertility %1").arg(locale.toString(fertility(), 'f', 2));
    parts << tr("%n pre-token(s)", nullptr, int(m_trace.preTokens.size()));
    if (unknown > 0) parts << tr("%n unknown", nullptr, unknown);
    if (enc.truncated)
        parts << tr("✂ cut at %1 tokens: %n dropped", nullptr, int(enc.droppedTokens)).arg(enc.size());
    return parts.join(QStringLiteral(" · "));
}

double TokenizationInspector::fertility() const
{
    if (m_words <= 0) return 0.0;
    return double(countAllPieces(m_tokens->encoding())) / double(m_words);
}

QStringList TokenizationInspector::preTokens() const
{
    QStringList out;
    for (const std::string& p : m_trace.preTokens) out << QString::fromStdString(p);
    return out;
}

void TokenizationInspector::refreshTrace()
{
    const bool visible = m_showWhitespace->isChecked();
    auto shown = [visible](const QString& s) { return (visible ? PieceText::visibleWhitespace(s) : s).toHtmlEscaped(); };
    m_normalized->setText(shown(normalizedText()));
    QStringList cells;
    const QString sep = QStringLiteral(" <span style=\"color:%1\">│</span> ")
                            .arg(palette().color(QPalette::PlaceholderText).name());
    for (const QString& p : preTokens()) cells << shown(p);
    m_preTokens->setText(cells.join(sep));
}

void TokenizationInspector::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The pre-token separators are coloured from the palette: follow a light/dark switch.
    if (event->type() == QEvent::PaletteChange) refreshTrace();
}

void TokenizationInspector::onFailed(const EngineError& error)
{
    m_tokens->clear();
    m_stats->setText(ErrorText::headline(error.code) + QLatin1Char(' ') + error.detail);
}

void TokenizationInspector::highlightToken(int row)
{
    QList<QPair<int, int>> a, b;
    if (row >= 0 && row < m_tokens->rowCount() && m_tokens->kind(row) != TokenTableModel::Kind::Special) {
        const auto& offset = m_tokens->encoding().offsets[size_t(row)];
        (m_tokens->sequence(row) == 1 ? b : a).push_back({int(offset.first), int(offset.second)});
    }
    m_textView->setHighlightedRanges(a);
    m_pairView->setHighlightedRanges(b);
}

void TokenizationInspector::highlightCharacter(int sequence, int codePoint)
{
    QList<int> rows;
    const el::Encoding& enc = m_tokens->encoding();
    for (int r = 0; codePoint >= 0 && r < m_tokens->rowCount(); ++r) {
        if (m_tokens->kind(r) == TokenTableModel::Kind::Special || m_tokens->sequence(r) != sequence) continue;
        const auto& offset = enc.offsets[size_t(r)];
        if (codePoint >= offset.first && codePoint < offset.second) rows.push_back(r);
    }
    m_panel->chips()->setHighlightedTokens(rows);
    // The pieces' own characters light up too, so a hovered character shows its whole piece.
    QList<QPair<int, int>> ranges;
    for (int r : rows) ranges.push_back({int(enc.offsets[size_t(r)].first), int(enc.offsets[size_t(r)].second)});
    (sequence == 1 ? m_pairView : m_textView)->setHighlightedRanges(ranges);
}

void TokenizationInspector::chooseCompareFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare with Model Folder"), m_compareFolder);
    if (!folder.isEmpty()) compareWith(folder);
}

void TokenizationInspector::compareWith(const QString& folder)
{
    m_compareFolder = folder;
    m_compareName = QFileInfo(folder).fileName();
    m_comparePane->show();
    m_compareCaption->setText(tr("Loading the tokenizer of %1…").arg(m_compareName));
    m_compareTokens->clear();
    const std::string path = QDir(folder).absolutePath().toStdString();
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        auto out = std::make_shared<Loaded>();
        try {
            // A sentence-transformers folder says where its tokenizer is and whether the text is
            // lowercased before it; any other folder is read as a bare tokenizer.
            std::filesystem::path dir = path;
            try {
                const el::SentenceTransformerConfig st = el::SentenceTransformerConfig::load(path);
                dir = st.transformerDir;
                out->lowerCase = st.doLowerCase;
            } catch (const el::Error&) {
            }
            out->tokenizer = std::shared_ptr<const el::Tokenizer>(el::Tokenizer::load(dir));
        } catch (const el::Error& e) {
            out->error = QString::fromStdString(e.describe());
        } catch (const std::exception& e) {
            out->error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void TokenizationInspector::onCompareLoaded()
{
    const std::shared_ptr<Loaded> loaded = m_loadWatcher.result();
    if (!loaded->tokenizer) {
        m_compareTokenizer.reset();
        const QString message = tr("Could not load the tokenizer of %1: %2").arg(m_compareName, loaded->error);
        m_compareCaption->setText(message);
        Q_EMIT compareFailed(message);
        return;
    }
    m_compareTokenizer = loaded->tokenizer;
    m_compareLowerCase = loaded->lowerCase;
    encodeComparison();
}

void TokenizationInspector::stopComparing()
{
    ++m_compareGeneration;
    m_compareTokenizer.reset();
    m_compareFolder.clear();
    m_compareTokens->clear();
    m_comparePane->hide();
}

void TokenizationInspector::encodeComparison()
{
    if (!m_compareTokenizer) return;
    const quint64 generation = ++m_compareGeneration;
    auto tokenizer = m_compareTokenizer;
    const QString text = m_text;
    const QString pair = m_pair.value_or(QString());
    const bool hasPair = bool(m_pair);
    const bool lower = m_compareLowerCase;
    m_encodeWatcher.setFuture(QtConcurrent::run([tokenizer, text, pair, hasPair, lower, generation] {
        auto out = std::make_shared<Compared>();
        out->generation = generation;
        out->text = text;
        out->pair = pair;
        try {
            // As sentence-transformers feeds it: stripped, lowercased when the folder says so,
            // untruncated (the folder's max length is the model's business, not the tokenizer's).
            auto prepare = [lower](const QString& t) {
                const std::string stripped = el::pythonStrip(t.toStdString());
                return lower ? el::pythonLower(stripped) : stripped;
            };
            out->encoding = tokenizer->encode(prepare(text),
                                              hasPair ? std::optional<std::string>(prepare(pair)) : std::nullopt,
                                              el::TruncationOptions{});
            AnalysisJob::alignOffsetsToTypedText(out->encoding, text, hasPair ? 0 : -1);
            if (hasPair) AnalysisJob::alignOffsetsToTypedText(out->encoding, pair, 1);
        } catch (const std::exception& e) {
            out->error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void TokenizationInspector::onCompared()
{
    const std::shared_ptr<Compared> out = m_encodeWatcher.result();
    if (out->generation != m_compareGeneration) return;
    if (!out->error.isEmpty()) {
        m_compareCaption->setText(out->error);
        return;
    }
    m_compareTokens->setEncoding(out->encoding, out->text, out->pair);
    const int pieces = countPieces(out->encoding);
    const int primary = int(m_tokens->encoding().size());
    const int diff = int(out->encoding.size()) - primary;
    QString text = tr("%1 · %n token(s)", nullptr, int(out->encoding.size())).arg(m_compareName);
    if (m_words > 0)
        text += QStringLiteral(" · ") +
                tr("fertility %1").arg(QLocale().toString(double(pieces) / double(m_words), 'f', 2));
    if (primary > 0) text += QStringLiteral(" · ") + tr("%1 vs this model").arg(QLocale().toString(diff).prepend(diff > 0 ? QStringLiteral("+") : QString()));
    m_compareCaption->setText(text);
    m_comparePanel->setCaption(tr("Tokens by %1 (tokenizer only, untruncated)").arg(m_compareName));
    Q_EMIT comparisonShown();
}

} // namespace elui
