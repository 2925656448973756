#include "AttentionFigure.h"

#include "ViewExporter.h"

#include "AttentionColors.h"
#include "AttentionImage.h"

#include "Error.h"
#include "Npy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace elui {

namespace {
constexpr int kPad = 8;
constexpr int kLegend = 70;
constexpr qint64 kMaxImagePixels = 120'000'000; // ~480 MB of RGB32

QFont figureFont(int pixels)
{
    QFont font;
    font.setPixelSize(pixels);
    return font;
}

} // namespace

AttentionFigure::AttentionFigure(const el::FloatArray& values, const QStringList& labels, float colorMaximum,
                                 QString title)
    : m_values(values), m_labels(labels), m_max(colorMaximum > 0 ? colorMaximum : 1.0f),
      m_title(std::move(title))
{
    const int n = std::max<int>(1, int(labels.size()));
    m_cell = std::clamp(3072 / n, 6, 20);
    m_fontPixels = std::clamp(m_cell - 2, 5, 12);
}

int AttentionFigure::labelExtent() const
{
    const QFontMetrics fm(figureFont(m_fontPixels));
    int widest = 0;
    for (const QString& l : m_labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    return std::min(widest, 200) + kPad;
}

int AttentionFigure::titleHeight() const
{
    return m_title.isEmpty() ? 0 : QFontMetrics(figureFont(14)).height() + kPad;
}

QSize AttentionFigure::size() const
{
    const int n = int(m_labels.size());
    const int label = labelExtent();
    return {kPad + label + n * m_cell + kLegend, kPad + titleHeight() + label + n * m_cell + kPad};
}

void AttentionFigure::render(QPainter& p, bool vectorCells) const
{
    const int n = int(m_labels.size());
    const QSize sz = size();
    const int label = labelExtent();
    const QFont font = figureFont(m_fontPixels);
    const QFontMetrics fm(font);
    p.save();
    p.fillRect(QRect(QPoint(0, 0), sz), Qt::white);
    p.setPen(Qt::black);
    if (!m_title.isEmpty()) {
        p.setFont(figureFont(14));
        p.drawText(QRect(kPad, kPad, sz.width() - 2 * kPad, titleHeight()), Qt::AlignLeft | Qt::AlignTop,
                   m_title);
    }
    const QPoint origin(kPad + label, kPad + titleHeight() + label);
    const QRect cells(origin, QSize(n * m_cell, n * m_cell));

    if (vectorCells) {
        p.setPen(Qt::NoPen);
        const auto& lut = AttentionColors::sequentialLut();
        // Each cell overlaps its right and lower neighbour by a fraction of a pixel: anti-aliasing
        // SVG renderers otherwise show hairline seams between abutting rectangles.
        constexpr double kOverlap = 0.6;
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c) {
                const float v = m_values.data[size_t(r) * size_t(n) + size_t(c)];
                const double w = m_cell + (c + 1 < n ? kOverlap : 0.0);
                const double h = m_cell + (r + 1 < n ? kOverlap : 0.0);
                p.fillRect(QRectF(origin.x() + c * m_cell, origin.y() + r * m_cell, w, h),
                           QColor::fromRgb(lut[AttentionColors::lutIndex(v, m_max)]));
            }
    } else {
        p.drawImage(cells, AttentionImage::cells(m_values, m_max));
    }

    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        const QString text = fm.elidedText(m_labels[i], Qt::ElideMiddle, label - kPad / 2);
        p.drawText(QRect(kPad, origin.y() + i * m_cell, label - kPad / 2, m_cell),
                   Qt::AlignRight | Qt::AlignVCenter, text);
        p.save();
        p.translate(origin.x() + i * m_cell + m_cell / 2.0, origin.y() - kPad / 2.0);
        p.rotate(-90);
        p.drawText(QRectF(0, -m_cell / 2.0, label - kPad / 2, m_cell), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        p.restore();
    }

    // Colour bar with its range, so the figure can be read on its own.
    const QRect bar(cells.right() + kPad + 4, origin.y(), 12, std::max(40, std::min(cells.height(), 240)));
    // One gradient (a single element in SVG) sampled from the same table as the cells.
    const auto& lut = AttentionColors::sequentialLut();
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int k = 0; k <= 16; ++k)
        gradient.setColorAt(k / 16.0, QColor::fromRgb(lut[(AttentionColors::kLutSize - 1) * k / 16]));
    p.fillRect(bar, gradient);
    p.setPen(Qt::black);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    p.setFont(figureFont(std::max(m_fontPixels, 9)));
    const QFontMetrics legendMetrics(p.font());
    for (int k = 0; k <= 2; ++k) {
        const int y = bar.bottom() - k * bar.height() / 2;
        const QString text = QString::number(double(m_max) * k / 2, 'f', m_max < 0.1f ? 4 : 2);
        p.drawText(QRect(bar.right() + 4, y - legendMetrics.height() / 2, kLegend, legendMetrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.restore();
}

QImage AttentionFigure::toImage(double scale) const
{
    const QSize logical = size();
    const QSize pixels(int(logical.width() * scale + 0.5), int(logical.height() * scale + 0.5));
    if (scale <= 0 || pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > kMaxImagePixels)
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) return {};
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    render(p, false);
    return image;
}

bool AttentionFigure::savePng(const QString& path, double scale, QString* error) const
{
    const QImage image = toImage(scale);
    if (image.isNull()) {
        if (error)
            *error = tr("The image would be too large at scale %1; choose a smaller scale.").arg(scale);
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool AttentionFigure::saveSvg(const QString& path, QString* error) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(m_title.isEmpty() ? tr("Attention") : m_title);
    svg.setDescription(tr("Attention heatmap exported by EncoderLens"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    render(p, m_labels.size() <= kVectorCellLimit);
    p.end();
    if (!QFile::exists(path)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

QString AttentionFigure::csvText(const el::FloatArray& values, const QStringList& labels)
{
    const int n = int(labels.size());
    QString out;
    out += ViewExporter::csvField(QStringLiteral("query \\ key"));
    for (const QString& l : labels)
        out += QLatin1Char(',') + ViewExporter::csvField(l);
    out += QLatin1Char('\n');
    for (int r = 0; r < n; ++r) {
        out += ViewExporter::csvField(labels[r]);
        const float* row = values.data.data() + size_t(r) * size_t(n);
        for (int c = 0; c < n; ++c)
            out += QLatin1Char(',') + QString::number(double(row[c]), 'g', 9);
        out += QLatin1Char('\n');
    }
    return out;
}

bool AttentionFigure::saveCsv(const QString& path, const el::FloatArray& values, const QStringList& labels,
                              QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(csvText(values, labels).toUtf8());
    if (!file.commit()) {
        if (error) *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AttentionFigure::saveNpy(const QString& path, const el::FloatArray& values, QString* error)
{
    try {
        el::writeNpy(path.toStdString(), values);
        return true;
    } catch (const el::Error& e) {
        if (error) *error = QString::fromStdString(e.describe());
        return false;
    }
}

} // namespace elui
