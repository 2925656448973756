#pragma once
// The attention explorer's controls: layer (spin box + slider), head (one head, mean or max of
// the checked heads), all layers, rollout, hide special tokens, subword merge, and the head
// swatches. It turns them into an el::AttentionQuery; it knows nothing of the data.

#include "analysis/AttentionQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace elui {

class AttentionHeadSwatches;

class AttentionControls : public QWidget
{
    Q_OBJECT
public:
    // Values of head() besides a head index.
    static constexpr int MeanOfHeads = -1;
    static constexpr int MaxOfHeads = -2;

    explicit AttentionControls(QWidget* parent = nullptr);

    // Keeps the current choices when they still fit.
    void setShape(int layers, int heads);
    int layerCount() const { return m_layers; }
    int headCount() const { return m_heads; }

    int layer() const;
    void setLayer(int layer);
    int head() const; // >= 0, MeanOfHeads or MaxOfHeads
    void setHead(int head);
    bool allLayers() const;
    void setAllLayers(bool on);
    bool rollout() const;
    void setRollout(bool on);
    bool hideSpecial() const;
    void setHideSpecial(bool on);
    el::WordMerge merge() const;
    void setMerge(el::WordMerge merge);
    QList<int> checkedHeads() const;
    AttentionHeadSwatches* swatches() const { return m_swatches; }

    // What the heatmap shows. Mean/max of heads use the checked heads; rollout runs through
    // layers 0..layer(); valid() is false when no head is checked for an aggregate.
    el::AttentionQuery query() const;
    bool valid() const;
    // A short human description, e.g. "Layer 3 · mean of 12 heads · special tokens hidden".
    QString describe() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    int m_layers = 0;
    int m_heads = 0;
    QSpinBox* m_layerSpin;
    QSlider* m_layerSlider;
    QComboBox* m_headCombo;
    QCheckBox* m_allLayers;
    QCheckBox* m_rollout;
    QCheckBox* m_hideSpecial;
    QComboBox* m_mergeCombo;
    AttentionHeadSwatches* m_swatches;
    bool m_updating = false;
};

} // namespace elui
