#include "HeatmapView.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace elui {

namespace {
constexpr int kMargin = 8;
constexpr int kLegendWidth = 14;
constexpr int kMaxCell = 96;
constexpr int kMaxColumnLabel = 120;
// Up to this many cells are painted as rectangles, beyond it from a cached image.
constexpr qint64 kVectorCells = 128 * 128;
} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapView::setModel(QAbstractItemModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto refresh = [this] {
            m_hovered = {-1, -1};
            invalidateImage();
        };
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, refresh);
        connect(model, &QAbstractItemModel::headerDataChanged, this, refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(model, &QAbstractItemModel::columnsInserted, this, refresh);
        connect(model, &QAbstractItemModel::columnsRemoved, this, refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
    }
    update();
}

void HeatmapView::setRange(double minimum, double maximum, ColorMap::Kind kind)
{
    m_min = minimum;
    m_max = maximum;
    m_kind = kind;
    invalidateImage();
}

void HeatmapView::invalidateImage()
{
    m_cellImage = {};
    update();
}

void HeatmapView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void HeatmapView::setDecimals(int decimals)
{
    m_decimals = decimals;
    update();
}

void HeatmapView::setHighlightedRow(int row)
{
    if (m_highlightedRow == row) return;
    m_highlightedRow = row;
    update();
}

void HeatmapView::setSelectedCell(int row, int column)
{
    const QPoint cell(column, row);
    if (cell == m_selected) return;
    m_selected = cell;
    update();
}

void HeatmapView::setSquareCells(bool square)
{
    m_squareCells = square;
    update();
}

QSize HeatmapView::sizeHint() const
{
    return {480, 400};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {160, 120};
}

ColorMap HeatmapView::colorMap() const
{
    return m_kind == ColorMap::Kind::Diverging ? ColorMap::diverging(palette(), m_min, m_max)
                                               : ColorMap::sequential(m_min, m_max);
}

QString HeatmapView::formatValue(double v) const
{
    // No "-0.00": values that round to zero print without a sign.
    const double half = 0.5 * std::pow(10.0, -m_decimals);
    if (std::abs(v) < half) v = 0.0;
    return QLocale().toString(v, 'f', m_decimals);
}

HeatmapView::Layout HeatmapView::computeLayout() const
{
    Layout l;
    if (!m_model) return l;
    l.rows = m_model->rowCount();
    l.columns = m_model->columnCount();
    if (l.rows == 0 || l.columns == 0) return l;

    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (int r = 0; r < l.rows; ++r)
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(m_model->headerData(r, Qt::Vertical).toString()));
    labelWidth = std::min(labelWidth, 240);
    int columnLabelWidth = 0;
    for (int c = 0; c < l.columns; ++c)
        columnLabelWidth = std::max(columnLabelWidth,
                                    fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()));
    const int legendSpace = kLegendWidth + fm.horizontalAdvance(formatValue(-1.0)) + 3 * kMargin;

    const int left = kMargin + labelWidth + kMargin;
    const int availW = width() - left - legendSpace - kMargin;
    // Horizontal column labels first; vertical ones when they would not fit in a cell.
    int top = kMargin + fm.height() + kMargin / 2;
    auto fit = [&](int topSpace) {
        const int w = std::max(2, availW / l.columns);
        const int h = std::max(2, (height() - topSpace - kMargin) / l.rows);
        if (m_squareCells) {
            l.cw = l.ch = std::clamp(std::min(w, h), 2, kMaxCell);
        } else {
            l.cw = std::clamp(std::min(w, 4 * h), 2, kMaxCell);
            l.ch = std::clamp(std::min(h, 4 * w), 2, kMaxCell);
        }
        l.cell = std::min(l.cw, l.ch);
    };
    fit(top);
    if (columnLabelWidth > l.cw - 4) {
        l.verticalColumnLabels = true;
        top = kMargin + std::min(columnLabelWidth, kMaxColumnLabel) + kMargin / 2;
        fit(top);
    }
    l.columnLabelExtent = top - kMargin;
    // Centre the matrix and its legend horizontally in the free space.
    const int used = left + l.cw * l.columns + legendSpace;
    const int shift = std::max(0, (width() - used) / 2);
    l.origin = QPoint(left + shift, top);
    l.legend = QRect(l.origin.x() + l.cw * l.columns + 2 * kMargin, top, kLegendWidth, l.ch * l.rows);
    return l;
}

QRect HeatmapView::cellRect(int row, int column) const
{
    const Layout l = computeLayout();
    if (row < 0 || column < 0 || row >= l.rows || column >= l.columns) return {};
    return {l.origin.x() + column * l.cw, l.origin.y() + row * l.ch, l.cw, l.ch};
}

