#pragma once
// Qt Charts follow their own theme, not the widget palette: pick the dark or light theme from the
// palette so charts sit well beside the heatmaps in both.

#include <QChart>
#include <QPalette>

namespace elui {

inline void applyPaletteTheme(QChart* chart, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
}

} // namespace elui
