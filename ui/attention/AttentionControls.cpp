#include "AttentionControls.h"

#include "AttentionHeadSwatches.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace elui {

AttentionControls::AttentionControls(QWidget* parent) : QWidget(parent)
{
    auto* layerLabel = new QLabel(tr("&Layer"), this);
    m_layerSpin = new QSpinBox(this);
    m_layerSpin->setObjectName(QStringLiteral("attentionLayerSpin"));
    m_layerSpin->setToolTip(tr("Layer shown (0 = first encoder layer)"));
    layerLabel->setBuddy(m_layerSpin);
    m_layerSlider = new QSlider(Qt::Horizontal, this);
    m_layerSlider->setObjectName(QStringLiteral("attentionLayerSlider"));
    m_layerSlider->setToolTip(m_layerSpin->toolTip());
    m_layerSlider->setPageStep(1);
    m_layerSlider->setTickPosition(QSlider::TicksBelow);
    m_layerSlider->setMinimumWidth(80);

    auto* headLabel = new QLabel(tr("&Head"), this);
    m_headCombo = new QComboBox(this);
    m_headCombo->setObjectName(QStringLiteral("attentionHeadCombo"));
    m_headCombo->setToolTip(tr("One head, or the mean / maximum over the checked heads"));
    headLabel->setBuddy(m_headCombo);

    m_allLayers = new QCheckBox(tr("All l&ayers"), this);
    m_allLayers->setObjectName(QStringLiteral("attentionAllLayers"));
    m_allLayers->setToolTip(tr("Aggregate the chosen heads over every layer instead of one"));
    m_rollout = new QCheckBox(tr("&Rollout"), this);
    m_rollout->setObjectName(QStringLiteral("attentionRollout"));
    m_rollout->setToolTip(tr("Attention rollout (Abnar & Zuidema 2020) through layers 0 to the chosen layer: "
                             "per layer the chosen heads are fused, the identity is added for the residual "
                             "connection, rows are renormalised, and the layers are multiplied"));
    m_hideSpecial = new QCheckBox(tr("Hide &special tokens"), this);
    m_hideSpecial->setObjectName(QStringLiteral("attentionHideSpecial"));
    m_hideSpecial->setToolTip(tr("Drop [CLS], [SEP] and the like, then renormalise every row to sum to 1"));

    auto* mergeLabel = new QLabel(tr("&Merge"), this);
    m_mergeCombo = new QComboBox(this);
    m_mergeCombo->setObjectName(QStringLiteral("attentionMergeCombo"));
    m_mergeCombo->addItem(tr("Subword tokens"), int(el::WordMerge::None));
    m_mergeCombo->addItem(tr("Words, mean of pieces"), int(el::WordMerge::Mean));
    m_mergeCombo->addItem(tr("Words, first piece"), int(el::WordMerge::First));
    m_mergeCombo->addItem(tr("Words, max of pieces"), int(el::WordMerge::Max));
    m_mergeCombo->addItem(tr("Words, sum of pieces"), int(el::WordMerge::Sum));
    m_mergeCombo->setToolTip(
        tr("Merge subword pieces into words. Attention to a word is the sum over its pieces "
           "(probability mass); attention from a word combines its pieces' rows by the "
           "chosen rule (mean and first keep rows summing to 1)."));
    mergeLabel->setBuddy(m_mergeCombo);

    m_swatches = new AttentionHeadSwatches(this);

    auto* row = new QHBoxLayout;
    row->addWidget(layerLabel);
    row->addWidget(m_layerSpin);
    row->addWidget(m_layerSlider, 1);
    row->addSpacing(8);
    row->addWidget(headLabel);
    row->addWidget(m_headCombo);
    row->addWidget(m_allLayers);
    row->addWidget(m_rollout);
    // Token options on a second row, so the explorer fits beside the sentence list.
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_hideSpecial);
    tokenRow->addSpacing(8);
    tokenRow->addWidget(mergeLabel);
    tokenRow->addWidget(m_mergeCombo);
    tokenRow->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addLayout(tokenRow);
    column->addWidget(m_swatches);

    auto notify = [this] {
        if (m_updating) return;
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_layerSpin, &QSpinBox::valueChanged, this, [this, notify](int v) {
        const QSignalBlocker block(m_layerSlider);
        m_layerSlider->setValue(v);
        notify();
    });
    connect(m_layerSlider, &QSlider::valueChanged, m_layerSpin, &QSpinBox::setValue);
    connect(m_headCombo, &QComboBox::currentIndexChanged, this, notify);
    connect(m_allLayers, &QCheckBox::toggled, this, notify);
    connect(m_rollout, &QCheckBox::toggled, this, notify);
    connect(m_hideSpecial, &QCheckBox::toggled, this, notify);
    connect(m_mergeCombo, &QComboBox::currentIndexChanged, this, notify);
    connect(m_swatches, &AttentionHeadSwatches::checkedHeadsChanged, this, [this, notify] {
        // Only aggregates depend on the checked heads (the head view listens to the swatches itself).
        if (head() < 0) notify();
    });
    setShape(0, 0);
}

