#pragma once
// A matrix heatmap painted in one paintEvent (no widget per cell), reading any table model whose
// DisplayRole is a number and whose headers are the labels. Rows and columns may differ in number
// (e.g. token x token). Values are printed in the cells when they fit; hovering shows the exact
// value and both labels' tooltips. Column labels turn vertical when they are wider than a cell.
// Cells flagged through CellMarkRole get a dot (best in its row) and/or a frame (best in its
// column); both together mark a mutual best match. Large matrices are painted from a cached image
// with one pixel per cell; small ones as rectangles (crisp in SVG exports through render()).

#include "ColorMap.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace elui {

class HeatmapView : public QWidget
{
    Q_OBJECT
public:
    // Model role read for cell marks: an int of CellMark flags.
    static constexpr int CellMarkRole = Qt::UserRole + 64;
    enum CellMark { NoMark = 0, RowBest = 1, ColumnBest = 2 };

    explicit HeatmapView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    // Value range of the colour map; diverging maps put the neutral colour at 0.
    void setRange(double minimum, double maximum, ColorMap::Kind kind);
    void setPlaceholderText(const QString& text);
    void setDecimals(int decimals);
    void setHighlightedRow(int row);
    // Frame one cell (e.g. the pair whose details are open); (-1, -1) clears.
    void setSelectedCell(int row, int column);
    // Square cells (default) suit sentence x sentence matrices; a token x token map of two texts
    // of very different lengths uses the room better with rectangular cells (aspect up to 1:4).
    void setSquareCells(bool square);
    QPoint selectedCell() const { return m_selected; } // (column, row) like cellAt()

    // The cell under a widget position, or (-1, -1).
    QPoint cellAt(const QPoint& pos) const;
    QRect cellRect(int row, int column) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int row, int column);
    void cellHovered(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout
    {
        int rows = 0;
        int columns = 0;
        int cw = 0;                // cell width
        int ch = 0;                // cell height
        int cell = 0;              // min(cw, ch)
        QPoint origin;             // top-left of cell (0, 0)
        QRect legend;              // the colour bar
        int columnLabelExtent = 0; // height reserved above the cells
        bool verticalColumnLabels = false;
    };
    Layout computeLayout() const;
    ColorMap colorMap() const;
    void paintLegend(QPainter& p, const Layout& l, const ColorMap& map);
    QString formatValue(double v) const;
    void paintCells(QPainter& p, const Layout& l, const ColorMap& map);
    void paintMarks(QPainter& p, const Layout& l);
    void invalidateImage();

    QPointer<QAbstractItemModel> m_model;
    double m_min = -1.0;
    double m_max = 1.0;
    ColorMap::Kind m_kind = ColorMap::Kind::Diverging;
    QString m_placeholder;
    int m_decimals = 2;
    QPoint m_hovered{-1, -1};
    int m_highlightedRow = -1;
    QPoint m_selected{-1, -1};
    bool m_squareCells = true;
    QImage m_cellImage; // one pixel per cell, for large matrices; null when stale
};

} // namespace elui
