#include "AttentionImage.h"

#include "AttentionColors.h"

#include <algorithm>

namespace elui {

QImage AttentionImage::cells(const el::FloatArray& matrix, float maximum)
{
    if (matrix.rank() != 2 || matrix.empty()) return {};
    const int rows = int(matrix.shape[0]);
    const int cols = int(matrix.shape[1]);
    QImage image(cols, rows, QImage::Format_RGB32);
    const QRgb* lut = AttentionColors::sequentialLut().constData();
    // Multiply once instead of dividing per cell; same clamping as AttentionColors::lutIndex.
    const float scale = maximum > 0.0f ? float(AttentionColors::kLutSize - 1) / maximum : 0.0f;
    constexpr float top = float(AttentionColors::kLutSize - 1);
    for (int r = 0; r < rows; ++r) {
        const float* src = matrix.data.data() + size_t(r) * size_t(cols);
        auto* dst = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            const float t = src[c] * scale + 0.5f;
            // !(t > 0.5f) also catches NaN.
            dst[c] = lut[!(t > 0.5f) ? 0 : (t >= top ? int(top) : int(t))];
        }
    }
    return image;
}

QImage AttentionImage::thumbnail(const el::FloatArray& matrix, int size, float maximum, float* usedMaximum)
{
    if (matrix.rank() != 2 || matrix.empty() || size < 1) return {};
    const int n = int(matrix.shape[0]);
    const int m = int(matrix.shape[1]);
    const bool pool = n >= size && m >= size;
    std::vector<float> pixels(size_t(size) * size_t(size), 0.0f);
    if (pool) {
        // Pixel x covers the contiguous columns [colStart[x], colStart[x + 1]); rows likewise.
        std::vector<int> colStart(static_cast<size_t>(size) + 1);
        for (int x = 0; x <= size; ++x)
            colStart[size_t(x)] = int(int64_t(x) * m / size);
        for (int r = 0; r < n; ++r) {
            float* dst = pixels.data() + size_t(int64_t(r) * size / n) * size_t(size);
            const float* src = matrix.data.data() + size_t(r) * size_t(m);
            for (int x = 0; x < size; ++x) {
                float best = dst[x];
                for (int c = colStart[size_t(x)]; c < colStart[size_t(x) + 1]; ++c)
                    best = std::max(best, src[c]);
                dst[x] = best;
            }
        }
    } else {
        // Smaller than the thumbnail: every pixel reads its nearest cell.
        for (int y = 0; y < size; ++y) {
            const float* src = matrix.data.data() + size_t(int64_t(y) * n / size) * size_t(m);
            for (int x = 0; x < size; ++x)
                pixels[size_t(y) * size_t(size) + size_t(x)] = src[int64_t(x) * m / size];
        }
    }
    // Max pooling keeps the global maximum, so the pixels give the matrix's maximum too.
    if (maximum <= 0.0f) maximum = std::max(*std::max_element(pixels.begin(), pixels.end()), 1e-12f);
    if (usedMaximum) *usedMaximum = maximum;

    QImage image(size, size, QImage::Format_RGB32);
    const QRgb* lut = AttentionColors::sequentialLut().constData();
    for (int y = 0; y < size; ++y) {
        auto* dst = reinterpret_cast<QRgb*>(image.scanLine(y));
        const float* src = pixels.data() + size_t(y) * size_t(size);
        for (int x = 0; x < size; ++x)
            dst[x] = lut[AttentionColors::lutIndex(src[x], maximum)];
    }
    return image;
}

float AttentionImage::maximum(const el::FloatArray& matrix)
{
    float best = 0.0f;
    for (float v : matrix.data)
        if (v > best) best = v;
    return best;
}

} // namespace elui
