#include "AttentionHeatmap.h"

#include "AttentionColors.h"
#include "AttentionImage.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace elui {

namespace {
constexpr int kLegendWidth = 84;
constexpr int kMaxLabel = 160;
constexpr int kPad = 6;
} // namespace

AttentionHeatmap::AttentionHeatmap(QWidget* parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setMinimumSize(240, 200);
    updateMargins();
}

void AttentionHeatmap::setMatrix(el::FloatArray values, QStringList labels)
{
    const bool square =
        values.rank() == 2 && values.shape[0] == values.shape[1] && values.shape[0] == labels.size();
    if (!square) {
        clear();
        return;
    }
    m_values = std::move(values);
    m_labels = std::move(labels);
    m_colorMax = m_fixedMax > 0 ? m_fixedMax : std::max(AttentionImage::maximum(m_values), 1e-12f);
    m_image = AttentionImage::cells(m_values, m_colorMax);
    if (m_hovered.x() >= count() || m_hovered.y() >= count()) m_hovered = {-1, -1};
    updateMargins();
    if (m_fit)
        zoomToFit();
    else
        updateScrollBars();
    viewport()->update();
}

void AttentionHeatmap::clear()
{
    m_values = {};
    m_labels.clear();
    m_image = {};
    m_hovered = {-1, -1};
    updateMargins();
    updateScrollBars();
    viewport()->update();
}

void AttentionHeatmap::setFixedMaximum(float maximum)
{
    m_fixedMax = std::max(0.0f, maximum);
    if (!m_labels.isEmpty()) setMatrix(std::move(m_values), std::move(m_labels));
}

void AttentionHeatmap::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

void AttentionHeatmap::setHighlightedIndex(int index)
{
    if (m_highlighted == index) return;
    m_highlighted = index;
    viewport()->update();
}

void AttentionHeatmap::updateMargins()
{
    // Bold metrics: the hovered label is drawn bold and must still fit.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (const QString& l : m_labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const int label = std::min(kMaxLabel, widest + 2 * kPad);
    m_rowLabelWidth = std::max(label, fm.horizontalAdvance(tr("Query ↓")) + 2 * kPad);
    m_columnLabelHeight = std::max(label, 2 * fm.height() + 2 * kPad);
}

QRect AttentionHeatmap::cellArea() const
{
    const QRect v = viewport()->rect();
    return QRect(m_rowLabelWidth, m_columnLabelHeight,
                 std::max(0, v.width() - m_rowLabelWidth - kLegendWidth),
                 std::max(0, v.height() - m_columnLabelHeight));
}

void AttentionHeatmap::updateScrollBars()
{
    const QRect area = cellArea();
    const int extent = count() * m_cell;
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(std::max(m_cell, 8));
    horizontalScrollBar()->setRange(0, std::max(0, extent - area.width()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(std::max(m_cell, 8));
    verticalScrollBar()->setRange(0, std::max(0, extent - area.height()));
}

QRect AttentionHeatmap::cellRect(int row, int column) const
{
    const QRect area = cellArea();
    return QRect(area.left() + column * m_cell - horizontalScrollBar()->value(),
                 area.top() + row * m_cell - verticalScrollBar()->value(), m_cell, m_cell);
}

QPoint AttentionHeatmap::cellAt(const QPoint& pos) const
{
    const QRect area = cellArea();
    if (count() == 0 || !area.contains(pos)) return {-1, -1};
    const int column = (pos.x() - area.left() + horizontalScrollBar()->value()) / m_cell;
    const int row = (pos.y() - area.top() + verticalScrollBar()->value()) / m_cell;
    if (row < 0 || column < 0 || row >= count() || column >= count()) return {-1, -1};
    return {row, column};
}

QString AttentionHeatmap::cellToolTip(int row, int column) const
{
    if (row < 0 || column < 0 || row >= count() || column >= count()) return {};
    const double v = m_values.data[size_t(row) * size_t(count()) + size_t(column)];
    return tr("%1 → %2\nattention %3\nquery %4, key %5")
        .arg(m_labels[row], m_labels[column], QLocale().toString(v, 'f', 6))
        .arg(row)
        .arg(column);
}

void AttentionHeatmap::setCellSize(int pixels)
{
    m_fit = false;
    zoomAround(pixels, cellArea().center());
}

void AttentionHeatmap::zoomAround(int newCell, QPoint anchor)
{
    newCell = std::clamp(newCell, kMinCell, kMaxCell);
    const QRect area = cellArea();
    // Keep the content point under the anchor where it is.
    const double cx = (anchor.x() - area.left() + horizontalScrollBar()->value()) / double(m_cell);
    const double cy = (anchor.y() - area.top() + verticalScrollBar()->value()) / double(m_cell);
    const bool changed = newCell != m_cell;
    m_cell = newCell;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(cx * m_cell)) - (anchor.x() - area.left()));
    verticalScrollBar()->setValue(int(std::lround(cy * m_cell)) - (anchor.y() - area.top()));
    viewport()->update();
    if (changed) Q_EMIT cellSizeChanged(m_cell);
}

