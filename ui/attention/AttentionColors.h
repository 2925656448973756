#pragma once
// Colours of the attention explorer: a 256-entry lookup table of the sequential (viridis) map the
// rest of the workbench uses (ColorMap), so an image of 512 x 512 cells is one table look-up per
// pixel; and one distinct colour per head for the head view.

#include <QColor>
#include <QList>
#include <QRgb>

namespace elui {

class AttentionColors
{
public:
    static constexpr int kLutSize = 256;

    // Viridis from dark (0) to bright (kLutSize - 1); readable on light and dark palettes because
    // it never approaches either background's colour at both ends.
    static const QList<QRgb>& sequentialLut();
    // LUT index of value within [0, maximum] (clamped; NaN maps to 0).
    static int lutIndex(float value, float maximum);

    // A colour for head `head` of `heads`: a qualitative table (Tableau 10 + 2) for up to 12
    // heads, evenly spaced hues beyond.
    static QColor headColor(int head, int heads);
};

} // namespace elui
