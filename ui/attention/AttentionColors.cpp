#include "AttentionColors.h"

#include "ColorMap.h"

#include <array>
#include <cmath>

namespace elui {

const QList<QRgb>& AttentionColors::sequentialLut()
{
    static const QList<QRgb> lut = [] {
        QList<QRgb> table;
        table.reserve(kLutSize);
        const ColorMap map = ColorMap::sequential(0.0, 1.0);
        for (int i = 0; i < kLutSize; ++i)
            table.push_back(map.color(double(i) / (kLutSize - 1)).rgb());
        return table;
    }();
    return lut;
}

int AttentionColors::lutIndex(float value, float maximum)
{
    if (!(value > 0.0f) || !(maximum > 0.0f)) return 0; // also NaN
    const float t = value / maximum * float(kLutSize - 1) + 0.5f;
    return t >= float(kLutSize - 1) ? kLutSize - 1 : int(t);
}

QColor AttentionColors::headColor(int head, int heads)
{
    // Tableau 10 plus two, chosen to stay apart from each other on white and on dark grey.
    static const std::array<QRgb, 12> table = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                               0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf, 0x6b6ecf, 0xad494a};
    if (heads <= int(table.size()) && head >= 0 && head < int(table.size()))
        return QColor::fromRgb(table[size_t(head)]);
    const double hue = std::fmod(double(head) / std::max(heads, 1), 1.0);
    return QColor::fromHsvF(float(hue), 0.75f, 0.85f);
}

} // namespace elui