void AttentionHeatmap::zoomIn()
{
    m_fit = false;
    zoomAround(m_cell < 4 ? m_cell + 1 : int(std::ceil(m_cell * 1.25)), cellArea().center());
}

void AttentionHeatmap::zoomOut()
{
    m_fit = false;
    zoomAround(m_cell <= 4 ? m_cell - 1 : int(m_cell / 1.25), cellArea().center());
}

void AttentionHeatmap::zoomToFit()
{
    m_fit = true;
    const QRect area = cellArea();
    const int n = std::max(1, count());
    const int cell = std::clamp(std::min(area.width(), area.height()) / n, kMinCell, kMaxCell);
    const bool changed = cell != m_cell;
    m_cell = cell;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
    if (changed) Q_EMIT cellSizeChanged(m_cell);
}

int AttentionHeatmap::labelStep() const
{
    const int h = QFontMetrics(font()).height();
    return m_cell >= h ? 1 : (h + m_cell - 1) / m_cell;
}

void AttentionHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    if (count() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const QRect area = cellArea();
    const int sx = horizontalScrollBar()->value();
    const int sy = verticalScrollBar()->value();
    const int c0 = sx / m_cell;
    const int r0 = sy / m_cell;
    const int c1 = std::min(count(), (sx + area.width()) / m_cell + 1);
    const int r1 = std::min(count(), (sy + area.height()) / m_cell + 1);

    p.save();
    p.setClipRect(area);
    if (c1 > c0 && r1 > r0) {
        // One scaled blit of the visible cells (nearest neighbour: no smoothing hint).
        const QRect target(area.left() + c0 * m_cell - sx, area.top() + r0 * m_cell - sy, (c1 - c0) * m_cell,
                           (r1 - r0) * m_cell);
        p.drawImage(target, m_image, QRect(c0, r0, c1 - c0, r1 - r0));
    }
    // Values printed in the cells when they fit.
    const QFontMetrics fm(font());
    if (m_cell >= fm.horizontalAdvance(QStringLiteral("0.00")) + 4 && m_cell >= fm.height()) {
        for (int r = r0; r < r1; ++r)
            for (int c = c0; c < c1; ++c) {
                const float v = m_values.data[size_t(r) * size_t(count()) + size_t(c)];
                const QColor bg = QColor::fromRgb(m_image.pixel(c, r));
                p.setPen(bg.lightnessF() > 0.5 ? Qt::black : Qt::white);
                p.drawText(cellRect(r, c), Qt::AlignCenter, QString::number(v, 'f', 2).mid(v < 1 ? 1 : 0));
            }
    }
    // Outline the hovered row and column, and the selected token's.
    auto outline = [&](int index, const QColor& color, int width) {
        if (index < 0 || index >= count()) return;
        p.setPen(QPen(color, width));
        p.setBrush(Qt::NoBrush);
        const QRect row = cellRect(index, 0).united(cellRect(index, count() - 1));
        const QRect column = cellRect(0, index).united(cellRect(count() - 1, index));
        p.drawRect(row.adjusted(0, 0, -1, -1));
        p.drawRect(column.adjusted(0, 0, -1, -1));
    };
    outline(m_highlighted, pal.color(QPalette::Highlight), 1);
    if (m_hovered.x() >= 0) {
        const QColor ink = pal.color(QPalette::Text);
        p.setPen(QPen(ink, 1, Qt::DotLine));
        const QRect row = cellRect(m_hovered.x(), 0).united(cellRect(m_hovered.x(), count() - 1));
        const QRect column = cellRect(0, m_hovered.y()).united(cellRect(count() - 1, m_hovered.y()));
        p.drawRect(row.adjusted(0, 0, -1, -1));
        p.drawRect(column.adjusted(0, 0, -1, -1));
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawRect(cellRect(m_hovered.x(), m_hovered.y()).adjusted(-1, -1, 0, 0));
    }
    p.restore();

    paintLabels(p, area, r0, r1, c0, c1);
    paintLegend(p);
}