QPoint HeatmapView::cellAt(const QPoint& pos) const
{
    const Layout l = computeLayout();
    if (l.cell <= 0) return {-1, -1};
    const QPoint rel = pos - l.origin;
    if (rel.x() < 0 || rel.y() < 0) return {-1, -1};
    const int column = rel.x() / l.cw;
    const int row = rel.y() / l.ch;
    if (row >= l.rows || column >= l.columns) return {-1, -1};
    return {column, row};
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const Layout l = computeLayout();
    if (l.cell <= 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }

    const ColorMap map = colorMap();
    const QFontMetrics fm(font());
    paintCells(p, l, map);

    // Thin separators keep neighbouring cells of equal colour apart.
    if (l.cell >= 8) {
        p.setPen(QPen(palette().color(QPalette::Window), 1));
        for (int i = 1; i < l.columns; ++i)
            p.drawLine(l.origin.x() + i * l.cw, l.origin.y(), l.origin.x() + i * l.cw,
                       l.origin.y() + l.rows * l.ch);
        for (int i = 1; i < l.rows; ++i)
            p.drawLine(l.origin.x(), l.origin.y() + i * l.ch, l.origin.x() + l.columns * l.cw,
                       l.origin.y() + i * l.ch);
    }

    // Labels: every label when they fit, otherwise every k-th.
    const int step = std::max(1, (fm.height() + 2 + l.ch - 1) / std::max(1, l.ch));
    for (int r = 0; r < l.rows; r += step) {
        const QRect labelRect(kMargin, l.origin.y() + r * l.ch, l.origin.x() - 2 * kMargin, l.ch);
        p.setPen(r == m_highlightedRow ? palette().color(QPalette::Highlight)
                                       : palette().color(QPalette::WindowText));
        QFont f = font();
        f.setBold(r == m_highlightedRow);
        p.setFont(f);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
                   m_model->headerData(r, Qt::Vertical).toString());
    }
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    if (l.verticalColumnLabels) {
        const int stepV = std::max(1, (fm.height() + 2 + l.cw - 1) / std::max(1, l.cw));
        for (int c = 0; c < l.columns; c += stepV) {
            const QString text = fm.elidedText(m_model->headerData(c, Qt::Horizontal).toString(),
                                               Qt::ElideMiddle, l.columnLabelExtent - kMargin / 2);
            p.save();
            p.translate(l.origin.x() + c * l.cw + l.cw / 2.0, l.origin.y() - kMargin / 2.0);
            p.rotate(-90);
            p.drawText(QRectF(0, -fm.height() / 2.0, l.columnLabelExtent, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, text);
            p.restore();
        }
    } else {
        const int stepC = std::max(1, (fm.horizontalAdvance(QStringLiteral("S000")) + 2) / std::max(1, l.cw));
        for (int c = 0; c < l.columns; c += stepC) {
            const QRect labelRect(l.origin.x() + c * l.cw - l.cw, kMargin / 2, 3 * l.cw,
                                  l.origin.y() - kMargin / 2);
            p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignBottom,
                       m_model->headerData(c, Qt::Horizontal).toString());
        }
    }

    if (m_highlightedRow >= 0 && m_highlightedRow < l.rows) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(l.origin.x(), l.origin.y() + m_highlightedRow * l.ch, l.columns * l.cw, l.ch)
                       .adjusted(1, 1, -1, -1));
    }
    if (m_selected.x() >= 0 && m_selected.x() < l.columns && m_selected.y() >= 0 && m_selected.y() < l.rows) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(
            QRect(l.origin.x() + m_selected.x() * l.cw, l.origin.y() + m_selected.y() * l.ch, l.cw, l.ch)
                .adjusted(1, 1, -1, -1));
    }
    if (m_hovered.x() >= 0) {
        p.setPen(QPen(palette().color(QPalette::WindowText), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(l.origin.x() + m_hovered.x() * l.cw, l.origin.y() + m_hovered.y() * l.ch, l.cw, l.ch)
                       .adjusted(1, 1, -1, -1));
    }
    paintMarks(p, l);
    paintLegend(p, l, map);
}

