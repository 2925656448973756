#include "AttentionPage.h"

#include "EngineService.h"
#include "ErrorText.h"
#include "attention/AttentionExplorer.h"

#include "Model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace elui {

AttentionPage::AttentionPage(EngineService* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_explorer(new AttentionExplorer), m_maxTokens(new QSpinBox),
      m_caption(new QLabel)
{
    setObjectName(QStringLiteral("attentionPage"));
    m_explorer->setObjectName(QStringLiteral("attentionExplorer"));
    m_maxTokens->setObjectName(QStringLiteral("attentionMaxTokens"));
    m_maxTokens->setRange(2, 512);
    m_maxTokens->setValue(512);
    m_maxTokens->setKeyboardTracking(false);
    m_maxTokens->setToolTip(tr("Longest input inspected, special tokens included. The model's declared max "
                               "length is the default; longer inputs reach up to what its position "
                               "embeddings allow."));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    auto* maxLabel = new QLabel(tr("Max &tokens:"));
    maxLabel->setBuddy(m_maxTokens);
    top->addWidget(maxLabel);
    top->addWidget(m_maxTokens);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_explorer, 1);

    connect(m_maxTokens, &QSpinBox::valueChanged, this, [this] {
        m_dirty = true;
        request();
    });
    connect(m_engine, &EngineService::modelLoaded, this, &AttentionPage::onModelLoaded);
    if (const el::ModelInfo* info = m_engine->modelInfo()) onModelLoaded(*info);
    m_caption->setText(tr("Attention of the selected sentence."));
}

int AttentionPage::maxTokens() const
{
    return m_maxTokens->value();
}

void AttentionPage::setMaxTokens(int tokens)
{
    m_maxTokens->setValue(tokens);
}

void AttentionPage::onModelLoaded(const el::ModelInfo& info)
{
    const int declared = int(std::max<int64_t>(2, info.maxLength));
    const int longest = int(std::max<int64_t>(declared, info.maxInputLength));
    const QSignalBlocker block(m_maxTokens);
    m_maxTokens->setRange(2, longest);
    m_maxTokens->setValue(declared);
    m_maxTokens->setSuffix(QString());
    m_maxTokens->setToolTip(tr("Longest input inspected, special tokens included: %1 by default (the model's max "
                               "length), up to %2 (its position embeddings).")
                                .arg(declared)
                                .arg(longest));
    m_dirty = true;
    request();
}

void AttentionPage::setSentence(const QString& text, const std::optional<QString>& pair, const QString& label)
{
    if (text == m_text && pair == m_pair && label == m_label && !m_dirty) return;
    const bool same = text == m_text && pair == m_pair;
    m_text = text;
    m_pair = pair;
    m_label = label;
    if (same && !m_dirty) return;
    m_dirty = true;
    request();
}

void AttentionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) request();
}

void AttentionPage::request()
{
    // Hidden tabs do no model work; the request is made when the tab is shown.
    if (!isVisible() || !m_engine->hasModel()) return;
    m_dirty = false;
    if (m_text.trimmed().isEmpty() && !m_pair) {
        m_engine->cancelTasks(QStringLiteral("attention"));
        m_explorer->clear();
        m_caption->setText(tr("Type a sentence to see its attention."));
        return;
    }
    const std::string a = m_text.toStdString();
    const std::optional<std::string> b = m_pair ? std::optional<std::string>(m_pair->toStdString()) : std::nullopt;
    const int64_t maxLength = m_maxTokens->value();
    const QString label = m_label;
    m_engine->runTask(
        QStringLiteral("attention"), this,
        [this, a, b, maxLength, label](const el::Model& model, const EngineService::StillWanted&) {
            auto inspection = std::make_shared<const el::Inspection>(
                model.inspect(a, b ? std::optional<std::string_view>(*b) : std::nullopt, true, maxLength));
            return EngineService::Delivery([this, inspection, label, maxLength] {
                const el::Encoding& enc = inspection->encoding;
                QString caption = tr("%1 · %n token(s)", nullptr, int(enc.size())).arg(label);
                if (enc.truncated)
                    caption += QStringLiteral(" · ") + tr("✂ cut at %1 tokens, %n dropped", nullptr,
                                                          int(enc.droppedTokens))
                                                           .arg(maxLength);
                m_caption->setText(caption);
                m_explorer->setInspection(inspection);
                ++m_shown;
                Q_EMIT inspectionShown();
            });
        },
        [this](const EngineError& error) { onFailed(error); });
}

void AttentionPage::onFailed(const EngineError& error)
{
    m_explorer->clear();
    const QString message = ErrorText::headline(error.code) + QLatin1Char(' ') + error.detail;
    m_caption->setText(message);
    Q_EMIT inspectionFailed(message);
}

} // namespace elui