void AttentionHeatmap::paintLabels(QPainter& p, const QRect& area, int r0, int r1, int c0, int c1)
{
    const QPalette& pal = palette();
    const QFontMetrics fm(font());
    const int step = labelStep();
    QFont bold = font();
    bold.setBold(true);

    // Row labels (queries), right-aligned against the cells, clipped to the rows' band.
    p.save();
    p.setClipRect(QRect(0, area.top(), area.left(), area.height()));
    for (int r = r0; r < r1; ++r) {
        const bool hot = r == m_hovered.x() || r == m_highlighted;
        if (r % step != 0 && !hot) continue;
        const QRect cell = cellRect(r, 0);
        QRect box(kPad / 2, cell.center().y() - fm.height() / 2, area.left() - kPad, fm.height());
        if (hot) p.fillRect(box.adjusted(-2, 0, 2, 0), pal.color(QPalette::Highlight));
        p.setFont(hot ? bold : font());
        p.setPen(pal.color(hot ? QPalette::HighlightedText : QPalette::Text));
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetrics(p.font()).elidedText(m_labels[r], Qt::ElideMiddle, box.width()));
    }
    p.restore();

    // Column labels (keys), rotated to read upwards, clipped to the columns' band.
    p.save();
    p.setClipRect(QRect(area.left(), 0, area.width(), area.top()));
    for (int c = c0; c < c1; ++c) {
        const bool hot = c == m_hovered.y() || c == m_highlighted;
        if (c % step != 0 && !hot) continue;
        const QRect cell = cellRect(0, c);
        p.save();
        p.translate(cell.center().x(), area.top() - kPad / 2);
        p.rotate(-90);
        QRect box(0, -fm.height() / 2, area.top() - kPad, fm.height());
        if (hot) p.fillRect(box, pal.color(QPalette::Highlight));
        p.setFont(hot ? bold : font());
        p.setPen(pal.color(hot ? QPalette::HighlightedText : QPalette::Text));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(p.font()).elidedText(m_labels[c], Qt::ElideMiddle, box.width()));
        p.restore();
    }
    p.restore();

    // Axis names in the corner.
    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QRect corner(kPad, kPad, area.left() - 2 * kPad, area.top() - 2 * kPad);
    p.drawText(corner, Qt::AlignRight | Qt::AlignTop, tr("Key →"));
    p.drawText(corner, Qt::AlignLeft | Qt::AlignBottom, tr("Query ↓"));
}

void AttentionHeatmap::paintLegend(QPainter& p)
{
    const QPalette& pal = palette();
    const QFontMetrics fm(font());
    const QRect v = viewport()->rect();
    const QRect area = cellArea();
    const int top = m_columnLabelHeight;
    const int height = std::min(240, v.height() - top - kPad);
    if (height < 40) return;
    // Beside the cells when they end early (fit mode), at the right edge when they scroll.
    const int cellsRight =
        std::min(area.right(), area.left() + count() * m_cell - horizontalScrollBar()->value());
    const QRect bar(cellsRight + kPad + 2, top, 12, height);
    const auto& lut = AttentionColors::sequentialLut();
    for (int y = 0; y < bar.height(); ++y) {
        const int i =
            (AttentionColors::kLutSize - 1) * (bar.height() - 1 - y) / std::max(1, bar.height() - 1);
        p.setPen(QColor::fromRgb(lut[i]));
        p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
    }
    p.setPen(pal.color(QPalette::Text));
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    const QLocale locale;
    for (int k = 0; k <= 2; ++k) {
        const int y = bar.bottom() - k * (bar.height() - 1) / 2;
        p.drawLine(bar.right() + 1, y, bar.right() + 3, y);
        const QString text = locale.toString(double(m_colorMax) * k / 2, 'f', m_colorMax < 0.1f ? 4 : 2);
        p.drawText(QRect(bar.right() + 5, y - fm.height() / 2, kLegendWidth - 30, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void AttentionHeatmap::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        zoomToFit();
    else
        updateScrollBars();
}

void AttentionHeatmap::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool AttentionHeatmap::viewportEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(cell.x(), cell.y()), viewport(),
                               cellRect(cell.x(), cell.y()));
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::Leave:
        setHovered({-1, -1});
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void AttentionHeatmap::setHovered(QPoint cell)
{
    if (cell == m_hovered) return;
    m_hovered = cell;
    viewport()->update();
    Q_EMIT cellHovered(cell.x(), cell.y());
}

void AttentionHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(cellAt(event->position().toPoint()));
}

void AttentionHeatmap::mousePressEvent(QMouseEvent* event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.x() >= 0) Q_EMIT cellClicked(cell.x(), cell.y());
    QAbstractScrollArea::mousePressEvent(event);
}

void AttentionHeatmap::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_fit = false;
        const int delta = event->angleDelta().y();
        const int cell = delta > 0 ? (m_cell < 4 ? m_cell + 1 : int(std::ceil(m_cell * 1.25)))
                                   : (m_cell <= 4 ? m_cell - 1 : int(m_cell / 1.25));
        if (delta != 0) zoomAround(cell, event->position().toPoint());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void AttentionHeatmap::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomIn();
    else if (event->key() == Qt::Key_Minus)
        zoomOut();
    else if (event->key() == Qt::Key_0)
        zoomToFit();
    else
        QAbstractScrollArea::keyPressEvent(event);
}

void AttentionHeatmap::contextMenuEvent(QContextMenuEvent* event)
{
    // The explorer adds its export actions to this widget.
    if (actions().isEmpty()) return;
    QMenu::exec(actions(), event->globalPos(), nullptr, this);
}

void AttentionHeatmap::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMargins();
        updateScrollBars();
    }
}

} // namespace elui
