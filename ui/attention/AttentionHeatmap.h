#pragma once
// One attention matrix as a zoomable, scrollable heatmap: queries (rows) down the left, keys
// (columns) along the top with rotated labels, a colour bar on the right. The cells are one
// QImage (a pixel per cell) drawn scaled without smoothing, so 512 x 512 tokens paint as a single
// blit of the visible part. Labels stay put while the cells scroll. Hovering shows the exact value
// and outlines the hovered row and column. Ctrl+wheel or +/- zoom, 0 fits the matrix.

#include "FloatArray.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QStringList>

namespace elui {

class AttentionHeatmap : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kMinCell = 1;
    static constexpr int kMaxCell = 64;

    explicit AttentionHeatmap(QWidget* parent = nullptr);

    // A square [n, n] matrix and its n labels (rows and columns share them). The colour range is
    // [0, max(values)] unless setFixedMaximum() was called.
    void setMatrix(el::FloatArray values, QStringList labels);
    void clear();
    const el::FloatArray& values() const { return m_values; }
    const QStringList& labels() const { return m_labels; }
    int count() const { return m_labels.size(); }
    float colorMaximum() const { return m_colorMax; }
    // 0 (the default) = automatic: the largest value shown.
    void setFixedMaximum(float maximum);

    void setPlaceholderText(const QString& text);
    // Emphasised row and column (e.g. the token selected elsewhere); -1 for none.
    void setHighlightedIndex(int index);

    int cellSize() const { return m_cell; }
    void setCellSize(int pixels); // leaves fit mode
    bool fitsToView() const { return m_fit; }
    QPoint hoveredCell() const { return m_hovered; } // (row, column) or (-1, -1)
    // The cell at a viewport position, or (-1, -1).
    QPoint cellAt(const QPoint& viewportPos) const;
    QRect cellRect(int row, int column) const; // viewport coordinates

    // Tooltip text of a cell, as shown on hover.
    QString cellToolTip(int row, int column) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    void cellHovered(int row, int column); // (-1, -1) when the pointer leaves the cells
    void cellClicked(int row, int column);
    void cellSizeChanged(int pixels);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect cellArea() const; // viewport rectangle the cells scroll in
    void updateMargins();
    void updateScrollBars();
    void setHovered(QPoint cell);
    void zoomAround(int newCell, QPoint anchor);
    int labelStep() const;
    void paintLabels(QPainter& p, const QRect& area, int r0, int r1, int c0, int c1);
    void paintLegend(QPainter& p);

    el::FloatArray m_values;
    QStringList m_labels;
    QImage m_image;
    float m_colorMax = 1.0f;
    float m_fixedMax = 0.0f;
    QString m_placeholder;
    int m_cell = 8;
    bool m_fit = true;
    int m_rowLabelWidth = 0;
    int m_columnLabelHeight = 0;
    QPoint m_hovered{-1, -1};
    int m_highlighted = -1;
};

} // namespace elui
