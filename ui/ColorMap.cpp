#include "ColorMap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace elui {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double luminance(const QColor& c)
{
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

// Viridis (matplotlib), sampled at 9 points; linear interpolation between them is close enough
// for cells that also print their value.
const std::array<QColor, 9>& viridis()
{
    static const std::array<QColor, 9> stops = {QColor(0x44, 0x01, 0x54), QColor(0x47, 0x2d, 0x7b),
                                                QColor(0x3b, 0x52, 0x8b), QColor(0x2c, 0x72, 0x8e),
                                                QColor(0x21, 0x91, 0x8c), QColor(0x28, 0xae, 0x80),
                                                QColor(0x5e, 0xc9, 0x62), QColor(0xad, 0xdc, 0x30),
                                                QColor(0xfd, 0xe7, 0x25)};
    return stops;
}

} // namespace

ColorMap ColorMap::diverging(const QPalette& palette, double minimum, double maximum)
{
    ColorMap map;
    map.m_kind = Kind::Diverging;
    map.m_min = minimum;
    map.m_max = maximum;
    // The middle is a slightly greyed base colour, so 0 neither glows on a dark palette nor
    // disappears into the background on a light one.
    const QColor base = palette.color(QPalette::Base);
    map.m_neutral = mix(base, QColor(128, 128, 128), 0.18);
    // Ends of ColorBrewer's RdBu: the dark ones on a light palette; on a dark palette the lighter
    // ones, so that strong values stand out from the dark neutral instead of sinking into it.
    const bool dark = base.lightnessF() < 0.5;
    map.m_positive = dark ? QColor(0xf4, 0x6d, 0x5a) : QColor(0xb2, 0x18, 0x2b);
    map.m_negative = dark ? QColor(0x5a, 0xa8, 0xe0) : QColor(0x21, 0x66, 0xac);
    return map;
}

ColorMap ColorMap::sequential(double minimum, double maximum)
{
    ColorMap map;
    map.m_kind = Kind::Sequential;
    map.m_min = minimum;
    map.m_max = maximum;
    return map;
}

QColor ColorMap::color(double value) const
{
    if (std::isnan(value)) return QColor(128, 128, 128);
    if (m_kind == Kind::Sequential) {
        const double span = m_max > m_min ? m_max - m_min : 1.0;
        const double t = std::clamp((value - m_min) / span, 0.0, 1.0) * 8.0;
        const int i = std::min(int(t), 7);
        return mix(viridis()[size_t(i)], viridis()[size_t(i + 1)], t - i);
    }
    // Red for positive, blue for negative similarity.
    if (value >= 0) {
        const double t = m_max > 0 ? std::clamp(value / m_max, 0.0, 1.0) : 0.0;
        return mix(m_neutral, m_positive, t);
    }
    const double t = m_min < 0 ? std::clamp(value / m_min, 0.0, 1.0) : 0.0;
    return mix(m_neutral, m_negative, t);
}

QColor ColorMap::textColorOn(const QColor& background)
{
    // Pick the text colour with the higher WCAG contrast ratio; the two are equal at this
    // luminance, where both reach 4.58:1.
    const double crossover = std::sqrt(1.05 * 0.05) - 0.05;
    return luminance(background) > crossover ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace elui
