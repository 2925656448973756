#pragma once
// The shown attention matrix as a stand-alone figure for export: title, rotated key labels on top,
// query labels on the left, the cells, and a colour bar, on a white "paper" background whatever
// the screen palette is (exports go into papers and notebooks). Also writes the numbers.
//
// Cell size follows the token count (20 px for short inputs down to 6 px at 512 tokens) so the
// figure stays within a few thousand pixels; PNG export multiplies that by a scale factor.

#include "FloatArray.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace elui {

class AttentionFigure
{
    Q_DECLARE_TR_FUNCTIONS(elui::AttentionFigure)

public:
    // Square [n, n] values with n labels; colour range [0, colorMaximum].
    AttentionFigure(const el::FloatArray& values, const QStringList& labels, float colorMaximum,
                    QString title);

    // Matrices up to this many tokens are drawn as one vector rectangle per cell in SVG; larger
    // ones embed the cells as an image (a 512 x 512 SVG of rectangles would be tens of MB).
    static constexpr int kVectorCellLimit = 128;

    int cellSize() const { return m_cell; }
    QSize size() const; // logical pixels at scale 1
    // Paints the figure at the painter's origin; vectorCells draws rectangles instead of an image.
    void render(QPainter& painter, bool vectorCells) const;
    // The figure at scale x its logical size; null when it would not fit in memory.
    QImage toImage(double scale) const;

    // Each returns false and sets *error (translated) on failure.
    bool savePng(const QString& path, double scale, QString* error) const;
    bool saveSvg(const QString& path, QString* error) const;

    // The numbers: a header line "query \ key" + the n labels, then one line per query token:
    // its label and n values (C locale, 9 significant digits, RFC 4180 quoting).
    static QString csvText(const el::FloatArray& values, const QStringList& labels);
    static bool saveCsv(const QString& path, const el::FloatArray& values, const QStringList& labels,
                        QString* error);
    // float32 [n, n] .npy through el::writeNpy.
    static bool saveNpy(const QString& path, const el::FloatArray& values, QString* error);

private:
    int labelExtent() const;
    int titleHeight() const;

    const el::FloatArray& m_values;
    const QStringList& m_labels;
    float m_max;
    QString m_title;
    int m_cell;
    int m_fontPixels;
};

} // namespace elui