void HeatmapView::paintCells(QPainter& p, const Layout& l, const ColorMap& map)
{
    const QRect area(l.origin, QSize(l.columns * l.cw, l.rows * l.ch));
    if (qint64(l.rows) * l.columns > kVectorCells) {
        // One pixel per cell, scaled up without smoothing: a 512 x 512 matrix is one drawImage.
        if (m_cellImage.isNull() || m_cellImage.size() != QSize(l.columns, l.rows)) {
            QImage image(l.columns, l.rows, QImage::Format_RGB32);
            for (int r = 0; r < l.rows; ++r) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
                for (int c = 0; c < l.columns; ++c)
                    line[c] = map.color(m_model->data(m_model->index(r, c)).toDouble()).rgb();
            }
            m_cellImage = image;
        }
        p.drawImage(area, m_cellImage);
        return;
    }
    QFont valueFont = font();
    if (l.cell < 44) valueFont.setPointSizeF(std::max(6.0, valueFont.pointSizeF() * 0.85));
    const QFontMetrics vfm(valueFont);
    const bool showValues = l.cw >= vfm.horizontalAdvance(formatValue(-0.99)) + 4 && l.ch >= vfm.height();
    p.save();
    p.setFont(valueFont);
    for (int r = 0; r < l.rows; ++r) {
        for (int c = 0; c < l.columns; ++c) {
            const double v = m_model->data(m_model->index(r, c)).toDouble();
            const QRect cell(l.origin.x() + c * l.cw, l.origin.y() + r * l.ch, l.cw, l.ch);
            const QColor bg = map.color(v);
            p.fillRect(cell, bg);
            if (showValues) {
                p.setPen(ColorMap::textColorOn(bg));
                p.drawText(cell, Qt::AlignCenter, formatValue(v));
            }
        }
    }
    p.restore();
}

void HeatmapView::paintMarks(QPainter& p, const Layout& l)
{
    if (l.cell < 4) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (int r = 0; r < l.rows; ++r)
        for (int c = 0; c < l.columns; ++c) {
            const int mark = m_model->data(m_model->index(r, c), CellMarkRole).toInt();
            if (!mark) continue;
            const QRect cell(l.origin.x() + c * l.cw, l.origin.y() + r * l.ch, l.cw, l.ch);
            const QColor bg = colorMap().color(m_model->data(m_model->index(r, c)).toDouble());
            const QColor ink = ColorMap::textColorOn(bg);
            if (mark & ColumnBest) {
                p.setPen(QPen(ink, std::max(1.0, l.cell / 14.0)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5));
            }
            if (mark & RowBest) {
                const double radius = std::max(1.5, l.cell / 9.0);
                p.setPen(Qt::NoPen);
                p.setBrush(ink);
                p.drawEllipse(QPointF(cell.right() - radius - 2.5, cell.top() + radius + 2.5), radius,
                              radius);
            }
        }
    p.restore();
}

void HeatmapView::paintLegend(QPainter& p, const Layout& l, const ColorMap& map)
{
    const QRect bar = l.legend;
    if (bar.height() < 20) return;
    for (int y = 0; y < bar.height(); ++y) {
        const double t = 1.0 - double(y) / std::max(1, bar.height() - 1);
        p.setPen(map.color(m_min + t * (m_max - m_min)));
        p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
    }
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));

    const QFontMetrics fm(font());
    const int ticks = bar.height() >= 5 * fm.height() ? 5 : (bar.height() >= 3 * fm.height() ? 3 : 2);
    for (int i = 0; i < ticks; ++i) {
        const double t = double(i) / (ticks - 1);
        const int y = bar.bottom() - int(t * (bar.height() - 1));
        // Ticks cut into the bar rather than sticking out, where they would read as minus signs.
        p.setPen(ColorMap::textColorOn(map.color(m_min + t * (m_max - m_min))));
        p.drawLine(bar.right() - 3, y, bar.right() - 1, y);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect textRect(bar.right() + 6, y - fm.height() / 2, 200, fm.height());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, formatValue(m_min + t * (m_max - m_min)));
    }
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
        if (cell.x() >= 0) Q_EMIT cellHovered(cell.y(), cell.x());
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0) Q_EMIT cellClicked(cell.y(), cell.x());
    QWidget::mousePressEvent(event);
}

void HeatmapView::leaveEvent(QEvent* event)
{
    m_hovered = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

bool HeatmapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex index = m_model->index(cell.y(), cell.x());
        QString text =
            QStringLiteral("<b>%1</b>").arg(m_model->data(index, Qt::ToolTipRole).toString().toHtmlEscaped());
        const QString rowText = m_model->headerData(cell.y(), Qt::Vertical, Qt::ToolTipRole).toString();
        const QString colText = m_model->headerData(cell.x(), Qt::Horizontal, Qt::ToolTipRole).toString();
        const QString rowLabel = m_model->headerData(cell.y(), Qt::Vertical).toString();
        const QString colLabel = m_model->headerData(cell.x(), Qt::Horizontal).toString();
        if (!rowText.isEmpty())
            text += QStringLiteral("<br>%1: %2").arg(rowLabel.toHtmlEscaped(), rowText.toHtmlEscaped());
        if (!colText.isEmpty() && (cell.x() != cell.y() || m_model->rowCount() != m_model->columnCount()))
            text += QStringLiteral("<br>%1: %2").arg(colLabel.toHtmlEscaped(), colText.toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this, cellRect(cell.y(), cell.x()));
        return true;
    }
    return QWidget::event(event);
}

void HeatmapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) invalidateImage();
    QWidget::changeEvent(event);
}

} // namespace elui
