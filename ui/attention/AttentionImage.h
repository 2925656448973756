#pragma once
// QImages of attention matrices: one pixel per cell for the heatmap (drawn scaled, without
// smoothing, so a 512 x 512 matrix paints as one blit), and small thumbnails for the model view.

#include "FloatArray.h"

#include <QImage>

namespace elui {

class AttentionImage
{
public:
    // [rows, cols] -> Format_RGB32 image of rows x cols pixels, colour = value on [0, maximum].
    // An empty or non-2-D array gives a null image.
    static QImage cells(const el::FloatArray& matrix, float maximum);

    // A size x size thumbnail of a square matrix (size >= 1). When the matrix is larger than the
    // thumbnail each pixel shows the MAXIMUM of the cells it covers, so thin structures (the
    // diagonal, one attended token) survive the down-scaling; when it is smaller, cells are
    // repeated (nearest neighbour).
    // maximum <= 0: the matrix's own maximum, returned in *usedMaximum when given.
    static QImage thumbnail(const el::FloatArray& matrix, int size, float maximum,
                            float* usedMaximum = nullptr);

    // Largest value (0 for an empty array; NaN ignored).
    static float maximum(const el::FloatArray& matrix);
};

} // namespace elui