void AttentionControls::setShape(int layers, int heads)
{
    m_updating = true;
    const int oldHead = head();
    if (layers != m_layers) {
        m_layerSpin->setRange(0, std::max(0, layers - 1));
        m_layerSlider->setRange(0, std::max(0, layers - 1));
    }
    if (heads != m_heads) {
        m_headCombo->clear();
        for (int h = 0; h < heads; ++h)
            m_headCombo->addItem(tr("Head %1").arg(h), h);
        m_headCombo->addItem(tr("Mean of heads"), MeanOfHeads);
        m_headCombo->addItem(tr("Max of heads"), MaxOfHeads);
        const int restore = m_headCombo->findData(oldHead < heads ? oldHead : 0);
        m_headCombo->setCurrentIndex(std::max(0, restore));
        m_swatches->setHeadCount(heads);
    }
    m_layers = layers;
    m_heads = heads;
    m_updating = false;
    updateEnabled();
}

int AttentionControls::layer() const
{
    return m_layerSpin->value();
}

void AttentionControls::setLayer(int layer)
{
    m_layerSpin->setValue(layer);
}

int AttentionControls::head() const
{
    return m_headCombo->currentIndex() < 0 ? 0 : m_headCombo->currentData().toInt();
}

void AttentionControls::setHead(int head)
{
    const int index = m_headCombo->findData(head);
    if (index >= 0) m_headCombo->setCurrentIndex(index);
}

bool AttentionControls::allLayers() const
{
    return m_allLayers->isChecked();
}
void AttentionControls::setAllLayers(bool on)
{
    m_allLayers->setChecked(on);
}
bool AttentionControls::rollout() const
{
    return m_rollout->isChecked();
}
void AttentionControls::setRollout(bool on)
{
    m_rollout->setChecked(on);
}
bool AttentionControls::hideSpecial() const
{
    return m_hideSpecial->isChecked();
}
void AttentionControls::setHideSpecial(bool on)
{
    m_hideSpecial->setChecked(on);
}

el::WordMerge AttentionControls::merge() const
{
    return el::WordMerge(m_mergeCombo->currentData().toInt());
}

void AttentionControls::setMerge(el::WordMerge merge)
{
    const int index = m_mergeCombo->findData(int(merge));
    if (index >= 0) m_mergeCombo->setCurrentIndex(index);
}

QList<int> AttentionControls::checkedHeads() const
{
    return m_swatches->checkedHeads();
}

void AttentionControls::updateEnabled()
{
    // Rollout always runs through layers 0..layer, so "all layers" has no meaning there.
    m_allLayers->setEnabled(!rollout());
}

bool AttentionControls::valid() const
{
    return m_layers > 0 && m_heads > 0 && (head() >= 0 || !checkedHeads().isEmpty());
}

el::AttentionQuery AttentionControls::query() const
{
    el::AttentionQuery q;
    const int h = head();
    if (h >= 0) {
        q.heads = {h};
    } else {
        for (int checked : checkedHeads())
            q.heads.push_back(checked);
        q.reduce = h == MaxOfHeads ? el::AttentionReduce::Max : el::AttentionReduce::Mean;
    }
    q.rollout = rollout();
    if (q.rollout) {
        q.layers = el::allIndices(layer() + 1);
    } else if (allLayers()) {
        q.layers = el::allIndices(m_layers);
    } else {
        q.layers = {layer()};
    }
    q.tokens.hideSpecial = hideSpecial();
    q.tokens.merge = merge();
    return q;
}

QString AttentionControls::describe() const
{
    const int h = head();
    const int checked = int(checkedHeads().size());
    QString heads = h >= 0            ? tr("head %1").arg(h)
                    : h == MaxOfHeads ? tr("max of %n head(s)", nullptr, checked)
                                      : tr("mean of %n head(s)", nullptr, checked);
    QString text;
    if (rollout())
        text = tr("Rollout through layer %1 (%2)").arg(layer()).arg(heads);
    else if (allLayers())
        text = tr("All layers, %1").arg(heads);
    else
        text = tr("Layer %1, %2").arg(layer()).arg(heads);
    if (hideSpecial()) text += tr(", special tokens hidden");
    if (merge() != el::WordMerge::None) text += QStringLiteral(", ") + m_mergeCombo->currentText().toLower();
    return text;
}

} // namespace elui
