#pragma once
// Colour maps for heatmaps that stay readable on light and dark palettes: a diverging map for
// signed values (cosine similarity) whose neutral middle follows the palette's base colour, and a
// sequential map (viridis) for probabilities such as attention weights.

#include <QColor>
#include <QPalette>

namespace elui {

class ColorMap
{
public:
    enum class Kind { Diverging, Sequential };

    // Diverging over [minimum, maximum] with the neutral colour at 0 (cosine: -1..1).
    static ColorMap diverging(const QPalette& palette, double minimum = -1.0, double maximum = 1.0);
    // Sequential over [minimum, maximum].
    static ColorMap sequential(double minimum = 0.0, double maximum = 1.0);

    QColor color(double value) const;
    // Black or white, whichever reads better on background.
    static QColor textColorOn(const QColor& background);

    Kind kind() const { return m_kind; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

private:
    Kind m_kind = Kind::Sequential;
    double m_min = 0.0;
    double m_max = 1.0;
    QColor m_neutral;
    QColor m_positive;
    QColor m_negative;
};

} // namespace elui
