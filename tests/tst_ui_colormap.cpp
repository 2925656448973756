// Heatmap colours: values printed in cells stay readable (WCAG AA contrast, 4.5:1) on every colour
// of the maps, in a light and in a dark palette; the diverging map is neutral at 0 and tells signs
// apart; the sequential map runs from dark to light.
#include "ColorMap.h"
#include "UiTestSupport.h"

#include <QPalette>
#include <QtTest>

#include <cmath>

using namespace elui;

namespace {
double relativeLuminance(const QColor& c)
{
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}
} // namespace

class TestUiColorMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellTextIsReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("diverging");
        QTest::newRow("light diverging") << lightPalette() << true;
        QTest::newRow("dark diverging") << eltest::darkPalette() << true;
        QTest::newRow("sequential") << lightPalette() << false;
    }

    void cellTextIsReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, diverging);
        const ColorMap map = diverging ? ColorMap::diverging(palette, -1.0, 1.0) : ColorMap::sequential(0.0, 1.0);
        for (int i = 0; i <= 200; ++i) {
            const double v = diverging ? -1.0 + i / 100.0 : i / 200.0;
            const QColor bg = map.color(v);
            const double ratio = contrast(bg, ColorMap::textColorOn(bg));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("value %1: %2 on %3 has contrast %4")
                                                  .arg(v)
                                                  .arg(ColorMap::textColorOn(bg).name(), bg.name())
                                                  .arg(ratio)));
        }
    }

    void divergingIsNeutralAtZeroAndSigned_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << eltest::darkPalette();
    }

    void divergingIsNeutralAtZeroAndSigned()
    {
        QFETCH(QPalette, palette);
        const ColorMap map = ColorMap::diverging(palette);
        const QColor zero = map.color(0.0);
        // Zero sits near the palette's base, so an unrelated pair does not shout.
        QVERIFY(contrast(zero, palette.color(QPalette::Base)) < 1.6);
        const QColor pos = map.color(1.0), neg = map.color(-1.0);
        QVERIFY(pos.red() > pos.blue());
        QVERIFY(neg.blue() > neg.red());
        // Stronger values move further from the neutral colour.
        QVERIFY(contrast(map.color(0.9), zero) > contrast(map.color(0.3), zero));
        QVERIFY(contrast(map.color(-0.9), zero) > contrast(map.color(-0.3), zero));
        // Out-of-range values clamp instead of wrapping.
        QCOMPARE(map.color(3.0), pos);
        QCOMPARE(map.color(-3.0), neg);
    }

    void sequentialRunsDarkToLight()
    {
        const ColorMap map = ColorMap::sequential(0.0, 1.0);
        double previous = -1.0;
        for (int i = 0; i <= 10; ++i) {
            const double l = relativeLuminance(map.color(i / 10.0));
            QVERIFY(l > previous);
            previous = l;
        }
    }
};

QTEST_MAIN(TestUiColorMap)
#include "tst_ui_colormap.moc"
