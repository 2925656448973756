#include "PoolingChoiceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace elui {

namespace {
constexpr int kMeanOfLast = -2; // layer combo data for "mean of the last N layers"

QVariant modesData(const std::vector<el::PoolingMode>& modes)
{
    QVariantList list;
    for (el::PoolingMode m : modes)
        list.push_back(int(m));
    return list;
}

QString modesName(const std::vector<el::PoolingMode>& modes)
{
    QStringList names;
    for (el::PoolingMode m : modes)
        names << QString::fromStdString(el::poolingName(m));
    return names.join(QStringLiteral(" + "));
}
} // namespace

PoolingChoiceEditor::PoolingChoiceEditor(const QString& title, QWidget* parent)
    : QGroupBox(title, parent), m_mode(new QComboBox), m_layer(new QComboBox), m_lastN(new QSpinBox),
      m_special(new QCheckBox(tr("Include special tokens"))),
      m_normalize(new QCheckBox(tr("Normalise (L2)"))), m_reset(new QPushButton(tr("Declared")))
{
    m_mode->setToolTip(tr("Pooling mode (sentence-transformers Pooling)"));
    m_layer->setToolTip(
        tr("Hidden state to pool: the embedding output, one layer, or the mean of the last N layers"));
    m_lastN->setPrefix(tr("N = "));
    m_lastN->setMinimum(1);
    m_special->setToolTip(tr("Pool over [CLS]/[SEP]-like tokens too (sentence-transformers does)"));
    m_normalize->setToolTip(tr("Divide the pooled vector by its length (matters for the dot product)"));
    m_reset->setToolTip(tr("Restore the model's declared pooling pipeline"));

    auto* layerRow = new QHBoxLayout;
    layerRow->setContentsMargins(0, 0, 0, 0);
    layerRow->addWidget(m_layer, 1);
    layerRow->addWidget(m_lastN);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Pooling:"), m_mode);
    form->addRow(tr("Layer:"), layerRow);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_special);
    checks->addWidget(m_normalize);
    checks->addStretch(1);
    checks->addWidget(m_reset);
    form->addRow(checks);

    auto emitChanged = [this] {
        updateEnabled();
        if (!m_updating) Q_EMIT changed();
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_layer, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_lastN, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_special, &QCheckBox::toggled, this, emitChanged);
    connect(m_normalize, &QCheckBox::toggled, this, emitChanged);
    connect(m_reset, &QPushButton::clicked, this, [this] { setChoice(m_declared); });
    setModel(0, {el::PoolingMode::Mean}, false);
}

void PoolingChoiceEditor::fillModes()
{
    m_mode->clear();
    const bool single = m_declared.modes.size() == 1;
    if (!single)
        m_mode->addItem(tr("%1 (declared)").arg(modesName(m_declared.modes)), modesData(m_declared.modes));
    for (el::PoolingMode m : el::allPoolingModes()) {
        const bool isDeclared = single && m_declared.modes.front() == m;
        const QString name = QString::fromStdString(el::poolingName(m));
        m_mode->addItem(isDeclared ? tr("%1 (declared)").arg(name) : name, modesData({m}));
    }
}

void PoolingChoiceEditor::fillLayers()
{
    m_layer->clear();
    m_layer->addItem(tr("Embeddings (0)"), 0);
    for (int l = 1; l <= m_layers; ++l)
        m_layer->addItem(l == m_layers ? tr("Layer %1 (last)").arg(l) : tr("Layer %1").arg(l), l);
    m_layer->addItem(tr("Mean of the last N layers"), kMeanOfLast);
    m_lastN->setMaximum(std::max(1, m_layers + 1));
}

void PoolingChoiceEditor::setModel(int layers, const std::vector<el::PoolingMode>& declaredModes,
                                   bool declaredNormalize)
{
    const el::PoolingChoice keep = choice();
    const bool wasDeclared = m_layers == 0 || keep == m_declared;
    m_updating = true;
    m_layers = std::max(0, layers);
    m_declared = el::declaredChoice(declaredModes, declaredNormalize);
    fillModes();
    fillLayers();
    m_updating = false;
    setChoice(wasDeclared ? m_declared : keep);
}

el::PoolingChoice PoolingChoiceEditor::choice() const
{
    el::PoolingChoice c;
    c.modes.clear();
    for (const QVariant& v : m_mode->currentData().toList())
        c.modes.push_back(el::PoolingMode(v.toInt()));
    if (c.modes.empty()) c.modes = m_declared.modes;
    const int layer = m_layer->currentData().toInt();
    if (layer == kMeanOfLast) {
        c.layer = -1;
        c.lastLayers = m_lastN->value();
    } else {
        c.layer = layer >= m_layers ? -1 : layer;
        c.lastLayers = 0;
    }
    c.includeSpecialTokens = m_special->isChecked();
    c.normalize = m_normalize->isChecked();
    return c;
}

void PoolingChoiceEditor::setChoice(const el::PoolingChoice& c)
{
    m_updating = true;
    const QVariant modes = modesData(c.modes);
    int modeIndex = m_mode->findData(modes);
    m_mode->setCurrentIndex(modeIndex >= 0 ? modeIndex : 0);
    if (c.lastLayers > 0) {
        m_layer->setCurrentIndex(m_layer->findData(kMeanOfLast));
        m_lastN->setValue(int(c.lastLayers));
    } else {
        const int layer = c.layer < 0 || c.layer > m_layers ? m_layers : int(c.layer);
        m_layer->setCurrentIndex(std::max(0, m_layer->findData(layer)));
    }
    m_special->setChecked(c.includeSpecialTokens);
    m_normalize->setChecked(c.normalize);
    m_updating = false;
    updateEnabled();
    Q_EMIT changed();
}

void PoolingChoiceEditor::updateEnabled()
{
    m_lastN->setVisible(m_layer->currentData().toInt() == kMeanOfLast);
    m_reset->setEnabled(!isDeclared());
}

QString PoolingChoiceEditor::describe(const el::PoolingChoice& c, int layers)
{
    QString layer;
    if (c.lastLayers > 0)
        layer = tr("mean of the last %n layer(s)", nullptr, int(c.lastLayers));
    else if (c.layer == 0)
        layer = tr("embedding output");
    else if (c.layer < 0 || c.layer >= layers)
        layer = tr("last layer");
    else
        layer = tr("layer %1").arg(c.layer);
    return tr("%1, %2, %3, %4")
        .arg(modesName(c.modes), layer,
             c.includeSpecialTokens ? tr("with special tokens") : tr("without special tokens"),
             c.normalize ? tr("normalised") : tr("not normalised"));
}

} // namespace elui
