#pragma once
// The controls of one pooling choice in the pooling lab: pooling mode, layer (embeddings, any
// layer, or the mean of the last N), special tokens in or out, normalisation. The model's declared
// pooling is marked "(declared)" in the mode list, and "Declared" restores the declared pipeline.

#include "analysis/PoolingChoice.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace elui {

class PoolingChoiceEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit PoolingChoiceEditor(const QString& title, QWidget* parent = nullptr);

    // layers: encoder layers (hidden states are 0..layers). Keeps the current choice when it fits.
    void setModel(int layers, const std::vector<el::PoolingMode>& declaredModes, bool declaredNormalize);
    el::PoolingChoice choice() const;
    void setChoice(const el::PoolingChoice& choice);
    el::PoolingChoice declared() const { return m_declared; }
    bool isDeclared() const { return choice() == m_declared; }
    // "mean, last layer, with special tokens, normalised"
    static QString describe(const el::PoolingChoice& choice, int layers);

    QComboBox* modeBox() const { return m_mode; }
    QComboBox* layerBox() const { return m_layer; }
    QSpinBox* lastLayersBox() const { return m_lastN; }
    QCheckBox* specialBox() const { return m_special; }
    QCheckBox* normalizeBox() const { return m_normalize; }

Q_SIGNALS:
    void changed();

private:
    void fillModes();
    void fillLayers();
    void updateEnabled();

    QComboBox* m_mode;
    QComboBox* m_layer;
    QSpinBox* m_lastN;
    QCheckBox* m_special;
    QCheckBox* m_normalize;
    QPushButton* m_reset;
    int m_layers = 0;
    el::PoolingChoice m_declared;
    bool m_updating = false;
};

} // namespace elui
